/**
 * The conformance corpus: payloads every validator of these schemas must judge alike, shipped in the
 * package as `json-schema/conformance/<type>.v<version>.json` (.config/build-json-schemas.ts writes
 * them). Each file has
 * - `valid`: payloads zod and every JSON Schema validator accept;
 * - `invalid`: payloads each of them refuses, with the reason;
 * - `invalidOnlyInCode`: payloads zod refuses but JSON Schema cannot express why (an id repeated
 *   inside an array of objects); a receiver in another language checks these in its own code.
 * test/receiver/conformance.test.ts runs every file through zod, ajv and Python's jsonschema.
 * Server-only: no widget imports it.
 */
import { EVENT_FIELDS } from './ta-request-values.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface ConformanceCase {
  name: string;
  /** Why the payload is refused (invalid cases only). */
  reason?: string;
  payload: Json;
}

export interface ConformanceCases {
  valid: ConformanceCase[];
  invalid: ConformanceCase[];
  invalidOnlyInCode: ConformanceCase[];
}

const clone = <T extends Json>(value: T): T => JSON.parse(JSON.stringify(value));

/** A change to a copy of the base payload: `data.x` paths, each set to a value (`undefined` deletes it). */
type Change = Record<string, Json | undefined>;

function changed(base: JsonObject, change: Change): JsonObject {
  const payload = clone(base);
  for (const [path, value] of Object.entries(change)) {
    const keys = path.split('.');
    let node = payload as Record<string, Json>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, Json>;
    const last = keys[keys.length - 1];
    if (value === undefined) delete node[last];
    else node[last] = value;
  }
  return payload;
}

const envelope = (type: string, widget: string, data: JsonObject, schemaVersion = 1): JsonObject => ({
  type,
  schemaVersion,
  id: '3b241101-e2bb-4255-8caf-4136c566a962',
  createdAt: '2026-03-02T09:30:12.345Z',
  locale: 'en',
  source: { widget, version: '0.1.0', page: 'https://county.example.gov/services/training' },
  spam: { honeypot: '', fillMs: 48210 },
  data,
});

/** What every envelope must have, whatever its type. */
function envelopeCases(base: JsonObject): Pick<ConformanceCases, 'valid' | 'invalid'> {
  const valid = (name: string, change: Change) => ({ name, payload: changed(base, change) });
  const invalid = (name: string, reason: string, change: Change) => ({ name, reason, payload: changed(base, change) });
  return {
    valid: [
      valid('without the spam signals', { spam: undefined }),
      valid('in Spanish', { locale: 'es' }),
      valid('unknown properties at every level (a newer widget)', {
        channel: 'web',
        'source.build': 'abc123',
        'spam.score': 0.2,
        'data.futureField': { nested: [1, 2, 3] },
      }),
      valid('a nil UUID and a createdAt without fractions', { id: '00000000-0000-0000-0000-000000000000', createdAt: '2026-03-02T09:30:12Z' }),
      valid('a page with a percent-encoded path', { 'source.page': 'https://county.example.gov/servicios/formaci%C3%B3n' }),
    ],
    invalid: [
      invalid('no id', 'id is required', { id: undefined }),
      invalid('an id that is not a UUID', 'id must be a UUID', { id: 'not-a-uuid' }),
      invalid('an id with a final newline', 'id must be a UUID and nothing after it', { id: '3b241101-e2bb-4255-8caf-4136c566a962\n' }),
      invalid('another schema version', `schemaVersion is ${String(base.schemaVersion)} in this file`, {
        schemaVersion: base.schemaVersion === 1 ? 2 : 1,
      }),
      invalid('createdAt without a time zone', 'createdAt must be UTC (ending in Z)', { createdAt: '2026-03-02T09:30:12' }),
      invalid('createdAt that is not a date', 'createdAt must be an ISO date-time', { createdAt: 'yesterday' }),
      invalid('createdAt with Arabic-Indic digits', 'digits are 0 to 9 only', { createdAt: '٢٠٢٦-03-02T09:30:12Z' }),
      invalid('createdAt with a final newline', 'nothing may follow the date-time', { createdAt: '2026-03-02T09:30:12Z\n' }),
      invalid('February 30', 'createdAt must be a real date', { createdAt: '2026-02-30T09:30:12Z' }),
      invalid('an unsupported locale', 'locale is en or es', { locale: 'fr' }),
      invalid('no source', 'source is required', { source: undefined }),
      invalid('a page with a query', 'page is origin and path only', { 'source.page': 'https://county.example.gov/x?name=Jo' }),
      invalid('a page with a hash', 'page is origin and path only', { 'source.page': 'https://county.example.gov/x#top' }),
      invalid('a javascript: page', 'page is an http or https address', { 'source.page': 'javascript:alert(1)' }),
      invalid('a page with a space', 'page is printable ASCII (a browser percent-encodes the rest)', { 'source.page': 'https://county.example.gov/a b' }),
      invalid('a page with a final newline', 'nothing may follow the page', { 'source.page': 'https://county.example.gov/x\n' }),
      invalid('a widget that is not si-*', 'widget is an si- tag name', { 'source.widget': 'evil-widget' }),
      invalid('a widget with a final newline', 'widget is an si- tag name and nothing after it', { 'source.widget': 'si-ta-request\n' }),
      invalid('an empty version', 'version is 1 to 40 characters', { 'source.version': '' }),
      invalid('a version of 41 characters', 'version is 1 to 40 characters', { 'source.version': '1'.repeat(41) }),
      invalid('a negative fill time', 'fillMs is a whole number from 0', { spam: { honeypot: '', fillMs: -1 } }),
      invalid('a fractional fill time', 'fillMs is a whole number from 0', { spam: { honeypot: '', fillMs: 1.5 } }),
      invalid('a spam object without the honeypot', 'spam has honeypot and fillMs', { spam: { fillMs: 10 } }),
      invalid('a honeypot of 501 characters', 'honeypot is at most 500 characters', { spam: { honeypot: 'x'.repeat(501), fillMs: 10 } }),
      invalid('no data', 'data is required', { data: undefined }),
      invalid('a string where the data belongs', 'data is an object', { data: 'everything' }),
      { name: 'an array for a body', reason: 'the body is an object', payload: [clone(base)] },
    ],
  };
}

// Characters that trimming removes: a name of only these is blank.
const NBSP = '\u00a0';
const IDEOGRAPHIC_SPACE = '\u3000';
const EMOJI = '\u{1F642}';

function taRequest(): ConformanceCases {
  const base = envelope(
    'ta-request',
    'si-ta-request',
    {
      requesterName: 'Jordan Alvarez',
      requesterRole: 'Training coordinator',
      agency: 'Juniper Hollow County Probation',
      organizationType: 'local-government',
      area: 'county',
      county: 'Juniper Hollow',
      region: 'CA',
      cohort: 'Central Valley cohort',
      email: 'jordan.alvarez@example.org',
      phone: '(555) 010-0100 ext. 12',
      requestTypes: ['training', 'survivor-consultant'],
      topics: ['recognizing-signs', 'other'],
      topicOther: 'Labor trafficking on farms',
      audiences: ['probation', 'other'],
      audienceOther: 'Juvenile hall staff',
      audienceSize: '26-50',
      format: 'in-person',
      length: '3-hours-or-more',
      preferredDates: ['2027-03-15', '2028-02-29'],
      goals: 'Help officers recognize trafficking and refer young people to services.',
      accessibilityNeeds: 'Captions for the video segments.',
      languageNeeds: 'Spanish interpretation',
      canMatchFunds: 'not-sure',
    },
    2,
  );
  const valid = (name: string, change: Change) => ({ name, payload: changed(base, change) });
  const invalid = (name: string, reason: string, change: Change) => ({ name, reason, payload: changed(base, change) });
  const common = envelopeCases(base);
  // A request other than training leaves out the event questions.
  const withoutEventAnswers: Change = { ...Object.fromEntries(EVENT_FIELDS.map((field) => [`data.${field}`, undefined])), 'data.audienceOther': undefined };
  return {
    valid: [
      { name: 'every answer', payload: base },
      valid('only the required answers', {
        'data.region': undefined,
        'data.phone': undefined,
        'data.audienceOther': undefined,
        'data.accessibilityNeeds': undefined,
        'data.languageNeeds': undefined,
        'data.canMatchFunds': undefined,
        'data.cohort': undefined,
        'data.topics': ['recognizing-signs'],
        'data.topicOther': undefined,
        'data.audiences': ['probation'],
        'data.requestTypes': ['training'],
      }),
      valid('technical assistance without the event questions, needed by a date', {
        ...withoutEventAnswers,
        'data.requestTypes': ['technical-assistance'],
        'data.neededBy': '2027-01-15',
      }),
      valid('a consultation with no date at all', { ...withoutEventAnswers, 'data.requestTypes': ['consultation'] }),
      valid('statewide, without a county', { 'data.area': 'statewide', 'data.county': undefined, 'data.region': undefined }),
      valid('several counties, named in the detail', { 'data.area': 'several-counties', 'data.county': undefined, 'data.areaDetail': 'Madera and Fresno' }),
      valid('a tribal nation', { 'data.area': 'tribal-nation', 'data.county': undefined, 'data.areaDetail': 'Juniper Hollow Band' }),
      ...common.valid,
      valid('text with spaces around it (stored trimmed)', { 'data.requesterName': '  Jordan Alvarez  ', 'data.goals': '\nHelp officers.\n' }),
      valid('a name of 120 emoji (120 code points)', { 'data.requesterName': EMOJI.repeat(120) }),
      valid('accents, quotes and other scripts', { 'data.requesterName': 'Zoë O’Brien-Núñez 李', 'data.agency': 'Servicios "Nuevo Día" & Co.' }),
      valid('blank optional text', { 'data.accessibilityNeeds': '   ' }),
    ],
    invalid: [
      invalid('another type', 'type is ta-request in this file', { type: 'checklist' }),
      ...common.invalid,
      invalid('no requester name', 'requesterName is required', { 'data.requesterName': undefined }),
      invalid('an empty name', 'requesterName may not be blank', { 'data.requesterName': '' }),
      invalid('a name of only spaces', 'requesterName may not be blank', { 'data.requesterName': '   ' }),
      invalid('a name of only no-break and ideographic spaces', 'requesterName may not be blank (trimming removes these too)', {
        'data.requesterName': `${NBSP}${IDEOGRAPHIC_SPACE}\t`,
      }),
      invalid('a name of 121 characters', 'requesterName is at most 120 characters', { 'data.requesterName': 'x'.repeat(121) }),
      invalid('a name of 121 emoji', 'requesterName is at most 120 characters (code points)', { 'data.requesterName': EMOJI.repeat(121) }),
      invalid('goals of 1,501 characters with spaces around them', 'goals is at most 1,500 characters as sent', { 'data.goals': ` ${'x'.repeat(1499)} ` }),
      invalid('an email that is not one', 'email must be an address', { 'data.email': 'jordan at example' }),
      invalid('an email with a final newline', 'nothing may follow the address', { 'data.email': 'jordan@example.org\n' }),
      invalid('a phone with Arabic-Indic digits', 'phone digits are 0 to 9', { 'data.phone': '٥٥٥-٠١٠٠-١٢٣' }),
      invalid('a phone with a final newline', 'nothing may follow the phone number', { 'data.phone': '555-010-0100\n' }),
      invalid('a phone with a space before the +', 'a + comes first', { 'data.phone': ' +1 555 010 0100' }),
      invalid('a region with a final newline', 'region is two capital letters and nothing after them', { 'data.region': 'CA\n' }),
      invalid('a region in lower case', 'region is two capital letters', { 'data.region': 'ca' }),
      invalid('no request type', 'requestTypes has 1 to 4 values', { 'data.requestTypes': [] }),
      invalid('an unknown request type', 'requestTypes are from the list', { 'data.requestTypes': ['lunch'] }),
      invalid('a request type twice', 'each request type once', { 'data.requestTypes': ['training', 'training'] }),
      invalid('a topic twice', 'each topic once', { 'data.topics': ['recognizing-signs', 'recognizing-signs'] }),
      invalid('an audience twice', 'each audience once', { 'data.audiences': ['probation', 'probation'] }),
      invalid('an unknown organization type', 'organizationType is from the list', { 'data.organizationType': 'cartel' }),
      invalid('four preferred dates', 'preferredDates has 1 to 3 dates', { 'data.preferredDates': ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04'] }),
      invalid('the same preferred date twice', 'each date once', { 'data.preferredDates': ['2027-01-01', '2027-01-01'] }),
      invalid('February 29 of a common year', 'a preferred date must be real', { 'data.preferredDates': ['2027-02-29'] }),
      invalid('a preferred date with a final newline', 'nothing may follow the date', { 'data.preferredDates': ['2027-03-15\n'] }),
      invalid('a preferred date with Devanagari digits', 'digits are 0 to 9 only', { 'data.preferredDates': ['२०२७-03-15'] }),
      invalid('a number where text belongs', 'county is text', { 'data.county': 7 }),
      invalid('no area', 'area is required', { 'data.area': undefined }),
      invalid('an unknown area', 'area is from the list', { 'data.area': 'country' }),
      invalid('a county area without the county', 'county is required when area is county', { 'data.county': undefined }),
      invalid('the other topic without its words', 'topicOther is required when topics includes other', { 'data.topicOther': undefined }),
      invalid('a blank other topic', 'topicOther may not be blank', { 'data.topicOther': '  ' }),
      invalid('training without a length', 'a request for training answers length', { 'data.length': undefined }),
      invalid('training without dates', 'a request for training has preferred dates', { 'data.preferredDates': undefined }),
      invalid('training without audiences', 'a request for training names its audiences', { 'data.audiences': undefined }),
      invalid('a needed-by date that is not real', 'neededBy is a real date', { 'data.requestTypes': ['consultation'], 'data.neededBy': '2027-02-30' }),
    ],
    invalidOnlyInCode: [],
  };
}

function checklist(): ConformanceCases {
  const base = envelope('checklist', 'si-checklist', {
    content: { id: 'survivor-informed-practice', version: '2025-05' },
    items: [
      { id: 'trauma-training', checked: true, note: 'All front-desk staff, spring 2026.' },
      { id: 'survivor-consultants-paid', checked: false },
      { id: 'language-access', checked: true },
    ],
  });
  const valid = (name: string, change: Change) => ({ name, payload: changed(base, change) });
  const invalid = (name: string, reason: string, change: Change) => ({ name, reason, payload: changed(base, change) });
  const common = envelopeCases(base);
  return {
    valid: [
      { name: 'three items, one with a note', payload: base },
      ...common.valid,
      valid('a note of 2,000 emoji', { 'data.items.0.note': EMOJI.repeat(2000) }),
    ],
    invalid: [
      invalid('another type', 'type is checklist in this file', { type: 'ta-request' }),
      ...common.invalid,
      invalid('no items', 'items has 1 to 100 entries', { 'data.items': [] }),
      invalid('101 items', 'items has 1 to 100 entries', {
        'data.items': Array.from({ length: 101 }, (_, index) => ({ id: `item-${index}`, checked: false })),
      }),
      invalid('an empty note', 'a note is left out rather than empty', { 'data.items.0.note': '' }),
      invalid('a note of 2,001 characters', 'a note is at most 2,000 characters', { 'data.items.0.note': 'x'.repeat(2001) }),
      invalid('an item id with a final newline', 'ids are letters, digits, - and _', { 'data.items.0.id': 'trauma-training\n' }),
      invalid('an item id with a space', 'ids are letters, digits, - and _', { 'data.items.0.id': 'trauma training' }),
      invalid('checked as text', 'checked is true or false', { 'data.items.0.checked': 'yes' }),
      invalid('a content version with a final newline', 'nothing may follow the version', { 'data.content.version': '2025-05\n' }),
    ],
    invalidOnlyInCode: [
      invalid('the same item id twice', 'item ids are unique (JSON Schema cannot compare a property across array entries)', {
        'data.items.1.id': 'trauma-training',
      }),
    ],
  };
}

function selfAssessment(): ConformanceCases {
  // Version 2: a band is the level of the scale the score reaches (0 = the lowest), and the overall score
  // is the average of `areasScored` area scores.
  const tally = (score: number | null, band: number | null, rated: number) => ({ score, band, rated, notApplicable: 0, dontKnow: 0, unanswered: 0 });
  const scores = envelope(
    'self-assessment',
    'si-self-assessment',
    {
      instrument: { id: 'survivor-informed-organization', version: '2' },
      share: 'scores',
      levels: 4,
      organization: 'Juniper Hollow Youth Services',
      overall: { ...tally(61, 2, 4), areasScored: 2 },
      areas: [
        { id: 'leadership', skipped: false, ...tally(92, 3, 2) },
        { id: 'safety', skipped: false, ...tally(30, 1, 2) },
        { id: 'partnerships', skipped: true, ...tally(null, null, 0) },
      ],
    },
    2,
  );
  const answers = changed(scores, {
    'data.share': 'answers',
    'data.answers': [
      { area: 'leadership', statement: 'leadership-1', answer: 3 },
      { area: 'leadership', statement: 'leadership-2', answer: 1 },
      { area: 'safety', statement: 'safety-1', answer: 'not-applicable' },
      { area: 'safety', statement: 'safety-2', answer: 'dont-know' },
    ],
  });
  const valid = (name: string, base: JsonObject, change: Change) => ({ name, payload: changed(base, change) });
  const invalid = (name: string, reason: string, base: JsonObject, change: Change) => ({ name, reason, payload: changed(base, change) });
  const common = envelopeCases(scores);
  return {
    valid: [
      { name: 'scores only', payload: scores },
      { name: 'scores and answers', payload: answers },
      ...common.valid,
      valid('a seven-level scale with the top answer', answers, { 'data.levels': 7, 'data.answers.0.answer': 6 }),
      valid('a two-level scale', answers, {
        'data.levels': 2,
        'data.answers.0.answer': 1,
        'data.answers.1.answer': 0,
        'data.overall.band': 1,
        'data.areas.0.band': 1,
        'data.areas.1.band': 0,
      }),
      valid('no organization', scores, { 'data.organization': undefined }),
    ],
    invalid: [
      invalid('another type', 'type is self-assessment in this file', scores, { type: 'checklist' }),
      ...common.invalid,
      invalid('share "answers" without the answers', 'answers are sent exactly when share is "answers"', answers, { 'data.answers': undefined }),
      invalid('share "scores" with answers', 'answers are sent exactly when share is "answers"', answers, { 'data.share': 'scores' }),
      invalid('an answer at the scale’s size', 'an answer is below levels (0 to levels - 1)', answers, { 'data.answers.0.answer': 4 }),
      invalid('an answer above a two-level scale', 'an answer is below levels', answers, { 'data.levels': 2, 'data.answers.0.answer': 2 }),
      invalid('an answer of 7 on a seven-level scale', 'an answer is below levels', answers, { 'data.levels': 7, 'data.answers.0.answer': 7 }),
      invalid('a fractional answer', 'an answer is a whole number or a word', answers, { 'data.answers.0.answer': 1.5 }),
      invalid('an unknown word for an answer', 'an answer is a level, not-applicable or dont-know', answers, { 'data.answers.0.answer': 'maybe' }),
      invalid('eight levels', 'levels is 2 to 7', scores, { 'data.levels': 8 }),
      invalid('a score of 101', 'a score is 0 to 100', scores, { 'data.overall.score': 101 }),
      invalid('a band named as version 1 named them', 'a band is a level of the scale (a whole number)', scores, { 'data.areas.0.band': 'established' }),
      invalid('a band at the scale’s size', 'a band is below levels (0 to levels - 1)', scores, { 'data.areas.0.band': 4 }),
      invalid('an overall band above a two-level scale', 'a band is below levels', scores, {
        'data.levels': 2,
        'data.overall.band': 2,
        'data.areas.0.band': 1,
        'data.areas.1.band': 0,
      }),
      invalid('an overall score without areasScored', 'the overall result says how many areas it averages', scores, { 'data.overall.areasScored': undefined }),
      invalid('an organization of only spaces', 'organization may not be blank', scores, { 'data.organization': '   ' }),
      invalid('an organization of 201 characters', 'organization is at most 200 characters', scores, { 'data.organization': 'x'.repeat(201) }),
      invalid('an instrument id with a final newline', 'ids are letters, digits, - and _', scores, {
        'data.instrument.id': 'survivor-informed-organization\n',
      }),
      invalid('no areas', 'areas has 1 to 20 entries', scores, { 'data.areas': [] }),
    ],
    invalidOnlyInCode: [
      invalid('the same area id twice', 'area ids are unique (JSON Schema cannot compare a property across array entries)', scores, {
        'data.areas.1.id': 'leadership',
      }),
      invalid('the same statement twice', 'statements are unique (JSON Schema cannot compare a property across array entries)', answers, {
        'data.answers.1.statement': 'leadership-1',
      }),
    ],
  };
}

/** Every file of the corpus, by `<type>.v<version>`. */
export function conformanceCorpus(): Record<string, ConformanceCases> {
  return { 'ta-request.v2': taRequest(), 'checklist.v1': checklist(), 'self-assessment.v2': selfAssessment() };
}
