/**
 * `self-assessment`, version 2: an organization's results from `<si-self-assessment>` — which
 * instrument (id and version), the scale's size, the score of every area and overall, and, only when the
 * host asks for it with `share="answers"`, the answer to every statement. It describes the
 * organization's practice, never anyone's survivor status or story: there is no free text in it but the
 * organization's name, if the person typed one.
 *
 * Scores are from 0 to 100, null when too little of the area was rated (at least half of the
 * statements that apply, and at least two, or all when fewer apply). `band` is the level of the scale
 * the score reaches, from 0 (the lowest) to `levels - 1` (the top): with the default four levels,
 * 0–24 is 0 (not in place), 25–57 is 1 (started), 58–91 is 2 (partly in place), 92–100 is 3 (in place).
 * The overall score is the average of the area scores (`areasScored` of them), each area counting the
 * same. Answers are a level from 0 to `levels - 1`, `not-applicable` or `dont-know`.
 *
 * Version 1 named four fixed bands (`starting` … `established`, from 75) and pooled the statements of
 * every area for the overall score.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { envelopeFor } from './envelope.js';
import { text, withJsonSchema } from './rules.js';

export const SELF_ASSESSMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const SELF_ASSESSMENT_SHARES = ['scores', 'answers'] as const;

/** The answers and scores, built on first use (`onFirstUse`). */
export const selfAssessmentDataSchema = /* @__PURE__ */ onFirstUse(() => {
  const id = z.string().check(z.regex(SELF_ASSESSMENT_ID));
  const count = z.int().check(z.nonnegative(), z.maximum(1000));
  const tally = {
    score: z.nullable(z.int().check(z.minimum(0), z.maximum(100))),
    /** The level of the scale the score reaches (0 = the lowest); null without a score. */
    band: z.nullable(z.int().check(z.minimum(0), z.maximum(6))),
    rated: count,
    notApplicable: count,
    dontKnow: count,
    unanswered: count,
  };
  const uniqueBy = (key: string) =>
    z.refine<ReadonlyArray<Record<string, unknown>>>((items) => new Set(items.map((item) => item[key])).size === items.length, `Each ${key} must be unique.`);
  const answer = z.object({
    area: id,
    statement: id,
    answer: z.union([z.int().check(z.minimum(0), z.maximum(6)), z.enum(['not-applicable', 'dont-know'])]),
  });
  const schema = z
    .object({
      instrument: z.object({ id, version: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)) }),
      /** What the host asked to receive: `scores` (areas and overall only) or `answers` (also every answer). */
      share: z.enum(SELF_ASSESSMENT_SHARES),
      /** How many levels the scale has (4 for the default: not in place, started, partly in place, in place). */
      levels: z.int().check(z.minimum(2), z.maximum(7)),
      organization: z.optional(text(200)),
      overall: z.object({ ...tally, areasScored: z.int().check(z.nonnegative(), z.maximum(20)) }),
      areas: z.array(z.object({ id, skipped: z.boolean(), ...tally })).check(z.minLength(1), z.maxLength(20), uniqueBy('id')),
      /** Only with `share: "answers"`; unanswered statements are left out. */
      answers: z.optional(z.array(answer).check(z.maxLength(400), uniqueBy('statement'))),
    })
    .check(
      z.refine((data) => (data.share === 'answers') === (data.answers !== undefined), 'answers are sent exactly when share is "answers".'),
      z.refine((data) => (data.answers ?? []).every((item) => typeof item.answer !== 'number' || item.answer < data.levels), 'An answer is above the scale.'),
      z.refine((data) => [data.overall, ...data.areas].every((tally) => tally.band === null || tally.band < data.levels), 'A band is above the scale.'),
    );
  // The three refinements above, as JSON Schema says them.
  return withJsonSchema(schema, {
    allOf: [
      {
        if: { properties: { share: { const: 'answers' } }, required: ['share'] },
        then: { required: ['answers'] },
        else: { not: { required: ['answers'] } },
      },
      // `levels` is 2 to 7: one rule per scale keeps every answer and every band below its scale's size.
      ...[2, 3, 4, 5, 6, 7].map((levels) => {
        const belowScale = { not: { type: 'integer', minimum: levels } };
        return {
          if: { properties: { levels: { const: levels } }, required: ['levels'] },
          then: {
            properties: {
              answers: { type: 'array', items: { type: 'object', properties: { answer: belowScale } } },
              overall: { type: 'object', properties: { band: belowScale } },
              areas: { type: 'array', items: { type: 'object', properties: { band: belowScale } } },
            },
          },
        };
      }),
    ],
  });
});

export type SelfAssessmentData = z.infer<ReturnType<typeof selfAssessmentDataSchema>>;

export const selfAssessmentEnvelopeSchema = /* @__PURE__ */ onFirstUse(() => envelopeFor('self-assessment', 2, selfAssessmentDataSchema()));
