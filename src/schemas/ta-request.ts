/**
 * `ta-request`, version 1: a request for training or technical assistance (FACTS.md, "The TA request").
 * It holds the organization's details and its need, never anyone's survivor status or story.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { envelopeFor } from './envelope.js';
import { optionalText, text, uniqueList } from './rules.js';

export const ORGANIZATION_TYPES = [
  'anti-trafficking-organization',
  'coalition-mdt-task-force',
  'federal-government',
  'state-government',
  'local-government',
  'tribal-government',
  'faith-based',
  'nonprofit-community-based',
  'survivor-led',
  'business',
  'other',
] as const;
export const REQUEST_TYPES = ['training', 'technical-assistance', 'consultation', 'survivor-consultant'] as const;
export const FORMATS = ['virtual', 'in-person', 'hybrid'] as const;
export const LENGTHS = ['under-3-hours', '3-hours-or-more'] as const;
/** Seed 002: who attends the program's trainings, plus anyone else the requester names. */
export const AUDIENCES = [
  'child-welfare',
  'probation',
  'law-enforcement',
  'school-personnel',
  'youth-serving-providers',
  'parents',
  'caregivers',
  'community',
  'other',
] as const;
export const AUDIENCE_SIZES = ['1-10', '11-25', '26-50', '51-100', 'over-100'] as const;
export const MATCH_FUNDS = ['yes', 'no', 'not-sure', 'prefer-not-to-say'] as const;

/** Digits with the usual separators, an optional leading + and an optional extension. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{7,25}(?: *(?:[xX]|[eE][xX][tT]\.?) *[0-9]{1,6})?$/;

/** The answers, built on first use (`onFirstUse`). */
export const taRequestDataSchema = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    requesterName: text(120),
    requesterRole: text(120),
    agency: text(200),
    organizationType: z.enum(ORGANIZATION_TYPES),
    /** A county from the host's list, or what the requester typed. */
    county: text(120),
    /** The state whose county list was offered (`CA`, `CO`); absent when the host gave its own list or none. */
    region: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
    email: z.email().check(z.maxLength(254)),
    phone: z.optional(z.string().check(z.maxLength(40), z.regex(PHONE_PATTERN), z.trim())),
    requestTypes: uniqueList(z.enum(REQUEST_TYPES), 1, REQUEST_TYPES.length),
    /** The default topics' ids (src/content/ta-request.ts) or the host's own topics as the host wrote them. */
    topics: uniqueList(text(120), 1, 30),
    audiences: uniqueList(z.enum(AUDIENCES), 1, AUDIENCES.length),
    /** Who else will attend, when `audiences` includes `other`. */
    audienceOther: optionalText(200),
    audienceSize: z.enum(AUDIENCE_SIZES),
    format: z.enum(FORMATS),
    length: z.enum(LENGTHS),
    preferredDates: uniqueList(z.iso.date(), 1, 3),
    goals: text(1500),
    accessibilityNeeds: optionalText(1000),
    languageNeeds: optionalText(300),
    /** Asked only when a survivor consultant is requested (seed 000: counties with capacity may match funds). */
    canMatchFunds: z.optional(z.enum(MATCH_FUNDS)),
  }),
);
export type TaRequestData = z.infer<ReturnType<typeof taRequestDataSchema>>;

export const taRequestEnvelopeSchema = /* @__PURE__ */ onFirstUse(() => envelopeFor('ta-request', 1, taRequestDataSchema()));
