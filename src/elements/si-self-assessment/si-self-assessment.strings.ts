import { deliveryEn } from '../../core/delivery/delivery.strings.js';
import type { ContentIssueCode } from '../../core/content-issues.js';
import type { CatalogSet } from '../../core/i18n.js';
import { coreEn } from '../../core/strings.js';

/** Where answers are kept, as the person is told. */
export type KeptIn = 'none' | 'session' | 'local';
/**
 * The default scale. Each level has one test that does not blur into the next: is it in use at all
 * (started or not), and is it in use everywhere (partly or fully). The first and last also read as the
 * "no" and "yes" of a yes-or-no fact.
 */
const LEVELS = ['Not in place', 'Started', 'Partly in place', 'In place'];
const LEVEL_HINTS = [
  'No: it does not happen, or has only been talked about.',
  'Work on it has begun (a draft, a pilot, a decision), but it is not in use yet.',
  'In use for some of our programs, teams or sites, or only some of the time.',
  'Yes: in use everywhere it applies.',
];

/**
 * Messages with `{name}` in them are filled in by the element with text it may need to mark with its
 * own language (a statement or a level of a host's instrument); the rest of the message stays text.
 */
export const en = {
  ...coreEn,
  ...deliveryEn,
  stepsLabel: 'Areas of the assessment',
  areaOf: (n: number, total: number) => `Area ${n} of ${total}`,
  menuShow: 'Show all areas',
  menuHide: 'Hide the areas',
  results: 'Results',
  statusNotStarted: 'Not started',
  statusAnswered: (done: number, total: number) => `${done} of ${total} answered`,
  statusSkipped: 'Skipped',
  progress: (done: number, total: number) => `${done} of ${total} statements answered`,
  scaleHeading: 'What each rating means',
  level: (index: number) => LEVELS[index] ?? String(index + 1),
  levelHint: (index: number) => LEVEL_HINTS[index] ?? '',
  notApplicable: 'Not applicable',
  notApplicableHint: 'It does not fit our organization, for example a service we do not offer. Left out of the score.',
  dontKnow: 'Don’t know',
  dontKnowHint: 'No one answering is sure. Left out of the score, and added to the things to find out.',
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
  overall: (score: number) => `Overall score: ${score} out of 100. Level: {level}.`,
  overallBasis: (scored: number, total: number) =>
    scored === total
      ? `It is the average of the scores of all ${total} areas, each area counting the same however many statements it has.`
      : `It is the average of the scores of the ${scored} areas that have one (of ${total}), each area counting the same however many statements it has.`,
  countsBasis: (rated: number, notApplicable: number, dontKnow: number) =>
    `${rated} rated ${rated === 1 ? 'statement' : 'statements'}; ${notApplicable} “not applicable” and ${dontKnow} “don’t know” are left out of the scores.`,
  nothingRated: 'No statement has a rating yet, so there is nothing to score. Rate some statements and come back.',
  tooFewRated:
    'No area has enough ratings for a score yet. An area needs at least half of the statements that apply to it rated, and at least two (all of them when fewer apply).',
  resultsNote:
    'Go through these results as a team, with your survivor consultants, and agree on an action plan. They are a starting point, not a grade. Repeat the assessment later and compare.',
  bandsHeading: 'Levels of a score:',
  bandRange: (from: number, to: number) => `${from}–${to}`,
  bandsExplained: 'An area reaches “{top}” only when nearly all of its statements do.',
  chartLegend: 'Solid bar: this result. Outlined bar: the earlier result.',
  tableCaption: 'Scores by area, out of 100',
  tableHint: 'Scroll the table sideways to see every column.',
  colArea: 'Area',
  colScore: 'Score',
  colBand: 'Level',
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
  statementsChanged: 'Statements changed',
  areaScore: (score: number) => `Score: ${score} out of 100. Level: {level}.`,
  strengthsHeading: 'Strengths',
  strengthsNone: 'No area has reached “{top}” yet.',
  stillToDo: 'Still to do:',
  gapsHeading: 'Gaps and next steps',
  gapsNone: 'No gaps: every area with a score is at “{top}”.',
  stepFor: 'For “{statement}” (rated {level})',
  workOn: 'Agree as a team on one change that would move this up a level.',
  unscoredHeading: 'Not enough ratings for a score',
  unscoredArea: (rated: number, needed: number) => `${rated} rated; a score needs at least ${needed}.`,
  findOutHeading: 'To find out',
  findOutIntro:
    'No one answering knew these. Ask the people who would know (finance, human resources, program leads or your survivor consultants), then come back and rate them.',
  findOut: 'Find out whether: “{statement}”',
  taLink: 'Ask for training or technical assistance with these gaps',
  compareHeading: 'Compare with an earlier result',
  compareLabel: 'Earlier result (a JSON file downloaded from this assessment)',
  compareSummary: (date: string) => `Compared with the result of ${date}. The change in each area is in the table.`,
  compareVersion: (earlier: string, now: string, comparable: number) =>
    `${earlier === now ? 'Some areas of the earlier result asked other statements.' : `The earlier result used version ${earlier} of this assessment; this is version ${now}.`} ${
      comparable === 0
        ? 'No area asks the same statements in both, so none can be compared.'
        : `Only the ${comparable} ${comparable === 1 ? 'area that asks' : 'areas that ask'} the same statements in both ${comparable === 1 ? 'is' : 'are'} compared; the others show “Statements changed”.`
    }`,
  compareErrorJson: 'This file could not be read. Choose a JSON file downloaded from this assessment.',
  compareErrorFormat: 'This file is not a result downloaded from this assessment.',
  compareErrorInstrument: 'This file holds a result from a different assessment.',
  compareErrorSize: 'This file is too large to be a result of this assessment.',
  compareErrorOld:
    'This result was saved by the first version of this assessment, which asked other statements and scored them by other rules, so its scores cannot be compared with these. Keep it as a record of where you stood then.',
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
  clearWaiting: 'Your results have not been sent yet. Clearing also cancels sending them.',
  clearedCancelled: 'Every answer was cleared, and the results that were waiting will not be sent.',
  clearedOnItsWay: 'Every answer was cleared. The results were already on their way, so they may still arrive.',
  loading: 'Loading the assessment…',
  csvArea: 'Area',
  csvAreaId: 'Area id',
  csvSkipped: 'Skipped',
  csvUnanswered: 'Not answered',
  yes: 'Yes',
  no: 'No',
  problemSrc: 'The assessment address in "src" is not allowed. Use an https address or a path on this website.',
  problemLoad: 'The assessment could not be loaded from its address.',
  problemDownload: 'The assessment could not be downloaded. Check your connection and reload the page.',
  problemJson: 'The assessment content is not valid JSON.',
  problemPersist: (value: string) => `"${value}" is not a way of keeping answers. Use none, session or local.`,
  problemShare: (value: string) => `"${value}" is not something to share. Use scores or answers.`,
  problemHeadingLevel: (value: string) => `"${value}" is not a heading level. Use a number from 1 to 6.`,
  problemTaHref: 'The link in "ta-href" is not allowed. Use an https address or a path on this website.',
  problemEntry: (path: string, issue: string) => `In the assessment content, ${path || 'the content'} ${issue}.`,
  problemMore: (count: number) => `…and ${count} more.`,
  issue: (code: ContentIssueCode, detail: string) =>
    ({
      json: 'is not valid JSON',
      missing: 'is missing or empty',
      'too-short': 'is missing or empty',
      type: `should be ${detail === 'array' ? 'a list [ … ]' : detail === 'object' ? 'an object { … }' : detail === 'string' ? 'text' : detail === 'number' ? 'a number' : 'something else'}`,
      'too-long': `is too long (at most ${detail} characters)`,
      'too-many': `has too many entries (at most ${detail})`,
      'too-few': `needs at least ${detail} ${detail === '1' ? 'entry' : 'entries'}`,
      pattern: 'may use only letters, digits, - and _',
      'unknown-key': `has a key this assessment does not know: ${detail}`,
      duplicate: `repeats the id "${detail}"`,
      choice: 'should be text, or { "en": …, "es": … }',
      invalid: 'is not valid',
    })[code],
};

export const catalogs: CatalogSet<typeof en> = { en, es: () => import('./si-self-assessment.strings.es.js') };
