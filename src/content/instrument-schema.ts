/**
 * The shape of a self-assessment instrument: the built-in one (src/content/self-assessment.ts) and a
 * host's own, given to `<si-self-assessment>` as JSON (`src` or an inline `<script type="application/json">`).
 * Every text is a plain string (shown in any language; say which in `lang`) or `{ "en": "…", "es": "…" }`.
 * Unknown keys are refused, so a typo ("statments") is reported instead of silently ignored.
 *
 * ```json
 * { "id": "our-review", "version": "1", "title": "Our survivor-informed review", "lang": "en",
 *   "scale": { "levels": [{ "label": "No" }, { "label": "Partly" }, { "label": "Yes" }] },
 *   "areas": [{ "id": "hiring", "title": "Hiring",
 *     "statements": [{ "id": "hiring-paid", "text": "Survivor consultants are paid",
 *       "nextStep": "Write a compensation policy" }] }] }
 * ```
 * Without `scale`, the four levels not in place / started / partly in place / in place are used. "Not
 * applicable" and "don't know" are always offered and never scored. A statement's `nextStep` is shown
 * whenever it is rated below the top level; an area's `nextSteps` whenever the area is below the top
 * band. Give a statement a new id when its meaning changes: results are compared area by area only
 * where both results asked the same statements.
 *
 * The widget loads this module (and zod) only when a host supplies an instrument of its own; the
 * built-in one is checked against it by the tests.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { CONTENT_ID_PATTERN, CONTENT_VERSION_PATTERN } from './ids.js';

/** Ids name form fields, storage keys and payload entries: letters, digits, `-` and `_` only. */
export const INSTRUMENT_ID_PATTERN = CONTENT_ID_PATTERN;
/** A content version such as `1`, `2.1` or `2025-05`. */
export const INSTRUMENT_VERSION_PATTERN = CONTENT_VERSION_PATTERN;
export const INSTRUMENT_AREAS_MAX = 20;
export const INSTRUMENT_STATEMENTS_MAX = 20;
export const SCALE_LEVELS_MAX = 7;

/** An instrument, built on first use (`onFirstUse`). */
export const instrumentSchema = /* @__PURE__ */ onFirstUse(() => {
  const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
  /** One text for every language, or English and Spanish. */
  const localized = (max: number) => z.union([text(max), z.strictObject({ en: text(max), es: text(max) })]);
  const id = z.string().check(z.regex(INSTRUMENT_ID_PATTERN));

  const scaleSchema = z.strictObject({
    /** From the lowest to the highest. */
    levels: z.array(z.strictObject({ label: localized(60), hint: z.optional(localized(200)) })).check(z.minLength(2), z.maxLength(SCALE_LEVELS_MAX)),
  });

  const areaSchema = z.strictObject({
    id,
    title: localized(120),
    description: z.optional(localized(400)),
    statements: z
      .array(
        z.strictObject({
          id,
          text: localized(400),
          /** What to do when this statement is rated below the top level. */
          nextStep: z.optional(localized(400)),
        }),
      )
      .check(z.minLength(1), z.maxLength(INSTRUMENT_STATEMENTS_MAX)),
    /** What to do when this area is below the top band. */
    nextSteps: z.optional(z.array(localized(400)).check(z.maxLength(8))),
  });

  return z.strictObject({
    id,
    version: z.union([z.string().check(z.regex(INSTRUMENT_VERSION_PATTERN)), z.int().check(z.nonnegative())]),
    title: localized(200),
    intro: z.optional(localized(600)),
    /** The language of plain-string texts (`en`, `es`, …), so screen readers pronounce them right. */
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/))),
    /** Where the content comes from (for maintainers; not shown). */
    source: z.optional(z.string().check(z.maxLength(1000))),
    /** A short credit shown under the assessment. */
    credit: z.optional(localized(300)),
    scale: z.optional(scaleSchema),
    areas: z.array(areaSchema).check(
      z.minLength(1),
      z.maxLength(INSTRUMENT_AREAS_MAX),
      z.superRefine((areas, context) => {
        const areaIds = new Set<string>();
        const statementIds = new Set<string>();
        areas.forEach((area, index) => {
          if (areaIds.has(area.id)) context.addIssue({ code: 'custom', message: 'duplicate-id', path: [index, 'id'], input: area.id });
          areaIds.add(area.id);
          area.statements.forEach((statement, at) => {
            if (statementIds.has(statement.id))
              context.addIssue({ code: 'custom', message: 'duplicate-id', path: [index, 'statements', at, 'id'], input: statement.id });
            statementIds.add(statement.id);
          });
        });
      }),
    ),
  });
});

export type Instrument = z.output<ReturnType<typeof instrumentSchema>>;
export type InstrumentArea = Instrument['areas'][number];
export type InstrumentStatement = InstrumentArea['statements'][number];
export type Localized = InstrumentArea['title'];
