/**
 * What `<si-self-assessment>` reads and writes besides the page: a custom instrument (JSON, with every
 * wrong entry named), the CSV and JSON downloads, and an earlier result loaded back for comparison.
 * Pure functions; the element only renders what they return.
 */
import * as z from 'zod/mini';
import { INSTRUMENT_ID_PATTERN, instrumentSchema, type Instrument } from '../../content/instrument-schema.js';
import { describeIssues, type ContentIssue } from '../../core/content-issues.js';
import type { ParsedContent } from '../../core/content-source.js';
import { onFirstUse } from '../../core/on-first-use.js';

export const RESULT_FORMAT = 'si-self-assessment-result';
/** The largest instrument or result file read (bytes of text). */
export const MAX_FILE_CHARS = 512 * 1024;

export type ParsedInstrument = ParsedContent<Instrument, ContentIssue[]>;

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
