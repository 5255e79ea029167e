/**
 * What `<si-self-assessment>` reads and writes besides the page: a custom instrument (JSON, with every
 * wrong entry named), the JSON download, and an earlier result loaded back for comparison. Pure
 * functions; the element only renders what they return.
 *
 * zod stays off the page unless a host supplies an instrument of its own: `parseInstrument` loads the
 * instrument schema when it is first called, and results are read by the small checks below.
 */
import type { Instrument } from '../../content/instrument-schema.js';
import { CONTENT_ID_PATTERN, CONTENT_VERSION_PATTERN } from '../../content/ids.js';
import { describeIssues, type ContentIssue } from '../../core/content-issues.js';
import type { ParsedContent } from '../../core/content-source.js';

export const RESULT_FORMAT = 'si-self-assessment-result';
/**
 * The version of the result file the JSON download writes. Version 2 (instrument version 2 on) lists
 * each area's statements and scores areas by the rules of `scoring.ts`; version 1 did neither.
 */
export const RESULT_FORMAT_VERSION = 2;
/** The largest instrument or result file read (bytes of text). */
export const MAX_FILE_CHARS = 512 * 1024;
const MAX_AREAS = 20;
const MAX_STATEMENTS = 20;

export type ParsedInstrument = ParsedContent<Instrument, ContentIssue[]>;

/** Validates an instrument given as JSON text or as a parsed value. Either the whole instrument, or every wrong entry. */
export async function parseInstrument(input: string | unknown): Promise<ParsedInstrument> {
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_FILE_CHARS) return { issues: [{ path: '', code: 'too-long', detail: String(MAX_FILE_CHARS) }] };
    try {
      value = JSON.parse(input);
    } catch {
      return { issues: [{ path: '', code: 'json', detail: '' }] };
    }
  }
  // Only a host's own instrument gets here: the validator (and zod) loads now, not with the page.
  const { instrumentSchema } = await import('../../content/instrument-schema.js');
  const result = instrumentSchema().safeParse(value);
  if (result.success) return { value: result.data };
  // The schema checks ids for repeats only once every entry is valid; name repeats now, with the rest.
  const issues = describeIssues(result.error.issues, value);
  for (const repeat of repeatedIds(value)) if (!issues.some((issue) => issue.path === repeat.path)) issues.push(repeat);
  return { issues };
}

/** Area and statement ids that appear more than once, wherever they are in an instrument that may be invalid. */
function repeatedIds(value: unknown): ContentIssue[] {
  const areas = (value as { areas?: unknown } | null)?.areas;
  if (!Array.isArray(areas)) return [];
  const found: ContentIssue[] = [];
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
export interface ResultFile {
  date: string;
  instrument: { id: string; version: string };
  overall: { score: number | null };
  /** Each area's score and the ids of the statements it asked. */
  areas: Array<{ id: string; score: number | null; statements: string[] }>;
}

/**
 * Why an earlier result cannot be compared: not JSON, not a result at all, a result of another
 * instrument, a file too large, or a result saved in format 1 (by the first release, which asked other
 * statements and scored them by other rules).
 */
export type ResultError = 'json' | 'format' | 'instrument' | 'size' | 'old';

export type EarlierResult = { result: ResultFile; error?: undefined } | { result?: undefined; error: ResultError };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isScore = (value: unknown): value is number | null => value === null || (Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 100);
const isId = (value: unknown): value is string => typeof value === 'string' && CONTENT_ID_PATTERN.test(value);

function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The parts of a result file that a comparison uses, or null when any of them is missing or wrong. */
function readResult(value: Record<string, unknown>): ResultFile | null {
  const { date, instrument, overall, areas } = value;
  if (!isIsoDate(date) || !isObject(instrument) || !isObject(overall) || !isScore(overall.score)) return null;
  if (!isId(instrument.id) || typeof instrument.version !== 'string' || !CONTENT_VERSION_PATTERN.test(instrument.version)) return null;
  if (!Array.isArray(areas) || areas.length > MAX_AREAS) return null;
  const read: ResultFile['areas'] = [];
  for (const area of areas) {
    if (!isObject(area) || !isId(area.id) || !isScore(area.score)) return null;
    const statements = area.statements;
    if (!Array.isArray(statements) || statements.length > MAX_STATEMENTS || !statements.every(isId)) return null;
    read.push({ id: area.id, score: area.score, statements: [...statements] });
  }
  return { date, instrument: { id: instrument.id, version: instrument.version }, overall: { score: overall.score }, areas: read };
}

/** Reads an earlier result for the instrument `instrumentId`. */
export function parseResultFile(text: string, instrumentId: string): EarlierResult {
  if (text.length > MAX_FILE_CHARS) return { error: 'size' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'json' };
  }
  if (!isObject(value) || value.format !== RESULT_FORMAT) return { error: 'format' };
  if (value.formatVersion === 1) return { error: isObject(value.instrument) && value.instrument.id !== instrumentId ? 'instrument' : 'old' };
  if (value.formatVersion !== RESULT_FORMAT_VERSION) return { error: 'format' };
  const result = readResult(value);
  if (!result) return { error: 'format' };
  return result.instrument.id === instrumentId ? { result } : { error: 'instrument' };
}

/** Whether an earlier area asked exactly the statements the area asks now, so their scores mean the same. */
export function sameStatements(earlier: readonly string[], now: readonly string[]): boolean {
  if (earlier.length !== now.length) return false;
  const ids = new Set(now);
  return earlier.every((id) => ids.has(id));
}
