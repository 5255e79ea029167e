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
import { loadBilingualInstrument, selfAssessmentEn, withSpanish } from '../src/content/self-assessment.js';
import { wipeAllStoredData } from '../src/core/storage.js';
import '../src/elements/si-config/define.js';
import '../src/elements/si-self-assessment/define.js';
import { csvCell, toCsv } from '../src/core/files.js';
import { parseInstrument, parseResultFile } from '../src/elements/si-self-assessment/report.js';
import { scoreAssessment } from '../src/elements/si-self-assessment/scoring.js';
import type { SiSelfAssessmentElement } from '../src/elements/si-self-assessment/si-self-assessment.js';
import { anyEnvelopeSchema, envelopeSchemas, selfAssessmentEnvelope } from '../src/schemas/index.js';
import {
  chooseFile,
  CUSTOM_INSTRUMENT,
  EARLIER_RESULT,
  fill,
  installAssessmentEndpoint,
  INVALID_INSTRUMENT,
  nav,
  rateArea,
  SA_ENDPOINT,
  saCalls,
  SAMPLE,
  type Plan,
} from '../stories/support/self-assessment-stub.js';
import { configMessageOf } from './shared/fuzz.js';
import { until } from './shared/until.js';
import { ManualTimers } from './shared/manual-timers.js';
import { settle } from './shared/story-sweep.js';
import { shadow, $, $$, text } from './shared/dom.js';

const heading = (element: Element) => text($(element, '#section-heading'));
const active = (element: Element) => shadow(element).activeElement as HTMLElement | null;
const steps = (element: Element) => $$<HTMLButtonElement>(element, '[part~="step"]');
const current = (element: Element) => steps(element).findIndex((step) => step.getAttribute('aria-current') === 'step');
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
  it('holds SAMHSA’s ten domains in seed 004’s order, each with three to five statements and next steps', () => {
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
      expect(area.statements.length, area.id).to.be.within(3, 5);
      expect(area.nextSteps.length, area.id).to.be.at.least(2);
    }
    expect(selfAssessmentEn.source).to.contain('seed 004').and.contain('SAMHSA');
    expect(selfAssessmentEn.version).to.equal('1');
  });

  it('passes the instrument schema in English and with its complete Spanish text', async () => {
    expect(instrumentSchema().safeParse(selfAssessmentEn).success).to.equal(true);
    const both = await loadBilingualInstrument();
    const result = instrumentSchema().safeParse(both);
    expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    expect(Object.keys(spanish.areas)).to.deep.equal(AREA_IDS);
    for (const area of selfAssessmentEn.areas) {
      const es = spanish.areas[area.id];
      expect(Object.keys(es.statements), area.id).to.deep.equal(area.statements.map((statement) => statement.id));
      expect(es.nextSteps.length, area.id).to.equal(area.nextSteps.length);
    }
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
    expect(text($(element, 'h2'))).to.equal('How survivor-informed are we?');
    expect(heading(element)).to.equal('Governance and leadership');
    expect($(element, 'nav[part~="stepper"]')!.getAttribute('aria-label')).to.equal('Areas of the assessment');
    expect(steps(element)).to.have.length(11);
    expect(current(element)).to.equal(0);
    expect(steps(element).filter((step) => step.hasAttribute('aria-current'))).to.have.length(1);
    expect(text(steps(element)[0])).to.equal('1. Governance and leadership, Not started');
    expect(text(steps(element)[10])).to.equal('Results');
    expect(text($(element, '[part~="progress"]'))).to.equal('0 of 40 statements answered');
    expect($$(element, 'fieldset.statement')).to.have.length(4);
    const labels = $$(element, 'fieldset.statement')[0].querySelectorAll('label');
    expect([...labels].map((label) => text(label))).to.deep.equal(['Not yet', 'Beginning', 'Developing', 'Established', 'Not applicable', 'Don’t know']);
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
      { name: 'governance-voice', value: 0 },
      { name: 'governance-voice', value: 1 },
      { name: 'governance-voice', value: 2 },
    ]);
    expect(text(steps(element)[0])).to.contain('1 of 4 answered');
    expect(text($(element, '[part~="progress"]'))).to.equal('1 of 40 statements answered');
    expect($<HTMLProgressElement>(element, 'progress')!.value).to.equal(1);
  });

  it('never fires si-change for answers restored or set in code', async () => {
    sessionStorage.setItem(
      'si:self-assessment:survivor-informed-organization',
      JSON.stringify({ value: { version: '1', answers: { 'governance-voice': 2 }, skipped: [], step: 0, organization: '' }, expiresAt: Date.now() + 60_000 }),
    );
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    let fired = 0;
    wrapper.addEventListener('si-change', () => fired++);
    const restored = document.createElement('si-self-assessment');
    restored.setAttribute('persist', 'session');
    wrapper.append(restored);
    await settle(wrapper);
    const element = wrapper.querySelector('si-self-assessment')!;
    expect($<HTMLInputElement>(element, '#governance-voice--l2')!.checked).to.equal(true);
    element.setAttribute('share', 'answers');
    await element.updateComplete;
    expect(fired).to.equal(0);
  });

  it('skips an area: it moves on, shows “Skipped”, and the area is left out of the results until included again', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    const changes: unknown[] = [];
    element.addEventListener('si-change', (event) => changes.push(event.detail));
    await rateArea(element, [3, 3, 3, 3]);
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
    expect($<HTMLInputElement>(element, '#governance-voice--l3')!.checked, 'answers are kept').to.equal(true);
    $<HTMLButtonElement>(element, '[part~="skipped-note"] button')!.click();
    await element.updateComplete;
    expect(changes.at(-1)).to.deep.equal({ name: 'governance', value: 'included' });
    expect(text(steps(element)[0])).to.contain('4 of 4 answered');
  });

  it('speaks Spanish, the instrument included', async () => {
    const element = await mount(html`<si-self-assessment persist="none" lang="es"></si-self-assessment>`);
    expect(text($(element, 'h2'))).to.equal('¿Qué tan informada por sobrevivientes es nuestra organización?');
    expect(heading(element)).to.equal('Gobernanza y liderazgo');
    expect($(element, '.root')!.getAttribute('lang')).to.equal('es');
    const labels = [...$$(element, 'fieldset.statement')[0].querySelectorAll('label')].map((label) => text(label));
    expect(labels).to.deep.equal(['Todavía no', 'Comenzando', 'En desarrollo', 'Establecido', 'No corresponde', 'No sé']);
  });
});

describe('<si-self-assessment> resuming', () => {
  it('puts answers, skipped areas and the area back on the next visit (persist="session")', async () => {
    let element = await mount(html`<si-self-assessment persist="session"></si-self-assessment>`);
    await rateArea(element, [3, 'na', 1, 'dk']);
    await nav(element, 'next');
    await nav(element, 'skip');
    await rateArea(element, [2]);
    expect(Object.keys(sessionStorage)).to.include('si:self-assessment:survivor-informed-organization');
    fixtureCleanup();

    element = await mount(html`<si-self-assessment persist="session"></si-self-assessment>`);
    expect(heading(element)).to.equal('Physical environment');
    expect($<HTMLInputElement>(element, '#environment-safe--l2')!.checked).to.equal(true);
    expect(text(steps(element)[0])).to.contain('4 of 4 answered');
    expect(text(steps(element)[1])).to.contain('Skipped');
    steps(element)[0].click();
    await element.updateComplete;
    const checked = $$<HTMLInputElement>(element, 'input[type="radio"]:checked').map((input) => input.id);
    expect(checked).to.deep.equal(['governance-voice--l3', 'governance-commitment--na', 'governance-roles--l1', 'governance-advisory--dk']);
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
    expect(text(steps(element)[0])).to.contain('2 of 4 answered');

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
});

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
        area.band,
        String(area.rated),
        String(area.notApplicable),
        String(area.dontKnow),
      ]);
      const bar = $<SVGRectElement>(element, `.chart__value[data-area="${area.id}"]`)!;
      expect(Number(bar.getAttribute('width')), `bar of ${area.id}`).to.equal(area.score);
    }
    const overall = [...$<HTMLTableRowElement>(element, 'tfoot tr')!.cells].map((cell) => text(cell));
    expect(overall).to.deep.equal(['Overall', String(score.overall.score), score.overall.band, '38', '1', '1']);
    expect(text($(element, '[part~="overall"]'))).to.equal(`Overall score: ${score.overall.score} out of 100 (${score.overall.band}).`);
    expect($(element, '[part~="chart"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text($(element, 'caption'))).to.equal('Scores by area, out of 100');
    expect($$(element, 'thead th').every((cell) => cell.getAttribute('scope') === 'col')).to.equal(true);
  });

  it('lists the strengths, and the gaps with their next steps and the link to ask for help', async () => {
    const element = await mount(html`<si-self-assessment persist="none" ta-href="/training-request"></si-self-assessment>`);
    await fill(element);
    const score = expected(SAMPLE);
    expect(score.gaps).to.deep.equal(['governance', 'policy', 'environment']);
    const gaps = $$(element, '[part~="gap"]');
    expect(gaps.map((gap) => gap.dataset.area)).to.deep.equal(score.gaps);
    expect(text(gaps[0].querySelector('h5'))).to.equal('Governance and leadership');
    expect([...gaps[0].querySelectorAll('li')].map((item) => text(item))).to.deep.equal(selfAssessmentEn.areas[0].nextSteps);
    expect($$(element, '[part~="strengths"] li').map((item) => text(item).split(':')[0])).to.deep.equal(
      score.strengths.map((id) => selfAssessmentEn.areas.find((area) => area.id === id)!.title),
    );
    expect($<HTMLAnchorElement>(element, '[part~="ta-link"]')!.href).to.equal(new URL('/training-request', location.href).href);
  });

  it('asks nothing about any person: the only text field is the organization’s name', async () => {
    const element = await mount(html`<si-self-assessment persist="none" endpoint="${SA_ENDPOINT}/accept"></si-self-assessment>`);
    await fill(element);
    const fields = $$<HTMLInputElement>(element, 'input, textarea, select').filter(
      (field) => field.type !== 'radio' && !field.hasAttribute('data-si-honeypot'),
    );
    expect(fields.map((field) => `${field.id}:${field.type}`)).to.deep.equal(['org-name:text', 'compare-file:file']);
  });

  it('prints the report with the organization and the date', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    const input = $<HTMLInputElement>(element, '#org-name')!;
    input.value = 'Tri-County Coalition';
    input.dispatchEvent(new Event('input'));
    await element.updateComplete;
    expect($(element, '.report-meta')!.innerText).to.match(/^Report for Tri-County Coalition\nDate: \w+ \d{1,2}, \d{4}$/);
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      [...$$<HTMLButtonElement>(element, '[part~="report-actions"] button')].find((button) => text(button) === 'Print')!.click();
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
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

  it('downloads the scores as CSV', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    downloadButton(element, 'csv').click();
    expect(blobs).to.have.length(1);
    expect(blobs[0].name).to.match(/^survivor-informed-organization-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(blobs[0].blob.type).to.equal('text/csv;charset=utf-8');
    const lines = (await blobs[0].blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('Area id,Area,Score,Band,Rated,Not applicable,Don’t know,Not answered,Skipped');
    const score = expected(SAMPLE);
    expect(lines[1]).to.equal(`governance,Governance and leadership,${score.areas[0].score},starting,4,0,0,0,No`);
    expect(lines[6]).to.equal(`services,"Screening, assessment and treatment services",${score.areas[5].score},${score.areas[5].band},5,0,0,0,No`);
    expect(lines[11]).to.equal(`overall,Overall,${score.overall.score},${score.overall.band},38,1,1,0,No`);
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
    expect(csv).to.contain(`pay,"'=HYPERLINK(""https://evil.example"",""x"")",100,established`);
  });

  it('downloads the result as JSON, which loads back for comparison', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    downloadButton(element, 'json').click();
    expect(blobs[0].name).to.match(/^survivor-informed-organization-\d{4}-\d{2}-\d{2}\.json$/);
    const result = JSON.parse(await blobs[0].blob.text());
    const score = expected(SAMPLE);
    expect(result).to.include({ format: 'si-self-assessment-result', formatVersion: 1, levels: 4 });
    expect(result.instrument).to.deep.equal({ id: 'survivor-informed-organization', version: '1' });
    expect(result.scale).to.deep.equal(['Not yet', 'Beginning', 'Developing', 'Established']);
    expect(result.areas.map((area: { score: number }) => area.score)).to.deep.equal(score.areas.map((area) => area.score));
    expect(result.answers).to.have.length(40);
    expect(result.answers[8]).to.deep.equal({ area: 'environment', statement: 'environment-safe', answer: 'not-applicable' });
    expect(parseResultFile(JSON.stringify(result), 'survivor-informed-organization').result?.areas).to.have.length(10);

    await chooseFile(element, JSON.stringify(result));
    expect(text($(element, 'thead tr'))).to.contain('Change');
    expect($$<HTMLTableRowElement>(element, 'tbody tr').map((row) => text(row.cells[7]))).to.deep.equal(score.areas.map(() => '0 (no change)'));
  });

  it('compares with an earlier result: earlier score and change per area, in numbers and words', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    await chooseFile(element, JSON.stringify(EARLIER_RESULT));
    const score = expected(SAMPLE);
    expect([...$<HTMLTableRowElement>(element, 'thead tr')!.cells].map((cell) => text(cell)).slice(6)).to.deep.equal(['Earlier (November 3, 2025)', 'Change']);
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
      expect([text(row.cells[6]), text(row.cells[7])], AREA_IDS[index]).to.deep.equal([then === null ? 'Not scored' : String(then), change]);
    });
    expect([text(rows[0].cells[7]), text(rows[3].cells[7]), text(rows[8].cells[7]), text(rows[9].cells[7])]).to.deep.equal([
      '−17 (down 17)',
      '+13 (up 13)',
      '0 (no change)',
      'Cannot compare',
    ]);
    expect(text($(element, '[part~="compare"]'))).to.contain('Compared with the result of November 3, 2025');
    expect($$(element, '.chart__earlier')).to.have.length(9);
    expect(text($(element, '.root > [role="status"]'))).to.contain('The earlier result is loaded');

    $<HTMLButtonElement>(element, '[part~="compare"] button')!.click();
    await element.updateComplete;
    expect(text($(element, 'thead tr'))).not.to.contain('Change');
    expect(active(element)?.id).to.equal('compare-file');
  });

  it('refuses a file that is not a result of this assessment, and says why', async () => {
    const element = await mount(html`<si-self-assessment persist="none"></si-self-assessment>`);
    await fill(element);
    const cases: Array<[string, string]> = [
      ['{ not json', 'This file could not be read.'],
      [JSON.stringify({ hello: 'world' }), 'This file is not a result downloaded from this assessment.'],
      [JSON.stringify({ ...EARLIER_RESULT, areas: [{ id: 'policy', score: 140 }] }), 'This file is not a result downloaded from this assessment.'],
      [JSON.stringify({ ...EARLIER_RESULT, instrument: { id: 'another-tool', version: '1' } }), 'This file holds a result from a different assessment.'],
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
  it('uses a valid inline instrument with its own scale', async () => {
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
    expect($$<HTMLTableRowElement>(element, 'tbody tr').map((row) => text(row.cells[1]))).to.deep.equal(['75', '0']);
    const gap = $$(element, '[part~="gap"]');
    expect(gap.map((entry) => entry.dataset.area)).to.deep.equal(['input']);
    expect(text(gap[0].querySelector('li'))).to.contain('Talk about this area'); // no next steps of its own: the general one
  });

  it('marks plain-string text with the instrument’s language when the widget speaks another', async () => {
    const element = await mountInline(JSON.stringify(CUSTOM_INSTRUMENT), { lang: 'es' });
    expect($(element, 'h2 span')!.getAttribute('lang')).to.equal('en');
    expect(text($(element, '[data-nav="next"]'))).to.equal('Área siguiente');
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

  it('reports issues by path for the web team', () => {
    expect(parseInstrument({ ...CUSTOM_INSTRUMENT, scale: { levels: [{ label: 'Only one' }] } }).issues).to.deep.equal([
      { path: 'scale.levels', code: 'too-few', detail: '2' },
    ]);
    expect(parseInstrument({ ...CUSTOM_INSTRUMENT, areas: [{ ...CUSTOM_INSTRUMENT.areas[1], title: 5 }] }).issues).to.deep.equal([
      { path: 'areas[0].title', code: 'choice', detail: '' },
    ]);
    expect(parseInstrument(JSON.stringify(CUSTOM_INSTRUMENT)).value?.id).to.equal('county-quick-check');
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
    expect(sent).to.include({ type: 'self-assessment', schemaVersion: 1, locale: 'en' });

    const score = scoreAssessment(
      selfAssessmentEn.areas.map((area, index) => ({
        id: area.id,
        answers: area.statements.map((_, statement) => (index === 9 ? undefined : SAMPLE(index, statement))),
      })),
      3,
    );
    const tally = ({ score: value, band, rated, notApplicable, dontKnow, unanswered }: (typeof score)['overall']) => ({
      score: value,
      band,
      rated,
      notApplicable,
      dontKnow,
      unanswered,
    });
    expect(sent.data).to.deep.equal({
      instrument: { id: 'survivor-informed-organization', version: '1' },
      share: 'scores',
      levels: 4,
      overall: tally(score.overall),
      areas: score.areas.map((area) => ({ id: area.id, skipped: area.id === 'evaluation', ...tally(area) })),
    });
    expect((sent.data as { areas: Array<{ unanswered: number }> }).areas[9].unanswered).to.equal(3);
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
    expect(data.answers).to.have.length(40);
    expect(data.answers.slice(0, 2)).to.deep.equal([
      { area: 'governance', statement: 'governance-voice', answer: 0 },
      { area: 'governance', statement: 'governance-commitment', answer: 1 },
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
