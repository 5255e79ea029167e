/**
 * <si-ta-request> sending: the exact request posted from the check page, and what the person sees when
 * the endpoint accepts it, rejects answers (422), is unreachable or busy (queued) or refuses it (403),
 * in the shared delivery status (src/core/delivery/status.ts). The stub receiver
 * (stories/support/ta-request-stub.ts) wraps window.fetch for its own `.test` host only.
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
  currentStep,
  fillAboutYou,
  fillValidRequest,
  fillWhenAndHow,
  fillYourNeed,
  installStubEndpoint,
  next,
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

const ABOUT_YOU = 'About you and your agency';
const YOUR_NEED = 'What you need';
const WHEN_AND_HOW = 'When and how';
const CHECK = 'Check your answers before sending';

/** What the shared delivery status says (the live region beside the send button). */
const status = (element: Element) => text($(element, '[part~="status"]'));
/** What the form itself last announced (clearing), in its own live region. */
const announced = (element: Element) => text($(element, '.root > p[role="status"]'));
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const key = (call: StubCall) => new Headers(call.init.headers).get('Idempotency-Key');

const RETRYING =
  'Not sent yet: we could not reach the service. We will try again in a moment. Your answers are still here. If you use “Exit this page” before it is sent, it is sent one last time as you leave and then deleted from this browser.';
const WAITING_SAVED =
  'Not sent yet. It is saved in this browser and will be sent when you are back online or next open this page. Your answers are still here. If you use “Exit this page” before it is sent, it is sent one last time as you leave and then deleted from this browser.';
const WAITING_IN_PAGE =
  'Not sent yet. Keep this page open and we will send it when you are back online. Your answers are still here. If you use “Exit this page” before it is sent, it is sent one last time as you leave and then deleted from this browser.';
const REFUSED_403 = 'This could not be sent (error 403). Your answers are still here. Please try again later or contact the organization another way.';

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
const outboxKeys = (storage: Storage) => siKeys(storage).filter((key) => key.startsWith('si:outbox:ta-request:'));

/** The answer the check page shows for `question`. */
function answerOn(form: Element, question: string): string {
  const row = $$(form, '.answers__row').find((item) => text(item.querySelector('dt')) === question);
  if (!row) throw new Error(`No answer row for ${question}`);
  return text(row.querySelector('.answers__value'));
}

/** The questions listed on the check page. */
const questionsOn = (form: Element) => $$(form, '.answers__row dt').map((term) => text(term));

/** Follows the check page's change link for `question` ("Change" plus the question, for a screen reader). */
async function change(form: SiTaRequestElement, question: string): Promise<void> {
  const link = $$<HTMLButtonElement>(form, '[part~="change"]').find((button) => text(button) === `Change ${question}`);
  if (!link) throw new Error(`No change link for ${question}`);
  link.click();
  await form.updateComplete;
}

/** The confirmation panel's heading (its level follows heading-level). */
const confirmationHeading = (form: Element) => $(form, '[part~="confirmation"] #confirmation-title');

/** Moves real time on a little, for the stub's answers and the form's render. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeEach(() => {
  wipeAllStoredData();
  installStubEndpoint();
  releaseHeld(false);
  stubCalls.length = 0;
});
afterEach(() => {
  fixtureCleanup();
  wipeAllStoredData();
  releaseHeld(false);
});

describe('<si-ta-request> the request it posts', () => {
  it('posts exactly the v2 envelope and headers of a training request, from the check page', async () => {
    const form = await mount('/accept');
    await fillAboutYou(form);
    await fillYourNeed(form, { consultant: true });
    expect(currentStep(form)).to.equal(WHEN_AND_HOW);
    await answer(form, 'date2', isoDateIn(150));
    await answer(form, 'accessibilityNeeds', 'Live captions, please.');
    await answer(form, 'languageNeeds', '   ');
    await pick(form, 'audiences', 'other');
    await answer(form, 'audienceOther', 'Tribal social services');
    await fillWhenAndHow(form);
    expect(currentStep(form)).to.equal(CHECK);
    // The phone number is added from the check page, through its change link.
    await change(form, 'Phone number (optional)');
    expect(currentStep(form)).to.equal(ABOUT_YOU);
    expect(active(form), 'the change link goes to the question').to.equal(control(form, 'phone'));
    await answer(form, 'phone', ' 559-555-0100 ');
    await next(form);
    expect(currentStep(form), 'Continue goes back to the check page').to.equal(CHECK);
    expect(answerOn(form, 'Phone number (optional)')).to.equal('559-555-0100');
    expect(answerOn(form, 'Language needs (optional)'), 'a blank answer').to.equal('Not given');
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
      schemaVersion: 2,
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
        area: 'county',
        county: 'Madera',
        region: 'CA',
        email: 'dana.reyes@example.org',
        phone: '559-555-0100',
        requestTypes: ['training', 'survivor-consultant'],
        canMatchFunds: 'not-sure',
        topics: ['trauma-informed-approach', 'multidisciplinary-teams'],
        goals: 'Staff can recognize signs of exploitation and know our MDT referral steps.',
        audiences: ['child-welfare', 'probation', 'other'],
        audienceOther: 'Tribal social services',
        audienceSize: '26-50',
        format: 'hybrid',
        length: 'under-3-hours',
        preferredDates: [isoDateIn(120), isoDateIn(150)],
        accessibilityNeeds: 'Live captions, please.',
      },
    };
    expect(sent).to.deep.equal(expected);
    expect(init.body).to.equal(JSON.stringify(expected));
    expect(taRequestEnvelope.safeParse(sent).success, 'the body passes the published schema').to.equal(true);
  });

  it('posts a technical-assistance request for the whole state with its "needed by" date and no event questions', async () => {
    const form = await mount('/accept');
    await fillValidRequest(form, { technicalAssistance: true });
    expect(currentStep(form)).to.equal(CHECK);
    expect(questionsOn(form), 'no event questions on the check page').to.include('By when do you need it? (optional)');
    for (const question of [
      'Who is it for?',
      'About how many people will take part?',
      'How should it be delivered?',
      'How long should it be?',
      'When would you like it?',
    ])
      expect(questionsOn(form), question).not.to.include(question);
    await change(form, 'Where will the work take place?');
    expect(currentStep(form)).to.equal(ABOUT_YOU);
    await pick(form, 'area', 'statewide');
    await next(form);
    expect(currentStep(form)).to.equal(CHECK);
    expect(answerOn(form, 'Where will the work take place?')).to.equal('Across the state');
    await send(form);
    await until(() => stubCalls.length === 1 && !!$(form, '[part~="confirmation"]'));

    const sent = JSON.parse(String(stubCalls[0].init.body));
    expect(sent).to.include({ type: 'ta-request', schemaVersion: 2 });
    expect(JSON.stringify(sent.data), 'the exact data, key order and all').to.equal(
      JSON.stringify({
        requesterName: 'Dana Reyes',
        requesterRole: 'CSEC program coordinator',
        agency: 'Madera County Department of Social Services',
        organizationType: 'local-government',
        area: 'statewide',
        email: 'dana.reyes@example.org',
        requestTypes: ['technical-assistance'],
        topics: ['trauma-informed-approach', 'multidisciplinary-teams'],
        goals: 'Staff can recognize signs of exploitation and know our MDT referral steps.',
        neededBy: isoDateIn(30),
      }),
    );
    for (const field of ['county', 'region', 'audiences', 'audienceSize', 'format', 'length', 'preferredDates'])
      expect(field in sent.data, `${field} is left out`).to.equal(false);
    expect(taRequestEnvelope.safeParse(sent).success, 'the body passes the published schema').to.equal(true);
  });

  it('leaves out the matching-funds answer when no consultant is requested any more', async () => {
    const form = await mount('/accept');
    await fillValidRequest(form, { consultant: true });
    expect(answerOn(form, 'Could your agency help pay the consultant? (optional)')).to.equal('Not sure');
    await change(form, 'What would you like to ask for?');
    expect(currentStep(form)).to.equal(YOUR_NEED);
    await pick(form, 'requestTypes', 'survivor-consultant');
    await next(form);
    expect(currentStep(form)).to.equal(CHECK);
    expect(questionsOn(form)).not.to.include('Could your agency help pay the consultant? (optional)');
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
    // Its county (Madera) is not in Colorado's list, so the first page asks for one that is.
    await fillAboutYou(form);
    expect(currentStep(form)).to.equal(ABOUT_YOU);
    await answer(form, 'county', 'Larimer');
    await next(form);
    await fillYourNeed(form);
    await fillWhenAndHow(form);
    expect(currentStep(form)).to.equal(CHECK);
    expect(text($(form, '[part~="privacy"]'))).to.contain('Tri-County Coalition');
    await send(form);
    await until(() => stubCalls.length === 1);
    expect(stubCalls[0].url).to.equal(`${STUB_ENDPOINT}/accept`);
    expect(JSON.parse(String(stubCalls[0].init.body)).data).to.include({ area: 'county', county: 'Larimer', region: 'CO' });
  });

  it('lets the host take over when it cancels si-submit', async () => {
    const form = await mount('/accept');
    const seen = events(form, 'si-submit');
    form.addEventListener('si-submit', (event) => event.preventDefault(), { once: true });
    await fillValidRequest(form);
    await send(form);
    await form.updateComplete;
    expect(seen, 'si-submit is cancelable').to.have.length(1);
    expect((seen[0].detail.payload as { data: { agency: string } }).data.agency).to.equal('Madera County Department of Social Services');
    expect(stubCalls).to.have.length(0);
    expect(status(form)).to.equal('');
    expect(currentStep(form), 'the form stays on its check page').to.equal(CHECK);
    expect(answerOn(form, 'Name of your agency or organization'), 'the answers stay').to.equal('Madera County Department of Social Services');
  });

  it('sends nothing more while a request is out', async () => {
    const form = await mount('/pending');
    await fillValidRequest(form);
    await send(form);
    await until(() => stubCalls.length === 1);
    await form.updateComplete;
    const button = $<HTMLButtonElement>(form, '[part~="send-button"]')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(status(form)).to.equal('Sending…');
    expect(form.matches(':state(sending)')).to.equal(true);
    await send(form);
    await send(form);
    await pause(50);
    expect(stubCalls).to.have.length(1);
  });
});

describe('<si-ta-request> what the person sees', () => {
  it('confirms a delivered request with its reference, moves focus there and forgets the answers; "Send another request" starts at step 1', async () => {
    const form = await mount('/accept');
    const seen = events(form, 'si-submitted');
    await fillValidRequest(form);
    expect(siKeys(sessionStorage)).to.include('si:ta-request:draft');
    await send(form);
    await until(() => !!$(form, '[part~="confirmation"]'));
    await form.updateComplete;

    const confirmation = $(form, '[part~="confirmation"]')!;
    expect(text(confirmationHeading(form))).to.equal('Request sent');
    expect(text(confirmation)).to.contain('Your reference number TA-2026-0142');
    expect(text(confirmation.querySelector('.reference'))).to.equal('TA-2026-0142');
    expect(text(confirmation)).to.contain('Your request has reached Madera County CSEC Program. They will contact you by email to plan the next steps.');
    expect(active(form), 'focus moves to the confirmation').to.equal(confirmationHeading(form));
    expect(status(form)).to.equal('Sent. Thank you. Your reference is TA-2026-0142.');
    expect($(form, '[part~="form"]'), 'the questions are gone').to.equal(null);
    expect(form.matches(':state(sent)')).to.equal(true);
    expect(seen.map((event) => event.detail.reference)).to.deep.equal(['TA-2026-0142']);
    expect(siKeys(sessionStorage), 'no draft and no outbox entry are left').to.deep.equal([]);

    buttonIn(confirmation, 'Send another request').click();
    await form.updateComplete;
    await form.updateComplete;
    expect(currentStep(form)).to.equal(ABOUT_YOU);
    expect(text($(form, '#step-heading'))).to.equal('Step 1 of 4 About you and your agency');
    expect(control(form, 'agency').value).to.equal('');
    expect(control(form, 'requesterName').value).to.equal('');
    expect(active(form)).to.equal($(form, '#step-heading'));
    expect(status(form)).to.equal('');
    expect(form.matches(':state(sent)')).to.equal(false);
  });

  it('puts the endpoint’s 422 field errors on their questions, goes to the page of the first and keeps every answer', async () => {
    const form = await mount('/reject');
    const seen = events(form, 'si-submit-error');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.error-summary'));
    await form.updateComplete;

    expect(currentStep(form), 'the email is on the first page').to.equal(ABOUT_YOU);
    expect(text($(form, '#f-email-error'))).to.equal('Error: This email address cannot receive mail');
    expect(control(form, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(text($(form, '.error-summary h3, .error-summary h2, .error-summary h4'))).to.equal('There is a problem');
    expect($$(form, '.error-summary li').map((item) => text(item))).to.deep.equal(['This email address cannot receive mail', 'We are closed on this date']);
    expect(
      $$<HTMLAnchorElement>(form, '.error-summary a').map((link) => link.getAttribute('href')),
      '/data/preferredDates/1 is the second date',
    ).to.deep.equal(['#f-email', '#f-date2']);
    expect(active(form)).to.equal($(form, '.error-summary'));
    expect(status(form)).to.equal('The service could not accept some answers. Please check the highlighted questions and send again.');
    expect(form.matches(':state(failed)')).to.equal(true);
    expect(control(form, 'email').value, 'the answers stay').to.equal('dana.reyes@example.org');
    expect(control(form, 'agency').value).to.equal('Madera County Department of Social Services');
    expect(seen).to.have.length(1);
    expect(seen[0].detail).to.include({ status: 422, reason: 'rejected' });

    await answer(form, 'email', 'dana@example.org');
    expect($(form, '#f-email-error'), 'the fixed answer’s error goes').to.equal(null);
    await next(form);
    expect(currentStep(form), 'Continue leads to the next page the endpoint found a problem on').to.equal(WHEN_AND_HOW);
    expect(text($(form, '#f-date2-error'))).to.equal('Error: We are closed on this date');
    await next(form);
    expect(currentStep(form), 'and then back to the check page').to.equal(CHECK);
    expect(answerOn(form, 'Email address')).to.equal('dana@example.org');
    const before = stubCalls.length;
    await send(form);
    await until(() => stubCalls.length === before + 1);
    expect(JSON.parse(String(stubCalls.at(-1)!.init.body)).data.email).to.equal('dana@example.org');
    expect(key(stubCalls[0]), 'changed answers make a new submission').not.to.equal(key(stubCalls.at(-1)!));
  });

  it('takes the person to the second date from the summary link of its 422 error, with the error on that question', async () => {
    const form = await mount('/reject');
    await fillValidRequest(form);
    await send(form);
    await until(() => !!$(form, '.error-summary'));
    await form.updateComplete;
    const link = $$<HTMLAnchorElement>(form, '.error-summary a').find((item) => text(item) === 'We are closed on this date')!;
    link.click();
    await form.updateComplete;
    await form.updateComplete;
    expect(currentStep(form), 'the link goes to the page of the question').to.equal(WHEN_AND_HOW);
    expect(text($(form, '#f-date2-error'))).to.equal('Error: We are closed on this date');
    expect(control(form, 'date2').getAttribute('aria-invalid')).to.equal('true');
    expect(active(form)).to.equal(control(form, 'date2'));
  });

  it('queues a request the endpoint cannot take now (503), keeps the answers and says what happens next', async () => {
    const form = await mount('/unavailable');
    const seen = events(form, 'si-queued');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(queued)'));
    await form.updateComplete;

    expect(status(form)).to.equal(RETRYING);
    expect($(form, '[part~="status"]')!.getAttribute('role')).to.equal('status');
    expect(seen[0].detail.reason).to.equal('server');
    expect(currentStep(form), 'the form stays on its check page').to.equal(CHECK);
    expect(answerOn(form, 'Name of your agency or organization')).to.equal('Madera County Department of Social Services');
    expect($(form, '[part~="confirmation"]')).to.equal(null);
    expect(siKeys(sessionStorage)).to.include('si:ta-request:draft');
    expect(outboxKeys(sessionStorage), 'it waits in the outbox').to.have.length(1);
  });

  it('delivers a queued request later with the same key and bytes, without flickering back to "Sending"', async () => {
    const form = await mount('/flaky');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(queued)'));
    await form.updateComplete;
    // The person has moved on to something else on the page while it waits.
    const elsewhere = document.body.appendChild(document.createElement('button'));
    elsewhere.focus();
    const states: string[] = [];
    const observer = new MutationObserver(() => states.push(status(form)));
    observer.observe(shadow(form), { subtree: true, childList: true, characterData: true });
    await until(() => !!$(form, '[part~="confirmation"]'), 'the confirmation');
    observer.disconnect();
    expect(stubCalls).to.have.length(2);
    const [first, second] = stubCalls;
    expect(key(second)).to.equal(key(first));
    expect(second.init.body).to.equal(first.init.body);
    expect(states, 'a retry in the background does not say "Sending" again').not.to.include('Sending…');
    expect(text($(form, '[part~="confirmation"]'))).to.contain('TA-2026-0143');
    expect(status(form), 'the live region says so').to.equal('Sent. Thank you. Your reference is TA-2026-0143.');
    expect(document.activeElement, 'focus is not taken from where the person is').to.equal(elsewhere);
    expect(siKeys(sessionStorage), 'no draft and no outbox entry are left').to.deep.equal([]);
    elsewhere.remove();
  });

  it('keeps answers the person changed while an older request waited, when that older one is delivered', async () => {
    const form = await mount('/held');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(queued)'));
    await change(form, 'What do you need, and what should it achieve?');
    expect(currentStep(form)).to.equal(YOUR_NEED);
    await answer(form, 'goals', 'A changed goal, typed while the first request waited.');
    await next(form);
    expect(currentStep(form)).to.equal(CHECK);
    releaseHeld();
    await until(() => !!$(form, '[part~="confirmation"]'), 'the confirmation');
    expect(JSON.parse(String(stubCalls.at(-1)!.init.body)).data.goals, 'the waiting request went out as it was').not.to.contain('changed goal');
    expect(text($(form, '[part~="confirmation"]'))).to.contain('TA-2026-0144');
    expect(outboxKeys(sessionStorage), 'the delivered request left the outbox').to.deep.equal([]);
    expect(siKeys(sessionStorage), 'the newer draft is kept').to.include('si:ta-request:draft');
    buttonIn($(form, '[part~="confirmation"]')!, 'Send another request').click();
    await settle(form);
    expect(currentStep(form)).to.equal(ABOUT_YOU);
    expect(control(form, 'agency').value, 'the newer answers are still there').to.equal('Madera County Department of Social Services');
    await next(form);
    expect(control<HTMLTextAreaElement>(form, 'goals').value, 'the newer answer is still there').to.equal(
      'A changed goal, typed while the first request waited.',
    );
  });

  it('says a refused request (403) could not be sent, keeps the answers and offers to try again', async () => {
    const form = await mount('/forbidden');
    const seen = events(form, 'si-submit-error');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(failed)'));
    await form.updateComplete;

    expect(status(form)).to.equal(REFUSED_403);
    expect(seen[0].detail).to.include({ status: 403, reason: 'refused' });
    expect(currentStep(form)).to.equal(CHECK);
    expect(answerOn(form, 'What do you need, and what should it achieve?')).to.contain('Staff can recognize');
    expect($(form, '.error-summary'), 'a refusal is not the person’s mistake').to.equal(null);
    expect(siKeys(sessionStorage)).to.include('si:ta-request:draft');

    const retry = $<HTMLButtonElement>(form, '[part~="retry"]')!;
    expect(text(retry)).to.equal('Try again now');
    retry.click();
    await until(() => stubCalls.length === 2 && form.matches(':state(failed)'));
    await form.updateComplete;
    expect(stubCalls[1].init.body, 'the same submission is sent again').to.equal(stubCalls[0].init.body);
    expect(key(stubCalls[1])).to.equal(key(stubCalls[0]));
    expect(status(form)).to.equal(REFUSED_403);
  });
});

describe('<si-ta-request> endpoint settings', () => {
  for (const [endpoint, reason, message] of [
    ['', 'missing', 'No address is set for sending this form.'],
    ['http://intake.example.org/ta', 'plain http', 'The address for sending this form is not safe, so sending is turned off.'],
    ['javascript:alert(1)', 'a script URL', 'The address for sending this form is not safe, so sending is turned off.'],
    ['https://user:secret@intake.example.org/ta', 'a password', 'The address for sending this form is not safe, so sending is turned off.'],
  ] as const) {
    it(`shows a configuration message instead of the form for ${reason}`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const wrapper = await fixture<HTMLElement>(html`<div><si-ta-request endpoint=${endpoint}></si-ta-request></div>`);
        await settle(wrapper);
        const form = wrapper.querySelector('si-ta-request')!;
        const config = configMessageOf(form);
        expect(config).to.exist;
        expect(config!.checkVisibility(), 'the message is visible').to.equal(true);
        expect(text(config)).to.contain(message);
        expect($(form, 'form')).to.equal(null);
        expect($(form, '[part~="continue-button"]')).to.equal(null);
        expect(stubCalls).to.have.length(0);
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

  /** Moves the form's timers through one round of retries, until it waits for the network, a reload or the person. */
  async function endRound(form: SiTaRequestElement): Promise<void> {
    for (let round = 0; round < 10 && !$(form, '[part~="retry"]'); round++) {
      const calls = stubCalls.length;
      timers.advance(60_000);
      await until(() => stubCalls.length > calls || !!$(form, '[part~="retry"]'), 'the next attempt');
      await pause(20);
      await form.updateComplete;
    }
  }

  it('says a request that cannot go now waits, then offers "Try again now", which sends the same submission', async () => {
    const form = await mount('/unavailable');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(queued)'));
    await form.updateComplete;
    expect(status(form)).to.equal(RETRYING);
    expect($(form, '[part~="retry"]'), 'it tries again by itself first').to.equal(null);

    await endRound(form);
    expect(status(form)).to.equal(WAITING_SAVED);
    const retry = $<HTMLButtonElement>(form, '[part~="retry"]')!;
    expect(text(retry)).to.equal('Try again now');
    expect(new Set(stubCalls.map(key)).size, 'one Idempotency-Key for every attempt').to.equal(1);
    const calls = stubCalls.length;
    retry.click();
    await until(() => stubCalls.length === calls + 1);
    expect(stubCalls.at(-1)!.init.body).to.equal(stubCalls[0].init.body);
    expect(key(stubCalls.at(-1)!)).to.equal(key(stubCalls[0]));
  });

  it('queues on a network error and, with persist="local", keeps it in this browser for the next visit', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><si-ta-request endpoint="${STUB_ENDPOINT}/offline" region="CA" persist="local"></si-ta-request></div>`,
    );
    await settle(wrapper);
    const form = wrapper.querySelector('si-ta-request')!;
    const seen = events(form, 'si-queued');
    await fillValidRequest(form);
    expect(text($(form, '[part~="privacy"]')), 'no org attribute: a plain description').to.contain('the organization that runs this website');
    await send(form);
    await until(() => form.matches(':state(queued)'));
    await form.updateComplete;
    expect(seen[0].detail.reason).to.equal('network');
    expect(status(form)).to.equal(RETRYING);
    expect(outboxKeys(localStorage)).to.have.length(1);
    expect(outboxKeys(sessionStorage)).to.deep.equal([]);
    await endRound(form);
    expect(status(form), 'it says it will be sent next time').to.equal(WAITING_SAVED);
    expect(text($(form, '[part~="retry"]'))).to.equal('Try again now');
  });

  it('"Clear my answers" on the check page asks first, says the waiting request will be cancelled, and after "Yes" it is gone and never sent', async () => {
    const form = await mount('/held');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(queued)'));
    await form.updateComplete;
    expect(currentStep(form)).to.equal(CHECK);
    expect(outboxKeys(sessionStorage)).to.have.length(1);
    const calls = stubCalls.length;

    $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
    await form.updateComplete;
    const confirm = $(form, '[part~="clear-confirm"]')!;
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(active(form), 'the question takes focus').to.equal(confirm);
    expect(text($(form, `#${confirm.getAttribute('aria-labelledby')}`))).to.equal('Clear every answer on this form? This cannot be undone.');
    expect(text($(form, `#${confirm.getAttribute('aria-describedby')}`))).to.equal(
      'Your request has not been sent yet. Clearing also cancels it: it will not be sent.',
    );
    expect(outboxKeys(sessionStorage), 'nothing is cleared before "Yes"').to.have.length(1);
    buttonIn(confirm, 'Yes, clear them').click();
    await form.updateComplete;
    await form.updateComplete;

    expect(announced(form)).to.equal('Your answers have been cleared, and the request that was waiting will not be sent.');
    expect(status(form), 'the delivery status is back to nothing').to.equal('');
    expect($(form, '[part~="retry"]')).to.equal(null);
    expect(currentStep(form)).to.equal(ABOUT_YOU);
    expect(active(form)).to.equal($(form, '#step-heading'));
    expect(control(form, 'agency').value).to.equal('');
    expect(outboxKeys(sessionStorage), 'no outbox entry').to.deep.equal([]);
    expect(form.matches(':state(queued)')).to.equal(false);

    // The endpoint would take it now, and time passes: nothing is sent.
    releaseHeld();
    timers.advance(3 * 24 * 60 * 60 * 1000);
    window.dispatchEvent(new Event('online'));
    await pause(200);
    await form.updateComplete;
    expect(stubCalls, 'nothing is delivered later').to.have.length(calls);
    expect($(form, '[part~="confirmation"]')).to.equal(null);

    // And on the next visit there is nothing to send either.
    fixtureCleanup();
    await mount('/held');
    await pause(100);
    expect(stubCalls).to.have.length(calls);
  });

  it('"Keep my answers" keeps the waiting request', async () => {
    const form = await mount('/unavailable');
    await fillValidRequest(form);
    await send(form);
    await until(() => form.matches(':state(queued)'));
    $<HTMLButtonElement>(form, '[part~="clear-button"]')!.click();
    await form.updateComplete;
    buttonIn($(form, '[part~="clear-confirm"]')!, 'Keep my answers').click();
    await form.updateComplete;
    expect($(form, '[part~="clear-confirm"]')).to.equal(null);
    expect(active(form)).to.equal($(form, '[part~="clear-button"]'));
    expect(outboxKeys(sessionStorage)).to.have.length(1);
    expect(form.matches(':state(queued)')).to.equal(true);
    expect(status(form)).to.equal(RETRYING);
    expect(answerOn(form, 'Name of your agency or organization')).to.equal('Madera County Department of Social Services');
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
    await until(() => form.matches(':state(queued)'));
    await form.updateComplete;
    expect(status(form)).to.contain('If you use “Exit this page” before it is sent, it is sent one last time as you leave and then deleted from this browser.');
    await endRound(form);
    expect(status(form), 'persist="none": it waits in this page only').to.equal(WAITING_IN_PAGE);
    expect(siKeys(sessionStorage).concat(siKeys(localStorage)), 'persist="none": nothing in browser storage').to.deep.equal([]);
    const [first] = stubCalls;
    const before = stubCalls.length;

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
    const sentAtExit = atNavigation!.calls.slice(before);
    expect(sentAtExit, 'one request at the exit').to.have.length(1);
    const [last] = sentAtExit;
    expect(last.init.keepalive).to.equal(true);
    expect(key(last)).to.equal(key(first));
    expect(last.init.body).to.equal(first.init.body);
    timers.advance(3 * 24 * 60 * 60 * 1000);
    window.dispatchEvent(new Event('online'));
    await pause(50);
    expect(stubCalls, 'and nothing more').to.have.length(before + 1);
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
      await until(() => form.matches(':state(failed)'));
      await form.updateComplete;
      expect(status(form)).to.equal('This form cannot send because it is not set up correctly. Your answers are still here.');
      expect($(form, '[part~="retry"]'), 'trying again now cannot help').to.equal(null);
      expect(answerOn(form, 'Name of your agency or organization')).to.equal('Madera County Department of Social Services');
      expect(seen.map((event) => [event.type, event.detail.reason, event.detail.status])).to.deep.equal([['si-submit-error', 'redirect', 303]]);
      expect(warnings.filter((line) => line.includes(`${STUB_ENDPOINT}/see-other answered with a redirect (HTTP 303)`))).to.have.length(1);
      timers.advance(3 * 24 * 60 * 60 * 1000);
      window.dispatchEvent(new Event('online'));
      await pause(50);
      await form.updateComplete;
      expect(stubCalls, 'one request, never retried by itself').to.have.length(1);
      expect(stubCalls[0].init.redirect).to.equal('manual');
    } finally {
      console.warn = warn;
    }
  });
});
