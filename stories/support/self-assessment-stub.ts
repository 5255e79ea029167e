/**
 * Examples and drivers for `<si-self-assessment>`, shared by its stories and its tests: a way to rate
 * statements as a person would (clicking the radios, moving with the buttons), a sample set of answers,
 * custom instruments (valid and not), an earlier result to compare with, and a stand-in receiver on the
 * shared stand-in network (test/shared/stub-network.ts).
 */
import { selfAssessmentEn } from '../../src/content/self-assessment.en.js';
import type { Answer } from '../../src/elements/si-self-assessment/scoring.js';
import { registerStubEndpoint, reply, type StubCall } from '../../test/shared/stub-network.js';

export const SA_ENDPOINT = 'https://assessment-intake.test';

/** Every request the stub answered, in order. */
export const saCalls: StubCall[] = [];

/**
 * `/accept` answers 201 with a reference; `/pending` never answers; `/unavailable` answers 503 with
 * `Retry-After: 60`; `/forbidden` answers 403; `/offline` fails like a lost connection; anything else 404.
 */
export function installAssessmentEndpoint(): void {
  registerStubEndpoint(
    SA_ENDPOINT,
    {
      '/accept': () => reply.json(201, { reference: 'SA-2026-0007' }),
      '/pending': ({ signal }) => reply.never(signal),
      '/unavailable': () => reply.json(503, { title: 'Service unavailable' }, { 'Retry-After': '60' }),
      '/forbidden': () => reply.json(403, { title: 'Forbidden' }),
      '/offline': () => reply.networkError(),
    },
    saCalls,
  );
}

type Element_ = HTMLElement & { updateComplete: Promise<unknown> };

export const assessmentIn = (root: ParentNode): Element_ => root.querySelector('si-self-assessment') as Element_;
const shadow = (element: Element) => element.shadowRoot!;

/** Clicks one of the widget's buttons by its `data-nav` (`previous`, `next`, `skip`). */
export async function nav(element: Element_, which: 'previous' | 'next' | 'skip'): Promise<void> {
  shadow(element).querySelector<HTMLButtonElement>(`[data-nav="${which}"]`)!.click();
  await element.updateComplete;
}

/** Rates the statements of the area on screen, by position (`undefined` leaves one unanswered). */
export async function rateArea(element: Element_, answers: ReadonlyArray<Answer | undefined>): Promise<void> {
  const statements = [...shadow(element).querySelectorAll('fieldset.statement')];
  for (const [index, fieldset] of statements.entries()) {
    const answer = answers[index];
    if (answer === undefined) continue;
    fieldset.querySelector<HTMLInputElement>(`input[id$="--${typeof answer === 'number' ? `l${answer}` : answer}"]`)!.click();
    await element.updateComplete;
  }
}

/** A rating for every statement: `plan(area, statement)`. */
export type Plan = (area: number, statement: number) => Answer | undefined;

/**
 * The sample answers of the stories: areas 1–3 mostly "not in place" (gaps), 4–7 in between, 8–10
 * mostly "in place" (monitoring and financing reach 92, the top level; evaluation, with a "don't know",
 * stays just below), with a "not applicable" on the way.
 */
export const SAMPLE: Plan = (area, statement) => {
  if (area === 2 && statement === 0) return 'na';
  if (area === 9 && statement === 2) return 'dk';
  if (area < 3) return statement === 1 ? 1 : 0;
  if (area < 7) return ((area + statement) % 2) + 1;
  return statement === 0 ? 2 : 3;
};

/** Rates every area by `plan`, moving on with "Next" until the results are shown. */
export async function fill(element: Element_, plan: Plan = SAMPLE): Promise<void> {
  await element.updateComplete;
  for (let area = 0; shadow(element).querySelector('fieldset.statement'); area++) {
    const count = shadow(element).querySelectorAll('fieldset.statement').length;
    await rateArea(
      element,
      Array.from({ length: count }, (_, statement) => plan(area, statement)),
    );
    await nav(element, 'next');
  }
}

/** Gives the comparison input a file, as choosing it in the file picker would. */
export async function chooseFile(element: Element_, content: string, name = 'earlier.json'): Promise<void> {
  const input = shadow(element).querySelector<HTMLInputElement>('#compare-file')!;
  const files = new DataTransfer();
  files.items.add(new File([content], name, { type: 'application/json' }));
  input.files = files.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

const EARLIER_SCORES = [25, 0, 33, 40, 50, 60, 47, 67, 89, null];

/** An earlier result of the default instrument, as its JSON download would hold it. */
export const EARLIER_RESULT = {
  format: 'si-self-assessment-result',
  formatVersion: 2,
  date: '2025-11-03',
  instrument: { id: 'survivor-informed-organization', version: '2' },
  levels: 4,
  overall: { score: 46, band: 1, rated: 44, notApplicable: 1, dontKnow: 1, unanswered: 0, areasScored: 9 },
  areas: selfAssessmentEn.areas.map((area, index) => ({
    id: area.id,
    score: EARLIER_SCORES[index],
    statements: area.statements.map((statement) => statement.id),
  })),
};

/**
 * The same result as a later version of the instrument would have to meet it: version "1" of the
 * instrument, whose "policy" and "financing" areas asked other statements.
 */
export const EARLIER_VERSION_RESULT = {
  ...EARLIER_RESULT,
  instrument: { id: 'survivor-informed-organization', version: '1' },
  areas: EARLIER_RESULT.areas.map((area) =>
    area.id === 'policy' || area.id === 'financing' ? { ...area, statements: ['an-older-statement', ...area.statements.slice(1)] } : area,
  ),
};

/** A result saved in the first format (by the first release, with its other statements and rules). */
export const FIRST_FORMAT_RESULT = {
  format: 'si-self-assessment-result',
  formatVersion: 1,
  date: '2025-06-10',
  instrument: { id: 'survivor-informed-organization', version: '1' },
  levels: 4,
  overall: { score: 40 },
  areas: EARLIER_RESULT.areas.map(({ id, score }) => ({ id, score })),
};

/** A small instrument of the host's own: two areas, a three-level scale, English text. */
export const CUSTOM_INSTRUMENT = {
  id: 'county-quick-check',
  version: '2025-05',
  lang: 'en',
  title: 'Quick check for county partners',
  intro: 'Three-minute check on two areas.',
  scale: { levels: [{ label: 'No' }, { label: 'Partly', hint: 'For some teams' }, { label: 'Yes' }] },
  areas: [
    {
      id: 'pay',
      title: 'Paying survivor experts',
      statements: [
        { id: 'pay-rate', text: 'Survivor consultants are paid at professional rates.', nextStep: 'Compare your rates with what other experts get.' },
        { id: 'pay-time', text: 'They are paid within 30 days.' },
      ],
      nextSteps: ['Write down your consultant rates and payment time.'],
    },
    {
      id: 'input',
      title: 'Input at every stage',
      statements: [{ id: 'input-early', text: 'Survivors see plans while they can still change.' }],
    },
  ],
};

/** The same with mistakes: a statement without text, an unknown key and a repeated id. */
export const INVALID_INSTRUMENT = {
  ...CUSTOM_INSTRUMENT,
  areas: [
    { ...CUSTOM_INSTRUMENT.areas[0], statments: [], statements: [{ id: 'pay-rate' }, { id: 'pay-time', text: 'They are paid within 30 days.' }] },
    { ...CUSTOM_INSTRUMENT.areas[1], id: 'pay' },
  ],
};
