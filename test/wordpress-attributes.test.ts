/**
 * The WordPress plugin tells editors which attribute values a widget will refuse (its PHP rules,
 * src/cms/wordpress/includes/class-attribute-rules.php). Those verdicts are only worth something if
 * they are the elements' own: this renders every case of test/fixtures/wordpress-attribute-cases.json
 * with the real element and checks that it shows its configuration message exactly when the case says
 * the value is refused. test/wordpress/rules.test.php holds the PHP rules to the same cases.
 */
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../src/index.js';
import { settle } from './shared/story-sweep.js';

interface Case {
  tag: string;
  attributes: Record<string, string>;
  valid: boolean;
}

const cases = (await (await fetch(new URL('./fixtures/wordpress-attribute-cases.json', import.meta.url))).json()) as {
  base: Record<string, Record<string, string>>;
  cases: Case[];
};

/** Every configuration message in the element, its nested widgets' included (the banner's quick exit). */
function configMessages(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const scope = root instanceof Element ? root.shadowRoot : root;
  if (!scope) return found;
  for (const element of scope.querySelectorAll('*')) {
    if (element.matches('[part~="config-message"]')) found.push(element);
    if (element.shadowRoot) found.push(...configMessages(element.shadowRoot));
  }
  return found;
}

/** Content loaded from `src` arrives after the first render: wait until it shows, or a message does. */
async function contentSettled(element: HTMLElement): Promise<void> {
  if (!element.hasAttribute('src')) return;
  const ready = () => configMessages(element).length > 0 || !!element.shadowRoot?.querySelector('input, fieldset, ol, ul');
  for (let tries = 0; tries < 100 && !ready(); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settle(element.parentElement!);
  }
}

const written = (attributes: Record<string, string>) =>
  Object.entries(attributes)
    .map(([name, value]) => `${name}="${value}"`)
    .join(' ');

describe('the WordPress plugin’s attribute verdicts are the elements’ own', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => undefined; // refused values warn once each, by design
  });
  afterEach(() => {
    console.warn = warn;
    fixtureCleanup();
  });

  for (const testCase of cases.cases) {
    it(`<${testCase.tag} ${written(testCase.attributes)}> is ${testCase.valid ? 'accepted' : 'refused'}`, async () => {
      const element = document.createElement(testCase.tag);
      const attributes = { ...cases.base[testCase.tag], ...testCase.attributes };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      const container = await fixture<HTMLDivElement>(document.createElement('div'));
      container.append(element);
      await settle(container);
      await contentSettled(element);
      const messages = configMessages(element).map((message) => message.textContent?.replace(/\s+/g, ' ').trim());
      if (testCase.valid) expect(messages, 'no configuration message').to.deep.equal([]);
      else expect(messages.length, 'a configuration message').to.be.greaterThan(0);
    });
  }
});
