import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { HOTLINE_PRESETS, hotlines } from '../src/content/hotlines.js';
import { hotlinesEs } from '../src/content/hotlines.es.js';
import type { SiDismissEvent, SiExitEvent } from '../src/core/events.js';
import { setNavigator } from '../src/core/quick-exit.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-config/define.js';
import '../src/elements/si-hotline-banner/define.js';
import { parseNumber } from '../src/elements/si-hotline-banner/phone.js';
import { SiHotlineBannerElement } from '../src/elements/si-hotline-banner/si-hotline-banner.js';
import { configMessageOf } from './shared/fuzz.js';
import { settle } from './shared/story-sweep.js';
import { shadow, text } from './shared/dom.js';
import { until } from './shared/until.js';

// Never leave the test page: the banner's quick exit navigates through this recorder.
let navigations: string[] = [];
let realNavigator: ReturnType<typeof setNavigator>;
beforeEach(() => {
  navigations = [];
  realNavigator = setNavigator((url) => navigations.push(url));
});
afterEach(() => {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  setNavigator(realNavigator);
  fixtureCleanup();
  wipeAllStoredData();
});

async function mount(template = html`<si-hotline-banner></si-hotline-banner>`): Promise<SiHotlineBannerElement> {
  const el = await fixture<SiHotlineBannerElement>(template);
  await settle(el.parentElement!);
  return el;
}

/** Each contact link as a person sees it: where it goes and what it shows (which is also its name). */
function contacts(el: Element) {
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="contacts"] a, [part~="more"] a[href^="tel:"], a.chat')].map((a) => ({
    href: a.getAttribute('href'),
    shown: text(a),
  }));
}
const hrefs = (el: Element) => contacts(el).map((c) => c.href);
const shown = (el: Element) => contacts(el).map((c) => c.shown);
const moreButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('[part~="more-button"]')!;
const exitButton = (el: Element) => shadow(el).querySelector('si-quick-exit')!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;

/** The focused element, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the banner's font resolves to DejaVu Sans, which the layout figures were measured with (as in test/e2e/reserve.e2e.ts). */
function measuredFont(): boolean {
  const context = document.createElement('canvas').getContext('2d')!;
  const width = (family: string) => {
    context.font = `16px ${family}`;
    return context.measureText('National Human Trafficking Hotline: call 1-888-373-7888').width;
  };
  return width("system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif") === width('"DejaVu Sans", monospace');
}

function quiet<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  return run().finally(() => (console.warn = warn));
}

describe('<si-hotline-banner>', () => {
  describe('presets (FACTS.md, Hotlines)', () => {
    it('national (the default): call and text in view; TTY, chat, hours, languages and "confidential" under "More ways to get help"', async () => {
      const el = await mount();
      expect(el.preset).to.equal('national');
      expect(hrefs(el)).to.deep.equal(['tel:+18883737888', 'sms:233733', 'tel:711', 'https://humantraffickinghotline.org/chat']);
      expect(shown(el)).to.deep.equal(['Call 1-888-373-7888', 'Text 233733', 'TTY 711', 'Chat online']);
      const more = shadow(el).querySelector('[part~="more"]')!;
      const all = text(more);
      expect(text(shadow(el).querySelector('[part~="name"]'))).to.equal('National Human Trafficking Hotline');
      expect(all).to.contain('24 hours a day, every day.');
      expect(all, 'the languages say which contacts they apply to').to.contain(
        'Calls in English, Spanish and 200+ more languages through interpreters; texts in English and Spanish.',
      );
      expect(all).to.contain('Confidential. Not law enforcement or immigration.');
      expect(text(shadow(el).querySelector('[part~="banner"]'))).not.to.contain('NHTRC');
      expect(shadow(el).querySelector('[part~="banner"]')!.getAttribute('role')).to.equal('region');
      expect(shadow(el).querySelector('[part~="banner"]')!.getAttribute('aria-label')).to.equal('National Human Trafficking Hotline');
    });

    it('has no text keyword by default, since none is verified', async () => {
      const el = await mount();
      expect(hotlines.national.smsKeyword).to.equal(undefined);
      expect(text(shadow(el).querySelector('a[href^="sms:"]'))).to.equal('Text 233733');
    });

    it('colorado: call 866-455-5075, text 720-999-9724, 24/7, anonymous tips', async () => {
      const el = await mount(html`<si-hotline-banner preset="colorado"></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+18664555075', 'sms:+17209999724']);
      expect(shown(el)).to.deep.equal(['Call 866-455-5075', 'Text 720-999-9724']);
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(all).to.contain('Colorado Human Trafficking Hotline');
      expect(all).to.contain('24 hours a day, every day.');
      expect(all).to.contain('Anonymous tips accepted.');
      expect(all).to.contain('Laboratory to Combat Human Trafficking');
    });

    it('california: CAST 888-539-2373 (888-KEY-2-FREE), 24 hours, translators on calls', async () => {
      const el = await mount(html`<si-hotline-banner preset="california"></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+18885392373']);
      expect(shown(el)).to.deep.equal(['Call 888-539-2373']);
      expect(text(shadow(el).querySelector('[part~="contacts"] li'))).to.equal('Call 888-539-2373 (888-KEY-2-FREE)');
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(all).to.contain('CAST');
      expect(all).to.contain('24 hours a day.');
      expect(all).to.contain('Translators available on calls.');
      expect(all).to.contain('Not tied to law enforcement.');
    });

    it('keeps every preset as valid content data with a source, in both languages', () => {
      expect(Object.keys(hotlines)).to.deep.equal([...HOTLINE_PRESETS]);
      for (const id of HOTLINE_PRESETS) {
        const preset = hotlines[id];
        expect(preset.source.length, `${id} credits its source`).to.be.greaterThan(10);
        for (const value of [preset.phone, preset.sms, preset.tty].filter(Boolean)) expect(parseNumber(value), `${id}: ${value}`).to.exist;
        if (preset.chatUrl) expect(preset.chatUrl).to.match(/^https:\/\//);
        expect(preset.text.name).to.not.equal('');
        expect(hotlinesEs[id].name, `${id} has a Spanish name`).to.not.equal('');
        expect(Object.keys(hotlinesEs[id])).to.deep.equal(Object.keys(preset.text));
      }
    });

    it('speaks Spanish, and says the national hotline serves Spanish on calls and texts', async () => {
      const el = await mount(html`<si-hotline-banner lang="es"></si-hotline-banner>`);
      const banner = shadow(el).querySelector('[part~="banner"]')!;
      expect(banner.getAttribute('lang')).to.equal('es');
      expect(shown(el)).to.deep.equal(['Llame al 1-888-373-7888', 'Envíe un texto al 233733', 'TTY 711', 'Chat en línea']);
      expect(text(banner)).to.contain('Llamadas en español, en inglés y en más de 200 idiomas con intérpretes; textos en español y en inglés.');
      expect(text(banner)).to.contain('Las 24 horas, todos los días.');
      expect(text(banner)).to.contain('También puede pulsar la tecla Shift 3 veces para salir.');
      expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.equal('¿Está en peligro inmediato? Llame al 911');
      expect(text(moreButton(el))).to.equal('Más formas de pedir ayuda');
      const exit = shadow(el).querySelector('si-quick-exit')!;
      expect(exit.getAttribute('lang')).to.equal('es');
      expect(text(exitButton(el))).to.equal('Emergencia Salir de esta página');
    });
  });

  describe('numbers', () => {
    it('shows each number as written, and a link is named by the text it shows (WCAG 2.5.3)', async () => {
      const el = await mount();
      for (const link of shadow(el).querySelectorAll('a')) {
        expect(link.hasAttribute('aria-label'), text(link)).to.equal(false);
        expect(link.querySelector('[aria-hidden], .visually-hidden'), `${text(link)}: nothing hidden replaces what it shows`).to.equal(null);
      }
      const call = shadow(el).querySelector<HTMLAnchorElement>('a[href="tel:+18883737888"]')!;
      expect(call.innerText.replace(/\s+/g, ' ').trim()).to.equal('Call 1-888-373-7888');
    });

    it('shows "in immediate danger? Call 911" unless hide-emergency is set', async () => {
      const el = await mount();
      const emergency = shadow(el).querySelector('[part~="emergency"]')!;
      expect(text(emergency)).to.equal('In immediate danger? Call 911');
      expect(emergency.querySelector('a')!.getAttribute('href')).to.equal('tel:911');
      el.hideEmergency = true;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="emergency"]')).to.equal(null);
      expect(shadow(el).querySelector('a[href="tel:911"]')).to.equal(null);
    });

    it('takes every field from attributes, and drops the preset note once it is another service', async () => {
      const el = await mount(html`<si-hotline-banner
        name="Tri-County Victim Services"
        phone="(970) 555-0142"
        sms="970.555.0143"
        sms-keyword="SAFE"
        chat-url="https://example.org/chat"
        tty="+1 970 555 0144"
        hours="Weekdays 8 to 6"
        languages="Calls in English and Vietnamese"
      ></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+19705550142', 'sms:+19705550143?&body=SAFE', 'tel:+19705550144', 'https://example.org/chat']);
      expect(shown(el)).to.deep.equal(['Call (970) 555-0142', 'Text SAFE to 970.555.0143', 'TTY +1 970 555 0144', 'Chat online']);
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(all).to.contain('Tri-County Victim Services');
      expect(all).to.contain('Weekdays 8 to 6. Calls in English and Vietnamese.');
      expect(all, 'the national note describes another service').not.to.contain('Confidential');
      expect(configMessageOf(el)).to.equal(null);
    });

    it('leaves out a field set to an empty value', async () => {
      const el = await mount(html`<si-hotline-banner sms="" tty="" chat-url="" languages=""></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+18883737888']);
      expect(text(shadow(el).querySelector('[part~="banner"]'))).not.to.contain('interpreters');
      expect(shadow(el).querySelector('[part~="more"] ul'), 'no empty list').to.equal(null);
      expect(configMessageOf(el)).to.equal(null);
    });

    it('refuses a bad number visibly and never renders a broken link', async () => {
      const el = await quiet(() => mount(html`<si-hotline-banner phone="555-0142" sms="call me"></si-hotline-banner>`));
      const message = configMessageOf(el)!;
      expect(message.checkVisibility()).to.equal(true);
      expect(text(message)).to.contain('The number in “phone” cannot be dialed');
      expect(text(message)).to.contain('“sms”');
      expect(hrefs(el), 'the good ones stay').to.deep.equal(['tel:711', 'https://humantraffickinghotline.org/chat']);
      expect(shadow(el).querySelector('a[href="tel:"], a[href="sms:"]')).to.equal(null);
    });

    it('accepts the number forms people write and refuses the rest', () => {
      expect(parseNumber('1-888-373-7888')?.dial).to.equal('+18883737888');
      expect(parseNumber('(720) 999-9724')?.dial).to.equal('+17209999724');
      expect(parseNumber('+44 20 7946 0958')?.dial).to.equal('+442079460958');
      expect(parseNumber('233733')?.dial).to.equal('233733');
      expect(parseNumber('911')?.dial).to.equal('911');
      for (const bad of ['', '12', '555-0142', '123-456-7890', '1-800-FLOWERS', '23-37-33', '+1', 'tel:911', '911; drop', '+1234567890123456']) {
        expect(parseNumber(bad), bad).to.equal(undefined);
      }
    });
  });

  describe('more ways to get help', () => {
    it('opens and closes with its button, which says whether it is open', async () => {
      const el = await mount(html`<si-hotline-banner safety-href="/safety"></si-hotline-banner>`);
      const button = moreButton(el);
      const more = shadow(el).querySelector<HTMLElement>('[part~="more"]')!;
      expect(text(button)).to.equal('More ways to get help');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(more.id);
      expect(more.checkVisibility()).to.equal(false);
      expect(shadow(el).querySelector<HTMLElement>('a[href="tel:711"]')!.checkVisibility(), 'TTY waits inside').to.equal(false);

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.matches(':state(expanded)')).to.equal(true);
      expect(more.checkVisibility()).to.equal(true);
      expect(shadow(el).querySelector<HTMLElement>('a[href="tel:711"]')!.checkVisibility()).to.equal(true);
      expect(text(more), "the quick exit's note is here").to.contain('You can also press Shift 3 times to leave. Leaving does not erase your browser history');
      expect(more.querySelector<HTMLAnchorElement>('a[href$="/safety"]')!.textContent).to.equal('How to browse more safely');

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(more.checkVisibility()).to.equal(false);
    });

    it('has no button when there is nothing more to show', async () => {
      const el = await mount(
        html`<si-hotline-banner tty="" chat-url="" hours="" languages="" name="County line" phone="970-555-0142" no-quick-exit></si-hotline-banner>`,
      );
      expect(shadow(el).querySelector('[part~="more-button"]')).to.equal(null);
    });
  });

  describe('on a phone (360 px wide)', () => {
    before(() => setViewport({ width: 360, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    for (const lang of ['en', 'es'] as const) {
      it(`is at most 120 px tall and shows call, text, 911, the Exit button and "More ways" without opening anything (${lang})`, async function () {
        const el = await mount(html`<si-hotline-banner lang=${lang} style="--si-hotline-banner-min-block-size: 0"></si-hotline-banner>`);
        const box = el.getBoundingClientRect();
        const inside = (node: Element) => {
          const rect = node.getBoundingClientRect();
          return node.checkVisibility() && rect.width > 0 && rect.top >= box.top && rect.bottom <= box.bottom && rect.left >= 0 && rect.right <= 360;
        };
        for (const selector of ['a[href^="tel:+1888"]', 'a[href^="sms:"]', 'a[href="tel:911"]', '[part~="more-button"]']) {
          expect(inside(shadow(el).querySelector(selector)!), selector).to.equal(true);
        }
        expect(inside(exitButton(el)), 'the Exit button').to.equal(true);
        const exitBox = exitButton(el).getBoundingClientRect();
        expect(exitBox.width >= 44 && exitBox.height >= 44, 'a 44 px target').to.equal(true);
        expect(shadow(el).querySelector<HTMLElement>('a[href="tel:711"]')!.checkVisibility(), 'TTY is under "More ways"').to.equal(false);
        if (!measuredFont()) this.skip(); // the height below was measured with DejaVu Sans, as reserve.css's values
        expect(box.height).to.be.at.most(120);
      });
    }

    it('shows "Exit" alone there, and the button is still named "Emergency Exit this page"', async () => {
      const el = await mount();
      const rest = exitButton(el).querySelector('[part~="label-rest"]')!;
      expect(rest.getBoundingClientRect().width, 'the rest of the label is visually hidden').to.be.at.most(1);
      expect(text(exitButton(el))).to.equal('Emergency Exit this page');
    });
  });

  describe('on a wide screen', () => {
    before(() => setViewport({ width: 1280, height: 800 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it("lines its text up with the host's content column through --si-hotline-banner-content-max-width", async () => {
      const el = await mount(
        html`<si-hotline-banner style="--si-hotline-banner-content-max-width: 40rem; --si-hotline-banner-padding-inline: 1rem"></si-hotline-banner>`,
      );
      const page = el.parentElement!.getBoundingClientRect();
      const column = page.left + (page.width - 640) / 2 + 16;
      expect(shadow(el).querySelector('[part~="name"]')!.getBoundingClientRect().left).to.equal(column);
      expect(exitButton(el).getBoundingClientRect().right).to.equal(page.right - (column - page.left));
      expect(el.getBoundingClientRect().width, 'the background still spans the page').to.equal(page.width);
    });

    it('shows the name, the links and the whole Exit label', async () => {
      const el = await mount();
      expect(shadow(el).querySelector<HTMLElement>('[part~="name"]')!.checkVisibility()).to.equal(true);
      expect(exitButton(el).querySelector('[part~="label-rest"]')!.getBoundingClientRect().width).to.be.greaterThan(40);
    });
  });

  describe('fallback content', () => {
    it('shows the host text before upgrade, then only the banner, with nothing read twice', async () => {
      class LateBanner extends SiHotlineBannerElement {}
      const wrapper = await fixture<HTMLElement>(html`<div>
        <si-hotline-banner-late><span id="fallback">Hotline: 1-888-373-7888</span></si-hotline-banner-late>
      </div>`);
      const fallback = wrapper.querySelector<HTMLElement>('#fallback')!;
      expect(fallback.checkVisibility(), 'visible before the script').to.equal(true);

      customElements.define('si-hotline-banner-late', LateBanner);
      const el = wrapper.querySelector<SiHotlineBannerElement>('si-hotline-banner-late')!;
      await settle(wrapper);
      expect(shadow(el).querySelector('[part~="banner"]')!.checkVisibility()).to.equal(true);
      expect(fallback.checkVisibility(), 'not rendered once upgraded').to.equal(false);
      expect(shadow(el).querySelector('slot:not([name])'), 'no slot takes the fallback').to.equal(null);
    });
  });

  describe('position', () => {
    beforeEach(() => setViewport({ width: 1024, height: 900 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('is inline by default, and sticky at the top or bottom when asked', async () => {
      const el = await mount();
      expect(getComputedStyle(el).position).to.equal('static');
      el.setAttribute('position', 'top');
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('sticky');
      expect(getComputedStyle(el).top).to.equal('0px');
      el.setAttribute('position', 'bottom');
      await el.updateComplete;
      expect(getComputedStyle(el).position).to.equal('sticky');
      expect(getComputedStyle(el).bottom).to.equal('0px');
    });

    it('stays inline on a small screen, where a sticky banner would fill it', async () => {
      const el = await mount(html`<si-hotline-banner position="top"></si-hotline-banner>`);
      expect(getComputedStyle(el).position).to.equal('sticky');
      await setViewport({ width: 320, height: 640 });
      expect(getComputedStyle(el).position).to.equal('static');
      await setViewport({ width: 1024, height: 500 });
      expect(getComputedStyle(el).position).to.equal('static');
    });

    it('gives the page a scroll-padding as tall as itself while sticky, and takes it back when not', async () => {
      const root = document.documentElement.style;
      const el = await mount(html`<si-hotline-banner position="top"></si-hotline-banner>`);
      await until(() => root.scrollPaddingTop !== '');
      expect(root.scrollPaddingTop).to.equal(`${el.getBoundingClientRect().height}px`);
      el.position = 'bottom';
      await el.updateComplete;
      expect(root.scrollPaddingTop).to.equal('');
      expect(root.scrollPaddingBottom).to.equal(`${el.getBoundingClientRect().height}px`);
      await setViewport({ width: 320, height: 640 });
      await until(() => root.scrollPaddingBottom === '');
      await setViewport({ width: 1024, height: 900 });
      await until(() => root.scrollPaddingBottom !== '');
      el.position = 'inline';
      await el.updateComplete;
      expect(root.scrollPaddingBottom).to.equal('');
      el.position = 'top';
      await el.updateComplete;
      fixtureCleanup();
      expect(root.scrollPaddingTop, 'gone with the banner').to.equal('');
    });

    for (const position of ['top', 'bottom'] as const) {
      it(`never hides a control that takes focus from the keyboard under a sticky banner (${position})`, async () => {
        await setViewport({ width: 1024, height: 700 });
        const links = Array.from({ length: 40 }, (_, index) => html`<p style="margin: 0 0 60px"><a href="#l${index}">Link ${index}</a></p>`);
        const page = await fixture<HTMLElement>(
          position === 'top'
            ? html`<div><si-hotline-banner position="top" no-quick-exit></si-hotline-banner>${links}</div>`
            : html`<div>${links}<si-hotline-banner position="bottom" no-quick-exit></si-hotline-banner></div>`,
        );
        await settle(page);
        const banner = page.querySelector('si-hotline-banner')!;
        await until(() => document.documentElement.style.getPropertyValue(`scroll-padding-${position}`) !== '');
        const anchors = [...page.querySelectorAll<HTMLAnchorElement>('p a')];
        (position === 'top' ? anchors.at(-1)! : anchors[0]).focus();
        const hidden: string[] = [];
        for (let step = 0; step < anchors.length - 1; step++) {
          if (position === 'top') {
            await sendKeys({ down: 'Shift' });
            await sendKeys({ press: 'Tab' });
            await sendKeys({ up: 'Shift' });
          } else {
            await sendKeys({ press: 'Tab' });
          }
          const focusedBox = deepActive()!.getBoundingClientRect();
          const bannerBox = banner.getBoundingClientRect();
          if (position === 'top' ? focusedBox.top < bannerBox.bottom : focusedBox.bottom > bannerBox.top) hidden.push(text(deepActive() as Element));
        }
        expect(hidden, 'links under the banner').to.deep.equal([]);
      });
    }

    it('keeps the height the page reserved for it, so nothing moves as it upgrades; hidden, it lets it go', async () => {
      const el = await mount(html`<si-hotline-banner dismissible style="--si-hotline-banner-min-block-size: 30rem"></si-hotline-banner>`);
      expect(el.getBoundingClientRect().height).to.equal(480);
      el.style.removeProperty('--si-hotline-banner-min-block-size');
      expect(el.getBoundingClientRect().height, 'without it, its own height').to.be.below(480);
      el.style.setProperty('--si-hotline-banner-min-block-size', '30rem');
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await el.updateComplete;
      expect(el.getBoundingClientRect().height, 'hidden').to.be.below(200);
    });

    it('keeps the numbers and every way to get help, and drops the buttons, when printed', async () => {
      const el = await mount(html`<si-hotline-banner position="top" dismissible></si-hotline-banner>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el).position).to.equal('static');
        expect(shadow(el).querySelector('[part~="dismiss"]')!.checkVisibility()).to.equal(false);
        expect(shadow(el).querySelector('[part~="more-button"]')!.checkVisibility()).to.equal(false);
        expect(shadow(el).querySelector('si-quick-exit')!.checkVisibility()).to.equal(false);
        expect(shadow(el).querySelector<HTMLElement>('a[href="tel:+18883737888"]')!.checkVisibility()).to.equal(true);
        expect(shadow(el).querySelector<HTMLElement>('a[href="tel:711"]')!.checkVisibility(), 'what "More ways" holds is printed').to.equal(true);
        expect(getComputedStyle(shadow(el).querySelector('.chat')!, '::after').content).to.contain('humantraffickinghotline.org/chat');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('dismiss', () => {
    it('has no hide button unless dismissible', async () => {
      const el = await mount();
      expect(shadow(el).querySelector('[part~="dismiss"]')).to.equal(null);
    });

    it('hides the details, keeps the quick exit, fires si-dismiss and remembers nothing by default', async () => {
      const el = await mount(html`<si-hotline-banner dismissible></si-hotline-banner>`);
      const events: SiDismissEvent[] = [];
      document.addEventListener('si-dismiss', (event) => events.push(event as SiDismissEvent), { once: true });
      const hide = shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!;
      expect(text(hide)).to.equal('Hide the hotline banner');
      hide.click();
      await el.updateComplete;
      expect(events).to.have.length(1);
      expect(events[0].bubbles && events[0].composed).to.equal(true);
      expect(shadow(el).querySelector('[part~="banner"]')).to.equal(null);
      expect(shadow(el).querySelector('[role="region"]'), 'what is left is no longer a hotline region').to.equal(null);
      expect(shadow(el).querySelector('si-quick-exit'), 'the quick exit stays').to.exist;
      expect(el.matches(':state(dismissed)')).to.equal(true);
      expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('si:'))).to.deep.equal([]);

      fixtureCleanup();
      const again = await mount(html`<si-hotline-banner dismissible></si-hotline-banner>`);
      expect(shadow(again).querySelector('[part~="banner"]'), 'persist none: shown again').to.exist;
    });

    it('moves focus to the Exit button that stays, and says the banner was hidden', async () => {
      const el = await mount(html`<si-hotline-banner dismissible></si-hotline-banner>`);
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(text(status), 'the live region is there, empty, before anything happens').to.equal('');
      const hide = shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!;
      hide.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(deepActive()).to.equal(exitButton(el));
      expect(text(deepActive() as Element)).to.equal('Emergency Exit this page');
      expect(shadow(el).querySelector('[role="status"]'), 'the same live region').to.equal(status);
      expect(text(status)).to.equal('Hotline banner hidden.');
    });

    it('says it in Spanish, and with no quick exit puts focus on that message', async () => {
      const el = await mount(html`<si-hotline-banner dismissible no-quick-exit lang="es"></si-hotline-banner>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await el.updateComplete;
      const status = shadow(el).querySelector('[role="status"]')!;
      expect(text(status)).to.equal('Se ocultó el aviso de la línea de ayuda.');
      expect(deepActive(), 'focus does not fall to <body>').to.equal(status);
    });

    it('remembers the dismissal in local storage with persist="local", with an expiry', async () => {
      const el = await mount(html`<si-hotline-banner dismissible persist="local"></si-hotline-banner>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      const stored = JSON.parse(localStorage.getItem('si:hotline-banner:dismissed:national')!);
      expect(stored.value).to.deep.equal({ dismissed: true });
      expect(stored.expiresAt).to.be.greaterThan(Date.now());
      fixtureCleanup();
      const again = await mount(html`<si-hotline-banner dismissible persist="local"></si-hotline-banner>`);
      expect(shadow(again).querySelector('[part~="banner"]')).to.equal(null);
      expect(again.matches(':state(dismissed)')).to.equal(true);
    });

    it('takes persist from <si-config>', async () => {
      const wrapper = await fixture<HTMLElement>(html`<si-config persist="session"><si-hotline-banner dismissible></si-hotline-banner></si-config>`);
      await settle(wrapper.parentElement!);
      const el = wrapper.querySelector('si-hotline-banner')!;
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      expect(sessionStorage.getItem('si:hotline-banner:dismissed:national')).to.contain('true');
      expect(localStorage.getItem('si:hotline-banner:dismissed:national')).to.equal(null);
    });

    it('keeps nothing when its own persist is wrong, even inside a <si-config> that allows it', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<si-config persist="local"><si-hotline-banner dismissible persist="forever"></si-hotline-banner></si-config>`,
        );
        await settle(wrapper.parentElement!);
        const el = wrapper.querySelector('si-hotline-banner')!;
        expect(configMessageOf(el), 'the wrong value is named').to.exist;
        shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
        expect(localStorage.getItem('si:hotline-banner:dismissed:national')).to.equal(null);
        expect(sessionStorage.getItem('si:hotline-banner:dismissed:national')).to.equal(null);
      } finally {
        console.warn = warn;
      }
    });

    it('is forgotten by a quick exit', async () => {
      const el = await mount(html`<si-hotline-banner dismissible persist="local"></si-hotline-banner>`);
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await el.updateComplete;
      shadow(el).querySelector('si-quick-exit')!.shadowRoot!.querySelector('button')!.click();
      expect(localStorage.getItem('si:hotline-banner:dismissed:national')).to.equal(null);
    });
  });

  describe('quick exit inside', () => {
    it('carries a quick exit, whose si-exit reaches the page, with the exit-url and safety-href given', async () => {
      const el = await mount(html`<si-hotline-banner exit-url="https://www.nps.gov/" safety-href="https://example.org/safety"></si-hotline-banner>`);
      const exit = shadow(el).querySelector('si-quick-exit')!;
      expect(exit.getAttribute('part')).to.equal('quick-exit');
      expect(exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="note"] a')!.href).to.equal('https://example.org/safety');
      const events: SiExitEvent[] = [];
      document.addEventListener('si-exit', (event) => events.push(event as SiExitEvent), { once: true });
      exit.shadowRoot!.querySelector('button')!.click();
      expect(events.map((e) => e.detail.url)).to.deep.equal(['https://www.nps.gov/']);
      expect(navigations).to.deep.equal(['https://www.nps.gov/']);
    });

    it('passes no-shift-shortcut on: Shift ×3 is off, the button still exits, and the note no longer offers Shift', async () => {
      const el = await mount(html`<si-hotline-banner no-shift-shortcut></si-hotline-banner>`);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(navigations, 'Shift ×3 does nothing').to.deep.equal([]);
      expect(text(shadow(el).querySelector('[part~="more"]'))).not.to.contain('Shift');
      exitButton(el).click();
      expect(navigations).to.deep.equal(['https://www.weather.gov/']);
    });

    it('has none with no-quick-exit', async () => {
      const el = await mount(html`<si-hotline-banner no-quick-exit dismissible></si-hotline-banner>`);
      expect(shadow(el).querySelector('si-quick-exit')).to.equal(null);
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('si-quick-exit, [part~="banner"]')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    const describeFocus = (el: Element | null) =>
      el?.localName === 'a' ? el.getAttribute('href') : el?.localName === 'button' ? text(el) : String(el?.localName);

    it('has the Exit button as its first tab stop, then every link and button in reading order; Enter hides', async () => {
      const el = await mount(html`<si-hotline-banner dismissible></si-hotline-banner>`);
      (document.activeElement as HTMLElement | null)?.blur();
      const order: Array<string | null> = [];
      for (let i = 0; i < 6; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(describeFocus(deepActive()));
      }
      expect(order).to.deep.equal([
        'Emergency Exit this page',
        'tel:+18883737888',
        'sms:233733',
        'tel:911',
        'More ways to get help',
        'Hide the hotline banner',
      ]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="banner"]')).to.equal(null);
      expect(navigations).to.deep.equal([]);
    });

    it('opens "More ways to get help" with Enter and reaches TTY and chat next', async () => {
      const el = await mount();
      moreButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(moreButton(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(describeFocus(deepActive())).to.equal('tel:711');
      await sendKeys({ press: 'Tab' });
      expect(describeFocus(deepActive())).to.equal('https://humantraffickinghotline.org/chat');
    });

    it('exits with Space on the quick exit button', async () => {
      const el = await mount();
      exitButton(el).focus();
      await sendKeys({ press: 'Space' });
      expect(navigations).to.deep.equal(['https://www.weather.gov/']);
    });
  });
});
