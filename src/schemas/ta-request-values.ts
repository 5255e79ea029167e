/**
 * The fixed answers of a `ta-request` (version 2) and the patterns its text must match, without zod:
 * the form imports these, so a page with the form downloads no schema library (ta-request.ts builds the
 * zod schema from them for servers and tests).
 */
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
/** The one request type that is an event, and so asks audience, size, format, length and dates. */
export const EVENT_REQUEST_TYPE = 'training';
/** Where the work is: one county, the whole state, several counties, or a tribal nation. */
export const AREAS = ['county', 'statewide', 'several-counties', 'tribal-nation'] as const;
/** The topic id that comes with the requester's own words in `topicOther`. */
export const OTHER_TOPIC = 'other';
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

/** The region: a state's two-letter postal code. */
export const REGION_PATTERN = /^[A-Z]{2}$/;

/** What a request for training must answer beyond the rest. */
export const EVENT_FIELDS = ['audiences', 'audienceSize', 'format', 'length', 'preferredDates'] as const;

/** Raised with every change to the payload's shape. */
export const TA_REQUEST_SCHEMA_VERSION = 2;
