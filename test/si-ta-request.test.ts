/**
 * <si-ta-request>: what a person and a host page see of the form itself (content, questions,
 * validation, the error summary, drafts, keyboard). Delivery is in si-ta-request.delivery.test.ts;
 * the story sweep and the attribute fuzz in si-ta-request.stories.test.ts.
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
import { answer, control, fillValidRequest, installStubEndpoint, pick, send, STUB_ENDPOINT, stubCalls } from '../stories/support/ta-request-stub.js';
import { ManualTimers } from './shared/manual-timers.js';
import { until } from './shared/until.js';
import { isoDateIn } from '../stories/support/dates.js';
import { settle } from './shared/story-sweep.js';
import { shadow, $, $$, text } from './shared/dom.js';

const errorOf = (element: Element, field: string) => text($(element, `#f-${field}-error`)).replace(/^Error:\s*/, '');
const summaryItems = (element: Element) => $$(element, '.error-summary li').map((item) => text(item));
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;

async function mount(
  template = html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" org="Madera County CSEC Program" persist="none"></si-ta-request>`,
): Promise<SiTaRequestElement> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  await settle(wrapper);
  return wrapper.querySelector('si-ta-request')!;
}

/** Moves focus out of a field, as Tab would, so its blur check runs. */
async function leave(element: SiTaRequestElement, name: string): Promise<void> {
  const field = control(element, name);
  field.focus();
  field.blur();
  await element.updateComplete;
}

function longDate(iso: string): string {
  return new Date(`${iso}T12:00:00`).toLocaleDateString('en-US', { day: 'numeric', month: 'long', year: 'numeric' });
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

  it('credits every default topic and audience, and offers the seed 002 audiences plus "someone else"', () => {
    for (const item of [...taTopics, ...taAudiences]) expect(contentItemSchema().safeParse(item).success, item.id).to.equal(true);
    expect(taAudiences.map((audience) => audience.id)).to.deep.equal([...AUDIENCES]);
  });

  it('lists the counties of region="CA" and region="CO" in a select', async () => {
    const ca = await mount();
    expect($$(ca, '#f-county option').length, 'the 58 counties and the "choose" option').to.equal(59);
    expect(text($(ca, 'label[for="f-county"]'))).to.equal('County');
    const co = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CO"></si-ta-request>`);
    expect($$(co, '#f-county option').length).to.equal(65);
    expect(text($(co, '#f-county-hint'))).to.contain('Colorado');
  });

  it('uses the host’s own counties, topics and request types', async () => {
    const form = await mount(html`<si-ta-request
      endpoint="${STUB_ENDPOINT}/accept"
      region="CA"
      counties="North cohort, South cohort, North cohort"
      topics="MDT protocols, Youth voice"
      request-types="survivor-consultant, training"
    ></si-ta-request>`);
    expect($$(form, '#f-county option').map((option) => option.textContent)).to.deep.equal(['Choose a county', 'North cohort', 'South cohort']);
    expect($$<HTMLInputElement>(form, 'input[name="topics"]').map((box) => box.value)).to.deep.equal(['MDT protocols', 'Youth voice']);
    expect(
      $$<HTMLInputElement>(form, 'input[name="requestTypes"]').map((box) => box.value),
      'in the standard order',
    ).to.deep.equal(['training', 'survivor-consultant']);
  });

  it('asks for the county as text without a list, and ticks the only request type offered', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" request-types="consultation"></si-ta-request>`);
    expect($<HTMLInputElement>(form, '#f-county')!.type).to.equal('text');
    expect(text($(form, 'label[for="f-county"]'))).to.equal('County or region');
    const boxes = $$<HTMLInputElement>(form, 'input[name="requestTypes"]');
    expect(boxes.map((box) => [box.value, box.checked])).to.deep.equal([['consultation', true]]);
  });

  it('offers the default topics and every audience as checkboxes in fieldsets with legends', async () => {
    const form = await mount();
    expect($$<HTMLInputElement>(form, 'input[name="topics"]').map((box) => box.value)).to.deep.equal(taTopics.map((topic) => topic.id));
    expect($$<HTMLInputElement>(form, 'input[name="audiences"]').map((box) => box.value)).to.deep.equal([...AUDIENCES]);
    for (const name of ['requestTypes', 'topics', 'audiences', 'audienceSize', 'format', 'length']) {
      const fieldset = control(form, name).closest('fieldset')!;
      expect(fieldset, name).to.exist;
      expect(text(fieldset.querySelector('legend')).length, `${name} has a legend`).to.be.greaterThan(3);
    }
    expect(text(control(form, 'format').closest('fieldset')!.querySelector('.choices'))).to.equal(
      'Online In person Hybrid (some people in person, some online)',
    );
    expect(text(control(form, 'length').closest('fieldset')!.querySelector('.choices'))).to.equal('Less than 3 hours 3 hours or more');
  });

  it('labels every control in its own shadow root and sets the autocomplete tokens', async () => {
    const form = await mount();
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

  it('shows the lead time before the dates and offers up to 3 dates', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" lead-days="45"></si-ta-request>`);
    const hint = $(form, '#f-dates-hint')!;
    const firstDate = control(form, 'date1');
    expect(hint.compareDocumentPosition(firstDate) & Node.DOCUMENT_POSITION_FOLLOWING, 'the guidance comes before the field').to.be.greaterThan(0);
    expect(text(hint)).to.equal(`We need at least 45 days to plan. Choose dates on or after ${longDate(isoDateIn(45))}. You can give up to 3 dates.`);
    expect($$(form, 'input[type="date"]')).to.have.length(3);
    expect(firstDate.min).to.equal(isoDateIn(45));
    expect(firstDate.closest('fieldset')!.getAttribute('aria-describedby')).to.equal('f-dates-hint');
  });

  it('never asks for anyone’s survivor status or story', async () => {
    const form = await mount();
    await pick(form, 'requestTypes', 'survivor-consultant');
    const questions = $$(form, 'label, legend').map((node) => text(node).toLowerCase());
    for (const question of questions) {
      expect(question).not.to.match(/are you a survivor|survivor status|your story|lived experience\?|were you/);
    }
  });
});

describe('<si-ta-request> survivor consultant', () => {
  it('shows the note and the optional matching-funds question only while a consultant is requested', async () => {
    const form = await mount();
    expect($(form, '[part~="consultant-note"]')).to.equal(null);
    expect($(form, 'input[name="canMatchFunds"]')).to.equal(null);

    await pick(form, 'requestTypes', 'survivor-consultant');
    const note = $(form, '[part~="consultant-note"]')!;
    expect(text(note)).to.contain('Survivor consultants are paid professionals');
    expect(text(note)).to.contain('paid for their time and expertise');
    const funds = $$<HTMLInputElement>(form, 'input[name="canMatchFunds"]');
    expect(funds.map((radio) => radio.value)).to.deep.equal(['yes', 'no', 'not-sure', 'prefer-not-to-say']);
    expect(funds.map((radio) => text(radio.labels![0]))).to.deep.equal(['Yes', 'No', 'Not sure', 'Prefer not to say']);
    const fieldset = funds[0].closest('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).to.contain('(optional)');
    expect(fieldset.getAttribute('aria-describedby')!.split(' '), 'the note describes the question').to.include('consultant-note');

    await pick(form, 'requestTypes', 'survivor-consultant');
    expect($(form, '[part~="consultant-note"]')).to.equal(null);
    expect($(form, 'input[name="canMatchFunds"]')).to.equal(null);
  });

  it('is not offered when request-types leaves it out', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" request-types="training,consultation"></si-ta-request>`);
    expect($(form, 'input[value="survivor-consultant"]')).to.equal(null);
  });
});

describe('<si-ta-request> validation', () => {
  it('names every unanswered required question when sent empty', async () => {
    const form = await mount();
    await send(form);
    expect(summaryItems(form)).to.deep.equal([
      'Enter your full name',
      'Enter your job title or role',
      'Enter the name of your agency or organization',
      'Select the type of organization',
      'Select your county',
      'Enter your email address',
      'Select what you would like to ask for',
      'Select at least one topic',
      'Select who it is for',
      'Select about how many people will take part',
      'Select how it should be delivered',
      'Select how long it should be',
      'Enter the date of your first choice',
      'Enter what you want to achieve',
    ]);
    expect(stubCalls, 'nothing is sent').to.have.length(0);
  });

  it('ties each inline error to its field with aria-describedby and aria-invalid', async () => {
    const form = await mount();
    await send(form);
    for (const name of ['requesterName', 'email', 'county', 'date1', 'goals']) {
      const field = control(form, name);
      expect(field.getAttribute('aria-invalid'), name).to.equal('true');
      expect(field.getAttribute('aria-describedby')!.split(' '), name).to.include(`f-${name}-error`);
      expect(text($(form, `#f-${name}-error`))).to.match(/^Error: /);
    }
    const topics = control(form, 'topics').closest('fieldset')!;
    expect(topics.getAttribute('aria-describedby')!.split(' ')).to.include('f-topics-error');
    expect(control(form, 'topics').getAttribute('aria-invalid')).to.equal('true');
    expect(control(form, 'phone').hasAttribute('aria-invalid'), 'an optional blank field is fine').to.equal(false);
  });

  it('refuses an email address with spaces or without an @, and accepts one with spaces around it', async () => {
    const form = await mount();
    for (const bad of ['dana reyes@example.org', 'dana.reyes.example.org', 'dana@', 'dana@exa mple.org']) {
      await answer(form, 'email', bad);
      await leave(form, 'email');
      expect(errorOf(form, 'email'), bad).to.equal('Enter an email address in the correct format, like name@example.com');
    }
    await answer(form, 'email', '  dana@example.org ');
    await leave(form, 'email');
    expect($(form, '#f-email-error'), 'the error goes once fixed').to.equal(null);
    expect(control(form, 'email').hasAttribute('aria-invalid')).to.equal(false);
  });

  it('checks a typed answer when the person leaves it, not before they have typed', async () => {
    const form = await mount();
    await leave(form, 'requesterName');
    expect($(form, '#f-requesterName-error'), 'an untouched field is not flagged on blur').to.equal(null);
    await answer(form, 'requesterName', 'D');
    await answer(form, 'requesterName', '');
    expect($(form, '#f-requesterName-error'), 'no error while typing').to.equal(null);
    await leave(form, 'requesterName');
    expect(errorOf(form, 'requesterName')).to.equal('Enter your full name');
    expect($(form, '.error-summary'), 'the summary appears only on send').to.equal(null);
  });

  it('limits the length of typed answers', async () => {
    const form = await mount();
    const cases: Array<[string, number, string]> = [
      ['requesterName', 121, 'Your name must be 120 characters or fewer'],
      ['requesterRole', 121, 'Your job title or role must be 120 characters or fewer'],
      ['agency', 201, 'The name of your agency must be 200 characters or fewer'],
      ['accessibilityNeeds', 1001, 'Accessibility needs must be 1,000 characters or fewer'],
      ['languageNeeds', 301, 'Language needs must be 300 characters or fewer'],
      ['goals', 1501, 'What you want to achieve must be 1,500 characters or fewer'],
    ];
    for (const [name, length, message] of cases) {
      await answer(form, name, 'x'.repeat(length));
      await leave(form, name);
      expect(errorOf(form, name), name).to.equal(message);
      await answer(form, name, 'x'.repeat(length - 1));
      await leave(form, name);
      expect($(form, `#f-${name}-error`), `${name} at the limit`).to.equal(null);
    }
  });

  it('checks the phone number only when one is given', async () => {
    const form = await mount();
    await answer(form, 'phone', 'call me maybe');
    await leave(form, 'phone');
    expect(errorOf(form, 'phone')).to.equal('Enter a phone number, like 555 010 1234 or +1 555 010 1234');
    for (const good of ['559-555-0100', '+1 (559) 555 0100', '559.555.0100 ext. 12']) {
      await answer(form, 'phone', good);
      await leave(form, 'phone');
      expect($(form, '#f-phone-error'), good).to.equal(null);
    }
    await answer(form, 'phone', '');
    await leave(form, 'phone');
    expect($(form, '#f-phone-error')).to.equal(null);
  });

  it('refuses dates before the lead time, repeated dates, and a missing first choice', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA"></si-ta-request>`);
    await answer(form, 'date1', isoDateIn(29));
    await leave(form, 'date1');
    expect(errorOf(form, 'date1')).to.equal(`Your first choice must be on or after ${longDate(isoDateIn(30))}`);
    await answer(form, 'date1', isoDateIn(30));
    await leave(form, 'date1');
    expect($(form, '#f-date1-error'), 'the earliest allowed day is fine').to.equal(null);

    await answer(form, 'date3', isoDateIn(-2));
    await leave(form, 'date3');
    expect(errorOf(form, 'date3')).to.equal(`Your third choice must be on or after ${longDate(isoDateIn(30))}`);
    await answer(form, 'date2', isoDateIn(30));
    await leave(form, 'date2');
    expect(errorOf(form, 'date2')).to.equal('Choose a different date from your other choices');

    await answer(form, 'date1', '');
    await send(form);
    expect(errorOf(form, 'date1')).to.equal('Enter the date of your first choice');
  });

  it('follows lead-days, including 0 (today is allowed)', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" lead-days="0"></si-ta-request>`);
    expect(text($(form, '#f-dates-hint'))).to.contain('at least 0 days');
    await answer(form, 'date1', isoDateIn(0));
    await leave(form, 'date1');
    expect($(form, '#f-date1-error')).to.equal(null);
    await answer(form, 'date1', isoDateIn(-1));
    await leave(form, 'date1');
    expect(errorOf(form, 'date1')).to.contain('Your first choice must be on or after');
  });

  it('asks who else will take part only when "someone else" is ticked', async () => {
    const form = await mount();
    expect($(form, '#f-audienceOther')).to.equal(null);
    await pick(form, 'audiences', 'other');
    expect(text($(form, 'label[for="f-audienceOther"]'))).to.equal('Who else will take part?');
    await send(form);
    expect(summaryItems(form)).to.include('Enter who else will take part');
    await pick(form, 'audiences', 'other');
    expect($(form, '#f-audienceOther')).to.equal(null);
    expect(summaryItems(form)).not.to.include('Enter who else will take part');
  });

  it('clears a choice question’s error as soon as something is chosen', async () => {
    const form = await mount();
    await send(form);
    expect(errorOf(form, 'format')).to.equal('Select how it should be delivered');
    await pick(form, 'format', 'virtual');
    expect($(form, '#f-format-error')).to.equal(null);
    expect(summaryItems(form)).not.to.include('Select how it should be delivered');
  });

  it('counts the characters left in the goals and speaks the count only near the limit, after a pause', async () => {
    const timers = new ManualTimers().install();
    try {
      const form = await mount();
      const wait = async (ms: number) => {
        timers.advance(ms);
        await form.updateComplete;
      };
      const visible = () => text($(form, '.count'));
      const spoken = () => text($(form, '.count + [aria-live="polite"]'));
      expect(visible()).to.equal('You have 1,500 characters remaining');
      expect($(form, '.count')!.getAttribute('aria-hidden'), 'the visible count is not read on every keystroke').to.equal('true');
      expect(control(form, 'goals').getAttribute('aria-describedby')!.split(' ')).to.include('f-goals-limit');
      expect(text($(form, '#f-goals-limit'))).to.equal('You can enter up to 1,500 characters.');

      await answer(form, 'goals', 'x'.repeat(100));
      expect(visible()).to.equal('You have 1,400 characters remaining');
      await wait(1000);
      expect(spoken(), 'far from the limit, nothing is announced').to.equal('');

      await answer(form, 'goals', 'x'.repeat(1400));
      await wait(999);
      expect(spoken(), 'not while typing').to.equal('');
      await answer(form, 'goals', 'x'.repeat(1399));
      await wait(999);
      expect(spoken(), 'each keystroke starts the pause again').to.equal('');
      await wait(1);
      expect(spoken()).to.equal('You have 101 characters remaining');

      await answer(form, 'goals', 'x'.repeat(1501));
      expect(visible()).to.equal('You have 1 character too many');
      expect($(form, '.count')!.classList.contains('count--over')).to.equal(true);
      await wait(1000);
      expect(spoken()).to.equal('You have 1 character too many');
    } finally {
      timers.uninstall();
    }
  });
});

describe('<si-ta-request> error summary', () => {
  it('takes focus, says "There is a problem" and lists the errors in the order of the questions', async () => {
    const form = await mount();
    await answer(form, 'requesterName', 'Dana Reyes');
    await answer(form, 'email', 'not an email');
    await send(form);
    const summary = $(form, '.error-summary')!;
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(active(form), 'the summary has focus').to.equal(summary);
    expect(text(summary.querySelector('h3'))).to.equal('There is a problem');
    expect(summaryItems(form).slice(0, 5)).to.deep.equal([
      'Enter your job title or role',
      'Enter the name of your agency or organization',
      'Select the type of organization',
      'Select your county',
      'Enter an email address in the correct format, like name@example.com',
    ]);
  });

  it('links each error to its field and moves focus there', async () => {
    const form = await mount();
    await send(form);
    const links = $$<HTMLAnchorElement>(form, '.error-summary a');
    expect(links.map((link) => link.getAttribute('href')).slice(0, 8)).to.deep.equal([
      '#f-requesterName',
      '#f-requesterRole',
      '#f-agency',
      '#f-organizationType',
      '#f-county',
      '#f-email',
      '#f-requestTypes-0',
      '#f-topics-0',
    ]);
    links[5].click();
    expect(active(form)).to.equal(control(form, 'email'));
    links[7].click();
    expect(active(form), 'a checkbox question links to its first box').to.equal(control(form, 'topics', taTopics[0].id));
    const dateLink = links.find((link) => link.getAttribute('href') === '#f-date1')!;
    dateLink.click();
    expect(active(form)).to.equal(control(form, 'date1'));
  });

  it('follows a summary link with the keyboard', async () => {
    const form = await mount();
    await send(form);
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal($(form, '.error-summary a'));
    await sendKeys({ press: 'Enter' });
    expect(active(form)).to.equal(control(form, 'requesterName'));
  });

  it('updates as the person fixes answers, and goes when everything is right', async () => {
    const form = await mount();
    await send(form);
    await answer(form, 'requesterName', 'Dana Reyes');
    await leave(form, 'requesterName');
    expect(summaryItems(form)).not.to.include('Enter your full name');
    await fillValidRequest(form);
    await send(form);
    await until(() => stubCalls.length === 1);
    expect($(form, '.error-summary')).to.equal(null);
  });
});

describe('<si-ta-request> drafts', () => {
  const draftIn = (storage: Storage) => storage.getItem('si:ta-request:draft');

  it('keeps the draft for this tab with persist="session" and says so', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" persist="session"></si-ta-request>`);
    expect(text($(form, 'form'))).to.contain('Your answers are kept in this browser tab');
    await answer(form, 'agency', 'Madera County DSS');
    await pick(form, 'topics', 'harm-reduction');
    const stored = JSON.parse(draftIn(sessionStorage)!);
    expect(stored.value.agency).to.equal('Madera County DSS');
    expect(stored.value.topics).to.deep.equal(['harm-reduction']);
    expect(stored.expiresAt).to.be.greaterThan(Date.now());
    expect(draftIn(localStorage)).to.equal(null);

    fixtureCleanup();
    const again = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" persist="session"></si-ta-request>`);
    expect(control(again, 'agency').value, 'the draft comes back').to.equal('Madera County DSS');
    expect(control(again, 'topics', 'harm-reduction').checked).to.equal(true);
  });

  it('keeps nothing by default (persist="none"), and says so', async () => {
    const plain = html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA"></si-ta-request>`;
    const form = await mount(plain);
    await answer(form, 'agency', 'Madera County DSS');
    expect(draftIn(sessionStorage)).to.equal(null);
    expect(draftIn(localStorage)).to.equal(null);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('si:'))).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('si:'))).to.deep.equal([]);
    expect(text($(form, 'form'))).not.to.contain('Your answers are kept');
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

  it('ignores a tampered draft’s wrong types', async () => {
    sessionStorage.setItem(
      'si:ta-request:draft',
      JSON.stringify({ value: { agency: 42, topics: 'all', email: 'a@b.co', requestTypes: ['training', 7] }, expiresAt: Date.now() + 60_000 }),
    );
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" persist="session"></si-ta-request>`);
    expect(control(form, 'agency').value).to.equal('');
    expect(control(form, 'email').value).to.equal('a@b.co');
    expect(control(form, 'requestTypes', 'training').checked).to.equal(true);
  });

  it('"Clear my answers" asks first; Escape keeps the answers; "Yes" empties the form, forgets the draft and says so', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" persist="session"></si-ta-request>`);
    await answer(form, 'agency', 'Madera County DSS');
    await pick(form, 'topics', 'harm-reduction');
    await send(form);
    expect(draftIn(sessionStorage)).not.to.equal(null);
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
    expect(control(form, 'agency').value, 'kept').to.equal('Madera County DSS');

    clear.click();
    await form.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(text(active(form))).to.equal('Yes, clear them');
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    await form.updateComplete;
    expect(active(form), 'focus goes back to the clear button').to.equal(clear);
    expect(control(form, 'agency').value).to.equal('');
    expect(control(form, 'topics', 'harm-reduction').checked).to.equal(false);
    expect(draftIn(sessionStorage)).to.equal(null);
    expect($(form, '.error-summary')).to.equal(null);
    expect($(form, '[aria-invalid="true"]')).to.equal(null);
    expect(text($(form, '[part~="status"]'))).to.equal('Your answers have been cleared.');
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
      await pick(form, 'topics', 'harm-reduction');
      await pick(form, 'format', 'virtual');
      expect(changes).to.deep.equal([
        { name: 'agency', value: 'Madera County DSS' },
        { name: 'topics', value: ['harm-reduction'] },
        { name: 'format', value: 'virtual' },
      ]);
    } finally {
      document.removeEventListener('si-change', record);
    }
  });
});

describe('<si-ta-request> language', () => {
  it('speaks Spanish with lang="es", including the errors and the date guidance', async () => {
    const form = await mount(html`<si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" lang="es"></si-ta-request>`);
    expect(text($(form, 'h2'))).to.equal('Solicite capacitación o asistencia técnica');
    expect($(form, '.root')!.getAttribute('lang')).to.equal('es');
    expect(text($(form, '#f-dates-hint'))).to.contain('Necesitamos al menos 30 días');
    expect(text($(form, 'label[for="f-topics-0"]'))).to.equal('Cómo ser una organización informada por sobrevivientes');
    await send(form);
    expect(text($(form, '.error-summary h3'))).to.equal('Hay un problema');
    expect(summaryItems(form)[0]).to.equal('Escriba su nombre completo');
    expect(text($(form, '#f-requesterName-error'))).to.equal('Error: Escriba su nombre completo');
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

  it('goes from empty to sent with Tab, typing, Space, arrows and Enter', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">Before the form</button>
      <si-ta-request endpoint="${STUB_ENDPOINT}/accept" region="CA" org="Madera County CSEC Program" persist="none" privacy-href="/privacy"></si-ta-request>
    </div>`);
    await settle(wrapper);
    const form = wrapper.querySelector('si-ta-request')!;
    const submitted = new Promise<CustomEvent>((resolve) => form.addEventListener('si-submitted', (event) => resolve(event), { once: true }));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

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
    await sendKeys({ type: 'Madera' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'email'));
    // Leave the email out for now: the error summary must bring the person back to it.
    await tabTo(form, () => control(form, 'requestTypes', 'training'));
    await sendKeys({ press: 'Space' });
    await tabTo(form, () => control(form, 'requestTypes', 'survivor-consultant'));
    await sendKeys({ press: 'Space' });
    await form.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(active(form), 'the funding question follows the consultant box').to.equal(control(form, 'canMatchFunds', 'yes'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'topics', taTopics[0].id));
    await sendKeys({ press: 'Space' });
    await tabTo(form, () => control(form, 'audiences', 'probation'));
    await sendKeys({ press: 'Space' });
    await tabTo(form, () => control(form, 'audienceSize', '1-10'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'format', 'virtual'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(active(form)).to.equal(control(form, 'date1'));
    await typeDate(isoDateIn(40));
    await tabTo(form, () => control(form, 'goals'));
    await sendKeys({ type: 'Staff can spot the signs and follow our referral steps.' });
    await tabTo(form, () => $(form, '.privacy a'));
    await tabTo(form, () => $(form, '[part~="send-button"]'));
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;

    const summary = $(form, '.error-summary')!;
    expect(active(form), 'the summary takes focus').to.equal(summary);
    expect(summaryItems(form)).to.deep.equal(['Enter your email address']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(active(form), 'its link goes to the email field').to.equal(control(form, 'email'));
    await sendKeys({ type: 'dana.reyes@example.org' });
    await tabTo(form, () => $(form, '[part~="send-button"]'));
    expect($(form, '#f-email-error'), 'leaving the fixed field clears its error').to.equal(null);
    await sendKeys({ press: 'Space' });

    const event = await submitted;
    await form.updateComplete;
    expect(stubCalls).to.have.length(1);
    const data = JSON.parse(String(stubCalls[0].init.body)).data;
    expect(data).to.deep.equal({
      requesterName: 'Dana Reyes',
      requesterRole: 'CSEC program coordinator',
      agency: 'Madera County DSS',
      organizationType: 'local-government',
      county: 'Madera',
      region: 'CA',
      email: 'dana.reyes@example.org',
      requestTypes: ['training', 'survivor-consultant'],
      topics: [taTopics[0].id],
      audiences: ['probation'],
      audienceSize: '11-25',
      format: 'virtual',
      length: '3-hours-or-more',
      preferredDates: [isoDateIn(40)],
      goals: 'Staff can spot the signs and follow our referral steps.',
      canMatchFunds: 'not-sure',
    });
    expect(event.detail.reference).to.equal('TA-2026-0142');
    expect(active(form), 'the confirmation takes focus').to.equal($(form, '#confirmation-title'));
    expect(text($(form, '[part~="confirmation"]'))).to.contain('TA-2026-0142');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(active(form), '"Send another request" starts again at the first question').to.equal(control(form, 'requesterName'));
    expect(control(form, 'requesterName').value).to.equal('');
  });
});
