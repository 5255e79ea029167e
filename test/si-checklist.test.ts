/**
 * <si-checklist>: the content (seed 003's four steps, the partnership set, a host's own JSON — valid,
 * invalid, unreachable), keyboard use, progress, the host form (FormData, reset, no browser restore), persist
 * modes, the exact payload posted and what happens when delivery fails (through the SubmissionController
 * with a fake fetch and clock), the printed page and the downloaded files, hostile attributes, and axe
 * on every story in English and Spanish.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { checklistContentSchema } from '../src/content/checklist-schema.js';
import { CHECKLIST_SET_IDS, checklists } from '../src/content/checklists.js';
import type { SubmissionOptions } from '../src/core/delivery/submission-controller.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-checklist/define.js';
import '../src/elements/si-config/define.js';
import { csvCell } from '../src/core/files.js';
import { allowedContentUrl } from '../src/core/links.js';
import { SiChecklistElement } from '../src/elements/si-checklist/si-checklist.js';
import { CHECKLIST_NOTE_MAX, type ChecklistData } from '../src/schemas/checklist.js';
import { anyEnvelopeSchema, checklistEnvelope, envelopeSchemas } from '../src/schemas/index.js';
import { customContent, invalidContent } from '../stories/support/checklist-examples.js';
import { CHECKLIST_STUB, checklistStubCalls, installChecklistStub, tick, writeNote } from '../stories/support/checklist-stub.js';
import { until } from './shared/until.js';
import { counterUuid, FakeClock, FakeEndpoint, FakeLocks, type Fault } from './delivery/harness.js';
import { assertAccessible } from './shared/axe.js';
import { configMessageOf } from './shared/fuzz.js';
import { ManualTimers } from './shared/manual-timers.js';
import { registerStubEndpoint, reply, type StubCall } from './shared/stub-network.js';
import { settle } from './shared/story-sweep.js';
import { shadow, $, $$, text } from './shared/dom.js';

type Checklist = SiChecklistElement;

const boxes = (element: Element) => $$<HTMLInputElement>(element, '[part~="checkbox"]');
const labels = (element: Element) => $$(element, '[part~="item-label"]').map(text);
const pointsOf = (element: Element) => $$(element, '[part~="item"]').map((item) => [...item.querySelectorAll('[part~="points"] li')].map(text));
const ticked = (element: Element) => boxes(element).map((box) => box.checked);
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const statusText = (element: Element) => text($(element, '[part~="status"]'));
const buttonNamed = (element: Element, name: string) => $$<HTMLButtonElement>(element, 'button').find((button) => text(button) === name)!;

async function mount(template: ReturnType<typeof html>): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  await settle(wrapper);
  return wrapper;
}

async function mountChecklist(template: ReturnType<typeof html>): Promise<Checklist> {
  return (await mount(template)).querySelector<Checklist>('si-checklist')!;
}

function inline(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.append(document.createTextNode(json));
  return script;
}

function changes(target: EventTarget): Array<{ name: string; value: { checked: string[]; notes: Record<string, string> } }> {
  const seen: Array<{ name: string; value: { checked: string[]; notes: Record<string, string> } }> = [];
  target.addEventListener('si-change', (event) => seen.push((event as CustomEvent).detail));
  return seen;
}

const siKeys = (storage: Storage) => Object.keys(storage).filter((key) => key.startsWith('si:'));
const stored = (storage: Storage, key: string) => (JSON.parse(storage.getItem(key) ?? 'null') as { value: unknown } | null)?.value;
const STORE_KEY = 'si:checklist:survivor-informed-practice:1';
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

beforeEach(() => {
  wipeAllStoredData();
  installChecklistStub();
  checklistStubCalls.length = 0;
});
afterEach(() => {
  fixtureCleanup();
  wipeAllStoredData();
  document.documentElement.lang = 'en';
});

describe('<si-checklist> content', () => {
  it('validates every built-in set against the content schema, with both languages and a source', () => {
    for (const id of CHECKLIST_SET_IDS) {
      const set = checklists[id];
      const result = checklistContentSchema().safeParse(set);
      expect(result.success, `${id}: ${JSON.stringify(result.error?.issues)}`).to.equal(true);
      expect(set.id).to.equal(id);
      expect(set.source).to.match(/Seed 00[34]/);
      for (const item of set.items) {
        for (const piece of [item.text, ...item.points]) {
          expect(piece.en.trim(), `${id}/${item.id} in English`).not.to.equal('');
          expect(piece.es.trim(), `${id}/${item.id} in Spanish`).not.to.equal('');
          expect(piece.es, `${id}/${item.id} is translated`).not.to.equal(piece.en);
        }
      }
    }
  });

  it('by default shows seed 003’s four steps, in order, each with its sub-points', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    expect(checklists['survivor-informed-practice'].items.map((item) => item.id)).to.deep.equal(['assess', 'paid-roles', 'diverse-input', 'input-plan']);
    expect(text($(checklist, '[part~="title"]'))).to.equal('Checklist for a survivor-informed practice');
    expect(labels(checklist)).to.deep.equal([
      'Find out how survivor-informed your organization is today',
      'Offer survivors paid work',
      'Ask for input from survivors of many different backgrounds',
      'Plan how survivors will shape every stage of a project',
    ]);
    const points = pointsOf(checklist);
    expect(points.map((list) => list.length)).to.deep.equal([1, 3, 2, 3]);
    // The seed's sub-points, fact by fact.
    expect(points[0][0]).to.match(/gaps/);
    expect(points[1]).to.deep.equal(['Positions on your staff', 'Consultant roles', 'Trainer roles']);
    expect(points[2][0])
      .to.match(/sex trafficking/)
      .and.to.match(/labor trafficking/);
    for (const difference of ['ages', 'genders', 'races', 'national origins', 'sexual orientations', 'disabilities'])
      expect(points[2][1]).to.include(difference);
    expect(points[3]).to.deep.equal(['Designing and developing the program', 'Carrying it out', 'Evaluating it']);
    expect(text($(checklist, '[part~="credit"]'))).to.include('U.S. Department of State');
    // Each checkbox is labelled by its step and described by its sub-points.
    for (const [index, box] of boxes(checklist).entries()) {
      expect(box.labels?.[0]?.textContent?.trim()).to.equal(labels(checklist)[index]);
      expect([...$(checklist, `#${box.getAttribute('aria-describedby')}`)!.querySelectorAll('li')].map(text)).to.deep.equal(points[index]);
    }
  });

  it('speaks Spanish with lang="es"', async () => {
    const checklist = await mountChecklist(html`<si-checklist lang="es" persist="none"></si-checklist>`);
    expect($(checklist, '.root')!.lang).to.equal('es');
    expect(text($(checklist, '[part~="title"]'))).to.equal('Lista de verificación para una práctica informada por sobrevivientes');
    expect(labels(checklist)[1]).to.equal('Ofrezca trabajo remunerado a personas sobrevivientes');
    expect(text($(checklist, '[part~="progress"]'))).to.equal('0 de 4 completados');
    expect(text($(checklist, '[part~="note-toggle"]'))).to.equal('Agregar una nota (paso 1)');
  });

  it('shows the partnership guidance with set="partnership"', async () => {
    const checklist = await mountChecklist(html`<si-checklist set="partnership" persist="none"></si-checklist>`);
    expect(text($(checklist, '[part~="title"]'))).to.equal('Survivor leaders in your partnership');
    expect(boxes(checklist)).to.have.length(7);
    expect(labels(checklist).join(' ')).to.include('several survivor leaders').and.to.include('at a fair rate');
    expect(pointsOf(checklist)[5]).to.include('Pressing for changes in policy and practice');
    expect(checklists.partnership.version, 'raised with the rewritten steps').to.equal('2');
  });

  it('says “check”, in US English, and Spanish with “Agregar”, “completados” and “Prepárese”', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    expect(text(checklist.shadowRoot!.querySelector('.root'))).not.to.match(/\btick/i);
    expect(text($(checklist, '.intro:not([part])'))).to.equal('Check each step your organization has in place.');
    expect(checklists.partnership.items[1].points[1].es).to.match(/^Prepárese para recibir un no/);
  });
});

describe('<si-checklist> custom content', () => {
  it('renders valid inline JSON, each text in the widget’s language', async () => {
    const wrapper = await mount(html`<si-checklist lang="es" persist="none">${inline(JSON.stringify(customContent))}</si-checklist>`);
    const checklist = wrapper.querySelector('si-checklist')!;
    expect(text($(checklist, '[part~="title"]'))).to.equal('¿Es nuestra admisión informada por sobrevivientes?');
    expect(labels(checklist)).to.deep.equal(customContent.items.map((item) => item.text.es));
    expect(pointsOf(checklist)[1]).to.have.length(2);
    expect($(checklist, '[part~="item"]:nth-child(3) [part~="points"]')).to.equal(null);
  });

  it('follows a change to the inline JSON, and the JSON wins over src and set', async () => {
    const json = JSON.stringify(customContent);
    const checklist = await mountChecklist(
      html`<si-checklist set="partnership" src="/test/fixtures/checklist-content.json" persist="none">${inline(json)}</si-checklist>`,
    );
    expect(boxes(checklist)).to.have.length(3);
    checklist.querySelector('script')!.textContent = JSON.stringify({ ...customContent, items: customContent.items.slice(0, 1) });
    await until(() => boxes(checklist).length === 1);
    checklist.querySelector('script')!.remove();
    await until(() => labels(checklist)[0] === 'Uses plain words, with no jargon');
  });

  it('loads `src` without cookies or referrer, and labels plain-string texts with the content’s language', async () => {
    const calls: Array<{ url: string; init?: RequestInit }> = [];
    const original = window.fetch;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      calls.push({ url: String(input), init });
      await held; // until the loading state has been seen
      return original.call(window, input, init);
    };
    try {
      const checklist = document.createElement('si-checklist') as Checklist;
      Object.entries({ lang: 'es', src: '/test/fixtures/checklist-content.json', persist: 'none' }).forEach(([name, value]) =>
        checklist.setAttribute(name, value),
      );
      (await fixture<HTMLElement>(html`<div></div>`)).append(checklist);
      await until(() => checklist.matches(':state(loading)') && text($(checklist, '[part~="load-status"]')) === 'Cargando la lista…');
      release();
      await checklist.updateComplete;
      expect(boxes(checklist)).to.have.length(3);
      expect(calls).to.have.length(1);
      expect(calls[0].url).to.equal(`${location.origin}/test/fixtures/checklist-content.json`);
      expect(calls[0].init).to.include({ credentials: 'omit', referrerPolicy: 'no-referrer' });
      expect(text($(checklist, '[part~="title"]'))).to.equal('Outreach materials review');
      expect($(checklist, '[part~="title"]')!.lang).to.equal('en');
      // A localized text follows the widget; plain strings keep the language the content names.
      expect(labels(checklist)).to.deep.equal(['Uses plain words, with no jargon', 'Uses no images that could retraumatize', 'Nombra la línea directa 24/7']);
      expect($$(checklist, '[part~="item-label"]').map((label) => label.lang)).to.deep.equal(['en', 'en', '']);
      expect(checklist.matches(':state(loading)')).to.equal(false);
    } finally {
      window.fetch = original;
    }
  });

  it('shows each mistake in inline content with its path, and nothing of the checklist', async () => {
    const wrapper = await mount(html`<form><si-checklist name="review" persist="none">${inline(JSON.stringify(invalidContent))}</si-checklist></form>`);
    const checklist = wrapper.querySelector('si-checklist')!;
    const message = configMessageOf(checklist)!;
    expect(message).to.exist;
    expect([...message.querySelectorAll('li')].map(text)).to.deep.equal([
      'items[1].text: should not be empty',
      'items[2]: has keys this checklist does not know: note',
      'items[2].id: repeats an id used by an earlier item',
    ]);
    expect(boxes(checklist)).to.have.length(0);
    expect($(checklist, '[part~="title"]')).to.equal(null);
    expect(checklist.matches(':state(invalid)')).to.equal(true);
    expect([...new FormData(wrapper.querySelector('form')!)]).to.deep.equal([]);
  });

  it('names missing entries and wrong kinds in content from `src`', async () => {
    const checklist = await mountChecklist(html`<si-checklist src="/test/fixtures/checklist-invalid.json" persist="none"></si-checklist>`);
    await until(() => configMessageOf(checklist) !== null);
    expect([...configMessageOf(checklist)!.querySelectorAll('li')].map(text)).to.deep.equal([
      'id: uses characters that are not allowed (letters, digits, - and _ only)',
      'title: is missing',
      'items[0].points: should be a list [ … ]',
      'items[1].id: is missing',
    ]);
  });

  it('says so when the content is not JSON', async () => {
    const checklist = await mountChecklist(html`<si-checklist lang="es">${inline('{ "id": "x", ')}</si-checklist>`);
    expect(text(configMessageOf(checklist))).to.include('El contenido de la lista no es JSON válido.');
  });

  it('says clearly when `src` cannot be reached, and loads it again on request', async () => {
    const calls: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      calls.push(String(input));
      return original.call(window, input, init);
    };
    try {
      const checklist = await mountChecklist(html`<si-checklist src="/test/fixtures/no-such-checklist.json" persist="none"></si-checklist>`);
      await until(() => $(checklist, '[part~="load-status"] + button') !== null);
      const status = $(checklist, '[part~="load-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(text(status)).to.equal('The checklist could not be loaded. Check your connection and try again.');
      expect(boxes(checklist)).to.have.length(0);
      $<HTMLButtonElement>(checklist, '[part~="load-status"] + button')!.click();
      await until(() => calls.length === 2 && $(checklist, '[part~="load-status"] + button') !== null);
      expect(calls[1]).to.equal(calls[0]);
    } finally {
      window.fetch = original;
    }
  });

  it('allows content from this site or https only', () => {
    expect(allowedContentUrl('/content/checklist.json')).to.equal(`${location.origin}/content/checklist.json`);
    expect(allowedContentUrl('https://cdn.example.org/checklist.json')).to.equal('https://cdn.example.org/checklist.json');
    for (const refused of [
      'http://example.org/checklist.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'https://user:pw@example.org/c.json',
      'https://exa mple.org/c.json',
      '/checklists/100%.json',
      `/${'x'.repeat(3000)}`,
    ]) {
      expect(allowedContentUrl(refused), refused).to.equal(undefined);
    }
  });
});

describe('<si-checklist> by keyboard', () => {
  it('checks with Space, opens a note with Enter and types into it', async () => {
    const wrapper = await mount(html`<button>before</button><si-checklist persist="none"></si-checklist>`);
    const checklist = wrapper.querySelector('si-checklist')!;
    const seen = changes(checklist);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(active(checklist)).to.equal(boxes(checklist)[0]);
    await sendKeys({ press: 'Space' });
    expect(ticked(checklist)).to.deep.equal([true, false, false, false]);
    expect(seen).to.deep.equal([{ name: 'assess', value: { checked: ['assess'], notes: {} } }]);

    await sendKeys({ press: 'Tab' });
    const toggle = active(checklist)!;
    expect(toggle.getAttribute('part')).to.equal('note-toggle');
    expect(text(toggle)).to.equal('Add a note (step 1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await checklist.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const note = active(checklist) as HTMLTextAreaElement;
    expect(note.localName).to.equal('textarea');
    expect(note.maxLength, 'notes are as long as the payload schema allows').to.equal(CHECKLIST_NOTE_MAX);
    expect(note.labels?.[0]?.textContent?.trim()).to.equal('Your note on step 1');
    await sendKeys({ type: 'Done in March' });
    await sendKeys({ press: 'Tab' }); // leaving the note commits it (change)
    expect(seen.at(-1)).to.deep.equal({ name: 'assess', value: { checked: ['assess'], notes: { assess: 'Done in March' } } });
    expect(text(toggle)).to.equal('Hide note (step 1)');
    expect(active(checklist)).to.equal(boxes(checklist)[1]);
  });

  it('asks before clearing: Escape keeps the answers, “Yes” clears them and says so', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="session"></si-checklist>`);
    await tick(checklist, 1, 2);
    const seen = changes(checklist);
    const clear = $<HTMLButtonElement>(checklist, '[part~="clear-button"]')!;
    clear.focus();
    await sendKeys({ press: 'Enter' });
    await checklist.updateComplete;
    const confirm = $(checklist, '[part~="clear-confirm"]')!;
    expect(active(checklist)).to.equal(confirm);
    expect(clear.checkVisibility(), 'the question replaces the clear button').to.equal(false);
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(text($(checklist, `#${confirm.getAttribute('aria-labelledby')}`))).to.equal(
      'Clear every checkmark and note on this checklist? This cannot be undone.',
    );
    await sendKeys({ press: 'Escape' });
    await checklist.updateComplete;
    expect($(checklist, '[part~="clear-confirm"]')).to.equal(null);
    expect(active(checklist)).to.equal(clear);
    expect(ticked(checklist)).to.deep.equal([true, true, false, false]);

    await sendKeys({ press: 'Enter' });
    await checklist.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(text(active(checklist))).to.equal('Yes, clear them');
    await sendKeys({ press: 'Enter' });
    await checklist.updateComplete;
    expect(ticked(checklist)).to.deep.equal([false, false, false, false]);
    expect(active(checklist)).to.equal(clear);
    expect(text($(checklist, '.visually-hidden[role="status"]'))).to.equal('Every checkmark and note was cleared.');
    expect(seen).to.deep.equal([{ name: '*', value: { checked: [], notes: {} } }]);
    expect(siKeys(sessionStorage)).to.deep.equal([]);
  });
});

describe('<si-checklist> progress and si-change', () => {
  it('shows “n of m done” in a progressbar that follows the checkmarks, without style attributes (strict CSP)', async () => {
    const styleWrites: string[] = [];
    const setAttribute = Element.prototype.setAttribute;
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      if (name.toLowerCase() === 'style') styleWrites.push(value);
      return setAttribute.call(this, name, value);
    };
    let checklist: Checklist;
    try {
      checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
      await tick(checklist, 1);
      await tick(checklist, 1);
    } finally {
      Element.prototype.setAttribute = setAttribute;
    }
    expect(styleWrites, 'a style attribute is an inline style a strict CSP blocks').to.deep.equal([]);
    const bar = $(checklist, '[role="progressbar"]')!;
    const values = () => ['aria-valuemin', 'aria-valuemax', 'aria-valuenow', 'aria-valuetext'].map((name) => bar.getAttribute(name));
    expect(bar.getAttribute('aria-label')).to.equal('Progress');
    expect(values()).to.deep.equal(['0', '4', '0', '0 of 4 done']);
    expect(text(bar)).to.equal('0 of 4 done');
    await tick(checklist, 2, 4);
    expect(values()).to.deep.equal(['0', '4', '2', '2 of 4 done']);
    expect(text(bar)).to.equal('2 of 4 done');
    expect((bar.querySelector('.fill') as HTMLElement).style.inlineSize).to.equal('50%');
    expect(checklist.matches(':state(complete)')).to.equal(false);
    await tick(checklist, 1, 3);
    expect(values()[2]).to.equal('4');
    expect(checklist.matches(':state(complete)')).to.equal(true);
    await tick(checklist, 3);
    expect(checklist.matches(':state(complete)')).to.equal(false);
  });

  it('fires si-change for a person’s tick only, never for answers set in code', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    const seen = changes(document);
    checklist.answers = { checked: ['input-plan', 'assess', 'not-an-item'], notes: { assess: 'From code', 'not-an-item': 'dropped' } };
    await checklist.updateComplete;
    expect(ticked(checklist)).to.deep.equal([true, false, false, true]);
    expect(checklist.answers).to.deep.equal({ checked: ['assess', 'input-plan'], notes: { assess: 'From code' } });
    expect(($(checklist, '#note-assess') as HTMLTextAreaElement).value).to.equal('From code');
    expect(seen).to.deep.equal([]);
    await tick(checklist, 2);
    expect(seen).to.deep.equal([{ name: 'paid-roles', value: { checked: ['assess', 'paid-roles', 'input-plan'], notes: { assess: 'From code' } } }]);
  });
});

describe('<si-checklist> in a host form', () => {
  it('adds its content, checkmarks and notes to the form’s data under its name', async () => {
    const wrapper = await mount(html`<form><input name="org" value="Madera" /><si-checklist name="practice" persist="none"></si-checklist></form>`);
    const form = wrapper.querySelector('form')!;
    const checklist = form.querySelector('si-checklist')!;
    expect(checklist.form).to.equal(form);
    expect([...new FormData(form)]).to.deep.equal([
      ['org', 'Madera'],
      ['practice-content', 'survivor-informed-practice@1'],
    ]);
    await tick(checklist, 3, 1);
    await writeNote(checklist, 3, '  Labor trafficking survivors are not yet consulted.  ');
    await writeNote(checklist, 2, '   ');
    expect([...new FormData(form)]).to.deep.equal([
      ['org', 'Madera'],
      ['practice-content', 'survivor-informed-practice@1'],
      ['practice', 'assess'],
      ['practice', 'diverse-input'],
      ['practice-note-diverse-input', 'Labor trafficking survivors are not yet consulted.'],
    ]);
  });

  it('adds nothing without a name', async () => {
    const wrapper = await mount(html`<form><si-checklist persist="none"></si-checklist></form>`);
    await tick(wrapper.querySelector('si-checklist')!, 1);
    expect([...new FormData(wrapper.querySelector('form')!)]).to.deep.equal([]);
  });

  it('empties with the form’s reset, quietly, and forgets what it kept', async () => {
    const wrapper = await mount(html`<form><si-checklist name="practice" persist="session"></si-checklist></form>`);
    const form = wrapper.querySelector('form')!;
    const checklist = form.querySelector('si-checklist')!;
    await tick(checklist, 1, 2);
    await writeNote(checklist, 2, 'Two paid consultants');
    expect(siKeys(sessionStorage)).to.deep.equal([STORE_KEY]);
    const seen = changes(document);
    form.reset();
    await checklist.updateComplete;
    expect(ticked(checklist)).to.deep.equal([false, false, false, false]);
    expect(($(checklist, '#note-paid-roles') as HTMLTextAreaElement).value).to.equal('');
    expect([...new FormData(form)]).to.deep.equal([['practice-content', 'survivor-informed-practice@1']]);
    expect(siKeys(sessionStorage)).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
  });

  it('gives the browser’s form restore nothing to bring back: answers return only as persist allows, so none outlive a quick exit', async () => {
    const states: unknown[] = [];
    const setFormValue = ElementInternals.prototype.setFormValue;
    ElementInternals.prototype.setFormValue = function (value, state) {
      states.push(state);
      return setFormValue.call(this, value, state);
    };
    try {
      const wrapper = await mount(html`<form><si-checklist name="practice" persist="none"></si-checklist></form>`);
      const checklist = wrapper.querySelector('si-checklist')!;
      await tick(checklist, 2);
      await writeNote(checklist, 4, 'Evaluation plan drafted');
      expect([...new FormData(wrapper.querySelector('form')!)], 'the form still gets the answers').to.deep.equal([
        ['practice-content', 'survivor-informed-practice@1'],
        ['practice', 'paid-roles'],
        ['practice-note-input-plan', 'Evaluation plan drafted'],
      ]);
      expect(states.length).to.be.greaterThan(0);
      expect(
        states.filter((state) => state !== undefined),
        'no restorable state',
      ).to.deep.equal([]);
      expect('formStateRestoreCallback' in checklist, 'nothing restores it').to.equal(false);
    } finally {
      ElementInternals.prototype.setFormValue = setFormValue;
    }
  });

  it('is disabled with its fieldset', async () => {
    const wrapper = await mount(html`<form><fieldset disabled><si-checklist name="practice" persist="none"></si-checklist></fieldset></form>`);
    const checklist = wrapper.querySelector('si-checklist')!;
    expect(boxes(checklist).every((box) => box.disabled)).to.equal(true);
    wrapper.querySelector('fieldset')!.disabled = false;
    await checklist.updateComplete;
    expect(boxes(checklist).some((box) => box.disabled)).to.equal(false);
  });
});

describe('<si-checklist> keeping answers (persist)', () => {
  it('keeps answers for this tab with persist="session", per content id and version, and brings them back quietly', async () => {
    const first = await mountChecklist(html`<si-checklist persist="session"></si-checklist>`);
    expect(text($(first, '.kept'))).to.equal('Your checkmarks and notes are kept in this browser tab until you close it.');
    await tick(first, 1, 4);
    await writeNote(first, 1, 'Assessment booked');
    expect(siKeys(sessionStorage)).to.deep.equal([STORE_KEY]);
    expect(stored(sessionStorage, STORE_KEY)).to.deep.equal({ checked: ['assess', 'input-plan'], notes: { assess: 'Assessment booked' } });
    expect(siKeys(localStorage)).to.deep.equal([]);
    fixtureCleanup();

    const seen = changes(document);
    const again = await mountChecklist(html`<si-checklist persist="session"></si-checklist>`);
    expect(ticked(again)).to.deep.equal([true, false, false, true]);
    expect(($(again, '#note-assess') as HTMLTextAreaElement).value).to.equal('Assessment booked');
    expect(seen).to.deep.equal([]);
    // Another version of the content starts empty.
    const other = await mountChecklist(
      html`<si-checklist persist="session">${inline(JSON.stringify({ ...checklists['survivor-informed-practice'], version: '2' }))}</si-checklist>`,
    );
    expect(ticked(other)).to.deep.equal([false, false, false, false]);
  });

  it('keeps answers in this browser with persist="local" (or <si-config persist="local">)', async () => {
    const checklist = await mountChecklist(html`<si-config persist="local"><si-checklist></si-checklist></si-config>`);
    expect(text($(checklist, '.kept'))).to.include('in this browser for up to 7 days');
    await tick(checklist, 2);
    expect(siKeys(localStorage)).to.deep.equal([STORE_KEY]);
    expect(siKeys(sessionStorage)).to.deep.equal([]);
  });

  it('keeps nothing by default (persist="none"), and says so', async () => {
    const first = await mountChecklist(html`<si-checklist></si-checklist>`);
    expect(text($(first, '.kept'))).to.equal('Nothing you enter here is saved: it is gone when you leave the page.');
    await tick(first, 1);
    await writeNote(first, 1, 'Nothing of this is kept');
    expect(siKeys(sessionStorage)).to.deep.equal([]);
    expect(siKeys(localStorage)).to.deep.equal([]);
    fixtureCleanup();
    const again = await mountChecklist(html`<si-checklist></si-checklist>`);
    expect(ticked(again)).to.deep.equal([false, false, false, false]);
  });

  it('ignores stored answers that do not fit the content', async () => {
    sessionStorage.setItem(
      STORE_KEY,
      JSON.stringify({ value: { checked: ['assess', 'gone', 7], notes: { gone: 'x', assess: 42, 'paid-roles': 'kept' } }, expiresAt: Date.now() + 60_000 }),
    );
    const checklist = await mountChecklist(html`<si-checklist persist="session"></si-checklist>`);
    expect(checklist.answers).to.deep.equal({ checked: ['assess'], notes: { 'paid-roles': 'kept' } });
  });
});

// ---- sending ---------------------------------------------------------------------------------------

const ENDPOINT = 'https://intake.example.org/api/checklists';
const PAGE = 'https://county.example.gov/partners/checklist?ref=mail#top';

/** The checklist with its SubmissionController's fetch, timers, clock and ids faked (the element's own hook). */
class ChecklistUnderTest extends SiChecklistElement {
  static fakes: Partial<SubmissionOptions<ChecklistData>> = {};
  protected override deliveryOptions(): Partial<SubmissionOptions<ChecklistData>> {
    return ChecklistUnderTest.fakes;
  }
}
customElements.define('si-checklist-under-test', ChecklistUnderTest);

let pages = 0;
async function sendingRig(faults: Fault[] = [], attributes: { persist?: string } = {}) {
  const clock = new FakeClock();
  const endpoint = new FakeEndpoint(clock);
  endpoint.faults = faults;
  const owner = {};
  ChecklistUnderTest.fakes = {
    fetch: endpoint.fetchFor(owner),
    ...clock.timersFor(owner),
    now: () => clock.now,
    random: () => 0.5,
    uuid: counterUuid(++pages),
    isOnline: () => true,
    onlineTarget: new EventTarget(),
    page: () => PAGE,
    lock: new FakeLocks().lock,
  };
  const element = document.createElement('si-checklist-under-test') as ChecklistUnderTest;
  element.setAttribute('endpoint', ENDPOINT);
  element.setAttribute('org', 'Madera County CSEC Program');
  element.setAttribute('persist', attributes.persist ?? 'session');
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(element);
  await element.updateComplete;
  const events: Array<{ type: string; detail: Record<string, unknown> }> = [];
  for (const name of ['si-submit', 'si-submitted', 'si-queued', 'si-submit-error'] as const) {
    element.addEventListener(name, (event) => events.push({ type: event.type, detail: (event as CustomEvent).detail }));
  }
  const send = async () => {
    $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
    await clock.advance(0);
    await element.updateComplete;
  };
  return { clock, endpoint, element, events, send };
}

describe('<si-checklist> sending results', () => {
  it('has no send button without an endpoint', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    expect($(checklist, '[part~="send-button"]')).to.equal(null);
    expect($(checklist, '[part~="status"]')).to.equal(null);
    expect($(checklist, 'input[data-si-honeypot]')).to.equal(null);
  });

  it('posts exactly the checklist envelope of the endpoint contract', async () => {
    const { clock, endpoint, element, events, send } = await sendingRig();
    await tick(element, 1, 3);
    await writeNote(element, 2, '  A consultant contract is in review.  ');
    await send();
    expect(endpoint.requests).to.have.length(1);
    const [request] = endpoint.requests;
    expect(request.url).to.equal(ENDPOINT);
    const { init } = request;
    expect(init.method).to.equal('POST');
    const key = `00000000-0000-4000-8000-${(pages * 1_000_000 + 1).toString(16).padStart(12, '0')}`; // the rig's first id
    expect(init.headers).to.deep.equal({ 'Content-Type': 'application/json', 'Idempotency-Key': key });
    expect([init.credentials, init.redirect, init.referrerPolicy, init.cache]).to.deep.equal(['omit', 'manual', 'no-referrer', 'no-store']);
    // The exact bytes, key order and all.
    expect(request.body).to.equal(
      JSON.stringify({
        type: 'checklist',
        schemaVersion: 1,
        id: key,
        createdAt: new Date(clock.now).toISOString(),
        locale: 'en',
        source: { widget: 'si-checklist', version: '0.1.0', page: 'https://county.example.gov/partners/checklist' },
        spam: { honeypot: '', fillMs: 0 },
        data: {
          content: { id: 'survivor-informed-practice', version: '1' },
          items: [
            { id: 'assess', checked: true },
            { id: 'paid-roles', checked: false, note: 'A consultant contract is in review.' },
            { id: 'diverse-input', checked: true },
            { id: 'input-plan', checked: false },
          ],
        },
      }),
    );
    expect(checklistEnvelope.safeParse(JSON.parse(request.body)).success).to.equal(true);
    expect(anyEnvelopeSchema.safeParse(JSON.parse(request.body)).success).to.equal(true);
    expect(envelopeSchemas.checklist).to.equal(checklistEnvelope);
    expect(events.map((event) => event.type)).to.deep.equal(['si-submit']);
    expect(statusText(element)).to.equal('Sending…');
    expect($(element, '[part~="send-button"]')!.getAttribute('aria-disabled')).to.equal('true');

    await clock.advance(100);
    await element.updateComplete;
    expect(events.map((event) => event.type)).to.deep.equal(['si-submit', 'si-submitted']);
    expect(events[1].detail.reference).to.equal('REF-1');
    expect(statusText(element)).to.equal('Sent. Thank you. Your reference is REF-1.');
    expect(element.matches(':state(sent)')).to.equal(true);
    // Accepted: nothing stays in storage, and the answers stay on screen.
    expect(siKeys(sessionStorage)).to.deep.equal([]);
    expect(ticked(element)).to.deep.equal([true, false, true, false]);
  });

  it('sends one request for clicks while one is out', async () => {
    const { clock, endpoint, element, send } = await sendingRig();
    await tick(element, 1);
    await send();
    await send();
    await send();
    await clock.advance(100);
    expect(endpoint.requests).to.have.length(1);
    await send();
    await clock.advance(100);
    expect(endpoint.requests, 'the same answers, already delivered, are not sent again').to.have.length(1);
  });

  it('waits when the endpoint is unavailable and retries with the same key and bytes until it is accepted', async () => {
    const { clock, endpoint, element, events, send } = await sendingRig([{ kind: 'status', status: 503 }, { kind: 'lost-request' }]);
    await tick(element, 2);
    await send();
    await clock.advance(100);
    await element.updateComplete;
    expect(events.map((event) => event.type)).to.deep.equal(['si-submit', 'si-queued']);
    expect(statusText(element)).to.equal(
      'Not sent yet: we could not reach the service. We will try again in a moment. Your answers are still here. If you use “Exit this page” before it is sent, it is sent one last time as you leave and then deleted from this browser.',
    );
    expect(siKeys(sessionStorage).filter((key) => key.startsWith('si:outbox:checklist:'))).to.have.length(1);
    await clock.advance(5_000);
    await element.updateComplete;
    expect(endpoint.requests.length).to.equal(3);
    expect(new Set(endpoint.requests.map((request) => request.key)).size).to.equal(1);
    expect(new Set(endpoint.requests.map((request) => request.body)).size).to.equal(1);
    expect(endpoint.stored.size).to.equal(1);
    expect(events.map((event) => event.type)).to.deep.equal(['si-submit', 'si-queued', 'si-queued', 'si-submitted']);
    expect(statusText(element)).to.equal('Sent. Thank you. Your reference is REF-1.');
    expect(siKeys(sessionStorage)).to.deep.equal([]);
  });

  it('keeps the answers on screen when the endpoint refuses them for good, with a way to try again', async () => {
    const { clock, endpoint, element, events, send } = await sendingRig([{ kind: 'status', status: 403 }]);
    await tick(element, 1, 2);
    await send();
    await clock.advance(100);
    await element.updateComplete;
    expect(events.map((event) => event.type)).to.deep.equal(['si-submit', 'si-submit-error']);
    expect(events[1].detail).to.include({ status: 403, reason: 'refused' });
    expect(statusText(element)).to.equal(
      'This could not be sent (error 403). Your answers are still here. Please try again later or contact the organization another way.',
    );
    expect(ticked(element)).to.deep.equal([true, true, false, false]);
    expect(siKeys(sessionStorage)).to.include(STORE_KEY);
    const retry = $<HTMLButtonElement>(element, '[part~="retry"]')!;
    expect(text(retry)).to.equal('Try again now');
    retry.click();
    await clock.advance(100);
    await element.updateComplete;
    expect(endpoint.requests).to.have.length(2);
    expect(endpoint.requests[1].key).to.equal(endpoint.requests[0].key);
    expect(statusText(element)).to.equal('Sent. Thank you. Your reference is REF-1.');
  });

  it('says so when the endpoint rejects the answers (422)', async () => {
    const { clock, element, events, send } = await sendingRig([
      { kind: 'status', status: 422, errors: [{ field: '/data/items/1/note', message: 'Too long' }] },
    ]);
    await tick(element, 1);
    await send();
    await clock.advance(100);
    await element.updateComplete;
    expect(events.at(-1)).to.deep.include({ type: 'si-submit-error' });
    expect(events.at(-1)!.detail.errors).to.deep.equal([{ field: 'items.1.note', message: 'Too long' }]);
    expect(statusText(element)).to.equal('The service could not accept some answers. Please check the highlighted questions and send again.');
    expect(ticked(element)).to.deep.equal([true, false, false, false]);
  });

  it('sends nothing when the host cancels si-submit', async () => {
    const { clock, endpoint, element, send } = await sendingRig();
    element.addEventListener('si-submit', (event) => event.preventDefault());
    await tick(element, 1);
    await send();
    await clock.advance(100);
    expect(endpoint.requests).to.have.length(0);
  });

  it('turns sending off with a message for an endpoint that is not safe, and still works as a checklist', async () => {
    const checklist = await mountChecklist(html`<si-checklist endpoint="http://intake.example.org/checklists" persist="none"></si-checklist>`);
    expect($(checklist, '[part~="send-button"]')).to.equal(null);
    expect(text(configMessageOf(checklist))).to.include('The address for sending this form is not safe, so sending is turned off.');
    await tick(checklist, 1);
    expect(ticked(checklist)).to.deep.equal([true, false, false, false]);
  });

  it('says who receives the checklist and that the notes go with it, in a section of its own', async () => {
    const checklist = await mountChecklist(html`<si-checklist endpoint="${CHECKLIST_STUB}/accept" org="Example County" persist="none"></si-checklist>`);
    const send = $(checklist, '[part~="send"]')!;
    expect(send.localName).to.equal('section');
    expect(text($(checklist, `#${send.getAttribute('aria-labelledby')}`))).to.equal('Send your checklist');
    expect(text(send.querySelector('p'))).to.equal(
      'Sending gives Example County which steps you checked and every note you wrote, exactly as written. Nothing else about you is sent.',
    );
    expect(text($(checklist, '[part~="send-button"]'))).to.equal('Send your checklist');
    const unnamed = await mountChecklist(html`<si-checklist endpoint="${CHECKLIST_STUB}/accept" persist="none" lang="es"></si-checklist>`);
    expect(text($(unnamed, '[part~="send"] p'))).to.contain(
      'Al enviarla, la organización responsable de esta página recibe los pasos que marcó y todas las notas',
    );
  });

  it('keeps its status region on the page (not display: none) before anything is sent, so “Sending…” is announced', async () => {
    const checklist = await mountChecklist(html`<si-checklist endpoint="${CHECKLIST_STUB}/pending" persist="none"></si-checklist>`);
    const status = $(checklist, '[part~="status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(text(status)).to.equal('');
    expect(getComputedStyle(status).display).not.to.equal('none');
    expect(status.checkVisibility()).to.equal(true);
    await tick(checklist, 1);
    $<HTMLButtonElement>(checklist, '[part~="send-button"]')!.click();
    await until(() => statusText(checklist) === 'Sending…');
    expect($(checklist, '[part~="status"]'), 'the same region, now speaking').to.equal(status);
  });

  it('reaches the story stub’s endpoint the same way (window.fetch)', async () => {
    const checklist = await mountChecklist(html`<si-checklist endpoint="${CHECKLIST_STUB}/accept" persist="none"></si-checklist>`);
    await tick(checklist, 4);
    $<HTMLButtonElement>(checklist, '[part~="send-button"]')!.click();
    await until(() => statusText(checklist) === 'Sent. Thank you. Your reference is CL-2026-0007.');
    expect(checklistStubCalls).to.have.length(1);
    expect(JSON.parse(String(checklistStubCalls[0].init.body)).data.items[3]).to.deep.equal({ id: 'input-plan', checked: true });
  });
});

describe('<si-checklist> results that wait: clearing, two tabs, slow and redirecting endpoints', () => {
  const busy: Fault = { kind: 'status', status: 503, retryAfter: { seconds: 30 } };
  const outboxIn = (storage: Storage) => siKeys(storage).filter((key) => key.startsWith('si:outbox:checklist:'));
  const announced = (element: Element) => text($(element, '.visually-hidden[role="status"]'));

  it('“Clear answers” says the waiting results will not be sent; after “Yes” they are gone and never sent', async () => {
    const { clock, endpoint, element, send } = await sendingRig([busy]);
    await tick(element, 1);
    await send();
    await clock.advance(100);
    await element.updateComplete;
    expect(outboxIn(sessionStorage)).to.have.length(1);
    buttonNamed(element, 'Clear my answers').click();
    await element.updateComplete;
    const confirm = $(element, '[part~="clear-confirm"]')!;
    expect(text($(element, `#${confirm.getAttribute('aria-describedby')}`))).to.equal(
      'Your results have not been sent yet. Clearing also cancels sending them.',
    );
    await expect(element).to.be.accessible();
    buttonNamed(element, 'Yes, clear them').click();
    await element.updateComplete;
    expect(announced(element)).to.equal('Every checkmark and note was cleared, and the results that were waiting will not be sent.');
    expect(statusText(element), 'the delivery status is back to nothing').to.equal('');
    expect(siKeys(sessionStorage), 'answers and outbox entry gone').to.deep.equal([]);
    await clock.advance(3 * 24 * 60 * 60 * 1000);
    expect(endpoint.requests, 'nothing is sent later').to.have.length(1);
    expect(endpoint.stored.size).to.equal(0);
  });

  it('two tabs, an edit in one: the results sent last are recorded once, the replaced ones never', async () => {
    const clock = new FakeClock();
    const endpoint = new FakeEndpoint(clock);
    endpoint.faults = [busy, busy, busy];
    const locks = new FakeLocks();
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    /** A tab: its own window (storage events) and timers; the same localStorage, clock, endpoint and locks. */
    const openTab = async () => {
      const owner = {};
      const target = new EventTarget();
      ChecklistUnderTest.fakes = {
        fetch: endpoint.fetchFor(owner),
        ...clock.timersFor(owner),
        now: () => clock.now,
        random: () => 0.5,
        uuid: counterUuid(++pages),
        isOnline: () => true,
        onlineTarget: target,
        page: () => PAGE,
        lock: locks.lock,
        claims: new Set(),
      };
      const element = document.createElement('si-checklist-under-test') as ChecklistUnderTest;
      element.setAttribute('endpoint', ENDPOINT);
      element.setAttribute('persist', 'local');
      wrapper.append(element);
      await element.updateComplete;
      await clock.advance(0);
      return { element, target };
    };
    const sendFrom = async (element: ChecklistUnderTest) => {
      $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
      await clock.advance(100);
      await element.updateComplete;
    };

    const a = await openTab();
    await tick(a.element, 1);
    await sendFrom(a.element);
    expect(a.element.matches(':state(sent)')).to.equal(false);
    const b = await openTab();
    await clock.advance(100);
    await b.element.updateComplete;
    expect(ticked(b.element), 'tab B shows the kept answers').to.deep.equal([true, false, false, false]);
    expect(statusText(b.element), 'and the results waiting in the shared outbox').to.contain('Not sent yet');

    await tick(a.element, 2);
    await sendFrom(a.element);
    b.target.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
    await b.element.updateComplete;
    expect(statusText(b.element), 'B let go of the replaced results').to.equal('');
    await clock.advance(10 * 60_000);
    await a.element.updateComplete;

    const records = [...endpoint.stored.values()].map((record) => JSON.parse(record.body).data.items.map((item: { checked: boolean }) => item.checked));
    expect(records, 'one record: the final answers').to.deep.equal([[true, true, false, false]]);
    const firstKey = endpoint.requests[0].key;
    expect(
      endpoint.requests.filter((request) => request.key === firstKey),
      'the replaced results: tried once by each tab before the edit, never after',
    ).to.have.length(2);
    expect(statusText(a.element)).to.equal('Sent. Thank you. Your reference is REF-1.');
    expect(outboxIn(localStorage)).to.deep.equal([]);
  });

  it('hears an endpoint that takes 16 s to answer: the second attempt waits longer and gets it', async () => {
    const { clock, endpoint, element, send } = await sendingRig();
    endpoint.latencyMs = 16_000;
    await tick(element, 1);
    await send();
    await clock.advance(15_000);
    await element.updateComplete;
    expect(statusText(element)).to.contain('Not sent yet: we could not reach the service. We will try again in a moment.');
    await clock.advance(60_000);
    await element.updateComplete;
    expect(statusText(element)).to.equal('Sent. Thank you. Your reference is REF-1.');
    expect(endpoint.requests).to.have.length(2);
    expect(endpoint.requests[1].body).to.equal(endpoint.requests[0].body);
    expect(endpoint.stored.size).to.equal(1);
  });

  it('says an endpoint that redirects (303) is not set up correctly, tells the site’s team once, and does not retry', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: unknown) => warnings.push(String(message));
    try {
      const { clock, endpoint, element, events, send } = await sendingRig([{ kind: 'opaque-redirect', reaches: true }]);
      await tick(element, 1);
      await send();
      await clock.advance(100);
      await element.updateComplete;
      expect(statusText(element)).to.equal('This form cannot send because it is not set up correctly. Your answers are still here.');
      expect(events.map((event) => event.type)).to.deep.equal(['si-submit', 'si-submit-error']);
      expect(events[1].detail.reason).to.equal('redirect');
      expect($(element, '[part~="retry"]'), 'trying again now cannot help').to.equal(null);
      expect(ticked(element)).to.deep.equal([true, false, false, false]);
      await clock.advance(3 * 24 * 60 * 60 * 1000);
      expect(endpoint.requests).to.have.length(1);
      expect(warnings.filter((line) => line.includes(ENDPOINT) && line.includes('redirect'))).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });
});

// ---- print and downloads ---------------------------------------------------------------------------

interface Saved {
  blob: Blob;
  name: string;
  href: string;
  hidden: boolean;
}

/** Catches the Blob and the temporary <a download> instead of letting the browser save a file. */
function interceptDownloads(): { saved: Saved[]; restore: () => void; linkLeft: () => boolean } {
  const saved: Saved[] = [];
  const createObjectURL = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  const links: HTMLAnchorElement[] = [];
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    last = blob as Blob;
    return `blob:${location.origin}/fake-${saved.length}`;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
    saved.push({ blob: last!, name: this.download, href: this.href, hidden: this.hidden });
  };
  return {
    saved,
    restore: () => {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    },
    linkLeft: () => links.some((link) => link.isConnected),
  };
}

describe('<si-checklist> notes, clearing and headings', () => {
  it('tells the person under each note to leave out personal details', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    $<HTMLButtonElement>(checklist, '[part~="note-toggle"]')!.click();
    await checklist.updateComplete;
    const note = $<HTMLTextAreaElement>(checklist, '#note-assess')!;
    const hint = $(checklist, `#${note.getAttribute('aria-describedby')}`)!;
    expect(text(hint)).to.equal('About your organization’s practice only: no names or other personal details about anyone.');
    expect(hint.getAttribute('part')).to.equal('note-hint');
    expect(hint.checkVisibility()).to.equal(true);
  });

  it('puts “Clear my answers” apart from print and the downloads, after the send section', async () => {
    const checklist = await mountChecklist(html`<si-checklist endpoint="${CHECKLIST_STUB}/accept" persist="none"></si-checklist>`);
    const actions = $(checklist, '[part~="actions"]')!;
    expect([...actions.querySelectorAll('button')].map(text)).to.deep.equal(['Print', 'Download CSV', 'Download JSON']);
    const clear = $(checklist, '[part~="clear-button"]')!;
    expect(clear.closest('[part~="footer"]')).to.exist;
    expect(actions.contains(clear)).to.equal(false);
    const order = [actions, $(checklist, '[part~="send"]')!, clear];
    expect(order.every((node, index) => index === 0 || order[index - 1].compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)).to.equal(true);
    const gap = clear.getBoundingClientRect().top - actions.getBoundingClientRect().bottom;
    expect(gap, 'with space and a rule between them').to.be.above(40);
  });

  it('puts its title at the level the page sets, and refuses a level that is not 1 to 6', async () => {
    const checklist = await mountChecklist(html`<si-checklist heading-level="4" endpoint="${CHECKLIST_STUB}/accept" persist="none"></si-checklist>`);
    expect($(checklist, 'h4[part~="title"]')).to.exist;
    expect(text($(checklist, 'h5#send-heading'))).to.equal('Send your checklist');
    const plain = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    expect($(plain, 'h2[part~="title"]')).to.exist;
    expect(getComputedStyle($(plain, '.title')!).fontSize, 'styled by class, whatever the level').to.equal(getComputedStyle($(checklist, '.title')!).fontSize);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const wrong = await mountChecklist(html`<si-checklist heading-level="7" persist="none"></si-checklist>`);
      expect(text(configMessageOf(wrong))).to.contain('"7" is not a heading level. Use a number from 1 to 6.');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<si-checklist> loading content from src: time and size limits', () => {
  const HOST = 'https://checklist-content.test';
  const calls: StubCall[] = [];
  let pulled = 0;
  let timers: ManualTimers;

  before(() =>
    registerStubEndpoint(
      HOST,
      {
        '/never.json': ({ signal }) => reply.never(signal),
        '/endless.json': () => reply.endless(() => pulled++),
      },
      calls,
    ),
  );
  beforeEach(() => {
    calls.length = 0;
    pulled = 0;
    timers = new ManualTimers().install();
  });
  afterEach(() => timers.uninstall());

  it('gives up after 15 seconds without an answer, with a way to try again', async () => {
    const warn = console.warn;
    console.warn = () => {};
    const checklist = document.createElement('si-checklist');
    try {
      checklist.setAttribute('persist', 'none');
      checklist.setAttribute('src', `${HOST}/never.json`);
      // Not `fixture()`: it waits for the widget to settle, and this load settles only when the clock moves.
      document.body.append(checklist);
      await until(() => calls.length === 1 && text($(checklist, '[part~="load-status"]')) === 'Loading the checklist…');
      expect(calls[0].init).to.include({ credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' });
      await assertAccessible(checklist); // the loading state
      timers.advance(14_999);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(calls[0].init.signal?.aborted, 'still waiting at 14.999 s').to.equal(false);
      timers.advance(1);
      await until(() => text($(checklist, '[part~="load-status"]')) === 'The checklist could not be loaded. Check your connection and try again.');
      expect(calls[0].init.signal?.aborted).to.equal(true);
      expect($(checklist, '[part~="load-status"] + button')).to.exist;
    } finally {
      console.warn = warn;
      checklist.remove();
    }
  });

  it('stops reading past 256 KiB', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const checklist = await mountChecklist(html`<si-checklist persist="none" src="${HOST}/endless.json"></si-checklist>`);
      await until(() => text($(checklist, '[part~="load-status"]')) === 'The checklist could not be loaded. Check your connection and try again.');
      expect(pulled, 'chunks read before giving up (4 fit in 256 KiB)').to.be.within(5, 7);
      expect(String(warnings)).to.contain('it is larger than 262144 bytes');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<si-checklist> print and downloads', () => {
  it('prints a clean checklist with the organization and date', async () => {
    const checklist = await mountChecklist(html`<si-checklist org="Madera County CSEC Program" persist="none"></si-checklist>`);
    await tick(checklist, 1);
    await writeNote(checklist, 1, 'Assessment done in March');
    const print = window.print;
    const printed: Array<string | null> = [];
    window.print = () => void printed.push(checklist.getAttribute('data-si-print'));
    try {
      buttonNamed(checklist, 'Print').click();
      await until(() => printed.length === 1);
    } finally {
      window.print = print;
    }
    expect(printed, 'the checklist alone (test/print.test.ts shows what that hides)').to.deep.equal(['widget']);
    window.dispatchEvent(new Event('afterprint'));
    const header = $(checklist, '[part~="print-header"]')!;
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    expect(text(header)).to.equal(`Madera County CSEC Program · Printed ${date}`);
    expect(header.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    try {
      expect(header.checkVisibility()).to.equal(true);
      expect($(checklist, '[part~="actions"]')!.checkVisibility()).to.equal(false);
      expect($$(checklist, '[part~="note-toggle"]').some((toggle) => toggle.checkVisibility())).to.equal(false);
      expect(text($(checklist, '.note-print'))).to.equal('Note: Assessment done in March');
      expect($(checklist, '.note-print')!.checkVisibility()).to.equal(true);
      expect(boxes(checklist)[0].checkVisibility()).to.equal(true);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('downloads a CSV with quoted cells and no formulas', async () => {
    const checklist = await mountChecklist(html`<si-checklist persist="none"></si-checklist>`);
    await tick(checklist, 2);
    await writeNote(checklist, 1, '=HYPERLINK("https://evil.example","click")');
    await writeNote(checklist, 2, 'Staff, consultants and "trainers"\nall paid');
    await writeNote(checklist, 3, '-5 + 2');
    await writeNote(checklist, 4, '@SUM(A1)');
    const downloads = interceptDownloads();
    try {
      buttonNamed(checklist, 'Download CSV').click();
    } finally {
      downloads.restore();
    }
    expect(downloads.saved).to.have.length(1);
    const [file] = downloads.saved;
    expect(file.name).to.equal(`survivor-informed-practice-${today()}.csv`);
    expect(file.hidden).to.equal(true);
    expect(file.href).to.equal(`blob:${location.origin}/fake-0`);
    expect(downloads.linkLeft(), 'the temporary link is removed').to.equal(false);
    expect(file.blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte order mark, so spreadsheets read the accents').to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(await file.blob.text()).to.equal(
      [
        'Number,id,Step,Details,Done,Note',
        `1,assess,Find out how survivor-informed your organization is today,"Name the gaps, and the openings to close them",No,"'=HYPERLINK(""https://evil.example"",""click"")"`,
        `2,paid-roles,Offer survivors paid work,Positions on your staff; Consultant roles; Trainer roles,Yes,"Staff, consultants and ""trainers""\nall paid"`,
        `3,diverse-input,Ask for input from survivors of many different backgrounds,"People who survived sex trafficking and people who survived labor trafficking; A range of ages, genders, races, national origins, sexual orientations and disabilities, among other differences",No,'-5 + 2`,
        `4,input-plan,Plan how survivors will shape every stage of a project,Designing and developing the program; Carrying it out; Evaluating it,No,'@SUM(A1)`,
        '',
      ].join('\r\n'),
    );
  });

  it('quotes and defuses CSV cells', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a,b')).to.equal('"a,b"');
    expect(csvCell('say "hi"')).to.equal('"say ""hi"""');
    expect(csvCell('line\r\nbreak')).to.equal('"line\r\nbreak"');
    expect(['=1+1', '+1', '-1', '@A1', '\tx', '\rx'].map(csvCell)).to.deep.equal(["'=1+1", "'+1", "'-1", "'@A1", "'\tx", `"'\rx"`]);
  });

  it('downloads the answers as JSON', async () => {
    const checklist = await mountChecklist(html`<si-checklist lang="es" set="partnership" org="Larimer County Task Force" persist="none"></si-checklist>`);
    await tick(checklist, 1, 4);
    await writeNote(checklist, 4, 'Tarifa por hora acordada');
    const downloads = interceptDownloads();
    try {
      buttonNamed(checklist, 'Descargar JSON').click();
    } finally {
      downloads.restore();
    }
    const [file] = downloads.saved;
    expect(file.name).to.equal(`partnership-${today()}.json`);
    expect(file.blob.type).to.equal('application/json');
    const saved = JSON.parse(await file.blob.text());
    expect(Date.parse(saved.exportedAt)).to.be.closeTo(Date.now(), 60_000);
    const set = checklists.partnership;
    expect(saved).to.deep.equal({
      content: { id: 'partnership', version: '2', title: 'Líderes sobrevivientes en su alianza' },
      org: 'Larimer County Task Force',
      locale: 'es',
      exportedAt: saved.exportedAt,
      done: 2,
      total: 7,
      items: set.items.map((item, index) => ({
        id: item.id,
        text: item.text.es,
        points: item.points.map((point) => point.es),
        checked: index === 0 || index === 3,
        note: index === 3 ? 'Tarifa por hora acordada' : '',
      })),
    });
  });
});
