/**
 * <si-self-assessment>: its content, moving between areas by keyboard, resuming, the results (chart,
 * table, gaps), the downloads and the comparison, custom instruments, what it posts, hostile attributes,
 * and axe on every story in English and Spanish.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { instrumentSchema } from '../src/content/instrument-schema.js';
import spanish from '../src/content/self-assessment.es.js';
import { loadBuiltInInstrument, withSpanish } from '../src/content/self-assessment.js';
import { selfAssessmentEn } from '../src/content/self-assessment.en.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-config/define.js';
import '../src/elements/si-self-assessment/define.js';
import { csvCell, toCsv } from '../src/core/files.js';
import { parseInstrument, parseResultFile } from '../src/elements/si-self-assessment/report.js';
import { scoreAssessment, type Tally } from '../src/elements/si-self-assessment/scoring.js';
import type { SiSelfAssessmentElement } from '../src/elements/si-self-assessment/si-self-assessment.js';
import { anyEnvelopeSchema, envelopeSchemas, selfAssessmentEnvelope } from '../src/schemas/index.js';
import {
  chooseFile,
  CUSTOM_INSTRUMENT,
  EARLIER_RESULT,
  EARLIER_VERSION_RESULT,
  fill,
  FIRST_FORMAT_RESULT,
  installAssessmentEndpoint,
  INVALID_INSTRUMENT,
  nav,
  rateArea,
  SA_ENDPOINT,
  saCalls,
  SAMPLE,
  type Plan,
} from '../stories/support/self-assessment-stub.js';
import { assertAccessible } from './shared/axe.js';
import { configMessageOf } from './shared/fuzz.js';
import { ManualTimers } from './shared/manual-timers.js';
import { registerStubEndpoint, reply, type StubCall } from './shared/stub-network.js';
import { until } from './shared/until.js';
import { settle } from './shared/story-sweep.js';
import { shadow, $, $$, text } from './shared/dom.js';

const heading = (element: Element) => text($(element, '#section-heading'));
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const steps = (element: Element) => $$<HTMLButtonElement>(element, '[part~="step"]');
const current = (element: Element) => steps(element).findIndex((step) => step.getAttribute('aria-current') === 'step');
const STATEMENTS = selfAssessmentEn.areas.reduce((total, area) => total + area.statements.length, 0);
const AREA_IDS = ['governance', 'policy', 'environment', 'engagement', 'collaboration', 'services', 'workforce', 'monitoring', 'financing', 'evaluation'];

async function mount(template: TemplateResult): Promise<SiSelfAssessmentElement> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  await settle(wrapper);
  return wrapper.querySelector('si-self-assessment')!;
}

/** Mounts with a custom instrument as an inline JSON child. */
async function mountInline(json: string, attributes: Record<string, string> = {}): Promise<SiSelfAssessmentElement> {
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  const element = document.createElement('si-self-assessment') as SiSelfAssessmentElement;
  for (const [name, value] of Object.entries({ persist: 'none', ...attributes })) element.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  element.append(script);
  wrapper.append(element);
  await settle(wrapper);
  return element;
}

function expected(plan: Plan) {
  return scoreAssessment(
    selfAssessmentEn.areas.map((area, index) => ({ id: area.id, answers: area.statements.map((_, statement) => plan(index, statement)) })),
    3,
  );
}

beforeEach(() => wipeAllStoredData());
afterEach(() => {
  fixtureCleanup();
  wipeAllStoredData();
  document.documentElement.lang = 'en';
});

describe('<si-self-assessment> content', () => {
  it('holds SAMHSA’s ten domains in seed 004’s order, each with four to seven statements, each with its own next step', () => {
    expect(selfAssessmentEn.areas.map((area) => area.id)).to.deep.equal(AREA_IDS);
    expect(selfAssessmentEn.areas.map((area) => area.title)).to.deep.equal([
      'Governance and leadership',
      'Policy',
      'Physical environment',
      'Engagement and involvement',
      'Cross-sector collaboration',
      'Screening, assessment and treatment services',
      'Training and workforce development',
      'Progress monitoring and quality assurance',
      'Financing',
      'Evaluation',
    ]);
    for (const area of selfAssessmentEn.areas) {
      expect(area.statements.length, area.id).to.be.within(4, 7);
      for (const statement of area.statements) expect(statement.nextStep.length, statement.id).to.be.above(20);
    }
    expect(selfAssessmentEn.source).to.contain('seed 004').and.contain('SAMHSA');
    expect(selfAssessmentEn.version, 'raised with the new statements and scoring').to.equal('2');
  });

  it('advises completing it as a team with paid survivor consultants, and covers consent, confidentiality, support and speaking in public', () => {
    expect(selfAssessmentEn.intro).to.contain('as a team').and.contain('paid survivor consultants');
    const statements = new Map(selfAssessmentEn.areas.flatMap((area) => area.statements.map((statement) => [statement.id, statement.text])));
    expect(statements.get('policy-consent'))
      .to.match(/consent/)
      .and.match(/fundraising or outreach/);
    expect(statements.get('policy-withdraw')).to.match(/withdraw their consent/);
    expect(statements.get('wf-confidential')).to.match(/personal history is known only to the people they choose to tell/);
    expect(statements.get('wf-supervision')).to.match(/Supervision/);
    expect(statements.get('eng-public'))
      .to.match(/speaks in public/)
      .and.match(/benefits and risks/);
    expect(statements.get('gov-mission')).to.match(/mission statement/);
  });

  it('never assumes the organization knows which staff are survivors, and asks one thing per statement', () => {
    for (const [id, text] of selfAssessmentEn.areas.flatMap((area) => area.statements.map((statement) => [statement.id, statement.text]))) {
      expect(text, id).not.to.match(/\b(survivor staff|staff who are survivors|survivors on (our|the) staff|our survivor (staff|employees))\b/i);
      // One sentence, no "and also" clauses joined by a semicolon.
      expect(text.split(/[.;]\s/).length, id).to.equal(1);
      expect(text.length, id).to.be.below(160);
    }
  });

  it('passes the instrument schema in English and with its complete Spanish text', async () => {
    expect(instrumentSchema().safeParse(selfAssessmentEn).success).to.equal(true);
    const both = await loadBuiltInInstrument('es');
    const result = instrumentSchema().safeParse(both);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    expect(Object.keys(spanish.areas)).to.deep.equal(AREA_IDS);
    for (const area of selfAssessmentEn.areas) {
      const es = spanish.areas[area.id];
      expect(Object.keys(es.statements), area.id).to.deep.equal(area.statements.map((statement) => statement.id));
      for (const statement of Object.values(es.statements)) expect(statement.nextStep.length, area.id).to.be.above(20);
    }
    expect(JSON.stringify(spanish), 'US quotation marks, not «»').not.to.match(/[«»]/);
    expect(() => withSpanish(selfAssessmentEn, { ...spanish, areas: { ...spanish.areas, policy: { ...spanish.areas.policy, statements: {} } } })).to.throw();
  });

  it('registers the self-assessment payload schema for receivers', () => {
    expect(envelopeSchemas['self-assessment']).to.equal(selfAssessmentEnvelope);
    expect(anyEnvelopeSchema.def.options).to.include(selfAssessmentEnvelope);
  });
});

describe('<si-self-assessment> moving between areas', () => {
  it('starts on the first area with a stepper of every area and the results', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    expect(text($(element, 'h2'))).to.equal('How survivor-informed is our organization?');
    expect(heading(element)).to.equal('Governance and leadership');
    expect($(element, 'nav[part~="stepper"]')!.getAttribute('aria-label')).to.equal('Areas of the assessment');
    expect(steps(element)).to.have.length(11);
    expect(current(element)).to.equal(0);
    expect(steps(element).filter((step) => step.hasAttribute('aria-current'))).to.have.length(1);
    expect(text(steps(element)[0])).to.equal('1. Governance and leadership, Not started');
    expect(text(steps(element)[10])).to.equal('Results');
    expect(text($(element, '[part~="progress"]'))).to.equal(`0 of ${STATEMENTS} statements answered`);
    expect($$(element, 'fieldset.statement')).to.have.length(5);
    const labels = $$(element, 'fieldset.statement')[0].querySelectorAll('label');
    expect([...labels].map((label) => text(label))).to.deep.equal(['Not in place', 'Started', 'Partly in place', 'In place', 'Not applicable', 'Don’t know']);
    expect($(element, '[data-nav="previous"]')).to.equal(null);
  });

  it('moves with the keyboard: Next, Previous and a step of the stepper, focus on the new area’s heading', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    $(element, '[data-nav="next"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(heading(element)).to.equal('Policy');
    expect(active(element)?.id).to.equal('section-heading');
    expect(current(element)).to.equal(1);

    $(element, '[data-nav="previous"]')!.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(heading(element)).to.equal('Governance and leadership');
    expect(active(element)?.id).to.equal('section-heading');

    steps(element)[6].focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(heading(element)).to.equal('Training and workforce development');
    expect(active(element)).to.equal($(element, '#section-heading'));
    expect(current(element)).to.equal(6);
    expect(text($(element, '.eyebrow'))).to.equal('Area 7 of 10');

    steps(element)[10].focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(heading(element)).to.equal('Your results');
    expect(active(element)?.id).to.equal('section-heading');
  });

  it('rates with the arrow keys inside a statement, and says so in the stepper and the progress', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    const changes: Array<{ name: string; value: unknown }> = [];
    element.addEventListener('si-change', (event) => changes.push(event.detail));
    const first = $$<HTMLInputElement>(element, 'fieldset.statement')[0].querySelector('input')!;
    first.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await element.updateComplete;
    expect(changes).to.deep.equal([
      { name: 'gov-mission', value: 0 },
      { name: 'gov-mission', value: 1 },
      { name: 'gov-mission', value: 2 },
    ]);
    expect(text(steps(element)[0])).to.contain('1 of 5 answered');
    expect(text($(element, '[part~="progress"]'))).to.equal(`1 of ${STATEMENTS} statements answered`);
    expect($<HTMLProgressElement>(element, 'progress')!.value).to.equal(1);
  });

  it('never fires si-change for answers restored or set in code', async () => {
    sessionStorage.setItem(
      'si:self-assessment:survivor-informed-organization',
      JSON.stringify({ value: { version: '2', answers: { 'gov-mission': 2 }, skipped: [], step: 0, organization: '' }, expiresAt: Date.now() + 60_000 }),
    );
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    let fired = 0;
    wrapper.addEventListener('si-change', () => fired++);
    const restored = document.createElement('si-self-assessment');
    restored.setAttribute('persist', 'session');
    wrapper.append(restored);
    await settle(wrapper);
    const element = wrapper.querySelector('si-self-assessment')!;
    expect($<HTMLInputElement>(element, '#gov-mission--l2')!.checked).to.equal(true);
    element.setAttribute('share', 'answers');
    await element.updateComplete;
    expect(fired).to.equal(0);
  });

  it('skips an area: it moves on, shows “Skipped”, and the area is left out of the results until included again', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    const changes: unknown[] = [];
    element.addEventListener('si-change', (event) => changes.push(event.detail));
    await rateArea(element, [3, 3, 3, 3, 3]);
    await nav(element, 'skip');
    expect(heading(element)).to.equal('Policy');
    expect(active(element)?.id).to.equal('section-heading');
    expect(text(steps(element)[0])).to.contain('Skipped');
    expect(changes.at(-1)).to.deep.equal({ name: 'governance', value: 'skipped' });

    steps(element)[10].click();
    await element.updateComplete;
    expect(text($(element, '.note'))).to.contain('nothing to score');

    steps(element)[0].click();
    await element.updateComplete;
    expect(text($(element, '[part~="skipped-note"]'))).to.contain('You skipped this area');
    expect($<HTMLInputElement>(element, '#gov-mission--l3')!.checked, 'answers are kept').to.equal(true);
    $<HTMLButtonElement>(element, '[part~="skipped-note"] button')!.click();
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ name: 'governance', value: 'included' });
    expect(text(steps(element)[0])).to.contain('5 of 5 answered');
  });

  it('speaks Spanish, the instrument included', async () => {
    const element = await mount(html`<si-self-assessment persist="none" lang="es"></si-self-assessment>`);
    expect(text($(element, 'h2'))).to.equal('¿Qué tan informada por sobrevivientes es nuestra organización?');
    expect(heading(element)).to.equal('Gobernanza y liderazgo');
    expect($(element, '.root')!.getAttribute('lang')).to.equal('es');
    const labels = [...$$(element, 'fieldset.statement')[0].querySelectorAll('label')].map((label) => text(label));
    expect(labels).to.deep.equal(['No implementado', 'Iniciado', 'Implementado en parte', 'Implementado', 'No corresponde', 'No sé']);
  });
});

describe('<si-self-assessment> resuming', () => {
  it('puts answers, skipped areas and the area back on the next visit (persist="session")', async () => {
    let element = await mount(html`<si-self-assessment persist="session"></si-self-assessment>`);
    await rateArea(element, [3, 'na', 1, 'dk', 2]);
    await nav(element, 'next');
    await nav(element, 'skip');
    await rateArea(element, [2]);
    expect(Object.keys(sessionStorage)).to.include('si:self-assessment:survivor-informed-organization');
    fixtureCleanup();

    element = await mount(html`<si-self-assessment persist="session"></si-self-assessment>`);
    expect(heading(element)).to.equal('Physical environment');
    expect($<HTMLInputElement>(element, '#env-private--l2')!.checked).to.equal(true);
    expect(text(steps(element)[0])).to.contain('5 of 5 answered');
    expect(text(steps(element)[1])).to.contain('Skipped');
    steps(element)[0].click();
    await element.updateComplete;
    const checked = $$<HTMLInputElement>(element, 'input[type="radio"]:checked').map((input) => input.id);
    expect(checked).to.deep.equal(['gov-mission--l3', 'gov-lead--na', 'gov-formal-role--l1', 'gov-several--dk', 'gov-culture--l2']);
  });

  it('keeps nothing by default (persist="none") and says so, and keeps answers of elements with different ids apart', async () => {
    let element = await mount(html`<si-self-assessment></si-self-assessment>`);
    expect(text($(element, '[part~="footer"] .muted'))).to.equal('Your answers are not saved: they are gone when you leave the page.');
    await rateArea(element, [3]);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('si:'))).to.deep.equal([]);
    expect(Object.keys(localStorage).filter((key) => key.startsWith('si:'))).to.deep.equal([]);
    fixtureCleanup();
    element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    expect($$(element, 'input:checked')).to.have.length(0);
    fixtureCleanup();

    element = await mount(html`<si-self-assessment id="board" persist="local"></si-self-assessment>`);
    await rateArea(element, [1]);
    expect(Object.keys(localStorage)).to.include('si:self-assessment:survivor-informed-organization:board');
    fixtureCleanup();
    element = await mount(html`<si-self-assessment id="staff" persist="local"></si-self-assessment>`);
    expect($$(element, 'input:checked')).to.have.length(0);
  });

  it('clears every answer after confirming, and forgets them', async () => {
    const element = await mount(html`<si-self-assessment persist="session"></si-self-assessment>`);
    await rateArea(element, [3, 3]);
    await nav(element, 'next');
    $<HTMLButtonElement>(element, '[part~="clear-button"]')!.click();
    await element.updateComplete;
    expect(active(element)?.id).to.equal('clear-no');
    $<HTMLButtonElement>(element, '#clear-no')!.click();
    await element.updateComplete;
    expect(active(element)).to.equal($(element, '[part~="clear-button"]'));
    expect(text(steps(element)[0])).to.contain('2 of 5 answered');

    $<HTMLButtonElement>(element, '[part~="clear-button"]')!.click();
    await element.updateComplete;
    $<HTMLButtonElement>(element, '#clear-yes')!.click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Governance and leadership');
    expect(active(element)?.id).to.equal('section-heading');
    expect($$(element, 'input:checked')).to.have.length(0);
    expect(text($(element, '.root > [role="status"]'))).to.equal('Every answer was cleared.');
    const stored = JSON.parse(sessionStorage.getItem('si:self-assessment:survivor-informed-organization') ?? 'null');
    expect(stored === null || Object.keys(stored.value.answers).length === 0).to.equal(true);
  });

  it('closes the “Clear” question with Escape, keeping every answer, and gives focus back to the button', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await rateArea(element, [3, 3]);
    $<HTMLButtonElement>(element, '[part~="clear-button"]')!.click();
    await element.updateComplete;
    expect(active(element)?.id).to.equal('clear-no');
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect($(element, '#clear-question')).to.equal(null);
    expect(active(element)).to.equal($(element, '[part~="clear-button"]'));
    expect($$(element, 'input:checked')).to.have.length(2);
  });
});

/** The level names of the default scale, as shown. */
const LEVEL = ['Not in place', 'Started', 'Partly in place', 'In place'];

describe('<si-self-assessment> results', () => {
  it('shows the same figures in the chart and in the table, as the scoring function computes them', async () => {
    const element = await mount(html`<si-self-assessment persist="none" ta-href="/training-request"></si-self-assessment>`);
    await fill(element);
    const score = expected(SAMPLE);
    expect(heading(element)).to.equal('Your results');
    expect(active(element)?.id).to.equal('section-heading');
    expect(current(element)).to.equal(10);

    const rows = $$<HTMLTableRowElement>(element, 'tbody tr');
    expect(rows.map((row) => row.dataset.area)).to.deep.equal(AREA_IDS);
    for (const [index, row] of rows.entries()) {
      const area = score.areas[index];
      const cells = [...row.cells].map((cell) => text(cell));
      expect(cells, AREA_IDS[index]).to.deep.equal([
        selfAssessmentEn.areas[index].title,
        String(area.score),
        LEVEL[area.band!],
        String(area.rated),
        String(area.notApplicable),
        String(area.dontKnow),
      ]);
      const bar = $<SVGRectElement>(element, `.chart__value[data-area="${area.id}"]`)!;
      expect(Number(bar.getAttribute('width')), `bar of ${area.id}`).to.equal(area.score);
    }
    const overall = [...$<HTMLTableRowElement>(element, 'tfoot tr')!.cells].map((cell) => text(cell));
    const mean = Math.round(score.areas.reduce((total, area) => total + area.score!, 0) / 10);
    expect(score.overall.score, 'the average of the ten area scores').to.equal(mean);
    expect(overall).to.deep.equal(['Overall', String(mean), LEVEL[score.overall.band!], String(STATEMENTS - 2), '1', '1']);
    expect(text($(element, '[part~="overall"]'))).to.equal(`Overall score: ${mean} out of 100. Level: ${LEVEL[score.overall.band!]}.`);
    expect(text($(element, '[part~="results"]'))).to.contain('It is the average of the scores of all 10 areas, each area counting the same');
    expect(text($(element, '[part~="results"]'))).to.contain(
      'Levels of a score: 0–24 Not in place; 25–57 Started; 58–91 Partly in place; 92–100 In place. An area reaches “In place” only when nearly all of its statements do.',
    );
    expect($(element, '[part~="chart"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(element, '.chart__band').map((line) => line.getAttribute('x1'))).to.include.members(['25', '58', '92']);
    expect(text($(element, 'caption'))).to.equal('Scores by area, out of 100');
    expect($$(element, 'thead th').every((cell) => cell.getAttribute('scope') === 'col')).to.equal(true);
  });

  it('names strengths and gaps on absolute levels: an area at 92 is “In place”, not a gap, with its one step left', async () => {
    const element = await mount(html`<si-self-assessment persist="none" ta-href="/training-request"></si-self-assessment>`);
    await fill(element);
    const score = expected(SAMPLE);
    const monitoring = score.areas[7];
    expect([monitoring.score, monitoring.band]).to.deep.equal([92, 3]);
    expect(score.gaps).not.to.include('monitoring');
    expect(score.strengths).to.deep.equal(['monitoring', 'financing']);

    const gaps = $$(element, '[part~="gap"]');
    expect(gaps.map((gap) => gap.dataset.area)).to.deep.equal(score.gaps);
    expect(score.gaps[0]).to.equal('governance');
    expect(text(gaps[0].querySelector('.gap-title'))).to.equal('Governance and leadership');
    // A next step for every statement below the top level, with the statement it answers.
    const governance = selfAssessmentEn.areas[0];
    const items = [...gaps[0].querySelectorAll<HTMLElement>('li')];
    expect(items.map((item) => item.dataset.statement)).to.deep.equal(governance.statements.map((statement) => statement.id));
    expect(text(items[0])).to.equal(`${governance.statements[0].nextStep} For “${governance.statements[0].text}” (rated Not in place)`);
    expect(text(items[1])).to.contain('(rated Started)');

    const strengths = $$(element, '[part~="strengths"] > li');
    expect(strengths.map((item) => item.dataset.area)).to.deep.equal(['monitoring', 'financing']);
    expect(text(strengths[0])).to.contain('Progress monitoring and quality assurance: Score: 92 out of 100. Level: In place.');
    expect(text(strengths[0])).to.contain('Still to do:');
    const left = [...strengths[0].querySelectorAll<HTMLElement>('li')].map((item) => item.dataset.statement);
    expect(left, 'only the statement rated below the top').to.deep.equal(['mon-anonymous']);
    expect($<HTMLAnchorElement>(element, '[part~="ta-link"]')!.href).to.equal(new URL('/training-request', location.href).href);
  });

  it('says there are no gaps when every scored area is in place', async () => {
    const element = await mount(html`<si-self-assessment persist="none" ta-href="/training-request"></si-self-assessment>`);
    await fill(element, (area, statement) => (area === 4 ? 'na' : statement === 0 && area === 2 ? 2 : 3));
    expect($$(element, '[part~="gap"]')).to.have.length(0);
    expect(text($(element, '[part~="results"]'))).to.contain('No gaps: every area with a score is at “In place”.');
    expect($(element, '[part~="ta-link"]'), 'no help offered for gaps that do not exist').to.equal(null);
    expect($$(element, '[part~="strengths"] > li')).to.have.length(9);
    expect(text($(element, 'tbody tr[data-area="collaboration"]'))).to.contain('Not scored');
  });

  it('turns “don’t know” into things to find out, and scores no area with too few ratings', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    // Governance: one rating and four "don't know". Policy: rated. The rest untouched.
    await rateArea(element, [3, 'dk', 'dk', 'dk', 'dk']);
    await nav(element, 'next');
    await rateArea(element, [2, 2, 2, 2, 'dk']);
    steps(element)[10].click();
    await element.updateComplete;
    const governance = $<HTMLTableRowElement>(element, 'tbody tr[data-area="governance"]')!;
    expect(text(governance.cells[1]), 'one rating is not a score of 100').to.equal('Not scored');
    expect(text($(element, '.unscored'))).to.equal('Governance and leadership: 1 rated; a score needs at least 3.');
    const findOut = $(element, '[part~="find-out"]')!;
    expect(text(findOut.querySelector('.subheading'))).to.equal('To find out');
    const asked = [...findOut.querySelectorAll<HTMLElement>('li')];
    expect(asked.map((item) => item.dataset.statement)).to.deep.equal(['gov-lead', 'gov-formal-role', 'gov-several', 'gov-culture', 'policy-guide']);
    expect(text(asked[0])).to.equal(`Find out whether: “${selfAssessmentEn.areas[0].statements[1].text}”`);
    expect(text($(element, '[part~="overall"]'))).to.equal('Overall score: 67 out of 100. Level: Partly in place.');
    expect(text($(element, '[part~="results"]'))).to.contain('It is the average of the scores of the 1 areas that have one (of 10)');
  });

  it('says why there is no score yet when ratings are too few everywhere', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await rateArea(element, [1, 'dk']);
    steps(element)[10].click();
    await element.updateComplete;
    expect(text($(element, '.note'))).to.contain('No area has enough ratings for a score yet');
    expect($(element, '[part~="gap"], [part~="strengths"], table')).to.equal(null);
    expect(text($(element, '.unscored'))).to.contain('Governance and leadership: 1 rated; a score needs at least 3.');
    expect([...$(element, '.unscored')!.querySelectorAll<HTMLElement>('li li')].map((item) => item.dataset.statement)).to.deep.equal(['gov-mission']);
    expect($$<HTMLElement>(element, '[part~="find-out"] li').map((item) => item.dataset.statement)).to.deep.equal(['gov-lead']);
  });

  it('asks nothing about any person: the only text field is the organization’s name', async () => {
    const element = await mount(html`<si-self-assessment persist="none" endpoint="${SA_ENDPOINT}/accept"></si-self-assessment>`);
    await fill(element);
    const fields = $$<HTMLInputElement>(element, 'input, textarea, select').filter(
      (field) => field.type !== 'radio' && !field.hasAttribute('data-si-honeypot'),
    );
    expect(fields.map((field) => `${field.id}:${field.type}`)).to.deep.equal(['org-name:text', 'compare-file:file']);
  });

  it('prints the report with the organization and the date, and only the widget', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    const input = $<HTMLInputElement>(element, '#org-name')!;
    input.value = 'Tri-County Coalition';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect($(element, '.report-meta')!.innerText).to.match(/^Report for Tri-County Coalition\nDate: \w+ \d{1,2}, \d{4}$/);
    const print = window.print;
    const seen: Array<string | null> = [];
    window.print = () => void seen.push(element.getAttribute('data-si-print'));
    try {
      $<HTMLButtonElement>(element, '[data-print]')!.click();
    } finally {
      window.print = print;
    }
    expect(seen, 'print() ran with the widget marked as the only thing to print').to.deep.equal(['widget']);
    window.dispatchEvent(new Event('afterprint'));
    expect(element.hasAttribute('data-si-print'), 'and the page is back once printing is over').to.equal(false);
  });
});

describe('<si-self-assessment> on a phone (360 px)', () => {
  async function phone(): Promise<SiSelfAssessmentElement> {
    return mount(html`<div style="inline-size: 360px; font-size: 16px"><si-self-assessment persist="none"></si-self-assessment></div>`);
  }

  it('folds the list of areas into one “Area 1 of 10” button, so the first statement is near the top', async () => {
    const element = await phone();
    const toggle = $<HTMLButtonElement>(element, '[part~="menu-toggle"]')!;
    expect(toggle.checkVisibility()).to.equal(true);
    expect(text(toggle)).to.equal('Area 1 of 10 Show all areas');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(element, '#steps')!.checkVisibility()).to.equal(false);
    const nav = $(element, '[part~="stepper"]')!.getBoundingClientRect();
    expect(nav.height, 'the folded list').to.be.below(110);
    const top = element.getBoundingClientRect().top;
    const first = $(element, 'fieldset.statement')!.getBoundingClientRect().top - top;
    expect(first, 'the first statement’s distance from the top of the widget').to.be.below(1300);
    expect(element.getBoundingClientRect().width).to.equal(360);
    expect(shadow(element).querySelector('.root')!.scrollWidth, 'nothing wider than the phone').to.be.at.most(360);
  });

  it('opens the list with the button, closes it with Escape or by choosing an area', async () => {
    const element = await phone();
    const toggle = $<HTMLButtonElement>(element, '[part~="menu-toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Area 1 of 10 Hide the areas');
    expect($(element, '#steps')!.checkVisibility()).to.equal(true);
    steps(element)[3].focus();
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(active(element)).to.equal(toggle);

    toggle.click();
    await element.updateComplete;
    steps(element)[1].click();
    await element.updateComplete;
    expect(heading(element)).to.equal('Policy');
    expect(active(element)?.id).to.equal('section-heading');
    expect(text(toggle)).to.equal('Area 2 of 10 Show all areas');
    expect($(element, '#steps')!.checkVisibility()).to.equal(false);
  });

  it('shows what each rating means, and keeps each statement inside its box', async () => {
    const element = await phone();
    const scale = $<HTMLDetailsElement>(element, '[part~="scale"]')!;
    expect(scale.open).to.equal(true);
    expect(scale.querySelector('dd')!.checkVisibility()).to.equal(true);
    expect([text(scale.querySelector('dt')), text(scale.querySelector('dd'))]).to.deep.equal([
      'Not in place',
      'No: it does not happen, or has only been talked about.',
    ]);
    for (const fieldset of $$(element, 'fieldset.statement')) {
      const box = fieldset.getBoundingClientRect();
      const legend = fieldset.querySelector('legend')!.getBoundingClientRect();
      expect(legend.height, 'a statement of several lines').to.be.above(30);
      expect(legend.top, 'the statement starts inside the border').to.be.at.least(box.top + 2);
      expect(legend.right).to.be.at.most(box.right);
    }
  });

  it('shows that the results table scrolls, with the change right after the score', async () => {
    const element = await phone();
    await fill(element);
    await chooseFile(element, JSON.stringify(EARLIER_RESULT));
    const wrap = $<HTMLElement>(element, '.table-wrap')!;
    expect(wrap.scrollWidth, 'wider than the phone').to.be.above(wrap.clientWidth);
    expect(wrap.tabIndex, 'a keyboard can scroll it').to.equal(0);
    expect($(element, '#table-hint')!.checkVisibility()).to.equal(true);
    expect(text($(element, '#table-hint'))).to.equal('Scroll the table sideways to see every column.');
    expect(getComputedStyle(wrap).backgroundImage, 'a shade on the side with more to see').to.contain('gradient');
    const columns = [...$<HTMLTableRowElement>(element, 'thead tr')!.cells].map((cell) => text(cell));
    expect(columns.slice(0, 4)).to.deep.equal(['Area', 'Score', 'Earlier (November 3, 2025)', 'Change']);
  });
});

describe('<si-self-assessment> heading levels', () => {
  it('puts its headings under the level the page sets, styled the same', async () => {
    const element = await mount(html`<si-self-assessment persist="none" heading-level="3"></si-self-assessment>`);
    expect($(element, 'h3[part~="heading"]')).to.exist;
    expect($(element, 'h4#section-heading')).to.exist;
    const title = getComputedStyle($(element, '.title')!).fontSize;
    await fill(element);
    expect($(element, 'h4#section-heading')!.textContent).to.contain('Your results');
    expect($$(element, 'h5.subheading').map((node) => text(node))).to.include.members(['Strengths', 'Gaps and next steps']);
    expect($$(element, 'h6.gap-title')).to.not.have.length(0);
    const plain = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    expect($(plain, 'h2[part~="heading"]')).to.exist;
    expect(getComputedStyle($(plain, '.title')!).fontSize).to.equal(title);
  });

  it('shows a configuration message for a level that is not 1 to 6', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const element = await mount(html`<si-self-assessment persist="none" heading-level="h2"></si-self-assessment>`);
      expect(text(configMessageOf(element))).to.contain('"h2" is not a heading level. Use a number from 1 to 6.');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<si-self-assessment> downloads and comparison', () => {
  let blobs: Array<{ name: string; blob: Blob }>;
  let restore: () => void;

  beforeEach(() => {
    blobs = [];
    const { createObjectURL, revokeObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    const made = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:test/${made.size}`;
      made.set(url, blob as Blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      blobs.push({ name: this.download, blob: made.get(this.href)! });
    };
    restore = () => {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
      HTMLAnchorElement.prototype.click = click;
    };
  });
  afterEach(() => restore());

  const downloadButton = (element: Element, kind: 'csv' | 'json') => $<HTMLButtonElement>(element, `[data-download="${kind}"]`)!;
  const changes = (element: Element) => $$<HTMLTableRowElement>(element, 'tbody tr').map((row) => text(row.cells[3]));

  it('downloads the scores as CSV', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    downloadButton(element, 'csv').click();
    expect(blobs).to.have.length(1);
    expect(blobs[0].name).to.match(/^survivor-informed-organization-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blobs[0].blob.type).to.equal('text/csv;charset=utf-8');
    const lines = (await blobs[0].blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Area id,Area,Score,Level,Rated,Not applicable,Don’t know,Not answered,Skipped');
    const score = expected(SAMPLE);
    expect(lines[1]).to.equal(`governance,Governance and leadership,${score.areas[0].score},Not in place,5,0,0,0,No`);
    expect(lines[6]).to.equal(`services,"Screening, assessment and treatment services",${score.areas[5].score},${LEVEL[score.areas[5].band!]},6,0,0,0,No`);
    expect(lines[11]).to.equal(`overall,Overall,${score.overall.score},${LEVEL[score.overall.band!]},${STATEMENTS - 2},1,1,0,No`);
    expect(lines).to.have.length(13); // 1 header, 10 areas, overall, and the final line break
  });

  it('guards the CSV against formulas in instrument text', async () => {
    expect(['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx', 'plain', 'a,b', 'say "hi"'].map(csvCell)).to.deep.equal([
      "'=1+1",
      "'+SUM(A1)",
      "'-2",
      "'@cmd",
      "'\tx",
      'plain',
      '"a,b"',
      '"say ""hi"""',
    ]);
    expect(toCsv([[-3, null, '=x']])).to.equal("\uFEFF-3,,'=x\r\n");
    const hostile = { ...CUSTOM_INSTRUMENT, areas: [{ ...CUSTOM_INSTRUMENT.areas[0], title: '=HYPERLINK("https://evil.example","x")' }] };
    const element = await mountInline(JSON.stringify(hostile));
    await fill(element, () => 2);
    downloadButton(element, 'csv').click();
    const csv = await blobs[0].blob.text();
    expect(csv).to.contain(`pay,"'=HYPERLINK(""https://evil.example"",""x"")",100,Yes`);
  });

  it('downloads the result as JSON (format 2, with each area’s statements), which loads back for comparison', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    downloadButton(element, 'json').click();
    expect(blobs[0].name).to.match(/^survivor-informed-organization-\d{4}-\d{2}-\d{2}\.json$/);
    const result = JSON.parse(await blobs[0].blob.text());
    const score = expected(SAMPLE);
    expect(result).to.include({ format: 'si-self-assessment-result', formatVersion: 2, levels: 4 });
    expect(result.instrument).to.deep.equal({ id: 'survivor-informed-organization', version: '2' });
    expect(result.scale).to.deep.equal(LEVEL);
    expect(result.overall).to.include({ score: score.overall.score, areasScored: 10 });
    expect(result.areas.map((area: { score: number }) => area.score)).to.deep.equal(score.areas.map((area) => area.score));
    expect(result.areas[1].statements).to.deep.equal(selfAssessmentEn.areas[1].statements.map((statement) => statement.id));
    expect(result.answers).to.have.length(STATEMENTS);
    expect(result.answers[10]).to.deep.equal({ area: 'environment', statement: 'env-private', answer: 'not-applicable' });
    expect(parseResultFile(JSON.stringify(result), 'survivor-informed-organization').result?.areas).to.have.length(10);

    await chooseFile(element, JSON.stringify(result));
    expect(text($(element, 'thead tr'))).to.contain('Change');
    expect(changes(element)).to.deep.equal(score.areas.map(() => '0 (no change)'));
    expect(text($(element, 'tfoot tr'))).to.contain('0 (no change)');
  });

  it('compares with an earlier result: earlier score and change per area, in numbers and words', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    await chooseFile(element, JSON.stringify(EARLIER_RESULT));
    const score = expected(SAMPLE);
    expect([...$<HTMLTableRowElement>(element, 'thead tr')!.cells].map((cell) => text(cell)).slice(2, 4)).to.deep.equal([
      'Earlier (November 3, 2025)',
      'Change',
    ]);
    const rows = $$<HTMLTableRowElement>(element, 'tbody tr');
    rows.forEach((row, index) => {
      const now = score.areas[index].score!;
      const then = EARLIER_RESULT.areas[index].score;
      const change =
        then === null
          ? 'Cannot compare'
          : now > then
            ? `+${now - then} (up ${now - then})`
            : now < then
              ? `−${then - now} (down ${then - now})`
              : '0 (no change)';
      expect([text(row.cells[2]), text(row.cells[3])], AREA_IDS[index]).to.deep.equal([then === null ? 'Not scored' : String(then), change]);
    });
    expect(text(rows[9].cells[3])).to.equal('Cannot compare');
    expect(text($(element, '[part~="compare"]'))).to.contain('Compared with the result of November 3, 2025');
    expect(text($(element, '[part~="compare"]')), 'same version: no caveat').not.to.contain('version');
    expect($$(element, '.chart__earlier')).to.have.length(9);
    expect(text($(element, '.root > [role="status"]'))).to.contain('The earlier result is loaded');

    $<HTMLButtonElement>(element, '[part~="compare"] button')!.click();
    await element.updateComplete;
    expect(text($(element, 'thead tr'))).not.to.contain('Change');
    expect(active(element)?.id).to.equal('compare-file');
  });

  it('compares a result of another version only where both asked the same statements, and says so', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    await chooseFile(element, JSON.stringify(EARLIER_VERSION_RESULT));
    expect(text($(element, '[part~="compare"] .note'))).to.equal(
      'The earlier result used version 1 of this assessment; this is version 2. Only the 8 areas that ask the same statements in both are compared; the others show “Statements changed”.',
    );
    const byArea = Object.fromEntries($$<HTMLTableRowElement>(element, 'tbody tr').map((row) => [row.dataset.area, [text(row.cells[2]), text(row.cells[3])]]));
    expect(byArea.policy).to.deep.equal(['—', 'Statements changed']);
    expect(byArea.financing).to.deep.equal(['—', 'Statements changed']);
    expect(byArea.governance[1]).to.match(/^[−+0]/);
    expect(text($<HTMLTableRowElement>(element, 'tfoot tr')!.cells[3]), 'the overall score averages different areas').to.equal('Cannot compare');
    expect($$(element, '.chart__earlier')).to.have.length(7); // 8 comparable, one of them without an earlier score
  });

  it('refuses a file that is not a comparable result of this assessment, and says why', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    const cases: Array<[string, string]> = [
      ['{ not json', 'This file could not be read.'],
      [JSON.stringify({ hello: 'world' }), 'This file is not a result downloaded from this assessment.'],
      [
        JSON.stringify({ ...EARLIER_RESULT, areas: [{ id: 'policy', score: 140, statements: [] }] }),
        'This file is not a result downloaded from this assessment.',
      ],
      [JSON.stringify({ ...EARLIER_RESULT, date: '2025-02-30' }), 'This file is not a result downloaded from this assessment.'],
      [JSON.stringify({ ...EARLIER_RESULT, instrument: { id: 'another-tool', version: '1' } }), 'This file holds a result from a different assessment.'],
      [
        JSON.stringify(FIRST_FORMAT_RESULT),
        'This result was saved by the first version of this assessment, which asked other statements and scored them by other rules',
      ],
    ];
    for (const [content, message] of cases) {
      await chooseFile(element, content);
      const input = $<HTMLInputElement>(element, '#compare-file')!;
      expect(text($(element, '#compare-error')), content).to.contain(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('compare-error');
      expect(active(element)).to.equal(input);
      expect(text($(element, 'thead tr'))).not.to.contain('Change');
    }
  });
});

describe('<si-self-assessment> custom instruments', () => {
  it('uses a valid inline instrument with its own scale, its bands named by that scale', async () => {
    const element = await mountInline(JSON.stringify(CUSTOM_INSTRUMENT));
    expect(text($(element, 'h2'))).to.equal('Quick check for county partners');
    expect(steps(element).map((step) => text(step.querySelector('.step__title')))).to.deep.equal([
      '1. Paying survivor experts',
      '2. Input at every stage',
      'Results',
    ]);
    expect([...$$(element, 'fieldset.statement')[0].querySelectorAll('label')].map((label) => text(label))).to.deep.equal([
      'No',
      'Partly',
      'Yes',
      'Not applicable',
      'Don’t know',
    ]);
    await fill(element, (area, statement) => (area === 0 ? ([2, 1] as const)[statement] : 0));
    // Three levels: 0–37 No, 38–87 Partly, 88–100 Yes. Pay is 3 of 4 = 75: "Partly", a gap.
    expect($$<HTMLTableRowElement>(element, 'tbody tr').map((row) => [text(row.cells[1]), text(row.cells[2])])).to.deep.equal([
      ['75', 'Partly'],
      ['0', 'No'],
    ]);
    const gaps = $$(element, '[part~="gap"]');
    expect(gaps.map((entry) => entry.dataset.area)).to.deep.equal(['input', 'pay']);
    // The statement's own next step where it has one, the general one where not, then the area's own steps.
    expect([...gaps[1].querySelectorAll('li')].map((item) => text(item))).to.deep.equal([
      'Agree as a team on one change that would move this up a level. For “They are paid within 30 days.” (rated Partly)',
      'Write down your consultant rates and payment time.',
    ]);
    await chooseFile(element, JSON.stringify({ ...EARLIER_RESULT, instrument: { id: 'county-quick-check', version: '2025-05' } }));
    expect(text($(element, '[part~="compare"] .note'))).to.contain('No area asks the same statements in both, so none can be compared.');
  });

  it('marks plain-string text with the instrument’s language when the widget speaks another', async () => {
    const element = await mountInline(JSON.stringify(CUSTOM_INSTRUMENT), { lang: 'es' });
    expect($(element, 'h2 span')!.getAttribute('lang')).to.equal('en');
    expect(text($(element, '[data-nav="next"]'))).to.equal('Área siguiente');
    await fill(element, () => 1);
    const level = $(element, '[part~="overall"] span[lang="en"]');
    expect(text(level), 'the scale’s own word, marked as English inside the Spanish sentence').to.equal('Partly');
  });

  it('loads an instrument from src (a path on this site), in the widget’s language', async () => {
    const element = await mount(html`<si-self-assessment persist="none" lang="es" src="/test/fixtures/self-assessment-instrument.json"></si-self-assessment>`);
    expect(text($(element, 'h2'))).to.equal('Revisión de prueba');
    expect(heading(element)).to.equal('La única área');
    expect($$(element, 'fieldset.statement')).to.have.length(2);
  });

  it('shows a configuration message when src cannot be loaded', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const element = await mount(html`<si-self-assessment persist="none" src="/test/fixtures/no-such-instrument.json"></si-self-assessment>`);
      expect(text(configMessageOf(element))).to.contain('The assessment could not be loaded from its address.');
      expect($(element, 'fieldset')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it('names every wrong entry of an invalid instrument and renders nothing else', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const element = await mountInline(JSON.stringify(INVALID_INSTRUMENT));
      const items = [...configMessageOf(element)!.querySelectorAll('li')].map((item) => text(item));
      expect(items).to.have.members([
        'In the assessment content, areas[0] has a key this assessment does not know: statments.',
        'In the assessment content, areas[0].statements[0].text is missing or empty.',
        'In the assessment content, areas[1].id repeats the id "pay".',
      ]);
      expect($(element, 'nav, fieldset, h2')).to.equal(null);

      const broken = await mountInline('{ "id": "x", ');
      expect(text(configMessageOf(broken))).to.contain('The assessment content is not valid JSON.');

      const many = await mountInline(JSON.stringify({ id: '??', version: '!', title: 7, areas: [{ id: '', title: '', statements: [] }], extra: 1 }));
      const listed = [...configMessageOf(many)!.querySelectorAll('li')].map((item) => text(item));
      expect(listed).to.have.length(6);
      expect(listed.at(-1)).to.match(/^…and \d+ more\.$/);
    } finally {
      console.warn = warn;
    }
  });

  it('reports issues by path for the web team', async () => {
    expect((await parseInstrument({ ...CUSTOM_INSTRUMENT, scale: { levels: [{ label: 'Only one' }] } })).issues).to.deep.equal([
      { path: 'scale.levels', code: 'too-few', detail: '2' },
    ]);
    expect((await parseInstrument({ ...CUSTOM_INSTRUMENT, areas: [{ ...CUSTOM_INSTRUMENT.areas[1], title: 5 }] })).issues).to.deep.equal([
      { path: 'areas[0].title', code: 'choice', detail: '' },
    ]);
    expect((await parseInstrument(JSON.stringify(CUSTOM_INSTRUMENT))).value?.id).to.equal('county-quick-check');
  });
});

describe('<si-self-assessment> loading an instrument from src', () => {
  const LOADER = 'https://instrument-host.test';
  const calls: StubCall[] = [];
  let pulled = 0;
  let timers: ManualTimers;

  before(() =>
    registerStubEndpoint(
      LOADER,
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

  it('gives up after 15 seconds without an answer, and says the assessment could not be loaded', async () => {
    let cleanUp = () => {};
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      // Not `fixture()`: it would wait for the widget to settle, and the load settles only when the clock moves.
      const element = document.createElement('si-self-assessment');
      element.setAttribute('persist', 'none');
      element.setAttribute('src', `${LOADER}/never.json`);
      document.body.append(element);
      cleanUp = () => element.remove();
      await until(() => calls.length === 1 && text($(element, '[role="status"]')) === 'Loading the assessment…', 'the request and “Loading…”');
      expect(calls[0].init).to.include({ credentials: 'omit', redirect: 'error', referrerPolicy: 'no-referrer' });
      await assertAccessible(element); // the loading state
      timers.advance(14_999);
      // (Not `updateComplete`: it waits for the load itself.)
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(configMessageOf(element), 'still waiting at 14.999 s').to.equal(null);
      expect(calls[0].init.signal?.aborted).to.equal(false);
      timers.advance(1);
      await until(() => configMessageOf(element) !== null, 'the message after 15 s');
      expect(text(configMessageOf(element))).to.contain('The assessment could not be loaded from its address.');
      expect(calls[0].init.signal?.aborted, 'the request is aborted').to.equal(true);
      expect(JSON.stringify(warnings.map(String))).to.contain('it took longer than 15 s');
    } finally {
      console.warn = warn;
      cleanUp();
    }
  });

  it('stops reading past 512 KiB, and says the assessment could not be loaded', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const element = await mount(html`<si-self-assessment persist="none" src="${LOADER}/endless.json"></si-self-assessment>`);
      await until(() => configMessageOf(element) !== null, 'the message');
      expect(text(configMessageOf(element))).to.contain('The assessment could not be loaded from its address.');
      expect(pulled, 'chunks read before giving up (8 fit in 512 KiB)').to.be.within(9, 11);
      expect(JSON.stringify(warnings.map(String))).to.contain('it is larger than 524288 bytes');
    } finally {
      console.warn = warn;
    }
  });
});

describe('<si-self-assessment> sending', () => {
  before(() => installAssessmentEndpoint());
  beforeEach(() => (saCalls.length = 0));

  async function sendFrom(element: SiSelfAssessmentElement): Promise<Record<string, unknown>> {
    $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
    await until(() => saCalls.length === 1 && $(element, '[part~="status"]')?.getAttribute('data-state') === 'sent', 'the results to be sent');
    return JSON.parse(String(saCalls[0].init.body));
  }

  it('offers no sending without an endpoint', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    expect($(element, '[part~="send"]')).to.equal(null);
  });

  it('posts the scores only with share="scores" (the default), through the delivery controller', async () => {
    const element = await mount(html`<si-self-assessment endpoint="${SA_ENDPOINT}/accept" org="Tri-County Coalition" persist="session"></si-self-assessment>`);
    await fill(element);
    steps(element)[9].click();
    await element.updateComplete;
    await nav(element, 'skip');
    const submits: unknown[] = [];
    element.addEventListener('si-submit', (event) => submits.push(event.detail.payload));
    expect(text($(element, '[part~="send"]'))).to.contain('Only your score in each area is sent to Tri-County Coalition, not your answers');
    expect($(element, '[part~="status"]'), 'the live region is there before anything is sent').to.exist;
    const sent = await sendFrom(element);
    const init = saCalls[0].init;
    expect(saCalls[0].url).to.equal(`${SA_ENDPOINT}/accept`);
    expect(init.headers).to.deep.equal({ 'Content-Type': 'application/json', 'Idempotency-Key': sent.id });
    expect([init.method, init.credentials, init.redirect, init.referrerPolicy, init.cache]).to.deep.equal([
      'POST',
      'omit',
      'manual',
      'no-referrer',
      'no-store',
    ]);
    expect(submits).to.have.length(1);
    expect(selfAssessmentEnvelope.safeParse(sent).success, 'the body passes the published schema').to.equal(true);
    expect(sent).to.include({ type: 'self-assessment', schemaVersion: 2, locale: 'en' });

    const score = scoreAssessment(
      selfAssessmentEn.areas.map((area, index) => ({
        id: area.id,
        answers: area.statements.map((_, statement) => (index === 9 ? undefined : SAMPLE(index, statement))),
      })),
      3,
    );
    const tally = ({ score: value, band, rated, notApplicable, dontKnow, unanswered }: Tally) => ({
      score: value,
      band,
      rated,
      notApplicable,
      dontKnow,
      unanswered,
    });
    expect(sent.data).to.deep.equal({
      instrument: { id: 'survivor-informed-organization', version: '2' },
      share: 'scores',
      levels: 4,
      overall: { ...tally(score.overall), areasScored: 9 },
      areas: score.areas.map((area) => ({ id: area.id, skipped: area.id === 'evaluation', ...tally(area) })),
    });
    expect((sent.data as { areas: Array<{ unanswered: number }> }).areas[9].unanswered).to.equal(4);
    expect(text($(element, '[part~="status"]'))).to.equal('Sent. Thank you. Your reference is SA-2026-0007.');
    expect(
      Object.keys(sessionStorage).filter((key) => key.startsWith('si:')),
      'nothing stays stored once delivered',
    ).to.deep.equal([]);
    expect(heading(element), 'the results stay on screen').to.equal('Your results');
  });

  it('posts every answer too with share="answers", and the organization’s name when given', async () => {
    const element = await mount(html`<si-self-assessment persist="none" endpoint="${SA_ENDPOINT}/accept" share="answers"></si-self-assessment>`);
    await fill(element);
    const input = $<HTMLInputElement>(element, '#org-name')!;
    input.value = '  Madera County CSEC Program ';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect(text($(element, '[part~="send"]'))).to.contain(
      'Your score in each area and your answer to each statement are sent to the organization that runs this page.',
    );
    const sent = await sendFrom(element);
    const data = sent.data as { share: string; organization: string; answers: Array<{ area: string; statement: string; answer: unknown }> };
    expect(selfAssessmentEnvelope.safeParse(sent).success).to.equal(true);
    expect(data.share).to.equal('answers');
    expect(data.organization).to.equal('Madera County CSEC Program');
    expect(data.answers).to.have.length(STATEMENTS);
    expect(data.answers.slice(0, 2)).to.deep.equal([
      { area: 'governance', statement: 'gov-mission', answer: 0 },
      { area: 'governance', statement: 'gov-lead', answer: 1 },
    ]);
    expect(data.answers.filter((item) => typeof item.answer === 'string').map((item) => item.answer)).to.deep.equal(['not-applicable', 'dont-know']);
  });

  it('refuses an unsafe endpoint with a configuration message', async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      const element = await mount(html`<si-self-assessment endpoint="http://example.org/api"></si-self-assessment>`);
      expect(text(configMessageOf(element))).to.contain('not safe');
    } finally {
      console.warn = warn;
    }
  });

  it('clearing while the results wait says they will not be sent, and they never are', async () => {
    const timers = new ManualTimers().install();
    try {
      const element = await mount(html`<si-self-assessment endpoint="${SA_ENDPOINT}/offline"></si-self-assessment>`);
      await fill(element);
      $<HTMLButtonElement>(element, '[part~="send-button"]')!.click();
      await until(() => $(element, '[part~="status"]')?.getAttribute('data-state') === 'queued', 'the results to wait');
      expect(saCalls).to.have.length(1);
      $<HTMLButtonElement>(element, '[part~="clear-button"]')!.click();
      await element.updateComplete;
      const confirm = $(element, '.confirm')!;
      expect(text($(element, `#${confirm.getAttribute('aria-describedby')}`))).to.equal(
        'Your results have not been sent yet. Clearing also cancels sending them.',
      );
      $<HTMLButtonElement>(element, '#clear-yes')!.click();
      await element.updateComplete;
      expect(text($(element, '.root > [role="status"]'))).to.equal('Every answer was cleared, and the results that were waiting will not be sent.');
      timers.advance(3 * 24 * 60 * 60 * 1000);
      window.dispatchEvent(new Event('online'));
      await element.updateComplete;
      expect(saCalls, 'nothing is sent later').to.have.length(1);
    } finally {
      timers.uninstall();
    }
  });

  it('takes the endpoint from <si-config>', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<si-config endpoint="${SA_ENDPOINT}/accept" persist="none"><si-self-assessment></si-self-assessment></si-config>`,
    );
    await settle(wrapper.parentElement!);
    const element = wrapper.querySelector('si-self-assessment')!;
    await fill(element);
    const sent = await sendFrom(element);
    expect((sent.data as { share: string }).share).to.equal('scores');
  });
});
