import { deliveryEn } from '../../core/delivery/delivery.strings.js';
import type { CatalogSet } from '../../core/i18n.js';
import { coreEn } from '../../core/strings.js';
import type { Band } from './scoring.js';

/** Where answers are kept, as the person is told. */
export type KeptIn = 'none' | 'session' | 'local';
/** What is wrong with one entry of an instrument. */
export type IssueCode = 'missing' | 'type' | 'too-long' | 'too-many' | 'too-few' | 'pattern' | 'unknown-key' | 'duplicate' | 'invalid';

const LEVELS = ['Not yet', 'Beginning', 'Developing', 'Established'];
const LEVEL_HINTS = [
  'Not started, or only planned.',
  'First steps taken, in a few places or by a few people.',
  'In place for some of our work or some of our staff.',
  'Part of how we work everywhere, and we review it.',
];
const BANDS: Record<Band, string> = { starting: 'starting', beginning: 'beginning', developing: 'developing', established: 'established' };

export const en = {
  ...coreEn,
  ...deliveryEn,
  stepsLabel: 'Areas of the assessment',
  areaOf: (n: number, total: number) => `Area ${n} of ${total}`,
  results: 'Results',
  statusNotStarted: 'Not started',
  statusAnswered: (done: number, total: number) => `${done} of ${total} answered`,
  statusSkipped: 'Skipped',
  progress: (done: number, total: number) => `${done} of ${total} statements answered`,
  scaleHeading: 'How to rate each statement',
  level: (index: number) => LEVELS[index] ?? String(index + 1),
  levelHint: (index: number) => LEVEL_HINTS[index] ?? '',
  notApplicable: 'Not applicable',
  notApplicableHint: 'Does not apply to our organization. Left out of the score.',
  dontKnow: 'Don’t know',
  dontKnowHint: 'We are not sure yet. Left out of the score.',
  previous: 'Previous area',
  next: 'Next area',
  seeResults: 'See results',
  skip: 'Skip this area',
  skippedNote: 'You skipped this area, so it is left out of your results. Your answers here are kept.',
  unskip: 'Include this area again',
  resultsHeading: 'Your results',
  reportFor: (org: string) => `Report for ${org}`,
  reportDate: (date: string) => `Date: ${date}`,
  orgLabel: 'Organization name (optional, shown on the report)',
  orgHint: 'Your organization only; never a person’s name.',
  overall: (score: number, band: string) => `Overall score: ${score} out of 100 (${band}).`,
  overallBasis: (rated: number, notApplicable: number, dontKnow: number) =>
    `Based on ${rated} rated ${rated === 1 ? 'statement' : 'statements'}; ${notApplicable} “not applicable” and ${dontKnow} “don’t know” left out.`,
  nothingRated: 'No statement has a rating yet, so there is nothing to score. Rate some statements and come back.',
  resultsNote:
    'Use these results as a starting point for a conversation with your team and an action plan, not as a grade. Repeat the assessment later and compare.',
  band: (band: Band) => BANDS[band],
  bandsExplained: 'Bands: 0–24 starting, 25–49 beginning, 50–74 developing, 75–100 established.',
  chartLegend: 'Solid bar: this result. Outlined bar: the earlier result.',
  tableCaption: 'Scores by area, out of 100',
  colArea: 'Area',
  colScore: 'Score',
  colBand: 'Band',
  colRated: 'Rated',
  colNotApplicable: 'Not applicable',
  colDontKnow: 'Don’t know',
  colEarlier: (date: string) => `Earlier (${date})`,
  colChange: 'Change',
  notScored: 'Not scored',
  skippedCell: 'Skipped',
  overallRow: 'Overall',
  change: (delta: number) => (delta > 0 ? `+${delta} (up ${delta})` : delta < 0 ? `−${-delta} (down ${-delta})` : '0 (no change)'),
  notComparable: 'Cannot compare',
  strengthsHeading: 'Strengths',
  strengthsNone: 'Strengths appear here once at least two areas have a score above 0.',
  gapsHeading: 'Gaps and next steps',
  gapsNone: 'No gaps to show: every scored area is at 100.',
  gapScore: (score: number, band: string) => `Score: ${score} out of 100 (${band}).`,
  genericStep: 'Talk about this area with your team and with paid survivor consultants, and agree on one change to make first.',
  taLink: 'Ask for training or technical assistance with these gaps',
  compareHeading: 'Compare with an earlier result',
  compareLabel: 'Earlier result (a JSON file downloaded from this assessment)',
  compareSummary: (date: string) => `Compared with the result of ${date}. The change in each area is in the table.`,
  compareVersion: (version: string) => `The earlier result used version ${version} of this assessment; areas are matched by name.`,
  compareErrorJson: 'This file could not be read. Choose a JSON file downloaded from this assessment.',
  compareErrorFormat: 'This file is not a result downloaded from this assessment.',
  compareErrorInstrument: 'This file holds a result from a different assessment.',
  compareErrorSize: 'This file is too large to be a result of this assessment.',
  compareStop: 'Stop comparing',
  compareLoaded: 'The earlier result is loaded. The table shows the change in each area.',
  reportActions: 'Print or download the report',
  print: 'Print',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  downloadJsonHint: 'Keep the JSON file to compare with your next assessment.',
  sendHeading: 'Send your results',
  sendScores: (org: string) => `Only your score in each area is sent to ${org}, not your answers to each statement.`,
  sendAnswers: (org: string) => `Your score in each area and your answer to each statement are sent to ${org}.`,
  sendNothingPersonal: 'Nothing about you or any other person is sent.',
  send: 'Send results',
  orgFallback: 'the organization that runs this page',
  keptIn: (where: KeptIn) =>
    where === 'local'
      ? 'Your answers are kept in this browser for up to 7 days, until you clear them.'
      : where === 'session'
        ? 'Your answers are kept in this browser tab until you close it.'
        : 'Your answers are not saved: they are gone when you leave the page.',
  clear: 'Clear my answers',
  clearQuestion: 'Clear every answer in this assessment? This cannot be undone.',
  clearYes: 'Yes, clear them',
  clearNo: 'Keep my answers',
  cleared: 'Every answer was cleared.',
  loading: 'Loading the assessment…',
  csvArea: 'Area',
  csvAreaId: 'Area id',
  csvSkipped: 'Skipped',
  csvUnanswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  problemSrc: 'The assessment address in "src" is not allowed. Use an https address or a path on this website.',
  problemLoad: 'The assessment could not be loaded from its address.',
  problemJson: 'The assessment content is not valid JSON.',
  problemPersist: (value: string) => `"${value}" is not a way of keeping answers. Use none, session or local.`,
  problemShare: (value: string) => `"${value}" is not something to share. Use scores or answers.`,
  problemTaHref: 'The link in "ta-href" is not allowed. Use an https address or a path on this website.',
  problemEntry: (path: string, issue: string) => `In the assessment content, ${path || 'the content'} ${issue}.`,
  problemMore: (count: number) => `…and ${count} more.`,
  issue: (code: IssueCode, detail: string) =>
    ({
      missing: 'is missing or empty',
      type: `should be ${detail === 'array' ? 'a list [ … ]' : detail === 'object' ? 'an object { … }' : detail === 'string' ? 'text' : detail === 'number' ? 'a number' : 'something else'}`,
      'too-long': `is too long (at most ${detail} characters)`,
      'too-many': `has too many entries (at most ${detail})`,
      'too-few': `needs at least ${detail} ${detail === '1' ? 'entry' : 'entries'}`,
      pattern: 'may use only letters, digits, - and _',
      'unknown-key': `has a key this assessment does not know: ${detail}`,
      duplicate: `repeats the id "${detail}"`,
      invalid: 'is not valid (text, or { "en": …, "es": … })',
    })[code],
};

export const catalogs: CatalogSet<typeof en> = { en, es: () => import('./si-self-assessment.strings.es.js') };
