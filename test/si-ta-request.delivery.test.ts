/**
 * <si-ta-request> sending: the exact request posted, and what the person sees when the endpoint
 * accepts it, rejects answers (422), is unreachable or busy (queued) or refuses it (403). The stub
 * receiver (stories/support/ta-request-stub.ts) wraps window.fetch for its own `.test` host only.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setNavigator } from '../src/core/quick-exit.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-config/define.js';
import '../src/elements/si-quick-exit/define.js';
import '../src/elements/si-ta-request/define.js';
import type { SiTaRequestElement } from '../src/elements/si-ta-request/si-ta-request.js';
import { taRequestEnvelope } from '../src/schemas/index.js';
import {
  answer,
  control,
  fillValidRequest,
  installStubEndpoint,
  pick,
  releaseHeld,
  send,
  STUB_ENDPOINT,
  stubCalls,
} from '../stories/support/ta-request-stub.js';
import { until } from './shared/until.js';
import { ManualTimers } from './shared/manual-timers.js';
import type { StubCall } from './shared/stub-network.js';
import { isoDateIn } from '../stories/support/dates.js';
import { configMessageOf } from './shared/fuzz.js';
import { settle } from './shared/story-sweep.js';
import { shadow, $, $$, text } from './shared/dom.js';

const status = (element: Element) => text($(element, '[part~="status"]'));
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;

/** The form as a county embeds it, keeping its draft and outbox for this tab (these tests look at both). */
async function mount(path: string, persist = 'session'): Promise<SiTaRequestElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div><si-ta-request endpoint="${STUB_ENDPOINT}${path}" region="CA" org="Madera County CSEC Program" persist=${persist}></si-ta-request></div>`,
  );
  await settle(wrapper);
  return wrapper.querySelector('si-ta-request')!;
}

function events(element: Element, ...names: Array<keyof HTMLElementEventMap>): Array<{ type: string; detail: Record<string, unknown> }> {
  const seen: Array<{ type: string; detail: Record<string, unknown> }> = [];
  for (const name of names) element.addEventListener(name, (event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail }));
  return seen;
}

const buttonIn = (root: Element, name: string) => [...root.querySelectorAll('button')].find((button) => text(button) === name)!;
const siKeys = (storage: Storage) => Object.keys(storage).filter((key) => key.startsWith('si:'));

beforeEach(() => {
  wipeAllStoredData();
  installStubEndpoint();
  stubCalls.length = 0;
});
afterEach(() => {
  fixtureCleanup();
  wipeAllStoredData();
});

describe('<si-ta-request> the request it posts', () => {
  it('posts exactly the envelope and headers of the endpoint contract', async () => {
    const form = await mount('/accept');
    await fillValidRequest(form, { consultant: true });
    await answer(form, 'phone', ' 559-555-0100 ');
    await answer(form, 'date2', isoDateIn(60));
    await answer(form, 'accessibilityNeeds', 'Live captions, please.');
    await answer(form, 'languageNeeds', '   ');
    await pick(form, 'audiences', 'other');
    await answer(form, 'audienceOther', 'Tribal social services');
    await send(form);
    await until(() => stubCalls.length === 1 && !!$(form, '[part~="confirmation"]'));

    const [{ url, init }] = stubCalls;
    expect(url).to.equal(`${STUB_ENDPOINT}/accept`);
    const sent = JSON.parse(String(init.body));
    expect(init.method).to.equal('POST');
    expect(init.headers).to.deep.equal({ 'Content-Type': 'application/json', 'Idempotency-Key': sent.id });
    expect([init.credentials, init.redirect, init.referrerPolicy, init.cache]).to.deep.equal(['omit', 'manual', 'no-referrer', 'no-store']);
    expect(sent.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Date.parse(sent.createdAt)).to.be.closeTo(Date.now(), 60_000);
    expect(sent.spam.fillMs).to.be.a('number');

    // The exact bytes: key order and all.
    const expected = {
      type: 'ta-request',
      schemaVersion: 1,
      id: sent.id,
      createdAt: sent.createdAt,
      locale: 'en',
      source: { widget: 'si-ta-request', version: '0.1.0', page: location.origin + location.pathname },
      spam: { honeypot: '', fillMs: sent.spam.fillMs },
      data: {
        requesterName: 'Dana Reyes',
        requesterRole: 'CSEC program coordinator',
        agency: 'Madera County Department of Social Services',
        organizationType: 'local-government',
        county: 'Madera',
        region: 'CA',
        email: 'dana.reyes@example.org',
        phone: '559-555-0100',
        requestTypes: ['training', 'survivor-consultant'],
        topics: ['trauma-informed-approach', 'multidisciplinary-teams'],
        audiences: ['child-welfare', 'probation', 'other'],
        audienceOther: 'Tribal social services',
        audienceSize: '26-50',
        format: 'hybrid',
        length: 'under-3-hours',
        preferredDates: [isoDateIn(45), isoDateIn(60)],
        goals: 'Staff can recognize signs of exploitation and know our MDT referral steps.',
        accessibilityNeeds: 'Live captions, please.',
        canMatchFunds: 'not-sure',
      },
    };
    expect(init.body).to.equal(JSON.stringify(expected));
    expect(taRequestEnvelope.safeParse(sent).success, 'the body passes the published schema').to.equal(true);
  });

  it('leaves out the matching-funds answer when no consultant is requested any more', async () => {
    const form = await mount('/accept');
    await fillValidRequest(form, { consultant: true });
    await pick(form, 'requestTypes', 'survivor-consultant');
    await send(form);
    await until(() => stubCalls.length === 1);
    const { data } = JSON.parse(String(stubCalls[0].init.body));
    expect(data.requestTypes).to.deep.equal(['training']);
    expect('canMatchFunds' in data).to.equal(false);
  });

  it('uses the endpoint of <si-config> when the form has none', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<si-config endpoint="${STUB_ENDPOINT}/accept" org="Tri-County Coalition"><si-ta-request region="CO"></si-ta-request></si-config>`,
    );
    await settle(wrapper.parentElement!);
    const form = wrapper.querySelector('si-ta-request')!;
    expect(text($(form, '.privacy'))).to.contain('Tri-County Coalition');
    await fillValidRequest(form); // its county (Madera) is not in Colorado's list, so choose one that is
    await answer(form, 'county', 'Larimer');
    await send(form);
    await until(() => stubCalls.length === 1);
    expect(JSON.parse(String(stubCalls[0].init.body)).data).to.include({ county: 'Larimer', region: 'CO' });
  });

  it('lets the host take over when it cancels si-submit', async () => {
    const form = await mount('/accept');
    form.addEventListener('si-submit', (event) => event.preventDefault(), { once: true });
    await fillValidRequest(form);
    await send(form);
    await form.updateComplete;
    expect(stubCalls).to.have.length(0);
    expect(control(form, 'agency').value, 'the answers stay').to.not.equal('');
  });

  it('sends nothing more while a request is out', async () => {
    const form = await mount('/pending');
    await fillValidRequest(form);
    await send(form);
    await until(() => stubCalls.length === 1);
    const button = $<HTMLButtonElement>(form, '[part~="send-button"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(status(form)).to.equal('Sending your request…');
    expect(form.matches(':state(sending)')).to.equal(true);
    await send(form);
    await send(form);
    expect(stubCalls).to.have.length(1);
  });
});

describe('<si-ta-request> what the person sees', () => {
  it('confirms a delivered request with its reference, moves focus there and forgets the answers', async () => {
    const form = await mount('/accept');
    const seen = events(form, 'si-submitted');
    await fillValidRequest(form);
    expect(siKeys(sessionStorage)).to.include('si:ta-request:draft');
    control(form, 'goals').focus();
    await send(form);
    await until(() => !!$(form, '[part~="confirmation"]'));
    await form.updateComplete;

    const confirmation = $(form, '[part~="confirmation"]')!;
    expect(text(confirmation.querySelector('h2'))).to.equal('Request sent');
    expect(text(confirmation)).to.contain('Your reference number TA-2026-0142');
    expect(text(confirmation)).to.contain('Your request has reached Madera County CSEC Program');
    expect(active(form)).to.equal(confirmation.querySelector('h2'));
    expect(form.matches(':state(sent)')).to.equal(true);
    expect(seen.map((event) => event.detail.reference)).to.deep.equal(['TA-2026-0142']);
    expect(siKeys(sessionStorage), 'no draft and no outbox entry are left').to.deep.equal([]);

    $<HTMLButtonElement>(form, '[part~="confirmation"] button')!.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(text($(form, 'h2'))).to.equal('Request training or technical assistance');
    expect(control(form, 'agency').value).to.equal('');
    expect(active(form)).to.equal(control(form, 'requesterName'));
  });

  it('puts the endpoint’s 422 field errors on their fields and keeps every answer', async () => {
    const form = await mount('/reject');
    const seen = events(form, 'si-submit-error');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.error-summary'));
    await form.updateComplete;

    expect(text($(form, '#f-email-error'))).to.equal('Error: This email address cannot receive mail');
    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(form, '#f-date2-error')), '/data/preferredDates/1 is the second date').to.equal('Error: We are closed on this date');
    expect($$(form, '.error-summary li').map((item) => text(item))).to.deep.equal(['This email address cannot receive mail', 'We are closed on this date']);
    expect($$<HTMLAnchorElement>(form, '.error-summary a').map((link) => link.getAttribute('href'))).to.deep.equal(['#f-email', '#f-date2']);
    expect(active(form)).to.equal($(form, '.error-summary'));
    expect(control(form, 'email').value, 'the answers stay').to.equal('dana.reyes@example.org');
    expect(seen).to.have.length(1);
    expect(seen[0].detail.status).to.equal(422);

    await answer(form, 'email', 'dana@example.org');
    const before = stubCalls.length;
    await send(form);
    await until(() => stubCalls.length === before + 1);
    const keys = stubCalls.map((call) => new Headers(call.init.headers).get('Idempotency-Key'));
    expect(keys[0], 'changed answers make a new submission').not.to.equal(keys.at(-1));
  });

  it('queues a request the endpoint cannot take now (503), keeps the answers and says what happens next', async () => {
    const form = await mount('/unavailable');
    const seen = events(form, 'si-queued');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));

    const notice = $(form, '[part~="status"] [part~="notice"]')!;
    expect(text(notice.querySelector('h3'))).to.equal('Your request has not been sent yet');
    expect(text(notice)).to.contain('We could not reach Madera County CSEC Program just now');
    expect(text(notice)).to.contain('We will keep trying to send your request automatically');
    expect(text(notice)).to.contain('Keep this tab open until it says your request has been sent. If you reload the page, it tries again');
    expect(text(notice), 'what a quick exit does to it').to.contain(
      'If you use “Exit this page” before then, your request is sent one last time as you leave, and then deleted from this browser.',
    );
    expect(form.matches(':state(queued)')).to.equal(true);
    expect(seen[0].detail.reason).to.equal('server');
    expect(control(form, 'agency').value).to.equal('Madera County Department of Social Services');
    expect(siKeys(sessionStorage)).to.include('si:ta-request:draft');
    expect(
      siKeys(sessionStorage).some((key) => key.startsWith('si:outbox:ta-request:')),
      'it waits in the outbox',
    ).to.equal(true);
  });

  it('delivers a queued request later with the same key and bytes, without flickering back to "Sending"', async () => {
    const form = await mount('/flaky');
    const states: string[] = [];
    form.addEventListener('si-queued', () => states.push('queued'));
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));
    // The person has moved on to something else on the page while it waits.
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.focus();
    const observer = new MutationObserver(() => states.push(status(form)));
    observer.observe(shadow(form), { subtree: true, childList: true, characterData: true });
    await until(() => !!$(form, '[part~="confirmation"]'), 'the confirmation');
    observer.disconnect();
    expect(stubCalls).to.have.length(2);
    const [first, second] = stubCalls;
    expect(new Headers(second.init.headers).get('Idempotency-Key')).to.equal(new Headers(first.init.headers).get('Idempotency-Key'));
    expect(second.init.body).to.equal(first.init.body);
    expect(states, 'a retry in the background does not say "Sending" again').not.to.include('Sending your request…');
    expect(text($(form, '[part~="confirmation"]'))).to.contain('TA-2026-0143');
    expect(status(form), 'the live region says so').to.equal('Request sent');
    expect(document.activeElement, 'focus is not taken from where the person is').to.equal(elsewhere);
    elsewhere.remove();
  });

  it('keeps answers the person changed while an older request waited, when that older one is delivered', async () => {
    releaseHeld(false);
    const form = await mount('/held');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));
    await answer(form, 'goals', 'A changed goal, typed while the first request waited.');
    releaseHeld();
    await until(() => !!$(form, '[part~="confirmation"]'), 'the confirmation');
    expect(JSON.parse(String(stubCalls.at(-1)!.init.body)).data.goals, 'the waiting request went out as it was').not.to.contain('changed goal');
    $<HTMLButtonElement>(form, '[part~="confirmation"] button')!.click();
    await settle(form);
    expect(control<HTMLTextAreaElement>(form, 'goals').value, 'the newer answer is still there').to.equal(
      'A changed goal, typed while the first request waited.',
    );
    expect(siKeys(sessionStorage), 'the newer draft is kept').to.include('si:ta-request:draft');
  });

  it('queues on a network error and, with persist="local", says it will be sent next time', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><si-ta-request endpoint="${STUB_ENDPOINT}/offline" region="CA" persist="local"></si-ta-request></div>`,
    );
    await settle(wrapper);
    const form = wrapper.querySelector('si-ta-request')!;
    const seen = events(form, 'si-queued');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));
    expect(seen[0].detail.reason).to.equal('network');
    expect(text($(form, '[part~="notice"]'))).to.contain('the next time you open it on this device');
    expect(text($(form, '[part~="notice"]')), 'no org attribute: a plain description').to.contain('the organization that runs this website');
    expect(siKeys(localStorage).some((key) => key.startsWith('si:outbox:ta-request:'))).to.equal(true);
  });

  it('says a refused request (403) could not be sent, keeps the answers and offers to try again', async () => {
    const form = await mount('/forbidden');
    const seen = events(form, 'si-submit-error');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--failed'));

    expect(text($(form, '[part~="notice"] h3'))).to.equal('Your request could not be sent');
    expect(text($(form, '[part~="notice"]'))).to.contain('Your answers are still here');
    expect(form.matches(':state(failed)')).to.equal(true);
    expect(seen[0].detail).to.include({ status: 403, reason: 'refused' });
    expect(control(form, 'goals').value).to.contain('Staff can recognize');
    expect($(form, '.error-summary'), 'a refusal is not the person’s mistake').to.equal(null);

    const retry = $<HTMLButtonElement>(form, '[part~="retry-button"]')!;
    expect(text(retry)).to.equal('Try again now');
    retry.click();
    await until(() => stubCalls.length === 2 && !!$(form, '.panel--failed'));
    expect(stubCalls[1].init.body, 'the same submission is sent again').to.equal(stubCalls[0].init.body);
  });
});

describe('<si-ta-request> endpoint settings', () => {
  for (const [endpoint, reason] of [
    ['', 'missing'],
    ['http://intake.example.org/ta', 'plain http'],
    ['javascript:alert(1)', 'a script URL'],
    ['https://user:secret@intake.example.org/ta', 'a password'],
  ] as const) {
    it(`shows a configuration message instead of the form for ${reason}`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const wrapper = await fixture<HTMLElement>(html`<div><si-ta-request endpoint=${endpoint}></si-ta-request></div>`);
        await settle(wrapper);
        const form = wrapper.querySelector('si-ta-request')!;
        expect(configMessageOf(form)).to.exist;
        expect($(form, 'form')).to.equal(null);
      } finally {
        console.warn = warn;
      }
    });
  }
});

describe('<si-ta-request> a request that waits, when the person clears the form or leaves', () => {
  let timers: ManualTimers;
  beforeEach(() => {
    // Retries wait on these: nothing is sent later unless the test moves time on.
    timers = new ManualTimers().install();
  });
  afterEach(() => timers.uninstall());

  const outboxKeys = (storage: Storage) => siKeys(storage).filter((key) => key.startsWith('si:outbox:ta-request:'));

  it('"Clear my answers" says the waiting request will be cancelled, and after "Yes" it is gone and never sent', async () => {
    const form = await mount('/unavailable');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));
    expect(outboxKeys(sessionStorage)).to.have.length(1);
    const calls = stubCalls.length;

    $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
    await form.updateComplete;
    const confirm = $(form, '[part~="clear-confirm"]')!;
    expect(text($(form, `#${confirm.getAttribute('aria-describedby')}`))).to.equal(
      'Your request has not been sent yet. Clearing also cancels it: it will not be sent.',
    );
    buttonIn(confirm, 'Yes, clear them').click();
    await form.updateComplete;
    await form.updateComplete;

    expect(status(form)).to.equal('Your answers have been cleared, and the request that was waiting will not be sent.');
    expect(control(form, 'agency').value).to.equal('');
    expect(siKeys(sessionStorage), 'no draft and no outbox entry').to.deep.equal([]);
    expect(form.matches(':state(queued)')).to.equal(false);
    timers.advance(3 * 24 * 60 * 60 * 1000);
    window.dispatchEvent(new Event('online'));
    await form.updateComplete;
    expect(stubCalls, 'nothing is delivered later').to.have.length(calls);

    // And on the next visit there is nothing to send either.
    fixtureCleanup();
    await mount('/accept');
    expect(stubCalls).to.have.length(calls);
  });

  it('"Keep my answers" keeps the waiting request', async () => {
    const form = await mount('/unavailable');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));
    $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
    await form.updateComplete;
    buttonIn($(form, '[part~="clear-confirm"]')!, 'Keep my answers').click();
    await form.updateComplete;
    expect(outboxKeys(sessionStorage)).to.have.length(1);
    expect(form.matches(':state(queued)')).to.equal(true);
  });

  it('a quick exit sends the waiting request once with keepalive, the same key and bytes, before it navigates, without delaying it', async () => {
    // The form as most pages embed it: no persist, so the request waits in this page's memory only.
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <si-quick-exit></si-quick-exit>
        <si-ta-request endpoint="${STUB_ENDPOINT}/unavailable" region="CA" org="Madera County CSEC Program"></si-ta-request>
      </div>`,
    );
    await settle(wrapper);
    const form = wrapper.querySelector('si-ta-request')!;
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.panel--queued'));
    expect(text($(form, '[part~="notice"]'))).to.contain('If you use “Exit this page” before then, your request is sent one last time as you leave');
    expect(siKeys(sessionStorage).concat(siKeys(localStorage)), 'persist="none": nothing in browser storage').to.deep.equal([]);
    const [first] = stubCalls;

    let atNavigation: { calls: StubCall[] } | undefined;
    const previous = setNavigator(() => (atNavigation = { calls: [...stubCalls] }));
    try {
      shadow(wrapper.querySelector('si-quick-exit')!).querySelector<HTMLButtonElement>('button[part~="button"]')!.click();
      // Synchronously: the exit navigated within the click, and the request had already been started.
      expect(atNavigation, 'the exit was not delayed').to.exist;
    } finally {
      setNavigator(previous);
      window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    }
    const sentAtExit = atNavigation!.calls.slice(1);
    expect(sentAtExit, 'one request at the exit').to.have.length(1);
    const [last] = sentAtExit;
    expect(last.init.keepalive).to.equal(true);
    expect(new Headers(last.init.headers).get('Idempotency-Key')).to.equal(new Headers(first.init.headers).get('Idempotency-Key'));
    expect(last.init.body).to.equal(first.init.body);
    expect(stubCalls, 'and nothing more').to.have.length(2);
  });

  it('an endpoint that answers 303 is a configuration problem: said once, not retried', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: unknown) => warnings.push(String(message));
    try {
      const form = await mount('/see-other');
      const seen = events(form, 'si-submit-error', 'si-queued');
      await fillValidRequest(form);
      await send(form);
      await until(() => !!$(form, '.panel--failed'));
      expect(text($(form, '[part~="notice"] h3'))).to.equal('Your request could not be sent');
      expect(text($(form, '[part~="notice"]'))).to.contain('Your answers are still here');
      expect(seen.map((event) => [event.type, event.detail.reason, event.detail.status])).to.deep.equal([['si-submit-error', 'redirect', 303]]);
      expect(warnings.filter((line) => line.includes(`${STUB_ENDPOINT}/see-other answered with a redirect (HTTP 303)`))).to.have.length(1);
      timers.advance(3 * 24 * 60 * 60 * 1000);
      window.dispatchEvent(new Event('online'));
      await form.updateComplete;
      expect(stubCalls, 'one request, never retried by itself').to.have.length(1);
      expect(stubCalls[0].init.redirect).to.equal('manual');
    } finally {
      console.warn = warn;
    }
  });
});
