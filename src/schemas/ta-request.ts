/**
 * `ta-request`, version 2: a request for training or technical assistance (FACTS.md, "The TA request").
 * It holds the organization's details and its need, never anyone's survivor status or story.
 *
 * Version 2 asks only what a request needs: the event questions (audience, size, format, length, dates)
 * come with a request for training and only then; other requests say by when, if there is a date. The
 * area may be a county, the whole state, several counties or a tribal nation, with an optional cohort,
 * and a topic may be "other" with its own words.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { envelopeFor } from './envelope.js';
import { optionalText, text, uniqueList, withJsonSchema } from './rules.js';
import {
  AREAS,
  AUDIENCE_SIZES,
  AUDIENCES,
  EVENT_FIELDS,
  EVENT_REQUEST_TYPE,
  FORMATS,
  LENGTHS,
  MATCH_FUNDS,
  ORGANIZATION_TYPES,
  OTHER_TOPIC,
  PHONE_PATTERN,
  REGION_PATTERN,
  REQUEST_TYPES,
  TA_REQUEST_SCHEMA_VERSION,
} from './ta-request-values.js';

export * from './ta-request-values.js';

/** The answers, built on first use (`onFirstUse`). */
export const taRequestDataSchema = /* @__PURE__ */ onFirstUse(() => {
  const date = z.iso.date();
  const schema = z
    .object({
      requesterName: text(120),
      requesterRole: text(120),
      agency: text(200),
      organizationType: z.enum(ORGANIZATION_TYPES),
      /** Where the work is; `county` names it when `area` is `county`. */
      area: z.enum(AREAS),
      /** A county from the host's list, or what the requester typed; required when `area` is `county`. */
      county: z.optional(text(120)),
      /** Which counties, or which nation, in the requester's words (for the other areas). */
      areaDetail: optionalText(200),
      /** The state whose county list was offered (`CA`, `CO`); absent when the host gave its own list or none. */
      region: z.optional(z.string().check(z.regex(REGION_PATTERN))),
      /** The host's regional cohort the requester belongs to, from the host's `cohorts` list. */
      cohort: z.optional(text(120)),
      email: z.email().check(z.maxLength(254)),
      phone: z.optional(z.string().check(z.maxLength(40), z.regex(PHONE_PATTERN), z.trim())),
      requestTypes: uniqueList(z.enum(REQUEST_TYPES), 1, REQUEST_TYPES.length),
      /** Asked only when a survivor consultant is requested (seed 000: counties with capacity may match funds). */
      canMatchFunds: z.optional(z.enum(MATCH_FUNDS)),
      /** The default topics' ids (src/content/ta-request.ts), the host's own topics as the host wrote them, or `other`. */
      topics: uniqueList(text(120), 1, 31),
      /** The requester's own topic, when `topics` includes `other`. */
      topicOther: z.optional(text(200)),
      /** What the need is. */
      goals: text(1500),
      // The event questions: sent with a request for training, and only then.
      audiences: z.optional(uniqueList(z.enum(AUDIENCES), 1, AUDIENCES.length)),
      /** Who else will attend, when `audiences` includes `other`. */
      audienceOther: optionalText(200),
      audienceSize: z.optional(z.enum(AUDIENCE_SIZES)),
      format: z.optional(z.enum(FORMATS)),
      length: z.optional(z.enum(LENGTHS)),
      preferredDates: z.optional(uniqueList(date, 1, 3)),
      /** For a request that is not training: the date it is needed by, if there is one. */
      neededBy: z.optional(date),
      accessibilityNeeds: optionalText(1000),
      languageNeeds: optionalText(300),
    })
    .check(
      z.refine((data) => data.area !== 'county' || data.county !== undefined, { message: 'county is required when area is county.', path: ['county'] }),
      z.refine((data) => !data.topics.includes(OTHER_TOPIC) || data.topicOther !== undefined, {
        message: 'topicOther is required when topics includes other.',
        path: ['topicOther'],
      }),
      z.refine((data) => !data.requestTypes.includes(EVENT_REQUEST_TYPE) || EVENT_FIELDS.every((field) => data[field] !== undefined), {
        message: 'A request for training has audiences, audienceSize, format, length and preferredDates.',
      }),
    );
  // The three refinements above, as JSON Schema says them.
  return withJsonSchema(schema, {
    allOf: [
      { if: { properties: { area: { const: 'county' } }, required: ['area'] }, then: { required: ['county'] } },
      { if: { properties: { topics: { contains: { const: OTHER_TOPIC } } }, required: ['topics'] }, then: { required: ['topicOther'] } },
      { if: { properties: { requestTypes: { contains: { const: EVENT_REQUEST_TYPE } } }, required: ['requestTypes'] }, then: { required: [...EVENT_FIELDS] } },
    ],
  });
});
export type TaRequestData = z.infer<ReturnType<typeof taRequestDataSchema>>;

export const taRequestEnvelopeSchema = /* @__PURE__ */ onFirstUse(() => envelopeFor('ta-request', TA_REQUEST_SCHEMA_VERSION, taRequestDataSchema()));
