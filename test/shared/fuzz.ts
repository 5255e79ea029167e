/**
 * The attribute fuzz suite: hostile values (markup, script URLs, 100 KB strings, control and bidi
 * characters, prototype keys) on each attribute of an element. No value may throw, inject a node or
 * an event handler, or pollute a prototype; values the element must refuse show a visible
 * configuration message.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import * as fc from 'fast-check';
import './property-seed.js';
import { settle } from './story-sweep.js';

export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror="window.__fuzzInjected=1">',
    '"><script>window.__fuzzInjected=1</script>',
    '<b data-fuzz-injected>bold</b>',
    'javascript:window.__fuzzInjected=1',
    'JaVaScRiPt:alert(1)',
    ' java\tscript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '__proto__',
    'constructor',
    'toString',
    '{"__proto__":{"polluted":true}}',
    '\u202eevil\u202c',
    '\u0000\u0007\u001b[31m',
    '',
    ' ',
    '-1',
    'NaN',
    '1e309',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constant('x'.repeat(100_000)),
);

export interface FuzzOptions {
  tag: string;
  /** The attributes to fuzz. */
  attributes: string[];
  /** Values that must be refused with a visible configuration message, per attribute. */
  refused?: Record<string, string[]>;
  /** Attributes set on every element so that only the fuzzed one is wrong (an endpoint, say). */
  baseline?: Record<string, string>;
  runs?: number;
}

function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

function assertNothingInjected(host: Element): void {
  const scope = host.shadowRoot ? [host, ...allElements(host.shadowRoot)] : [host];
  for (const element of scope) {
    expect(element.localName, 'no script element is rendered').not.to.equal('script');
    expect(element.hasAttribute('data-fuzz-injected'), 'markup from an attribute is rendered as text').to.equal(false);
    for (const attribute of element.getAttributeNames()) {
      if (element === host) continue;
      expect(attribute.startsWith('on'), `no event handler attribute (${attribute}) on <${element.localName}>`).to.equal(false);
      if (attribute === 'href' || attribute === 'src' || attribute === 'action') {
        const url = element
          .getAttribute(attribute)!
          .replace(/[\s\u0000-\u001f]/g, '')
          .toLowerCase();
        expect(/^(javascript|data|vbscript):/.test(url), `no script URL in ${attribute} of <${element.localName}>`).to.equal(false);
      }
    }
  }
  expect((window as { __fuzzInjected?: unknown }).__fuzzInjected, 'no injected script ran').to.equal(undefined);
  expect(({} as { polluted?: unknown }).polluted, 'no prototype was polluted').to.equal(undefined);
}

export function configMessageOf(element: Element): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>('[part~="config-message"]') ?? null;
}

async function mount(tag: string, attributes: Record<string, string>): Promise<HTMLElement> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const container = await fixture<HTMLDivElement>(document.createElement('div'));
  container.append(element);
  await settle(container);
  return element;
}

export function fuzzAttributes(options: FuzzOptions): void {
  describe(`<${options.tag}> attribute fuzz`, () => {
    const uncaught: unknown[] = [];
    const recordError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const recordRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    let warn: typeof console.warn;

    beforeEach(() => {
      uncaught.length = 0;
      window.addEventListener('error', recordError);
      window.addEventListener('unhandledrejection', recordRejection);
      warn = console.warn;
      console.warn = () => {}; // refused values warn by design; the visible message is what is asserted
    });
    afterEach(() => {
      window.removeEventListener('error', recordError);
      window.removeEventListener('unhandledrejection', recordRejection);
      console.warn = warn;
      fixtureCleanup();
    });

    for (const attribute of options.attributes) {
      it(`survives hostile values in "${attribute}"`, async () => {
        await fc.assert(
          fc.asyncProperty(hostileValue, async (value) => {
            const element = await mount(options.tag, { ...options.baseline, [attribute]: value });
            assertNothingInjected(element);
            expect(uncaught, `no uncaught error for ${attribute}=${JSON.stringify(value.slice(0, 60))}`).to.deep.equal([]);
            element.parentElement?.remove();
          }),
          { numRuns: options.runs ?? 40 },
        );
      });
    }

    for (const [attribute, values] of Object.entries(options.refused ?? {})) {
      for (const value of values) {
        it(`refuses ${attribute}=${JSON.stringify(value.slice(0, 40))} with a visible configuration message`, async () => {
          const element = await mount(options.tag, { ...options.baseline, [attribute]: value });
          const message = configMessageOf(element);
          expect(message, 'a configuration message is rendered').to.exist;
          expect(message!.checkVisibility(), 'the configuration message is visible').to.equal(true);
          expect(message!.textContent!.trim().length).to.be.greaterThan(0);
          assertNothingInjected(element);
        });
      }
    }
  });
}
