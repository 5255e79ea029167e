import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { DEFAULT_EXIT_URL, PRESS_WINDOW_MS, setNavigator } from '../src/core/quick-exit.js';
import { ManualTimers } from './shared/manual-timers.js';
import { WidgetStorage, wipeAllStoredData } from '../src/core/storage.js';
import type { SiExitEvent } from '../src/core/events.js';
import '../src/elements/si-quick-exit/define.js';
import type { SiQuickExitElement } from '../src/elements/si-quick-exit/si-quick-exit.js';
import { configMessageOf } from './shared/fuzz.js';
import { settle } from './shared/story-sweep.js';
import { until } from './shared/until.js';

/** What the page looked like at the moment the exit navigated. */
interface Navigation {
  url: string;
  overlay: boolean;
  restHidden: boolean;
  siKeysLeft: string[];
  hostKeyKept: boolean;
  memoryWiped: boolean;
  exitEventsBefore: number;
}

let navigations: Navigation[] = [];
let exitEvents: SiExitEvent[] = [];
let timers: ManualTimers;
let realNavigator: ReturnType<typeof setNavigator>;

const overlayOf = () => document.querySelector<HTMLElement>('body > [data-si-quick-exit]');
const siKeys = () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('si:'));
const recordExit = (event: Event) => exitEvents.push(event as SiExitEvent);

function returnFromCache(): void {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
}

// Never leave the test page: every test in this file navigates through the recorder, and runs the
// 5-second window on a fake timer.
beforeEach(() => {
  navigations = [];
  exitEvents = [];
  timers = new ManualTimers().install();
  realNavigator = setNavigator((url) => {
    const overlay = overlayOf();
    navigations.push({
      url,
      overlay: !!overlay && overlay.getAttribute('aria-hidden') === 'true',
      restHidden: [...document.body.children]
        .filter((el) => el !== overlay)
        .every((el) => el.hasAttribute('inert') && el.getAttribute('aria-hidden') === 'true'),
      siKeysLeft: siKeys(),
      hostKeyKept: localStorage.getItem('host:keep') === 'yes',
      memoryWiped: new WidgetStorage('none').get('memo') === undefined,
      exitEventsBefore: exitEvents.length,
    });
  });
  document.addEventListener('si-exit', recordExit);
});

afterEach(() => {
  returnFromCache();
  document.removeEventListener('si-exit', recordExit);
  setNavigator(realNavigator);
  timers.uninstall();
  fixtureCleanup();
  wipeAllStoredData();
  localStorage.removeItem('host:keep');
});

function key(type: 'keydown' | 'keyup', key: string, init: KeyboardEventInit = {}): void {
  document.body.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, composed: true, ...init }));
}
function pressShift(init: KeyboardEventInit = {}): void {
  key('keydown', 'Shift', { shiftKey: true, ...init });
  key('keyup', 'Shift', init);
}
function press(name: string, init: KeyboardEventInit = {}): void {
  key('keydown', name, init);
  key('keyup', name, init);
}
const statusOf = (el: Element) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const buttonOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="button"]')!;
const fixedOf = (el: Element) => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="fixed-button"]');

function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function mount(template = html`<si-quick-exit></si-quick-exit>`): Promise<SiQuickExitElement> {
  const el = await fixture<SiQuickExitElement>(template);
  await settle(el.parentElement!);
  return el;
}

describe('<si-quick-exit>', () => {
  describe('the button', () => {
    it('is a red button named "Emergency Exit this page" whose visible text is "Exit this page"', async () => {
      const el = await mount();
      const button = buttonOf(el);
      expect(button.type).to.equal('button');
      expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
      const hidden = button.querySelector('.visually-hidden')!;
      expect(hidden.textContent!.trim()).to.equal('Emergency');
      expect(getComputedStyle(hidden).clipPath).to.equal('inset(50%)');
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(181, 9, 9)');
      expect(getComputedStyle(button).color).to.equal('rgb(255, 255, 255)');
    });

    it('hides the page, wipes every si: entry, dispatches si-exit, then replaces the location with the neutral default', async () => {
      localStorage.setItem('si:draft', JSON.stringify({ value: 1, expiresAt: Date.now() + 1e6 }));
      sessionStorage.setItem('si:outbox', JSON.stringify({ value: 2, expiresAt: Date.now() + 1e6 }));
      localStorage.setItem('host:keep', 'yes');
      new WidgetStorage('none').set('memo', 'in memory');
      const el = await mount();
      let atEvent: { overlay: boolean; siKeys: string[]; navigated: number } | undefined;
      el.addEventListener('si-exit', () => (atEvent = { overlay: !!overlayOf(), siKeys: siKeys(), navigated: navigations.length }));

      buttonOf(el).click();

      expect(atEvent, 'si-exit came after the overlay and the wipe, before navigation').to.deep.equal({ overlay: true, siKeys: [], navigated: 0 });
      expect(navigations).to.have.length(1);
      expect(navigations[0]).to.deep.equal({
        url: DEFAULT_EXIT_URL,
        overlay: true,
        restHidden: true,
        siKeysLeft: [],
        hostKeyKept: true,
        memoryWiped: true,
        exitEventsBefore: 1,
      });
      expect(DEFAULT_EXIT_URL).to.equal('https://www.weather.gov/');
      const event = exitEvents[0];
      expect(event.detail).to.deep.equal({ url: DEFAULT_EXIT_URL, trigger: 'button' });
      expect(event.cancelable).to.equal(false);
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('covers the whole viewport with a plain overlay above everything, itself hidden from assistive technology', async () => {
      const el = await mount();
      buttonOf(el).click();
      const overlay = overlayOf()!;
      expect(overlay.getAttribute('aria-hidden')).to.equal('true');
      expect(overlay.childNodes.length, 'nothing in it').to.equal(0);
      const box = overlay.getBoundingClientRect();
      expect([box.left, box.top, box.width, box.height]).to.deep.equal([0, 0, innerWidth, innerHeight]);
      expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2)).to.equal(overlay);
      expect(el.closest('[inert]'), 'the widget itself is inert too').to.exist;
    });

    it('exits only once however often it is pressed', async () => {
      const el = await mount();
      buttonOf(el).click();
      buttonOf(el).click();
      pressShift();
      pressShift();
      pressShift();
      expect(navigations).to.have.length(1);
      expect(exitEvents).to.have.length(1);
    });

    it('still navigates when an si-exit listener throws', async () => {
      const el = await mount();
      const onerror = window.onerror;
      const reported: unknown[] = [];
      window.onerror = (message) => {
        reported.push(message);
        return true;
      };
      el.addEventListener('si-exit', () => {
        throw new Error('host listener failed');
      });
      try {
        buttonOf(el).click();
      } finally {
        window.onerror = onerror;
      }
      expect(reported).to.have.length(1);
      expect(navigations.map((n) => n.url)).to.deep.equal([DEFAULT_EXIT_URL]);
    });

    it('goes to a valid exit-url (https, or http on localhost)', async () => {
      const el = await mount(html`<si-quick-exit exit-url="https://www.nps.gov/index.htm"></si-quick-exit>`);
      buttonOf(el).click();
      returnFromCache();
      el.setAttribute('exit-url', 'http://localhost:8000/plain');
      await el.updateComplete;
      buttonOf(el).click();
      expect(navigations.map((n) => n.url)).to.deep.equal(['https://www.nps.gov/index.htm', 'http://localhost:8000/plain']);
      expect(configMessageOf(el)).to.equal(null);
    });

    it('shows a configuration message for a bad exit-url and still exits, to the default', async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await mount(html`<si-quick-exit exit-url="javascript:alert(1)"></si-quick-exit>`);
        const message = configMessageOf(el)!;
        expect(message.checkVisibility()).to.equal(true);
        expect(message.textContent).to.contain('exit-url');
        buttonOf(el).click();
        expect(navigations.map((n) => n.url)).to.deep.equal([DEFAULT_EXIT_URL]);
      } finally {
        console.warn = warn;
      }
    });

    it('works from the keyboard: Enter and Space on the focused button', async () => {
      const el = await mount();
      buttonOf(el).focus();
      await sendKeys({ press: 'Enter' });
      expect(navigations).to.have.length(1);
      returnFromCache();
      buttonOf(el).focus();
      await sendKeys({ press: 'Space' });
      expect(navigations).to.have.length(2);
      expect(exitEvents.map((e) => e.detail.trigger)).to.deep.equal(['button', 'button']);
    });
  });

  describe('Shift three times', () => {
    it('exits on the third press, announcing the presses left and then "Loading."', async () => {
      const el = await mount(html`<si-quick-exit exit-url="https://www.nps.gov/"></si-quick-exit>`);
      expect(statusOf(el)).to.equal('');
      pressShift();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Press Shift 2 more times to exit.');
      pressShift();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Press Shift 1 more time to exit.');
      expect(navigations).to.have.length(0);
      pressShift();
      expect(navigations.map((n) => n.url)).to.deep.equal(['https://www.nps.gov/']);
      expect(navigations[0].overlay && navigations[0].restHidden).to.equal(true);
      expect(exitEvents[0].detail.trigger).to.equal('keyboard');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Loading.');
    });

    it('works with the real keyboard', async () => {
      await mount();
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(navigations).to.have.length(0);
      await sendKeys({ press: 'Shift' });
      expect(navigations).to.have.length(1);
    });

    it('resets when another key is pressed between presses', async () => {
      const el = await mount();
      pressShift();
      pressShift();
      press('a');
      await el.updateComplete;
      expect(statusOf(el), 'the count is gone').to.equal('');
      pressShift();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Press Shift 2 more times to exit.');
      pressShift();
      expect(navigations).to.have.length(0);
      pressShift();
      expect(navigations).to.have.length(1);
    });

    it('does not count Shift held with another key (typing a capital letter)', async () => {
      await mount();
      const capital = () => {
        key('keydown', 'Shift', { shiftKey: true });
        key('keydown', 'H', { shiftKey: true });
        key('keyup', 'H', { shiftKey: true });
        key('keyup', 'Shift');
      };
      capital();
      capital();
      capital();
      expect(navigations).to.have.length(0);
      pressShift();
      pressShift();
      capital();
      expect(navigations, 'a capital letter after two presses does not exit').to.have.length(0);
      pressShift();
      pressShift();
      expect(navigations, 'and the count started again').to.have.length(0);
      pressShift();
      expect(navigations).to.have.length(1);
    });

    it('does not count Shift with Control, Alt or Meta, nor the repeats of a held Shift', async () => {
      await mount();
      pressShift({ ctrlKey: true });
      pressShift({ altKey: true });
      pressShift({ metaKey: true });
      expect(navigations).to.have.length(0);
      key('keydown', 'Shift', { shiftKey: true });
      key('keydown', 'Shift', { shiftKey: true, repeat: true });
      key('keydown', 'Shift', { shiftKey: true, repeat: true });
      key('keyup', 'Shift');
      pressShift();
      expect(navigations, 'a held Shift is one press').to.have.length(0);
      pressShift();
      expect(navigations).to.have.length(1);
    });

    it('restarts a 5-second window with each press, and resets when it expires', async () => {
      const el = await mount();
      pressShift();
      expect(timers.pending.map((t) => t.ms)).to.deep.equal([PRESS_WINDOW_MS]);
      expect(PRESS_WINDOW_MS).to.equal(5000);
      const first = timers.pending[0];
      pressShift();
      expect(first.cancelled, 'the second press restarts the window').to.equal(true);
      expect(timers.pending).to.have.length(1);
      timers.advance(4999);
      pressShift();
      pressShift();
      expect(navigations, 'the third press inside the window exits').to.have.length(1);
      returnFromCache();
      navigations = [];
      pressShift();
      timers.advance(5000); // five seconds pass
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Exit this page expired.');
      pressShift();
      pressShift();
      expect(navigations, 'two presses after expiry are not enough').to.have.length(0);
      pressShift();
      expect(navigations).to.have.length(1);
    });

    it('announces in Spanish', async () => {
      const el = await mount(html`<si-quick-exit lang="es"></si-quick-exit>`);
      pressShift();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Pulse la tecla Shift 2 veces más para salir.');
      pressShift();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Pulse la tecla Shift 1 vez más para salir.');
      timers.advance(PRESS_WINDOW_MS);
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Se canceló la salida con la tecla Shift.');
      expect(buttonOf(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergencia Salir de esta página');
    });

    it('uses one keydown and one keyup listener for the whole page, and one announcer', async () => {
      fixtureCleanup(); // no instance left from earlier tests
      const added: string[] = [];
      const removed: string[] = [];
      const add = window.addEventListener;
      const remove = window.removeEventListener;
      window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
        added.push(type);
        return (add as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof window.addEventListener;
      window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
        removed.push(type);
        return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof window.removeEventListener;
      try {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <si-quick-exit></si-quick-exit><si-quick-exit></si-quick-exit><si-quick-exit></si-quick-exit>
          <si-quick-exit></si-quick-exit><si-quick-exit></si-quick-exit><si-quick-exit></si-quick-exit>
        </div>`);
        await settle(wrapper);
        expect(added.filter((type) => type === 'keydown')).to.have.length(1);
        expect(added.filter((type) => type === 'keyup')).to.have.length(1);
        const all = [...wrapper.querySelectorAll('si-quick-exit')];
        pressShift();
        await settle(wrapper);
        expect(all.map(statusOf)).to.deep.equal(['Press Shift 2 more times to exit.', '', '', '', '', '']);
        pressShift();
        pressShift();
        expect(navigations).to.have.length(1);
        expect(exitEvents).to.have.length(1);
        returnFromCache();
        fixtureCleanup();
        expect(
          removed.filter((type) => type === 'keydown'),
          'removed with the last instance',
        ).to.have.length(1);
        pressShift();
        pressShift();
        pressShift();
        expect(navigations, 'no listener is left behind').to.have.length(1);
      } finally {
        window.addEventListener = add;
        window.removeEventListener = remove;
      }
    });
  });

  describe('the fixed Exit button, once the button scrolls away', () => {
    before(() => setViewport({ width: 360, height: 640 }));
    after(async () => {
      scrollTo(0, 0);
      await setViewport({ width: 800, height: 600 });
    });
    afterEach(() => scrollTo(0, 0));

    const tall = (content: unknown) => html`<div>${content}<div style="height: 3000px"></div></div>`;
    const shown = () => [...document.querySelectorAll('si-quick-exit')].map(fixedOf).filter(Boolean) as HTMLButtonElement[];

    it('appears in a corner of the screen, at least 44 px square, and exits the same way', async () => {
      const wrapper = await fixture<HTMLElement>(tall(html`<si-quick-exit exit-url="https://www.nps.gov/"></si-quick-exit>`));
      await settle(wrapper);
      const el = wrapper.querySelector('si-quick-exit')!;
      expect(fixedOf(el), 'not while the button is on screen').to.equal(null);
      scrollTo(0, 1500);
      await until(() => fixedOf(el) !== null, 'the fixed button');
      expect(el.matches(':state(fixed)')).to.equal(true);
      const fixed = fixedOf(el)!;
      const box = fixed.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      expect(innerHeight - box.bottom, 'clear of the bottom edge').to.be.at.least(12);
      expect(document.documentElement.clientWidth - box.right, 'clear of the side').to.be.at.least(12);
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(el, 'nothing covers it');
      expect(fixed.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
      expect(fixed.querySelector('.visually-hidden:last-child')!.getBoundingClientRect().width, 'it shows "Exit"').to.be.at.most(1);

      fixed.click();
      expect(navigations.map((n) => n.url)).to.deep.equal(['https://www.nps.gov/']);
      expect(navigations[0].overlay && navigations[0].restHidden).to.equal(true);
      expect(exitEvents.map((e) => e.detail.trigger)).to.deep.equal(['button']);
      returnFromCache();

      scrollTo(0, 0);
      await until(() => fixedOf(el) === null, 'the fixed button to go once the button is back in view');
      expect(el.matches(':state(fixed)')).to.equal(false);
    });

    it('is one button for the page, and none while any quick exit is on screen', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><si-quick-exit></si-quick-exit><div style="height: 1500px"></div><si-quick-exit id="second"></si-quick-exit><div style="height: 3000px"></div></div>`,
      );
      await settle(wrapper);
      const second = wrapper.querySelector('#second')!;
      scrollTo(0, 3000);
      await until(() => shown().length > 0, 'a fixed button');
      expect(shown()).to.have.length(1);
      second.scrollIntoView({ block: 'center' });
      await until(() => shown().length === 0, 'no fixed button while the second quick exit is on screen');
    });

    it('moves to the top corner while it would cover what has focus, and back after', async () => {
      const wrapper = await fixture<HTMLElement>(
        tall(
          html`<si-quick-exit></si-quick-exit><div style="height: 1200px"></div><label>Your note <input id="field" style="width: 100%; box-sizing: border-box" /></label><button id="other">Other</button>`,
        ),
      );
      await settle(wrapper);
      const el = wrapper.querySelector('si-quick-exit')!;
      const field = wrapper.querySelector<HTMLInputElement>('#field')!;
      scrollTo(0, 1000);
      await until(() => fixedOf(el) !== null, 'the fixed button');
      // The field sits at the bottom of the screen, where the button is.
      field.focus({ preventScroll: true });
      scrollTo(0, field.getBoundingClientRect().bottom + scrollY - innerHeight + 20);
      const covers = () => {
        const a = fixedOf(el)!.getBoundingClientRect();
        const b = field.getBoundingClientRect();
        return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
      };
      await until(() => fixedOf(el)!.classList.contains('top'), 'the button to move up');
      expect(covers(), 'it does not cover the focused field').to.equal(false);
      expect(fixedOf(el)!.getBoundingClientRect().top).to.be.at.least(12);
      scrollTo(0, 1000); // the field is now far below the bottom corner
      await until(() => !fixedOf(el)!.classList.contains('top'), 'the button to go back down');
    });

    it('can be reached and used from the keyboard, and stays while it has focus', async () => {
      const wrapper = await fixture<HTMLElement>(tall(html`<si-quick-exit></si-quick-exit>`));
      await settle(wrapper);
      const el = wrapper.querySelector('si-quick-exit')!;
      scrollTo(0, 1500);
      await until(() => fixedOf(el) !== null, 'the fixed button');
      fixedOf(el)!.focus({ preventScroll: true });
      scrollTo(0, 0);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await el.updateComplete;
      expect(fixedOf(el), 'kept while focused').to.not.equal(null);
      await sendKeys({ press: 'Enter' });
      expect(navigations).to.have.length(1);
    });
  });

  describe('no-shift-shortcut (for screen reader users: Shift pauses speech in some)', () => {
    it('turns off Shift ×3 only: the button still exits, and the note no longer offers Shift', async () => {
      const el = await mount(html`<si-quick-exit no-shift-shortcut></si-quick-exit>`);
      pressShift();
      pressShift();
      pressShift();
      await el.updateComplete;
      expect(navigations).to.have.length(0);
      expect(statusOf(el), 'nothing is announced').to.equal('');
      const note = el.shadowRoot!.querySelector('[part~="note"]')!.textContent!;
      expect(note).not.to.contain('Shift');
      expect(note).to.contain('does not erase your browser history');
      buttonOf(el).click();
      expect(navigations).to.have.length(1);
    });

    it('leaves the shortcut to another quick exit on the page that keeps it, which then announces', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><si-quick-exit no-shift-shortcut></si-quick-exit><si-quick-exit id="keeps"></si-quick-exit></div>`);
      await settle(wrapper);
      const [off, keeps] = [...wrapper.querySelectorAll('si-quick-exit')];
      pressShift();
      await settle(wrapper);
      expect([statusOf(off), statusOf(keeps)]).to.deep.equal(['', 'Press Shift 2 more times to exit.']);
      keeps.setAttribute('no-shift-shortcut', '');
      await settle(wrapper);
      pressShift();
      pressShift();
      pressShift();
      expect(navigations, 'off everywhere once every quick exit turns it off').to.have.length(0);
      keeps.removeAttribute('no-shift-shortcut');
      await settle(wrapper);
      pressShift();
      pressShift();
      pressShift();
      expect(navigations).to.have.length(1);
    });
  });

  describe('focus()', () => {
    it('focuses the Exit button', async () => {
      const el = await mount(html`<si-quick-exit skip-link></si-quick-exit>`);
      el.focus();
      expect(deepActiveElement()).to.equal(buttonOf(el));
    });
  });

  describe('back from the back/forward cache', () => {
    it('removes the overlay, restores the page as it was and leaves the widget clean', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <p id="already-hidden" aria-hidden="true" inert>decoration</p>
        <si-quick-exit></si-quick-exit>
      </div>`);
      await settle(wrapper);
      const el = wrapper.querySelector('si-quick-exit')!;
      pressShift();
      pressShift();
      pressShift();
      expect(overlayOf()).to.exist;

      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: false }));
      expect(overlayOf(), 'a fresh load is not a return').to.exist;

      returnFromCache();
      await el.updateComplete;
      expect(overlayOf()).to.equal(null);
      expect(wrapper.hasAttribute('inert')).to.equal(false);
      expect(wrapper.hasAttribute('aria-hidden')).to.equal(false);
      for (const child of document.body.children) expect(child.hasAttribute('inert'), `<${child.localName}> is not inert`).to.equal(false);
      expect(wrapper.querySelector('#already-hidden')!.getAttribute('aria-hidden'), "the host's own attributes stay").to.equal('true');
      expect(statusOf(el)).to.equal('');

      pressShift();
      pressShift();
      expect(navigations, 'the count starts from zero').to.have.length(1);
      buttonOf(el).click();
      expect(navigations, 'and it can exit again').to.have.length(2);
    });
  });

  describe('skip link and note', () => {
    it('offers the skip link as the first focusable thing, visible when focused, and it exits', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <si-quick-exit skip-link exit-url="https://www.nps.gov/"></si-quick-exit>
        <a href="#after">after</a>
      </div>`);
      await settle(wrapper);
      const el = wrapper.querySelector('si-quick-exit')!;
      const skip = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="skip-link"]')!;
      expect(skip.getAttribute('href')).to.equal('https://www.nps.gov/');
      expect(skip.getBoundingClientRect().width, 'hidden until focused').to.be.at.most(1);

      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(skip);
      expect(skip.getBoundingClientRect().width).to.be.greaterThan(40);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(buttonOf(el));

      skip.click();
      expect(navigations.map((n) => n.url)).to.deep.equal(['https://www.nps.gov/']);
    });

    it('has no skip link and no safety link unless asked', async () => {
      const el = await mount();
      expect(el.shadowRoot!.querySelector('[part~="skip-link"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    });

    it('says honestly that history is not erased, and links to the host safety page', async () => {
      const el = await mount(html`<si-quick-exit safety-href="/safety"></si-quick-exit>`);
      const note = el.shadowRoot!.querySelector('[part~="note"]')!;
      expect(note.textContent).to.contain('does not erase your browser history');
      expect(note.textContent).to.contain('press Shift 3 times');
      const link = note.querySelector('a')!;
      expect(link.href).to.equal(new URL('/safety', location.href).href);
      expect(link.textContent).to.equal('How to browse more safely');
    });

    it('lets the host replace the note through the "note" slot', async () => {
      const el = await mount(html`<si-quick-exit><span slot="note" id="own-note">Our own words.</span></si-quick-exit>`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="note"]')!;
      expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['own-note']);
      expect(el.querySelector('#own-note')!.checkVisibility()).to.equal(true);
    });

    it('does not render unslotted fallback content once upgraded', async () => {
      const el = await mount(html`<si-quick-exit><a id="fallback" href="https://www.weather.gov/">Exit this page</a></si-quick-exit>`);
      const fallback = el.querySelector<HTMLAnchorElement>('#fallback')!;
      expect(fallback.checkVisibility()).to.equal(false);
      fallback.focus();
      expect(document.activeElement, 'not focusable').not.to.equal(fallback);
    });
  });
});
