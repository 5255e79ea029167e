/**
 * On a quick exit every widget on the page blanks what a person entered (through the base class and
 * `PersistedState`, with no code of its own), so a page that comes back from the back/forward cache shows
 * empty fields; other tabs of the same site hear it on the `si:quick-exit` BroadcastChannel, wipe their
 * own `si:` data and hide their widgets. The real back/forward cache is in test/e2e/quick-exit.e2e.ts.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EXIT_CHANNEL, onQuickExit } from '../src/core/exit-signal.js';
import { setNavigator } from '../src/core/quick-exit.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-checklist/define.js';
import '../src/elements/si-quick-exit/define.js';
import '../src/elements/si-self-assessment/define.js';
import '../src/elements/si-ta-request/define.js';
import { control, installStubEndpoint, STUB_ENDPOINT } from '../stories/support/ta-request-stub.js';
import { settle } from './shared/story-sweep.js';
import { shadow } from './shared/dom.js';
import { until } from './shared/until.js';

const NAME = 'Dana Reyes';
const EMAIL = 'dana.reyes@example.org';
const NOTE = 'Started in March';

let navigations: string[] = [];
let realNavigator: ReturnType<typeof setNavigator>;
const channels: BroadcastChannel[] = [];

beforeEach(() => {
  wipeAllStoredData();
  installStubEndpoint();
  navigations = [];
  realNavigator = setNavigator((url) => navigations.push(url));
});
afterEach(() => {
  window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
  setNavigator(realNavigator);
  channels.splice(0).forEach((channel) => channel.close());
  fixtureCleanup();
  wipeAllStoredData();
});

/** Another tab of this site, as far as the channel can tell: a second BroadcastChannel object of the same name. */
function otherTab(): { channel: BroadcastChannel; heard: unknown[] } {
  const channel = new BroadcastChannel(EXIT_CHANNEL);
  channels.push(channel);
  const heard: unknown[] = [];
  channel.onmessage = (event) => heard.push(event.data);
  return { channel, heard };
}

const siKeys = () => [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('si:'));

/** Everything a widget shows: its text and the values of its fields. */
function onScreen(widget: Element): string {
  const root = shadow(widget);
  const values = [...root.querySelectorAll<HTMLInputElement>('input, textarea')].map((field) =>
    field.type === 'checkbox' ? String(field.checked) : field.value,
  );
  return `${root.textContent ?? ''} ${values.join(' ')}`;
}

async function mountPage(persist: string) {
  const page = await fixture<HTMLElement>(html`<div>
    <si-quick-exit></si-quick-exit>
    <si-ta-request endpoint="${STUB_ENDPOINT}/accept" org="Madera County CSEC Program" persist=${persist}></si-ta-request>
    <si-checklist persist=${persist}></si-checklist>
    <si-self-assessment persist=${persist}></si-self-assessment>
  </div>`);
  await settle(page);
  return {
    page,
    exit: page.querySelector('si-quick-exit')!,
    form: page.querySelector('si-ta-request')!,
    checklist: page.querySelector('si-checklist')!,
    assessment: page.querySelector('si-self-assessment')!,
  };
}

const ratings = (assessment: Element) => [...shadow(assessment).querySelectorAll<HTMLInputElement>('fieldset.statement input[type="radio"]')];

/** A person types their name and email into the form, ticks the first step and writes a note, and rates a statement. */
async function fillIn({ form, checklist, assessment }: { form: Element; checklist: Element; assessment: Element }): Promise<void> {
  control(form, 'requesterName').focus();
  await sendKeys({ type: NAME });
  control(form, 'email').focus();
  await sendKeys({ type: EMAIL });
  control(form, 'email').blur();
  const box = shadow(checklist).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  box.click();
  shadow(checklist).querySelector<HTMLButtonElement>('[part~="note-toggle"]')!.click();
  await settle(checklist.parentElement!);
  shadow(checklist).querySelector<HTMLTextAreaElement>('textarea')!.focus();
  await sendKeys({ type: NOTE });
  await sendKeys({ press: 'Tab' });
  await settle(checklist.parentElement!);
  ratings(assessment)[2].click();
  await settle(checklist.parentElement!);
  expect(control<HTMLInputElement>(form, 'requesterName').value).to.equal(NAME);
  expect(onScreen(checklist)).to.contain(NOTE);
  expect(ratings(assessment)[2].checked).to.equal(true);
}

describe('a quick exit blanks every widget on the page', () => {
  for (const persist of ['none', 'session', 'local']) {
    it(`leaves no typed answer on screen, before the page can be cached (persist="${persist}")`, async () => {
      const widgets = await mountPage(persist);
      await fillIn(widgets);
      if (persist !== 'none') expect(siKeys().length, 'drafts were kept as persist allows').to.be.greaterThan(0);

      shadow(widgets.exit).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      expect(navigations).to.have.length(1);
      await settle(widgets.page);
      for (const widget of [widgets.form, widgets.checklist, widgets.assessment]) {
        const shown = onScreen(widget);
        for (const typed of [NAME, EMAIL, NOTE]) expect(shown, `${widget.localName} after the exit`).not.to.contain(typed);
      }
      expect(shadow(widgets.checklist).querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked, 'the tick is gone').to.equal(false);
      expect(
        ratings(widgets.assessment).filter((radio) => radio.checked),
        'no rating is left',
      ).to.deep.equal([]);
      expect(siKeys(), 'and nothing is written back').to.deep.equal([]);

      // Back from the back/forward cache: the overlay goes, the fields stay empty.
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      await settle(widgets.page);
      expect(document.querySelector('body > [data-si-quick-exit]')).to.equal(null);
      expect(control<HTMLInputElement>(widgets.form, 'requesterName').value).to.equal('');
      expect(control<HTMLInputElement>(widgets.form, 'email').value).to.equal('');
      expect(widgets.form.checkVisibility(), 'the form is there to use again').to.equal(true);
    });
  }

  it('tells the other tabs of this site, on the si:quick-exit channel', async () => {
    const { exit } = await mountPage('session');
    const tab = otherTab();
    shadow(exit).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
    await until(() => tab.heard.length > 0, 'the message in the other tab');
    expect(tab.heard).to.deep.equal(['exit']);
  });

  it('still blanks every widget when one listener fails', async () => {
    const widgets = await mountPage('none');
    await fillIn(widgets);
    const stop = onQuickExit(() => {
      throw new Error('a broken listener');
    });
    try {
      shadow(widgets.exit).querySelector<HTMLButtonElement>('[part~="button"]')!.click();
      await settle(widgets.page);
      expect(control<HTMLInputElement>(widgets.form, 'requesterName').value).to.equal('');
    } finally {
      stop();
    }
  });
});

describe('a quick exit in another tab of this site', () => {
  it('wipes what this tab kept, blanks and hides every widget here, and does not navigate this tab', async () => {
    const widgets = await mountPage('session');
    await fillIn(widgets);
    expect(siKeys().length).to.be.greaterThan(0);
    otherTab().channel.postMessage('exit');
    await until(() => widgets.form.matches(':state(exited)'), 'the form to hide');
    await settle(widgets.page);
    for (const widget of [widgets.exit, widgets.form, widgets.checklist]) {
      expect(widget.matches(':state(exited)'), widget.localName).to.equal(true);
      expect(widget.checkVisibility(), `${widget.localName} is hidden`).to.equal(false);
    }
    expect(onScreen(widgets.form)).not.to.contain(NAME);
    expect(onScreen(widgets.checklist)).not.to.contain(NOTE);
    expect(ratings(widgets.assessment).filter((radio) => radio.checked)).to.deep.equal([]);
    expect(siKeys(), 'this tab’s session storage too').to.deep.equal([]);
    expect(navigations, 'only the tab that exited leaves').to.deep.equal([]);
    expect(document.querySelector('body > [data-si-quick-exit]'), 'no overlay here').to.equal(null);
  });
});
