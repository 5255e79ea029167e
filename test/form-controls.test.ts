/**
 * The checkboxes and radios every widget shares (core/styles/forms.ts), measured as a person sees them:
 * big enough to hit (at least 24 px), growing with the text at 200 %, each beside the first line of its
 * label even when the label wraps, and dark with a dark theme (`--si-color-scheme: dark`).
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/elements/si-checklist/define.js';
import '../src/elements/si-self-assessment/define.js';
import '../src/elements/si-ta-request/define.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import { $$ } from './shared/dom.js';
import { settle } from './shared/story-sweep.js';

/** The dark theme as a host page sets it: only `--si-*` custom properties, on anything above the widget. */
const DARK_THEME =
  '--si-color-scheme: dark; --si-color-text: #f1f1f1; --si-color-text-muted: #d0d0d0; --si-color-surface: #1b1f24; --si-color-surface-alt: #252a31; --si-color-border: #a9aeb1; --si-color-primary: #73b3e7; --si-color-on-primary: #111418';

/** Narrow, so that long labels wrap onto several lines. */
const NARROW = 'inline-size: 280px';

const widgets: Array<{ name: string; type: 'checkbox' | 'radio'; template: TemplateResult }> = [
  { name: 'si-checklist', type: 'checkbox', template: html`<si-checklist persist="none"></si-checklist>` },
  { name: 'si-self-assessment', type: 'radio', template: html`<si-self-assessment persist="none"></si-self-assessment>` },
  {
    name: 'si-ta-request',
    type: 'radio',
    template: html`<si-ta-request endpoint="https://intake.example.org/requests" region="CA" persist="none"></si-ta-request>`,
  },
];

async function mountChoices(template: TemplateResult, type: string, style = NARROW): Promise<HTMLInputElement[]> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${style}>${template}</div>`);
  await settle(wrapper);
  const inputs = $$<HTMLInputElement>(wrapper.firstElementChild!, `input[type="${type}"]`);
  expect(inputs.length, `${type} inputs shown`).to.be.greaterThan(0);
  return inputs;
}

/** The first line of an input's label, as drawn: the first box of its first piece of text. */
function firstLineOf(input: HTMLInputElement): { rect: DOMRect; lines: number } {
  const label = input.labels![0];
  const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const range = document.createRange();
  range.selectNodeContents(walker.nextNode()!);
  const rect = range.getClientRects()[0];
  const lineHeight = parseFloat(getComputedStyle(label).lineHeight);
  return { rect, lines: Math.round(label.getBoundingClientRect().height / lineHeight) };
}

/** The input whose label wraps onto the most lines (all on one line: the first one). */
function mostWrapped(inputs: HTMLInputElement[]): HTMLInputElement {
  return inputs.reduce((best, input) => (firstLineOf(input).lines > firstLineOf(best).lines ? input : best));
}

const centre = (rect: DOMRect) => rect.top + rect.height / 2;

afterEach(() => {
  fixtureCleanup();
  wipeAllStoredData();
  document.documentElement.style.fontSize = '';
});

for (const widget of widgets) {
  describe(`<${widget.name}> ${widget.type === 'radio' ? 'radios' : 'checkboxes'}`, () => {
    it('are at least 24 px (32 px at the default 16 px text) and grow with the text at 200 %', async () => {
      const [input] = await mountChoices(widget.template, widget.type);
      const normal = input.getBoundingClientRect();
      expect(normal.width).to.be.at.least(24);
      expect(normal.height).to.be.at.least(24);
      expect(Math.round(normal.height)).to.equal(32);
      fixtureCleanup();

      document.documentElement.style.fontSize = '200%';
      const [large] = await mountChoices(widget.template, widget.type);
      const grown = large.getBoundingClientRect();
      expect(grown.height).to.be.at.least(normal.height * 1.4);
      expect(grown.width).to.be.at.least(normal.width * 1.4);
    });

    for (const size of ['100%', '200%']) {
      it(`sit beside the first line of their label at ${size} text, also when the label wraps`, async () => {
        document.documentElement.style.fontSize = size;
        const inputs = await mountChoices(widget.template, widget.type);
        const input = mostWrapped(inputs);
        const box = input.getBoundingClientRect();
        const { rect: line, lines } = firstLineOf(input);
        expect(Math.abs(centre(box) - centre(line)), `box centre ${centre(box)} vs first line centre ${centre(line)} (${lines} lines)`).to.be.at.most(3);
        // Its whole box is within the first line's reach: never pushed down by a label of several lines.
        expect(box.top).to.be.below(line.bottom);
        // The row stays a 44 px target, and no long word pushes a choice wider than the widget.
        expect(input.closest('.choice')!.getBoundingClientRect().height).to.be.at.least(44);
        const widgetRight = (input.getRootNode() as ShadowRoot).host.getBoundingClientRect().right;
        for (const choice of inputs) expect(choice.labels![0].getBoundingClientRect().right, choice.id).to.be.at.most(widgetRight + 0.5);
      });
    }

    it('are dark in a dark theme and light by default, whatever the page around them says', async () => {
      const [dark] = await mountChoices(widget.template, widget.type, `${NARROW}; ${DARK_THEME}`);
      expect(getComputedStyle(dark).colorScheme).to.equal('dark');
      fixtureCleanup();

      const [light] = await mountChoices(widget.template, widget.type, `${NARROW}; color-scheme: dark`);
      expect(getComputedStyle(light).colorScheme).to.equal('light');
    });
  });
}

describe('wrapping labels', () => {
  it('are measured: the checklist at 280 px has a step whose label takes several lines', async () => {
    const input = mostWrapped(await mountChoices(widgets[0].template, 'checkbox'));
    expect(firstLineOf(input).lines).to.be.at.least(2);
  });
});
