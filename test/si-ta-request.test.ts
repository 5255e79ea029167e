/**
 * <si-ta-request>: what a person and a host page see of the form itself: its question pages and how
 * one moves between them, the questions each request type asks, the checks run on Continue, the
 * error summary, "Check your answers", drafts, clearing, events, Spanish and the keyboard. Delivery is
 * in si-ta-request.delivery.test.ts; the stories (every page and state, with axe in both languages)
 * in test/slow/story-sweep.test.ts, the attribute fuzz in test/slow/fuzz.test.ts.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { californiaCounties, coloradoCounties, countySets, countySetSchema } from '../src/content/counties.js';
import { contentItemSchema, taAudiences, taTopics } from '../src/content/ta-request.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-config/define.js';
import '../src/elements/si-ta-request/define.js';
import type { SiTaRequestElement } from '../src/elements/si-ta-request/si-ta-request.js';
import { AUDIENCES } from '../src/schemas/ta-request.js';
import {
  answer,
  control,
  currentStep,
  fillAboutYou,
  fillValidRequest,
  fillYourNeed,
  installStubEndpoint,
  next,
  pick,
  STUB_ENDPOINT,
  stubCalls,
} from '../stories/support/ta-request-stub.js';
import { ManualTimers } from './shared/manual-timers.js';
import { isoDateIn } from '../stories/support/dates.js';
import { configMessageOf } from './shared/fuzz.js';
import { settle } from './shared/story-sweep.js';
import { shadow, $, $$, text } from './shared/dom.js';

const errorOf = (element: Element, field: string) => text($(element, `#f-${field}-error`)).replace(/^Error:\s*/, '');
const summaryItems = (element: Element) => $$(element, '.error-summary li').map((item) => text(item));
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const stepHeading = (element: Element) => $(element, '#step-heading')!;
const back = async (element: SiTaRequestElement) => {
  $<HTMLButtonElement>(element, '[part~="back"]')!.click();
  await element.updateComplete;
};
/** The check page's answers, as "question: answer" lines. */
const checkRows = (element: Element) =>
  $$(element, '.answers__row').map((row) => `${text(row.querySelector('dt'))}: ${text(row.querySelector('.answers__value'))}`);
const changeLink = (element: Element, question: string) =>
  $$<HTMLButtonElement>(element, '[part~="change"]').find((button) => text(button) === `Change ${question}`)!;

const PLAIN = html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" org="Madera County CSEC Program" persist="none"></si-ta-request>`;

async function mount(template = PLAIN): Promise<SiTaRequestElement> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  await settle(wrapper);
  return wrapper.querySelector('si-ta-request')!;
}

function longDate(iso: string, locale = 'en-US'): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

beforeEach(() => {
  wipeAllStoredData();
  installStubEndpoint();
  stubCalls.length = 0;
});
afterEach(() => {
  fixtureCleanup();
  wipeAllStoredData();
});

describe('<si-ta-request> content', () => {
  it('offers California’s 58 counties and Colorado’s 64, each set valid and credited', () => {
    expect(californiaCounties.counties).to.have.length(58);
    expect(coloradoCounties.counties).to.have.length(64);
    for (const set of Object.values(countySets)) {
      expect(countySetSchema().safeParse(set).success, set.region).to.equal(true);
      expect(new Set(set.counties).size, `${set.region} has no repeats`).to.equal(set.counties.length);
      expect(set.source.title.length).to.be.greaterThan(10);
    }
    // The ten counties the California program began with (FACTS.md) are all there.
    for (const county of [
      'Alameda',
      'Los Angeles',
      'Madera',
      'Riverside',
      'Sacramento',
      'San Bernardino',
      'San Joaquin',
      'San Luis Obispo',
      'Santa Barbara',
      'Ventura',
    ]) {
      expect(californiaCounties.counties).to.include(county);
    }
  });

  it('credits every default topic and audience, offers the seed 002 audiences plus "someone else", and labor trafficking among the topics', () => {
    for (const item of [...taTopics, ...taAudiences]) expect(contentItemSchema().safeParse(item).success, item.id).to.equal(true);
    expect(taAudiences.map((audience) => audience.id)).to.deep.equal([...AUDIENCES]);
    expect(taTopics.map((topic) => topic.id)).to.include('labor-trafficking');
  });

  it('never asks for anyone’s survivor status or story, on any page', async () => {
    const form = await mount();
    const questions: string[] = [];
    const collect = () => questions.push(...$$(form, 'label, legend').map((node) => text(node).toLowerCase()));
    collect();
    await fillAboutYou(form);
    await pick(form, 'requestTypes', 'survivor-consultant');
    collect();
    await fillYourNeed(form);
    collect();
    expect(questions.length).to.be.greaterThan(20);
    for (const question of questions) expect(question).not.to.match(/are you a survivor|survivor status|your story|lived experience\?|were you/);
  });
});

describe('<si-ta-request> question pages', () => {
  it('starts on "Step 1 of 4" with a Continue button and no Back', async () => {
    const form = await mount();
    expect(text(stepHeading(form))).to.equal('Step 1 of 4 About you and your agency');
    expect(text($(form, '[part~="heading"]'))).to.equal('Request training or technical assistance');
    expect($(form, '[part~="back"]')).to.equal(null);
    expect(text($(form, '[part~="continue-button"]'))).to.equal('Continue');
    expect($(form, '[part~="send-button"]'), 'sending waits for the check page').to.equal(null);
    expect(text($(form, 'form'))).to.contain('Tell us what your agency needs, in three short pages.');
  });

  it('moves on with Continue and back with Back, focusing the page heading each time, keeping every answer and adding no history entry', async () => {
    const form = await mount();
    const historyLength = history.length;
    const url = location.href;
    await fillAboutYou(form);
    expect(currentStep(form)).to.equal('What you need');
    expect(text($(form, '.step-count'))).to.equal('Step 2 of 4');
    expect(active(form), 'the new page’s heading has focus').to.equal(stepHeading(form));
    expect(stepHeading(form).getAttribute('tabindex')).to.equal('-1');

    await pick(form, 'topics', 'harm-reduction');
    await back(form);
    expect(currentStep(form)).to.equal('About you and your agency');
    expect(active(form)).to.equal(stepHeading(form));
    expect(control(form, 'requesterName').value).to.equal('Dana Reyes');
    expect(control(form, 'county').value).to.equal('Madera');
    await next(form);
    expect(control(form, 'topics', 'harm-reduction').checked, 'an answer on a later page stays too').to.equal(true);
    expect(history.length, 'no entries added to the browser history').to.equal(historyLength);
    expect(location.href).to.equal(url);
  });

  it('Continue with errors stays on the page, focuses the summary and lists only that page’s questions in order', async () => {
    const form = await mount();
    await answer(form, 'requesterName', 'Dana Reyes');
    await answer(form, 'email', 'not an email');
    await next(form);
    expect(currentStep(form)).to.equal('About you and your agency');
    const summary = $(form, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(form), 'the summary has focus').to.equal(summary);
    expect(text(summary.querySelector('h4'))).to.equal('There is a problem');
    expect(summaryItems(form)).to.deep.equal([
      'Enter your job title or role',
      'Enter the name of your agency or organization',
      'Select the type of organization',
      'Select where the work will take place',
      'Enter an email address in the correct format, like name@example.com',
    ]);
    expect(stubCalls, 'nothing is sent').to.have.length(0);
  });

  it('shows no error before Continue, and takes each one away as soon as its answer is fixed', async () => {
    const form = await mount();
    await answer(form, 'email', 'dana reyes@example.org');
    control(form, 'email').blur();
    await form.updateComplete;
    expect($(form, '#f-email-error'), 'leaving a field checks nothing').to.equal(null);
    await next(form);
    expect(errorOf(form, 'email')).to.equal('Enter an email address in the correct format, like name@example.com');
    await answer(form, 'email', 'dana.reyes@example');
    expect(errorOf(form, 'email'), 'a still-wrong answer keeps its error').to.equal('Enter an email address in the correct format, like name@example.com');
    await answer(form, 'email', '  dana@example.org ');
    expect($(form, '#f-email-error'), 'fixed: the error goes at once').to.equal(null);
    expect(summaryItems(form)).not.to.include('Enter an email address in the correct format, like name@example.com');
    expect(control(form, 'email').hasAttribute('aria-invalid')).to.equal(false);
    await answer(form, 'requesterName', 'x');
    expect(summaryItems(form)).not.to.include('Enter your full name');
    await answer(form, 'requesterName', '');
    expect(summaryItems(form), 'a new problem waits for Continue').not.to.include('Enter your full name');
    await next(form);
    expect(
      summaryItems(form).filter((item) => item === 'Enter your full name'),
      'listed once',
    ).to.have.length(1);
  });

  it('links each error to its question, moving focus to the control or the first choice, by mouse or keyboard', async () => {
    const form = await mount();
    await next(form);
    const links = $$<HTMLAnchorElement>(form, '.error-summary a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      '#f-requesterName',
      '#f-requesterRole',
      '#f-agency',
      '#f-organizationType',
      '#f-area-0',
      '#f-email',
    ]);
    links[5].click();
    expect(active(form)).to.equal(control(form, 'email'));
    links[4].click();
    expect(active(form), 'a choice question links to its first choice').to.equal(control(form, 'area', 'county'));
    $<HTMLElement>(form, '.error-summary')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(links[0]);
    await sendKeys({ press: 'Enter' });
    expect(active(form)).to.equal(control(form, 'requesterName'));
  });

  it('ties each inline error to its control, marks required questions, and leaves optional ones unmarked', async () => {
    const form = await mount();
    await next(form);
    for (const name of ['requesterName', 'requesterRole', 'agency', 'organizationType', 'email']) {
      const field = control(form, name);
      expect(field.getAttribute('aria-invalid'), name).to.equal('true');
      expect(field.getAttribute('aria-describedby')!.split(' '), name).to.include(`f-${name}-error`);
      expect(field.getAttribute('aria-required'), name).to.equal('true');
      expect(text($(form, `#f-${name}-error`))).to.match(/^Error: /);
    }
    const area = $(form, '#f-area')!;
    expect(area.getAttribute('role')).to.equal('radiogroup');
    expect(area.getAttribute('aria-required')).to.equal('true');
    expect(area.getAttribute('aria-describedby')!.split(' ')).to.include('f-area-error');
    expect(control(form, 'phone').hasAttribute('aria-required'), 'an optional question').to.equal(false);
    expect(control(form, 'phone').hasAttribute('aria-invalid'), 'an optional blank field is fine').to.equal(false);
    expect(text(control(form, 'phone').labels![0])).to.equal('Phone number (optional)');
  });

  it('labels every control in its own shadow root and sets the autocomplete tokens', async () => {
    const form = await mount();
    await pick(form, 'area', 'county');
    for (const field of $$<HTMLInputElement>(form, 'input:not([data-si-honeypot]), select, textarea')) {
      expect(field.labels?.length, `${field.name} has a label`).to.be.greaterThan(0);
      expect(text(field.labels![0]).length).to.be.greaterThan(0);
    }
    const auto = (name: string) => control(form, name).getAttribute('autocomplete');
    expect([auto('requesterName'), auto('requesterRole'), auto('agency'), auto('email'), auto('phone')]).to.deep.equal([
      'name',
      'organization-title',
      'organization',
      'email',
      'tel',
    ]);
    expect(control(form, 'email').type).to.equal('email');
    expect(control(form, 'phone').type).to.equal('tel');
  });

  it('limits the length of typed answers and checks a phone number only when one is given', async () => {
    const form = await mount();
    await pick(form, 'area', 'county');
    await next(form);
    const cases: Array<[string, number, string]> = [
      ['requesterName', 121, 'Your name must be 120 characters or fewer'],
      ['requesterRole', 121, 'Your job title or role must be 120 characters or fewer'],
      ['agency', 201, 'The name of your agency must be 200 characters or fewer'],
    ];
    for (const [name, length, message] of cases) {
      await answer(form, name, 'x'.repeat(length));
      await next(form);
      expect(errorOf(form, name), name).to.equal(message);
      await answer(form, name, 'x'.repeat(length - 1));
      expect($(form, `#f-${name}-error`), `${name} at the limit`).to.equal(null);
    }
    await answer(form, 'phone', 'call me maybe');
    await next(form);
    expect(errorOf(form, 'phone')).to.equal('Enter a phone number, like 555 010 1234 or +1 555 010 1234');
    for (const good of ['559-555-0100', '+1 (559) 555 0100', '559.555.0100 ext. 12', '']) {
      await answer(form, 'phone', good);
      await next(form);
      expect($(form, '#f-phone-error'), good).to.equal(null);
      if (currentStep(form) !== 'About you and your agency') await back(form);
    }
  });
});

describe('<si-ta-request> where the work takes place', () => {
  it('offers one county, the whole state, several counties or a tribal nation, asking the follow-up only for the one chosen', async () => {
    const form = await mount();
    const area = $(form, '#f-area')!;
    expect(text(area.querySelector('legend'))).to.equal('Where will the work take place?');
    expect($$<HTMLInputElement>(form, 'input[name="area"]').map((radio) => text(radio.labels![0]))).to.deep.equal([
      'In one county',
      'Across the state',
      'In several counties',
      'In a tribal nation',
    ]);
    expect($(form, '#f-county'), 'no county question before one county is chosen').to.equal(null);

    await pick(form, 'area', 'county');
    expect(text($(form, 'label[for="f-county"]'))).to.equal('Which county?');
    expect($$(form, '#f-county option').length, 'the 58 counties and the "choose" option').to.equal(59);
    expect($(form, '#f-county')!.closest('.conditional'), 'revealed under its choice').to.exist;
    await next(form);
    expect(summaryItems(form)).to.include('Select the county');

    await pick(form, 'area', 'statewide');
    expect($(form, '#f-county')).to.equal(null);
    expect(summaryItems(form), 'the county is no longer asked').not.to.include('Select the county');

    await pick(form, 'area', 'several-counties');
    expect(text($(form, 'label[for="f-areaDetail"]'))).to.equal('Which counties? (optional)');
    await pick(form, 'area', 'tribal-nation');
    expect(text($(form, 'label[for="f-areaDetail"]'))).to.equal('Which nation? (optional)');
    await answer(form, 'areaDetail', 'y'.repeat(201));
    await next(form);
    expect(errorOf(form, 'areaDetail')).to.equal('This answer must be 200 characters or fewer');
  });

  it('lists Colorado’s counties for region="CO", the host’s own list for counties, and a text answer without either', async () => {
    const co = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CO"></si-ta-request>`);
    await pick(co, 'area', 'county');
    expect($$(co, '#f-county option').length).to.equal(65);
    expect(text($(co, '#f-county-hint'))).to.contain('Colorado');

    const own = await mount(
      html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" counties="North valley, South valley, North valley"></si-ta-request>`,
    );
    await pick(own, 'area', 'county');
    expect($$(own, '#f-county option').map((option) => option.textContent)).to.deep.equal(['Choose a county', 'North valley', 'South valley']);

    const typed = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept"></si-ta-request>`);
    await pick(typed, 'area', 'county');
    expect($<HTMLInputElement>(typed, '#f-county')!.type).to.equal('text');
    await next(typed);
    expect(summaryItems(typed)).to.include('Enter the county');
  });

  it('asks for a regional cohort only when the host lists cohorts, and lets it be left out', async () => {
    const none = await mount();
    expect($(none, '#f-cohort')).to.equal(null);

    const form = await mount(
      html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" cohorts="Central Valley cohort, Bay Area cohort"></si-ta-request>`,
    );
    expect(text($(form, 'label[for="f-cohort"]'))).to.equal('Regional cohort (optional)');
    expect($$(form, '#f-cohort option').map((option) => option.textContent)).to.deep.equal(['None, or not sure', 'Central Valley cohort', 'Bay Area cohort']);
    expect(control(form, 'cohort').hasAttribute('aria-required')).to.equal(false);
    await fillAboutYou(form);
    expect(currentStep(form), 'no cohort is fine').to.equal('What you need');
  });
});

describe('<si-ta-request> what you need', () => {
  it('offers the request types in the standard order, the default topics with "Another topic" last, and the host’s own topics', async () => {
    const form = await mount();
    await fillAboutYou(form);
    expect($$<HTMLInputElement>(form, 'input[name="requestTypes"]').map((box) => box.value)).to.deep.equal([
      'training',
      'technical-assistance',
      'consultation',
      'survivor-consultant',
    ]);
    expect($$<HTMLInputElement>(form, 'input[name="topics"]').map((box) => box.value)).to.deep.equal([...taTopics.map((topic) => topic.id), 'other']);
    expect(text(control(form, 'topics', 'other').labels![0])).to.equal('Another topic');

    const own = await mount(html`<si-ta-request
      endpoint="${STUB_ENDPOINT}/accept"
      topics="MDT protocols, Youth voice"
      request-types="survivor-consultant, training"
    ></si-ta-request>`);
    await fillAboutYou(own, { statewide: true });
    expect($$<HTMLInputElement>(own, 'input[name="topics"]').map((box) => box.value)).to.deep.equal(['MDT protocols', 'Youth voice', 'other']);
    expect($$<HTMLInputElement>(own, 'input[name="requestTypes"]').map((box) => box.value)).to.deep.equal(['training', 'survivor-consultant']);
  });

  it('ticks the only request type offered', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" request-types="consultation"></si-ta-request>`);
    await fillAboutYou(form);
    const boxes = $$<HTMLInputElement>(form, 'input[name="requestTypes"]');
    expect(boxes.map((box) => [box.value, box.checked])).to.deep.equal([['consultation', true]]);
  });

  it('asks what the other topic is only while "Another topic" is ticked', async () => {
    const form = await mount();
    await fillAboutYou(form);
    await pick(form, 'requestTypes', 'consultation');
    await answer(form, 'goals', 'An hour with someone who has set up a youth advisory board.');
    await pick(form, 'topics', 'other');
    expect(text($(form, 'label[for="f-topicOther"]'))).to.equal('What topic?');
    await next(form);
    expect(summaryItems(form)).to.deep.equal(['Enter the topic']);
    await answer(form, 'topicOther', 'Youth advisory boards');
    expect($(form, '.error-summary')).to.equal(null);
    await pick(form, 'topics', 'other');
    expect($(form, '#f-topicOther')).to.equal(null);
    await next(form);
    expect(summaryItems(form)).to.deep.equal(['Select at least one topic']);
  });

  it('shows the note and the optional matching-funds question only while a survivor consultant is asked for', async () => {
    const form = await mount();
    await fillAboutYou(form);
    expect($(form, '[part~="consultant-note"]')).to.equal(null);
    await pick(form, 'requestTypes', 'survivor-consultant');
    const note = $(form, '[part~="consultant-note"]')!;
    expect(text(note)).to.contain('Survivor consultants are paid professionals');
    const funds = $$<HTMLInputElement>(form, 'input[name="canMatchFunds"]');
    expect(funds.map((radio) => text(radio.labels![0]))).to.deep.equal(['Yes', 'No', 'Not sure', 'Prefer not to say']);
    const fieldset = funds[0].closest('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).to.contain('(optional)');
    expect(fieldset.hasAttribute('aria-required')).to.equal(false);
    expect(fieldset.getAttribute('aria-describedby')!.split(' '), 'the note describes the question').to.include('consultant-note');
    await pick(form, 'requestTypes', 'survivor-consultant');
    expect($(form, '[part~="consultant-note"]')).to.equal(null);
    expect($(form, 'input[name="canMatchFunds"]')).to.equal(null);
  });

  it('counts the characters left in the goals and speaks the count only near the limit, after a pause', async () => {
    const form = await mount();
    await fillAboutYou(form);
    const timers = new ManualTimers().install();
    try {
      const wait = async (ms: number) => {
        timers.advance(ms);
        await form.updateComplete;
      };
      const visible = () => text($(form, '.count'));
      const spoken = () => text($(form, '.count + [aria-live="polite"]'));
      expect(visible()).to.equal('You have 1,500 characters remaining');
      expect($(form, '.count')!.getAttribute('aria-hidden'), 'the visible count is not read on every keystroke').to.equal('true');
      expect(control(form, 'goals').getAttribute('aria-describedby')!.split(' ')).to.include('f-goals-limit');
      await answer(form, 'goals', 'x'.repeat(100));
      await wait(1000);
      expect(spoken(), 'far from the limit, nothing is announced').to.equal('');
      await answer(form, 'goals', 'x'.repeat(1400));
      await wait(999);
      expect(spoken(), 'not while typing').to.equal('');
      await wait(1);
      expect(spoken()).to.equal('You have 100 characters remaining');
      await answer(form, 'goals', 'x'.repeat(1501));
      expect(visible()).to.equal('You have 1 character too many');
      await next(form);
      expect(errorOf(form, 'goals')).to.equal('What you need must be 1,500 characters or fewer');
    } finally {
      timers.uninstall();
    }
  });
});

describe('<si-ta-request> when and how', () => {
  const eventQuestions = ['audiences', 'audienceSize', 'format', 'length', 'date1', 'date2', 'date3'];
  const present = (form: Element, names: string[]) => names.filter((name) => $(form, `[name="${name}"]`));

  it('asks a training’s audience, size, format, length and dates, with the host’s planning time (90 days by default)', async () => {
    const form = await mount();
    await fillAboutYou(form);
    await fillYourNeed(form);
    expect(currentStep(form)).to.equal('When and how');
    expect(present(form, eventQuestions)).to.deep.equal(eventQuestions);
    expect($(form, '#f-neededBy')).to.equal(null);
    expect($$<HTMLInputElement>(form, 'input[name="audiences"]').map((box) => box.value)).to.deep.equal([...AUDIENCES]);
    expect(text(control(form, 'format').closest('fieldset')!.querySelector('.choices'))).to.equal(
      'Online In person Hybrid (some people in person, some online)',
    );
    const hint = $(form, '#f-dates-hint')!;
    expect(text(hint)).to.equal(
      `Madera County CSEC Program plans trainings at least 90 days ahead. Choose dates on or after ${longDate(isoDateIn(90))}. You can give up to 3 dates.`,
    );
    expect(control(form, 'date1').min).to.equal(isoDateIn(90));
    expect(hint.compareDocumentPosition(control(form, 'date1')) & Node.DOCUMENT_POSITION_FOLLOWING, 'the guidance comes before the field').to.be.greaterThan(0);
    await next(form);
    expect(summaryItems(form)).to.deep.equal([
      'Select who it is for',
      'Select about how many people will take part',
      'Select how it should be delivered',
      'Select how long it should be',
      'Enter the date of your first choice',
    ]);
  });

  it('asks technical assistance and consultation only by when, which may be left blank', async () => {
    for (const type of ['technical-assistance', 'consultation']) {
      const form = await mount();
      await fillAboutYou(form);
      await pick(form, 'requestTypes', type);
      await pick(form, 'topics', 'harm-reduction');
      await answer(form, 'goals', 'Help to write our referral protocol.');
      await next(form);
      expect(present(form, eventQuestions), type).to.deep.equal([]);
      expect(text($(form, 'label[for="f-neededBy"]'))).to.equal('By when do you need it? (optional)');
      expect(control(form, 'neededBy').min).to.equal(isoDateIn(0));
      await answer(form, 'neededBy', isoDateIn(-1));
      await next(form);
      expect(errorOf(form, 'neededBy')).to.equal('The date must be today or later');
      await answer(form, 'neededBy', '');
      await next(form);
      expect(currentStep(form), type).to.equal('Check your answers before sending');
      fixtureCleanup();
    }
  });

  it('refuses dates before the planning time, a repeated date and a missing first choice; lead-days="0" allows today', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" lead-days="45"></si-ta-request>`);
    await fillAboutYou(form);
    await fillYourNeed(form);
    await pick(form, 'audiences', 'probation');
    await pick(form, 'audienceSize', '1-10');
    await pick(form, 'format', 'virtual');
    await pick(form, 'length', 'under-3-hours');
    await answer(form, 'date1', isoDateIn(44));
    await answer(form, 'date2', isoDateIn(50));
    await answer(form, 'date3', isoDateIn(50));
    await next(form);
    expect(summaryItems(form)).to.deep.equal([
      `Your first choice must be on or after ${longDate(isoDateIn(45))}`,
      'Choose a different date from your other choices',
    ]);
    await answer(form, 'date1', isoDateIn(45));
    await answer(form, 'date3', '');
    expect($(form, '.error-summary'), 'fixed: the summary goes').to.equal(null);

    const today = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" lead-days="0"></si-ta-request>`);
    await fillAboutYou(today);
    await fillYourNeed(today);
    expect(text($(today, '#f-dates-hint'))).to.contain('at least 0 days ahead');
    await answer(today, 'date1', isoDateIn(-1));
    await next(today);
    expect(errorOf(today, 'date1')).to.contain('Your first choice must be on or after');
    await answer(today, 'date1', isoDateIn(0));
    expect($(today, '#f-date1-error')).to.equal(null);
  });

  it('asks who else will take part only when "someone else" is ticked', async () => {
    const form = await mount();
    await fillAboutYou(form);
    await fillYourNeed(form);
    expect($(form, '#f-audienceOther')).to.equal(null);
    await pick(form, 'audiences', 'other');
    expect(text($(form, 'label[for="f-audienceOther"]'))).to.equal('Who else will take part?');
    await next(form);
    expect(summaryItems(form)).to.include('Enter who else will take part');
    await pick(form, 'audiences', 'other');
    expect($(form, '#f-audienceOther')).to.equal(null);
    expect(summaryItems(form)).not.to.include('Enter who else will take part');
  });
});

describe('<si-ta-request> check your answers', () => {
  it('lists every answer by page, with a change link named for its question and the privacy text before Send', async () => {
    const form = await mount(
      html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" org="Madera County CSEC Program" retention="12 months"></si-ta-request>`,
    );
    await fillValidRequest(form);
    expect(text($(form, '.step-count'))).to.equal('Step 4 of 4');
    expect(active(form)).to.equal(stepHeading(form));
    expect($$(form, '.answers-heading').map(text)).to.deep.equal(['About you and your agency', 'What you need', 'When and how']);
    expect(checkRows(form)).to.deep.equal([
      'Your full name: Dana Reyes',
      'Your job title or role: CSEC program coordinator',
      'Name of your agency or organization: Madera County Department of Social Services',
      'Type of organization: County or city government agency',
      'Where will the work take place?: In one county Madera',
      'Email address: dana.reyes@example.org',
      'Phone number (optional): Not given',
      'What would you like to ask for?: Training',
      'Which topics should it cover?: A trauma-informed approach Multidisciplinary teams and interagency protocols',
      'What do you need, and what should it achieve?: Staff can recognize signs of exploitation and know our MDT referral steps.',
      'Who is it for?: Child welfare Probation',
      'About how many people will take part?: 26 to 50',
      'How should it be delivered?: Hybrid (some people in person, some online)',
      'How long should it be?: Less than 3 hours',
      `When would you like it?: ${longDate(isoDateIn(120))}`,
      'Accessibility needs (optional): Not given',
      'Language needs (optional): Not given',
    ]);
    expect(text($(form, '[part~="privacy"]'))).to.equal(
      'Who will see your request Your request goes to Madera County CSEC Program, who use it only to plan and answer your request. They delete it 12 months after it arrives.',
    );
    expect(text($(form, '[part~="send-button"]'))).to.equal('Send request');
    expect(text($(form, '[part~="change"]'))).to.equal('Change Your full name');
  });

  it('follows a change link to the question, and Continue comes straight back to the check page', async () => {
    const form = await mount();
    await fillValidRequest(form);
    changeLink(form, 'Email address').click();
    await form.updateComplete;
    expect(currentStep(form)).to.equal('About you and your agency');
    expect(active(form), 'focus is on the question to change').to.equal(control(form, 'email'));
    await answer(form, 'email', 'd.reyes@example.org');
    await next(form);
    expect(currentStep(form), 'back on the check page, not page 2').to.equal('Check your answers before sending');
    expect(checkRows(form)).to.include('Email address: d.reyes@example.org');

    changeLink(form, 'Which topics should it cover?').click();
    await form.updateComplete;
    expect(active(form)).to.equal(control(form, 'topics', taTopics[0].id));
    await back(form);
    expect(currentStep(form), 'Back still goes one page back').to.equal('About you and your agency');
  });

  it('after changing technical assistance to training, goes through the new training questions before the check page again', async () => {
    const form = await mount();
    await fillValidRequest(form, { technicalAssistance: true });
    expect(checkRows(form).some((row) => row.startsWith('Who is it for?'))).to.equal(false);
    expect(checkRows(form)).to.include(`By when do you need it? (optional): ${longDate(isoDateIn(30))}`);
    changeLink(form, 'What would you like to ask for?').click();
    await form.updateComplete;
    await pick(form, 'requestTypes', 'training');
    await next(form);
    expect(currentStep(form), 'the event questions now need answers').to.equal('When and how');
    await pick(form, 'audiences', 'parents');
    await pick(form, 'audienceSize', '11-25');
    await pick(form, 'format', 'in-person');
    await pick(form, 'length', '3-hours-or-more');
    await answer(form, 'date1', isoDateIn(100));
    await next(form);
    expect(currentStep(form)).to.equal('Check your answers before sending');
    expect(checkRows(form)).to.include('What would you like to ask for?: Training Technical assistance');
    expect(checkRows(form)).to.include('Who is it for?: Parents');
  });

  it('makes no claim on how long requests are kept without retention, privacy-href or the slot, and says in the console what is missing', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const form = await mount();
      await fillValidRequest(form);
      expect(text($(form, '[part~="privacy"]'))).to.equal(
        'Who will see your request Your request goes to Madera County CSEC Program, who use it only to plan and answer your request.',
      );
      expect(warnings.flat().join(' ')).to.contain('Set retention (e.g. "12 months"), privacy-href or the privacy slot');
      warnings.length = 0;
      fixtureCleanup();
      const linked = await mount(
        html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" privacy-href="/privacy" retention="1 year"></si-ta-request>`,
      );
      await fillValidRequest(linked);
      expect(text($(linked, '[part~="privacy"]'))).to.contain('They delete it 1 year after it arrives.');
      expect($<HTMLAnchorElement>(linked, '[part~="privacy"] a')!.getAttribute('href')).to.equal(new URL('/privacy', location.href).href);
      expect(warnings.flat().join(' ')).not.to.contain('Set retention');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<si-ta-request> drafts', () => {
  const draftIn = (storage: Storage) => storage.getItem('si:ta-request:draft');

  it('keeps the answers and the page for this tab with persist="session", and says so', async () => {
    const template = html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" persist="session"></si-ta-request>`;
    const form = await mount(template);
    expect(text($(form, 'form'))).to.contain('Your answers are kept in this browser tab');
    await fillAboutYou(form);
    await pick(form, 'topics', 'harm-reduction');
    const stored = JSON.parse(draftIn(sessionStorage)!);
    expect(stored.value.agency).to.equal('Madera County Department of Social Services');
    expect(stored.value.topics).to.deep.equal(['harm-reduction']);
    expect(stored.value.step).to.equal('your-need');
    expect(draftIn(localStorage)).to.equal(null);

    fixtureCleanup();
    const again = await mount(template);
    expect(currentStep(again), 'the person comes back to the page they were on').to.equal('What you need');
    expect(control(again, 'topics', 'harm-reduction').checked).to.equal(true);
    await back(again);
    expect(control(again, 'agency').value).to.equal('Madera County Department of Social Services');
  });

  it('keeps nothing by default (persist="none"), and says so', async () => {
    const plain = html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA"></si-ta-request>`;
    const form = await mount(plain);
    await answer(form, 'agency', 'Madera County DSS');
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('si:'))).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('si:'))).to.deep.equal([]);
    expect(text($(form, 'form .hint'))).to.equal('Your answers are not saved in this browser: if you leave or reload this page before sending, they are gone.');
    fixtureCleanup();
    const again = await mount(plain);
    expect(control(again, 'agency').value).to.equal('');
  });

  it('uses local storage with persist="local", or with <si-config persist="local">', async () => {
    const own = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" persist="local"></si-ta-request>`);
    await answer(own, 'agency', 'Own');
    expect(JSON.parse(draftIn(localStorage)!).value.agency).to.equal('Own');
    fixtureCleanup();
    wipeAllStoredData();
    const wrapper = await fixture<HTMLElement>(html`<si-config persist="local" endpoint="${STUB_ENDPOINT}/accept"><si-ta-request></si-ta-request></si-config>`);
    await settle(wrapper.parentElement!);
    const inherited = wrapper.querySelector('si-ta-request')!;
    await answer(inherited, 'agency', 'Inherited');
    expect(JSON.parse(draftIn(localStorage)!).value.agency).to.equal('Inherited');
  });

  it('ignores a tampered draft’s wrong types and unknown page', async () => {
    sessionStorage.setItem(
      'si:ta-request:draft',
      JSON.stringify({ value: { agency: 42, topics: 'all', email: 'a@b.co', requestTypes: ['training', 7], step: 'sent' }, expiresAt: Date.now() + 60_000 }),
    );
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" persist="session"></si-ta-request>`);
    expect(currentStep(form)).to.equal('About you and your agency');
    expect(control(form, 'agency').value).to.equal('');
    expect(control(form, 'email').value).to.equal('a@b.co');
  });

  it('"Clear my answers" asks first; Escape keeps the answers; "Yes" empties every page, forgets the draft and says so', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" persist="session"></si-ta-request>`);
    await fillAboutYou(form);
    await pick(form, 'topics', 'harm-reduction');
    await next(form);
    expect($(form, '.error-summary')).to.exist;
    const clear = $<HTMLButtonElement>(form, '[part~="clear-button"]')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    const confirm = $(form, '[part~="clear-confirm"]')!;
    expect(active(form), 'the question takes focus').to.equal(confirm);
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(text($(form, `#${confirm.getAttribute('aria-labelledby')}`))).to.equal('Clear every answer on this form? This cannot be undone.');
    expect(confirm.hasAttribute('aria-describedby'), 'nothing waits to be sent, so nothing more to say').to.equal(false);
    expect(clear.checkVisibility(), 'the question replaces the clear button').to.equal(false);
    await sendKeys({ press: 'Escape' });
    await form.updateComplete;
    expect($(form, '[part~="clear-confirm"]')).to.equal(null);
    expect(active(form)).to.equal(clear);
    expect(control(form, 'topics', 'harm-reduction').checked, 'kept').to.equal(true);

    clear.click();
    await form.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(text(active(form))).to.equal('Yes, clear them');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    await form.updateComplete;
    expect(currentStep(form), 'back to the first page').to.equal('About you and your agency');
    expect(active(form)).to.equal(stepHeading(form));
    expect(control(form, 'agency').value).to.equal('');
    expect(draftIn(sessionStorage)).to.equal(null);
    expect($(form, '.error-summary')).to.equal(null);
    expect(text($(form, 'p[role="status"]'))).to.equal('Your answers have been cleared.');
    expect(stubCalls).to.have.length(0);
  });
});

describe('<si-ta-request> events', () => {
  it('fires si-change for a person’s changes only', async () => {
    const form = await mount();
    const changes: Array<{ name: string; value: unknown }> = [];
    const record = (event: Event) => changes.push((event as HTMLElementEventMap['si-change']).detail);
    document.addEventListener('si-change', record);
    try {
      form.org = 'Changed in code';
      form.clear();
      await form.updateComplete;
      expect(changes, 'nothing for code').to.deep.equal([]);
      await answer(form, 'agency', 'Madera County DSS');
      await pick(form, 'area', 'statewide');
      expect(changes).to.deep.equal([
        { name: 'agency', value: 'Madera County DSS' },
        { name: 'area', value: 'statewide' },
      ]);
      await fillAboutYou(form, { statewide: true });
      changes.length = 0;
      await pick(form, 'topics', 'harm-reduction');
      expect(changes, 'a ticked box reports the whole list').to.deep.equal([{ name: 'topics', value: ['harm-reduction'] }]);
    } finally {
      document.removeEventListener('si-change', record);
    }
  });
});

describe('<si-ta-request> attributes', () => {
  it('takes heading-level for its heading, one level below for each page’s heading', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" heading-level="3"></si-ta-request>`);
    expect($(form, '[part~="heading"]')!.localName).to.equal('h3');
    expect(stepHeading(form).localName).to.equal('h4');
    const plain = await mount();
    expect($(plain, '[part~="heading"]')!.localName, 'an h2 by default').to.equal('h2');
    expect(stepHeading(plain).localName).to.equal('h3');
  });

  it('shows a configuration message, not the form, for a wrong cohorts, retention or heading-level, without throwing', async () => {
    const cases: Array<[string, string, string]> = [
      ['cohorts', ', ,', 'The cohort list (cohorts) is empty, too long or has a name that is too long.'],
      ['cohorts', Array.from({ length: 21 }, (_, n) => `Cohort ${n + 1}`).join(','), 'The cohort list (cohorts)'],
      ['retention', '12', 'The retention period (retention) must be a number and days, weeks, months or years, such as 12 months.'],
      ['retention', '0 months', 'The retention period (retention)'],
      ['heading-level', '7', 'The heading level (heading-level) must be a number from 1 to 6.'],
      ['lead-days', '366', 'The planning time (lead-days) must be a whole number of days from 0 to 365.'],
    ];
    for (const [name, value, message] of cases) {
      const element = document.createElement('si-ta-request');
      element.setAttribute('endpoint', `${STUB_ENDPOINT}/accept`);
      element.setAttribute(name, value);
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(element);
      await settle(wrapper);
      expect(text(configMessageOf(element)), `${name}="${value}"`).to.contain(message);
      expect($(element, 'form'), 'no form to fill in').to.equal(null);
      fixtureCleanup();
    }
  });
});

describe('<si-ta-request> language', () => {
  it('speaks Spanish with lang="es" on every page, including the errors and the date guidance', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" org="el programa CSEC" lang="es"></si-ta-request>`);
    expect(text($(form, 'h2'))).to.equal('Solicite capacitación o asistencia técnica');
    expect($(form, '.root')!.getAttribute('lang')).to.equal('es');
    expect(text(stepHeading(form))).to.equal('Paso 1 de 4 Sobre usted y su agencia');
    await next(form);
    expect(text($(form, '.error-summary h4'))).to.equal('Hay un problema');
    expect(summaryItems(form)[0]).to.equal('Escriba su nombre completo');
    expect(text($(form, '#f-requesterName-error'))).to.equal('Error: Escriba su nombre completo');
    await fillAboutYou(form);
    expect(text($(form, `label[for="f-topics-0"]`))).to.equal('Cómo ser una organización informada por sobrevivientes');
    expect(text($(form, '.count')), 'no English thousands comma').to.equal('Le quedan 1500 caracteres');
    await fillYourNeed(form);
    expect(currentStep(form)).to.equal('Cuándo y cómo');
    expect(text($(form, '#f-dates-hint'))).to.contain('al menos 90 días');
    expect(text($(form, '#f-dates-hint'))).to.contain(longDate(isoDateIn(90), 'es-ES'));
    expect(text($(form, '[part~="back"]'))).to.equal('Atrás');
    const { default: es } = await import('../src/elements/si-ta-request/si-ta-request.strings.es.js');
    expect(es.sentBody('el Programa CSEC'), '"a el" contracts to "al"').to.match(/^Su solicitud llegó al Programa CSEC\./);
    expect(es.privacyWho('la Oficina del Condado')).to.match(/^Su solicitud llega a la Oficina del Condado,/);
  });
});

describe('<si-ta-request> keyboard only', () => {
  /** Presses Tab until `wanted` has focus (at most `limit` times), as a keyboard user would. */
  async function tabTo(form: SiTaRequestElement, wanted: () => Element | null, limit = 80): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      if (active(form) && active(form) === wanted()) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Could not reach ${wanted()?.outerHTML.slice(0, 80)} with Tab`);
  }

  /** Types a date into a native date field in the browser's own field order. */
  async function typeDate(iso: string): Promise<void> {
    const [year, month, day] = iso.split('-');
    const order = new Intl.DateTimeFormat(navigator.language)
      .formatToParts(new Date(2026, 10, 23))
      .filter((part) => ['year', 'month', 'day'].includes(part.type));
    await sendKeys({ type: order.map((part) => ({ year, month, day })[part.type as 'year' | 'month' | 'day']).join('') });
  }

  async function press(form: SiTaRequestElement, key: string): Promise<void> {
    await sendKeys({ press: key });
    await form.updateComplete;
  }

  it('goes through every page to sent with Tab, typing, Space, arrows and Enter', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">Before the form</button>
      <si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" org="Madera County CSEC Program" persist="none" privacy-href="/privacy"></si-ta-request>
    </div>`);
    await settle(wrapper);
    const form = wrapper.querySelector('si-ta-request')!;
    const submitted = new Promise<CustomEvent>((resolve) => form.addEventListener('si-submitted', (event) => resolve(event), { once: true }));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    // Page 1.
    await sendKeys({ press: 'Tab' });
    expect(active(form), 'Tab enters the form at the first question').to.equal(control(form, 'requesterName'));
    await sendKeys({ type: 'Dana Reyes' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'CSEC program coordinator' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Madera County DSS' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'organizationType'));
    await sendKeys({ type: 'County' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'area', 'county'));
    await press(form, 'Space');
    await sendKeys({ press: 'Tab' });
    expect(active(form), 'the revealed county question follows its choice').to.equal(control(form, 'county'));
    await sendKeys({ type: 'Madera' });
    await tabTo(form, () => control(form, 'email'));
    // Leave the email out for now: Continue must bring the person back to it.
    await tabTo(form, () => $(form, '[part~="continue-button"]'));
    await press(form, 'Enter');
    expect(active(form), 'the summary takes focus').to.equal($(form, '.error-summary'));
    expect(summaryItems(form)).to.deep.equal(['Enter your email address']);
    await sendKeys({ press: 'Tab' });
    await press(form, 'Enter');
    expect(active(form), 'its link goes to the email field').to.equal(control(form, 'email'));
    await sendKeys({ type: 'dana.reyes@example.org' });
    await form.updateComplete;
    expect($(form, '.error-summary'), 'fixed: the summary goes').to.equal(null);
    await press(form, 'Enter');
    expect(currentStep(form), 'Enter in a field continues').to.equal('What you need');
    expect(active(form)).to.equal(stepHeading(form));

    // Page 2.
    await tabTo(form, () => control(form, 'requestTypes', 'training'));
    await press(form, 'Space');
    await tabTo(form, () => control(form, 'requestTypes', 'survivor-consultant'));
    await press(form, 'Space');
    await sendKeys({ press: 'Tab' });
    expect(active(form), 'the funding question follows the consultant box').to.equal(control(form, 'canMatchFunds', 'yes'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'topics', taTopics[0].id));
    await press(form, 'Space');
    await tabTo(form, () => control(form, 'goals'));
    await sendKeys({ type: 'Staff can spot the signs and follow our referral steps.' });
    await tabTo(form, () => $(form, '[part~="continue-button"]'));
    await press(form, 'Space');
    expect(currentStep(form)).to.equal('When and how');

    // Page 3.
    await tabTo(form, () => control(form, 'audiences', 'probation'));
    await press(form, 'Space');
    await tabTo(form, () => control(form, 'audienceSize', '1-10'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'format', 'virtual'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'date1'));
    await typeDate(isoDateIn(100));
    await tabTo(form, () => $(form, '[part~="continue-button"]'));
    await press(form, 'Enter');
    expect(currentStep(form)).to.equal('Check your answers before sending');

    // The check page: change the phone number, come back, send.
    await tabTo(form, () => changeLink(form, 'Phone number (optional)'));
    await press(form, 'Enter');
    expect(active(form)).to.equal(control(form, 'phone'));
    await sendKeys({ type: '559 555 0100' });
    await press(form, 'Enter');
    expect(currentStep(form)).to.equal('Check your answers before sending');
    expect(checkRows(form)).to.include('Phone number (optional): 559 555 0100');
    await tabTo(form, () => $(form, '.privacy a'));
    await tabTo(form, () => $(form, '[part~="send-button"]'));
    await press(form, 'Space');

    const event = await submitted;
    await form.updateComplete;
    expect(stubCalls).to.have.length(1);
    const data = JSON.parse(String(stubCalls[0].init.body)).data;
    expect(data).to.deep.equal({
      requesterName: 'Dana Reyes',
      requesterRole: 'CSEC program coordinator',
      agency: 'Madera County DSS',
      organizationType: 'local-government',
      area: 'county',
      county: 'Madera',
      region: 'CA',
      email: 'dana.reyes@example.org',
      phone: '559 555 0100',
      requestTypes: ['training', 'survivor-consultant'],
      canMatchFunds: 'not-sure',
      topics: [taTopics[0].id],
      goals: 'Staff can spot the signs and follow our referral steps.',
      audiences: ['probation'],
      audienceSize: '11-25',
      format: 'virtual',
      length: '3-hours-or-more',
      preferredDates: [isoDateIn(100)],
    });
    expect(event.detail.reference).to.equal('TA-2026-0142');
    expect(active(form), 'the confirmation takes focus').to.equal($(form, '#confirmation-title'));
    expect(text($(form, '[part~="confirmation"]'))).to.contain('TA-2026-0142');
    await sendKeys({ press: 'Tab' });
    await press(form, 'Enter');
    expect(currentStep(form), '"Send another request" starts again at the first page').to.equal('About you and your agency');
    expect(active(form)).to.equal(stepHeading(form));
    expect(control(form, 'requesterName').value).to.equal('');
  });
});
