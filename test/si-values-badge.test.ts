import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { VALUE_SET_IDS, valueSets } from '../src/content/values.js';
import '../src/elements/si-config/define.js';
import '../src/elements/si-values-badge/define.js';
import { allowedLink } from '../src/core/links.js';
import { parseAssessedDate, type SiValuesBadgeElement } from '../src/elements/si-values-badge/si-values-badge.js';
import { configMessageOf } from './shared/fuzz.js';
import { settle } from './shared/story-sweep.js';
import { shadow } from './shared/dom.js';

const GUIDING_EN = [
  'Survivor-informed',
  'Trauma-informed',
  'Victim-centered',
  'Strengths-based',
  'Survivor leadership',
  'Survivors employed and fairly paid',
  'Diversity',
  'Peer support',
];
const GUIDING_ES = [
  'Informado por sobrevivientes',
  'Informado sobre el trauma',
  'Centrado en la víctima',
  'Basado en las fortalezas',
  'Liderazgo de sobrevivientes',
  'Empleo y pago justo para sobrevivientes',
  'Diversidad',
  'Apoyo entre pares',
];
const SAMHSA_EN = [
  'Safety',
  'Trustworthiness and transparency',
  'Peer support',
  'Collaboration and mutuality',
  'Empowerment, voice and choice',
  'Cultural, historical and gender issues',
];

const badgeButton = (element: Element) => shadow(element).querySelector<HTMLButtonElement>('[part~="badge"]');
const panel = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="panel"]');
const names = (element: Element) => [...shadow(element).querySelectorAll('[part~="value-name"]')].map((node) => node.textContent!.trim());
const descriptions = (element: Element) => [...shadow(element).querySelectorAll('[part~="value-description"]')].map((node) => node.textContent!.trim());
const visible = (node: Element | null) => node !== null && (node as HTMLElement).checkVisibility();

async function mount(template: ReturnType<typeof html>): Promise<SiValuesBadgeElement> {
  const element = await fixture<SiValuesBadgeElement>(template);
  await settle(element.parentElement!);
  return element;
}

/** What a server in any language could check: every set complete in both languages, with a source. */
const localized = z.object({
  en: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  es: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
});
const valueSetSchema = z.object({
  id: z.enum(VALUE_SET_IDS),
  source: z.string().check(z.minLength(20)),
  credit: z.optional(localized),
  values: z.array(z.object({ id: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)), name: localized, description: localized })).check(
    z.minLength(1),
    z.refine((values) => new Set(values.map((value) => value.id)).size === values.length, 'ids are unique within a set'),
  ),
});

describe('<si-values-badge> content', () => {
  it('validates every value set against the schema', () => {
    for (const id of VALUE_SET_IDS) {
      const result = valueSetSchema.safeParse(valueSets[id]);
      expect(result.success, `${id}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
      expect(valueSets[id].id).to.equal(id);
    }
  });

  it('holds the eight guiding values of seed 000 and SAMHSA’s six principles, in their sources’ order', () => {
    expect(valueSets['guiding-values'].values.map((value) => value.id)).to.deep.equal([
      'survivor-informed',
      'trauma-informed',
      'victim-centered',
      'strengths-based',
      'survivor-leadership',
      'employs-survivors',
      'diversity',
      'peer-support',
    ]);
    expect(valueSets['trauma-informed'].values.map((value) => value.id)).to.deep.equal([
      'safety',
      'trustworthiness-transparency',
      'peer-support',
      'collaboration-mutuality',
      'empowerment-voice-choice',
      'cultural-historical-gender',
    ]);
    expect(valueSets['trauma-informed'].source).to.contain('SMA) 14-4884');
    expect(valueSets['guiding-values'].source).to.contain('seed 000');
  });
});

describe('<si-values-badge> links and dates', () => {
  it('allows https, http on this machine and paths on this site, nothing else', () => {
    expect(allowedLink('https://example.org/policy')).to.equal('https://example.org/policy');
    expect(allowedLink('http://localhost:8000/p')).to.equal('http://localhost:8000/p');
    expect(allowedLink('/policies/engagement')).to.equal(`${location.origin}/policies/engagement`);
    expect(allowedLink('policy.html#values')).to.equal(new URL('policy.html#values', document.baseURI).href);
    for (const refused of [
      'http://example.org/',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'ftp://example.org/',
      'https://user:pw@example.org/',
      '//example.org\\x',
      'java\tscript:alert(1)',
      'mailto:a@example.org',
    ]) {
      expect(allowedLink(refused), refused).to.equal(undefined);
    }
  });

  it('reads ISO dates and refuses impossible ones', () => {
    expect(parseAssessedDate('2025-05-14')?.toISOString()).to.equal('2025-05-01T00:00:00.000Z');
    expect(parseAssessedDate('2025-05')?.toISOString()).to.equal('2025-05-01T00:00:00.000Z');
    for (const refused of ['2025-02-30', '2025-13-01', '2025-00-10', 'May 2025', '14/05/2025', '0025-05-14', '2025-5-1', '']) {
      expect(parseAssessedDate(refused), refused).to.equal(undefined);
    }
  });
});

describe('<si-values-badge>', () => {
  afterEach(() => {
    fixtureCleanup();
    document.documentElement.lang = 'en';
  });

  it('shows a closed badge that opens into the eight guiding values, in order', async () => {
    const element = await mount(html`<si-values-badge></si-values-badge>`);
    const button = badgeButton(element)!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.textContent).to.contain('Survivor-informed');
    expect(visible(panel(element))).to.equal(false);
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.getAttribute('aria-controls')).to.equal(panel(element)!.id);
    expect(visible(panel(element))).to.equal(true);
    expect(names(element)).to.deep.equal(GUIDING_EN);
    expect(descriptions(element)).to.deep.equal(valueSets['guiding-values'].values.map((value) => value.description.en));
    expect(element.matches(':state(open)')).to.equal(true);
  });

  it('speaks Spanish when the page does', async () => {
    document.documentElement.lang = 'es';
    const element = await mount(html`<si-values-badge variant="card" assessed="2025-05-14"></si-values-badge>`);
    expect(names(element)).to.deep.equal(GUIDING_ES);
    expect(shadow(element).querySelector('[part~="card"]')!.getAttribute('lang')).to.equal('es');
    expect(shadow(element).querySelector('[part~="assessment"]')!.textContent).to.contain('mayo de 2025');
  });

  it('shows SAMHSA’s six principles, in order, with the credit', async () => {
    const element = await mount(html`<si-values-badge set="trauma-informed" variant="card"></si-values-badge>`);
    expect(names(element)).to.deep.equal(SAMHSA_EN);
    expect(shadow(element).textContent).to.contain('SAMHSA');
    expect(shadow(element).querySelector('button'), 'the card has no disclosure button').to.equal(null);
    expect(element.matches(':state(card)')).to.equal(true);
    expect(getComputedStyle(element).display, 'a card takes its own row').to.equal('block');
    element.variant = 'badge';
    await element.updateComplete;
    expect(element.matches(':state(card)')).to.equal(false);
    expect(getComputedStyle(element).display, 'a badge sits in the line').to.equal('inline-block');
  });

  it('shows only the chosen values, in the host’s order, separated by spaces or commas', async () => {
    const element = await mount(
      html`<si-values-badge variant="card" values="peer-support,  survivor-informed victim-centered peer-support"></si-values-badge>`,
    );
    expect(names(element)).to.deep.equal(['Peer support', 'Survivor-informed', 'Victim-centered']);
    element.set = 'trauma-informed';
    element.values = 'safety';
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Safety']);
  });

  it('shows an organization’s own values as text and follows changes to them', async () => {
    const element = await mount(html`<si-values-badge variant="card" set="trauma-informed">
      <si-value name="Choice first">People decide what they share.</si-value>
      <si-value name=${'<b data-fuzz-injected>Bold</b>'}><img alt="">Plain words</si-value>
    </si-values-badge>`);
    expect(names(element)).to.deep.equal(['Choice first', '<b data-fuzz-injected>Bold</b>']);
    expect(descriptions(element)).to.deep.equal(['People decide what they share.', 'Plain words']);
    expect(shadow(element).querySelector('b, img, [data-fuzz-injected]')).to.equal(null);
    expect(shadow(element).querySelector('.intro')!.textContent).to.equal('We commit to these values.');

    const added = document.createElement('si-value');
    added.setAttribute('name', 'Paid expertise');
    added.textContent = 'Survivor consultants are paid.';
    element.append(added);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Choice first', '<b data-fuzz-injected>Bold</b>', 'Paid expertise']);

    added.firstChild!.nodeValue = 'Survivor consultants are paid as professionals.';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(descriptions(element)[2]).to.equal('Survivor consultants are paid as professionals.');

    for (const child of [...element.querySelectorAll('si-value')]) child.remove();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(names(element), 'without children the set is shown again').to.deep.equal(SAMHSA_EN);
  });

  it('reads custom values that arrive after the badge is upgraded', async () => {
    const element = await mount(html`<si-values-badge variant="card"></si-values-badge>`);
    const value = document.createElement('si-value');
    value.setAttribute('name', 'Later');
    element.append(value);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(names(element)).to.deep.equal(['Later']);
    expect(descriptions(element)).to.deep.equal([]);
  });

  it('asks for a name on every custom value', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const element = await mount(html`<si-values-badge><si-value>No name</si-value></si-values-badge>`);
      expect(visible(configMessageOf(element))).to.equal(true);
      expect(configMessageOf(element)!.textContent).to.contain('needs a name');
    } finally {
      console.warn = warn;
    }
  });

  it('names who commits, links the policy and the self-assessment, and says when it was made', async () => {
    const element = await mount(
      html`<si-values-badge variant="card" org="Tri-County Coalition" href="/policies/engagement" assessed="2025-05-14" assessment-href="https://example.org/assessment"></si-values-badge>`,
    );
    const root = shadow(element);
    expect(root.querySelector('.intro')!.textContent).to.equal('Tri-County Coalition commits to these values.');
    const policy = root.querySelector<HTMLAnchorElement>('a[part~="policy-link"]')!;
    expect(policy.getAttribute('href')).to.equal(`${location.origin}/policies/engagement`);
    expect(policy.textContent).to.equal('Read the policy behind these values');
    const assessment = root.querySelector<HTMLAnchorElement>('a[part~="assessment"]')!;
    expect(assessment.getAttribute('href')).to.equal('https://example.org/assessment');
    expect(assessment.textContent).to.equal('Self-assessed in May 2025');
  });

  it('states the assessment date without a link, and links the assessment without a date', async () => {
    const dated = await mount(html`<si-values-badge variant="card" assessed="2024-11"></si-values-badge>`);
    const line = shadow(dated).querySelector('[part~="assessment"]')!;
    expect(line.localName).to.equal('li');
    expect(line.textContent).to.equal('Self-assessed in November 2024');
    const linked = await mount(html`<si-values-badge variant="card" assessment-href="/assessment"></si-values-badge>`);
    expect(shadow(linked).querySelector('a[part~="assessment"]')!.textContent).to.equal('See our self-assessment');
    expect(shadow(linked).querySelector('a[part~="policy-link"]')).to.equal(null);
  });

  it('takes the organization from <si-config> unless it names its own', async () => {
    const wrapper = await fixture<HTMLElement>(html`<si-config org="Config Org">
      <si-values-badge variant="card" id="inherits"></si-values-badge>
      <si-values-badge variant="card" id="own" org="Own Org"></si-values-badge>
    </si-config>`);
    await settle(wrapper.parentElement!);
    expect(shadow(wrapper.querySelector('#inherits')!).querySelector('.intro')!.textContent).to.equal('Config Org commits to these values.');
    expect(shadow(wrapper.querySelector('#own')!).querySelector('.intro')!.textContent).to.equal('Own Org commits to these values.');
  });

  it('refuses a bad set, bad ids, bad links and a bad date with a visible message and no link', async () => {
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const element = await mount(
        html`<si-values-badge values="survivor-informed kindness" href="javascript:alert(1)" assessed="2025-02-30" assessment-href="http://example.org/a"></si-values-badge>`,
      );
      const message = configMessageOf(element)!;
      expect(visible(message)).to.equal(true);
      const text = message.textContent!;
      expect(text).to.contain('kindness');
      expect(text).to.contain('"href"');
      expect(text).to.contain('"assessment-href"');
      expect(text).to.contain('2025-02-30');
      expect(shadow(element).querySelector('a, button'), 'no link and no badge while misconfigured').to.equal(null);
      expect(warnings.length, 'each problem is logged once').to.equal(4);

      element.values = 'survivor-informed';
      element.href = 'https://example.org/policy';
      element.assessed = '2025-02-28';
      element.assessmentHref = '';
      await element.updateComplete;
      expect(configMessageOf(element), 'fixed attributes bring the badge back').to.equal(null);
      expect(badgeButton(element)).to.exist;
    } finally {
      console.warn = warn;
    }
  });

  describe('keyboard and pointer', () => {
    it('opens with Enter and Space, closes with Escape, and returns focus to the badge', async () => {
      const element = await mount(html`<si-values-badge href="/policy"></si-values-badge>`);
      const button = badgeButton(element)!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(visible(panel(element))).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(visible(panel(element))).to.equal(false);
      expect(shadow(element).activeElement).to.equal(button);

      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');

      await sendKeys({ press: 'Tab' });
      expect(shadow(element).activeElement, 'Tab moves into the panel').to.equal(shadow(element).querySelector('a[part~="policy-link"]'));
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(shadow(element).activeElement, 'Escape inside the panel returns focus to the badge').to.equal(button);

      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded'), 'Enter again closes it').to.equal('false');
    });

    it('lets Escape through when the panel is closed', async () => {
      const element = await mount(html`<si-values-badge></si-values-badge>`);
      let heard = 0;
      const listener = () => heard++;
      document.addEventListener('keydown', listener);
      try {
        badgeButton(element)!.focus();
        await sendKeys({ press: 'Escape' });
        expect(heard).to.equal(1);
        badgeButton(element)!.click();
        await element.updateComplete;
        await sendKeys({ press: 'Escape' });
        expect(heard, 'Escape that closes the panel stops there').to.equal(1);
      } finally {
        document.removeEventListener('keydown', listener);
      }
    });

    it('closes on a click outside, not on a click inside the panel', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><si-values-badge></si-values-badge><p id="outside">Elsewhere</p></div>`);
      const element = wrapper.querySelector('si-values-badge')!;
      await settle(wrapper);
      badgeButton(element)!.click();
      await element.updateComplete;
      shadow(element).querySelector<HTMLElement>('.value__name')!.click();
      await element.updateComplete;
      expect(badgeButton(element)!.getAttribute('aria-expanded')).to.equal('true');
      wrapper.querySelector<HTMLElement>('#outside')!.click();
      await element.updateComplete;
      expect(badgeButton(element)!.getAttribute('aria-expanded')).to.equal('false');
      expect(element.matches(':state(open)')).to.equal(false);
    });

    it('closes when focus leaves the widget, so the panel never covers what has focus', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><si-values-badge></si-values-badge><a href="#next" id="next">Next</a></div>`);
      const element = wrapper.querySelector('si-values-badge')!;
      await settle(wrapper);
      badgeButton(element)!.focus();
      badgeButton(element)!.click();
      await element.updateComplete;
      await sendKeys({ press: 'Tab' });
      await element.updateComplete;
      expect(document.activeElement).to.equal(wrapper.querySelector('#next'));
      expect(badgeButton(element)!.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('layout', () => {
    afterEach(async () => {
      await setViewport({ width: 800, height: 600 });
      await emulateMedia({ media: 'screen' });
    });

    it('keeps its size when opened, and moves nothing on the page', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><si-values-badge></si-values-badge><p id="after">After the badge</p></div>`);
      const element = wrapper.querySelector('si-values-badge')!;
      await settle(wrapper);
      const before = { host: element.getBoundingClientRect().toJSON(), after: wrapper.querySelector('#after')!.getBoundingClientRect().toJSON() };
      badgeButton(element)!.click();
      await element.updateComplete;
      expect(visible(panel(element))).to.equal(true);
      expect(element.getBoundingClientRect().toJSON()).to.deep.equal(before.host);
      expect(wrapper.querySelector('#after')!.getBoundingClientRect().toJSON()).to.deep.equal(before.after);
      expect(getComputedStyle(panel(element)!).position).to.equal('absolute');
    });

    for (const side of ['left', 'right'] as const) {
      it(`keeps the open panel inside a 320 px viewport (badge on the ${side})`, async () => {
        await setViewport({ width: 320, height: 640 });
        const wrapper = await fixture<HTMLElement>(html`<div style="display: flex; justify-content: ${side === 'left' ? 'flex-start' : 'flex-end'}">
          <si-values-badge></si-values-badge>
        </div>`);
        const element = wrapper.querySelector('si-values-badge')!;
        await settle(wrapper);
        const badge = badgeButton(element)!.getBoundingClientRect();
        expect(badge.left).to.be.at.least(0);
        expect(badge.right).to.be.at.most(document.documentElement.clientWidth);
        badgeButton(element)!.click();
        await element.updateComplete;
        const box = panel(element)!.getBoundingClientRect();
        expect(box.left).to.be.at.least(0);
        expect(box.right).to.be.at.most(document.documentElement.clientWidth);
        expect(box.width).to.be.greaterThan(200);
      });
    }

    it('prints the values in full even while the badge is closed', async () => {
      const element = await mount(html`<si-values-badge></si-values-badge>`);
      expect(visible(panel(element))).to.equal(false);
      await emulateMedia({ media: 'print' });
      expect(visible(panel(element))).to.equal(true);
      expect(getComputedStyle(panel(element)!).position).to.equal('static');
    });
  });
});
