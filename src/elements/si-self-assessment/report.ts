/**
 * What `<si-self-assessment>` reads and writes besides the page: a custom instrument (JSON, with every
 * wrong entry named), the CSV and JSON downloads, and an earlier result loaded back for comparison.
 * Pure functions; the element only renders what they return.
 */
import * as z from 'zod/mini';
import { INSTRUMENT_ID_PATTERN, instrumentSchema, type Instrument } from '../../content/instrument-schema.js';
import { onFirstUse } from '../../core/on-first-use.js';
import type { IssueCode } from './si-self-assessment.strings.js';

export const RESULT_FORMAT = 'si-self-assessment-result';
/** The largest instrument or result file read (bytes of text). */
export const MAX_FILE_CHARS = 512 * 1024;

export interface InstrumentIssue {
  /** Where in the JSON, as the web team would find it: `areas[2].statements[0].text`. */
  path: string;
  code: IssueCode | 'json';
  detail: string;
}

export type ParsedInstrument = { instrument: Instrument; issues?: undefined } | { instrument?: undefined; issues: InstrumentIssue[] };

const pathOf = (path: ReadonlyArray<PropertyKey>): string =>
  path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index ? '.' : ''}${String(key)}`)).join('');

function issueOf(issue: z.core.$ZodIssue): InstrumentIssue {
  const path = pathOf(issue.path);
  const raw = issue as z.core.$ZodIssue & { input?: unknown; expected?: string; origin?: string; maximum?: unknown; minimum?: unknown; keys?: string[] };
  switch (issue.code) {
    case 'invalid_type':
      return raw.input === undefined ? { path, code: 'missing', detail: '' } : { path, code: 'type', detail: raw.expected ?? '' };
    case 'too_big':
      return { path, code: raw.origin === 'array' ? 'too-many' : raw.origin === 'string' ? 'too-long' : 'invalid', detail: String(raw.maximum) };
    case 'too_small':
      return raw.origin === 'array'
        ? { path, code: 'too-few', detail: String(raw.minimum) }
        : { path, code: raw.origin === 'string' ? 'missing' : 'invalid', detail: '' };
    case 'invalid_format':
      return { path, code: 'pattern', detail: '' };
    case 'unrecognized_keys':
      return { path, code: 'unknown-key', detail: (raw.keys ?? []).map((key) => key.slice(0, 40)).join(', ') };
    case 'custom':
      return issue.message === 'duplicate-id' ? { path, code: 'duplicate', detail: String(raw.input).slice(0, 64) } : { path, code: 'invalid', detail: '' };
    default:
      return raw.input === undefined ? { path, code: 'missing', detail: '' } : { path, code: 'invalid', detail: '' };
  }
}

/** Validates an instrument given as JSON text or as a parsed value. Either the whole instrument, or every wrong entry. */
export function parseInstrument(input: string | unknown): ParsedInstrument {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FILE_CHARS) return { issues: [{ path: '', code: 'too-long', detail: String(MAX_FILE_CHARS) }] };
    try {
      value = JSON.parse(input);
    } catch {
      return { issues: [{ path: '', code: 'json', detail: '' }] };
    }
  }
  const result = instrumentSchema().safeParse(value, { reportInput: true });
  if (result.success) return { instrument: result.data };
  // The schema checks ids for repeats only once every entry is valid; name repeats now, with the rest.
  const issues = result.error.issues.map(issueOf);
  for (const repeat of repeatedIds(value)) if (!issues.some((issue) => issue.path === repeat.path)) issues.push(repeat);
  return { issues };
}

/** Area and statement ids that appear more than once, wherever they are in an instrument that may be invalid. */
function repeatedIds(value: unknown): InstrumentIssue[] {
  const areas = (value as { areas?: unknown } | null)?.areas;
  if (!Array.isArray(areas)) return [];
  const found: InstrumentIssue[] = [];
  const areaIds = new Set<unknown>();
  const statementIds = new Set<unknown>();
  const check = (seen: Set<unknown>, id: unknown, path: string) => {
    if (typeof id !== 'string') return;
    if (seen.has(id)) found.push({ path, code: 'duplicate', detail: id.slice(0, 64) });
    seen.add(id);
  };
  areas.forEach((area: { id?: unknown; statements?: unknown } | null, index) => {
    check(areaIds, area?.id, `areas[${index}].id`);
    if (Array.isArray(area?.statements))
      area.statements.forEach((statement: { id?: unknown } | null, at) => check(statementIds, statement?.id, `areas[${index}].statements[${at}].id`));
  });
  return found;
}

/** What an earlier result must hold to be compared; anything else in the file is ignored. */
export const resultFileSchema = /* @__PURE__ */ onFirstUse(() => {
  const score = z.nullable(z.int().check(z.minimum(0), z.maximum(100)));
  return z.object({
    format: z.literal(RESULT_FORMAT),
    formatVersion: z.literal(1),
    date: z.iso.date(),
    instrument: z.object({ id: z.string().check(z.regex(INSTRUMENT_ID_PATTERN)), version: z.string().check(z.maxLength(40)) }),
    overall: z.object({ score }),
    areas: z.array(z.object({ id: z.string().check(z.regex(INSTRUMENT_ID_PATTERN)), score })).check(z.maxLength(20)),
  });
});

export type ResultFile = z.output<ReturnType<typeof resultFileSchema>>;

export type EarlierResult = { result: ResultFile; error?: undefined } | { result?: undefined; error: 'json' | 'format' | 'instrument' | 'size' };

/** Reads an earlier result for the instrument `instrumentId`. */
export function parseResultFile(text: string, instrumentId: string): EarlierResult {
  if (text.length > MAX_FILE_CHARS) return { error: 'size' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'json' };
  }
  const parsed = resultFileSchema().safeParse(value);
  if (!parsed.success) return { error: 'format' };
  return parsed.data.instrument.id === instrumentId ? { result: parsed.data } : { error: 'instrument' };
}
