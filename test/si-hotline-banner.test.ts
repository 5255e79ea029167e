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

/** Each contact link as a person sees it: where it goes, the number shown, what a screen reader reads. */
function contacts(el: Element) {
  return [...shadow(el).querySelectorAll<HTMLAnchorElement>('[part~="contacts"] a')].map((a) => ({
    href: a.getAttribute('href'),
    shown: text(a.querySelector('[aria-hidden="true"]')) || text(a),
    spoken: text(a.querySelector('.visually-hidden')),
    label: text(a.childNodes[0] as Element) || a.firstChild?.textContent?.trim(),
  }));
}
const hrefs = (el: Element) => contacts(el).map((c) => c.href);
const shown = (el: Element) => contacts(el).map((c) => c.shown);

function quiet<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => {};
  return run().finally(() => (console.warn = warn));
}

describe('<si-hotline-banner>', () => {
  describe('presets (FACTS.md, Hotlines)', () => {
    it('national (the default): call, text, TTY and chat, 24/7, languages, confidential', async () => {
      const el = await mount();
      expect(el.preset).to.equal('national');
      expect(hrefs(el)).to.deep.equal(['tel:+18883737888', 'sms:233733', 'tel:711', 'https://humantraffickinghotline.org/chat']);
      expect(shown(el)).to.deep.equal(['1-888-373-7888', '233733', '711', 'Chat online']);
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(text(shadow(el).querySelector('[part~="name"]'))).to.equal('National Human Trafficking Hotline');
      expect(all).to.contain('24 hours a day, every day.');
      expect(all).to.contain('English and Spanish, and 200+ more languages through interpreters.');
      expect(all).to.contain('Confidential. Not law enforcement or immigration.');
      expect(all).not.to.contain('NHTRC');
      expect(shadow(el).querySelector('[part~="banner"]')!.getAttribute('aria-label')).to.equal('National Human Trafficking Hotline');
    });

    it('has no text keyword by default, since none is verified', async () => {
      const el = await mount();
      expect(hotlines.national.smsKeyword).to.equal(undefined);
      expect(text(shadow(el).querySelector('a[href^="sms:"]'))).to.match(/^Text 233733/);
    });

    it('colorado: call 866-455-5075, text 720-999-9724, 24/7, anonymous tips', async () => {
      const el = await mount(html`<si-hotline-banner preset="colorado"></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+18664555075', 'sms:+17209999724']);
      expect(shown(el)).to.deep.equal(['866-455-5075', '720-999-9724']);
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(all).to.contain('Colorado Human Trafficking Hotline');
      expect(all).to.contain('24 hours a day, every day.');
      expect(all).to.contain('Anonymous tips accepted.');
      expect(all).to.contain('Laboratory to Combat Human Trafficking');
    });

    it('california: CAST 888-539-2373 (888-KEY-2-FREE), 24 hours, translators available', async () => {
      const el = await mount(html`<si-hotline-banner preset="california"></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+18885392373']);
      expect(shown(el)).to.deep.equal(['888-539-2373']);
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(all).to.contain('(888-KEY-2-FREE)');
      expect(all).to.contain('CAST');
      expect(all).to.contain('24 hours a day.');
      expect(all).to.contain('Translators available.');
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

    it('speaks Spanish, and says the national hotline serves Spanish', async () => {
      const el = await mount(html`<si-hotline-banner lang="es"></si-hotline-banner>`);
      const banner = shadow(el).querySelector('[part~="banner"]')!;
      expect(banner.getAttribute('lang')).to.equal('es');
      expect(text(shadow(el).querySelector('a[href^="tel:+1888"]'))).to.match(/^Llame al 1-888-373-7888/);
      expect(text(banner)).to.contain('En español y en inglés');
      expect(text(banner)).to.contain('Las 24 horas, todos los días.');
      expect(text(shadow(el).querySelector('[part~="emergency"]'))).to.match(/^¿Está en peligro inmediato\? Llame al 911/);
      const exit = shadow(el).querySelector('si-quick-exit')!;
      expect(exit.getAttribute('lang')).to.equal('es');
      expect(text(exit.shadowRoot!.querySelector('button'))).to.equal('Emergencia Salir de esta página');
    });
  });

  describe('numbers', () => {
    it('shows each number as written and gives screen readers the digits one by one', async () => {
      const el = await mount();
      const [call, sms, tty] = contacts(el);
      expect(call.spoken).to.equal('1, 8 8 8, 3 7 3, 7 8 8 8');
      expect(sms.spoken).to.equal('2 3 3 7 3 3');
      expect(tty.spoken).to.equal('7 1 1');
      const link = shadow(el).querySelector('a[href="tel:711"]')!;
      expect(link.querySelector('[aria-hidden="true"]')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(link.querySelector('.visually-hidden')!).clipPath).to.equal('inset(50%)');
    });

    it('shows "in immediate danger, call 911" unless hide-emergency is set', async () => {
      const el = await mount();
      const emergency = shadow(el).querySelector('[part~="emergency"]')!;
      expect(text(emergency)).to.match(/^In immediate danger\? Call 911/);
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
        languages="English and Vietnamese"
      ></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+19705550142', 'sms:+19705550143?&body=SAFE', 'tel:+19705550144', 'https://example.org/chat']);
      expect(shown(el)).to.deep.equal(['(970) 555-0142', '970.555.0143', '+1 970 555 0144', 'Chat online']);
      expect(text(shadow(el).querySelector('a[href^="sms:"]'))).to.match(/^Text SAFE to 970\.555\.0143/);
      const all = text(shadow(el).querySelector('[part~="banner"]'));
      expect(all).to.contain('Tri-County Victim Services');
      expect(all).to.contain('Weekdays 8 to 6. English and Vietnamese.');
      expect(all, 'the national note describes another service').not.to.contain('Confidential');
      expect(configMessageOf(el)).to.equal(null);
    });

    it('leaves out a field set to an empty value', async () => {
      const el = await mount(html`<si-hotline-banner sms="" tty="" chat-url="" languages=""></si-hotline-banner>`);
      expect(hrefs(el)).to.deep.equal(['tel:+18883737888']);
      expect(text(shadow(el).querySelector('[part~="banner"]'))).not.to.contain('interpreters');
      expect(configMessageOf(el)).to.equal(null);
    });

    it('refuses a bad number visibly and never renders a broken link', async () => {
      const el = await quiet(() => mount(html`<si-hotline-banner phone="555-0142" sms="call me"></si-hotline-banner>`));
      const message = configMessageOf(el)!;
      expect(message.checkVisibility()).to.equal(true);
      expect(text(message)).to.contain('"phone"');
      expect(text(message)).to.contain('"sms"');
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
      expect(parseFloat(getComputedStyle(shadow(el).querySelector('.bar')!).paddingBottom)).to.be.at.least(12);
    });

    it('stays inline on a small screen, where a sticky banner would fill it', async () => {
      const el = await mount(html`<si-hotline-banner position="top"></si-hotline-banner>`);
      expect(getComputedStyle(el).position).to.equal('sticky');
      await setViewport({ width: 320, height: 640 });
      expect(getComputedStyle(el).position).to.equal('static');
      await setViewport({ width: 1024, height: 500 });
      expect(getComputedStyle(el).position).to.equal('static');
    });

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

    it('keeps the numbers and drops the buttons when printed', async () => {
      const el = await mount(html`<si-hotline-banner position="top" dismissible></si-hotline-banner>`);
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(el).position).to.equal('static');
        expect(shadow(el).querySelector('[part~="dismiss"]')!.checkVisibility()).to.equal(false);
        expect(shadow(el).querySelector('si-quick-exit')!.checkVisibility()).to.equal(false);
        expect(shadow(el).querySelector('a[href="tel:+18883737888"] [aria-hidden]')!.checkVisibility()).to.equal(true);
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
      expect(shadow(el).querySelector('si-quick-exit'), 'the quick exit stays').to.exist;
      expect(el.matches(':state(dismissed)')).to.equal(true);
      expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((k) => k.startsWith('si:'))).to.deep.equal([]);

      fixtureCleanup();
      const again = await mount(html`<si-hotline-banner dismissible></si-hotline-banner>`);
      expect(shadow(again).querySelector('[part~="banner"]'), 'persist none: shown again').to.exist;
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

    it('has none with no-quick-exit', async () => {
      const el = await mount(html`<si-hotline-banner no-quick-exit dismissible></si-hotline-banner>`);
      expect(shadow(el).querySelector('si-quick-exit')).to.equal(null);
      shadow(el).querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
      await el.updateComplete;
      expect(shadow(el).querySelector('si-quick-exit, [part~="banner"]')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    function deepActive(): Element | null {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    }
    const describeFocus = (el: Element | null) =>
      el?.localName === 'a' ? el.getAttribute('href') : el?.localName === 'button' ? text(el) : String(el?.localName);

    it('reaches every link and button in reading order with Tab, and hides with Enter', async () => {
      const el = await mount(html`<si-hotline-banner dismissible></si-hotline-banner>`);
      (document.activeElement as HTMLElement | null)?.blur();
      const order: Array<string | null> = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(describeFocus(deepActive()));
      }
      expect(order).to.deep.equal([
        'tel:+18883737888',
        'sms:233733',
        'tel:711',
        'https://humantraffickinghotline.org/chat',
        'tel:911',
        'Emergency Exit this page',
        'Hide the hotline banner',
      ]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="banner"]')).to.equal(null);
      expect(navigations).to.deep.equal([]);
    });

    it('exits with Space on the quick exit button', async () => {
      const el = await mount();
      shadow(el).querySelector('si-quick-exit')!.shadowRoot!.querySelector('button')!.focus();
      await sendKeys({ press: 'Space' });
      expect(navigations).to.deep.equal(['https://www.weather.gov/']);
    });
  });
});
