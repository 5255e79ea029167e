/**
 * The `ta-request` (version 2) answers checked without zod, for the form: `taRequestProblems(data)` is
 * empty exactly when `taRequestDataSchema().safeParse(data)` succeeds (test/node/ta-request-check.test.ts
 * proves it on generated payloads and on the conformance corpus). The table below repeats the schema in
 * ta-request.ts field by field; change both together.
 *
 * It names every field zod names, and more: zod skips its cross-field rules while a field has the wrong
 * type and puts the "training needs its event answers" rule on no field, where this names each missing
 * answer, so a form can show every problem at once.
 */
import { isEmail, isIsoDate, isPhone, textProblem } from '../core/forms/checks.js';
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
  REGION_PATTERN,
  REQUEST_TYPES,
} from './ta-request-values.js';
import type { TaRequestData } from './ta-request.js';

/** Whether a single value holds. */
type Valid = (value: unknown) => boolean;
/** The paths at or under `path` where `value` breaks a field's rule. */
type Rule = (value: unknown, path: string) => string[];

function string(valid: (value: string) => boolean): Valid {
  return (value) => typeof value === 'string' && valid(value);
}
const text = (max: number, required = true) => string((value) => !textProblem(value, max, required));
const date = string(isIsoDate);
function oneOf(values: readonly string[]): Valid {
  return (value) => values.includes(value as string);
}

function one(valid: Valid): Rule {
  return (value, path) => (valid(value) ? [] : [path]);
}
function optional(rule: Rule): Rule {
  return (value, path) => (value === undefined ? [] : rule(value, path));
}
/** `uniqueList`: `min` to `max` valid items, none twice once trimmed (zod compares the stored, trimmed text). */
function list(item: Valid, min: number, max: number): Rule {
  return (value, path) => {
    if (!Array.isArray(value)) return [path];
    const items: unknown[] = Array.from(value); // holes read as undefined, as zod reads them
    const problems = items.flatMap((each, index) => (item(each) ? [] : [`${path}.${index}`]));
    const distinct = new Set(items.map((each) => (typeof each === 'string' ? each.trim() : each)));
    return items.length < min || items.length > max || distinct.size < items.length ? [...problems, path] : problems;
  };
}

/** Each field of `taRequestDataSchema`, in its order (the type makes sure none is missing or extra). */
const FIELDS: { [Field in keyof TaRequestData]-?: Rule } = {
  requesterName: one(text(120)),
  requesterRole: one(text(120)),
  agency: one(text(200)),
  organizationType: one(oneOf(ORGANIZATION_TYPES)),
  area: one(oneOf(AREAS)),
  county: optional(one(text(120))),
  areaDetail: optional(one(text(200, false))),
  region: optional(one(string((value) => REGION_PATTERN.test(value)))),
  cohort: optional(one(text(120))),
  email: one(string(isEmail)),
  phone: optional(one(string(isPhone))),
  requestTypes: list(oneOf(REQUEST_TYPES), 1, REQUEST_TYPES.length),
  canMatchFunds: optional(one(oneOf(MATCH_FUNDS))),
  topics: list(text(120), 1, 31),
  topicOther: optional(one(text(200))),
  goals: one(text(1500)),
  audiences: optional(list(oneOf(AUDIENCES), 1, AUDIENCES.length)),
  audienceOther: optional(one(text(200, false))),
  audienceSize: optional(one(oneOf(AUDIENCE_SIZES))),
  format: optional(one(oneOf(FORMATS))),
  length: optional(one(oneOf(LENGTHS))),
  preferredDates: optional(list(date, 1, 3)),
  neededBy: optional(one(date)),
  accessibilityNeeds: optional(one(text(1000, false))),
  languageNeeds: optional(one(text(300, false))),
};

/**
 * The paths (`county`, `preferredDates.1`) where `data` breaks the `ta-request` v2 schema: the fields'
 * in the schema's order, then the cross-field rules'; `['']` when `data` is not an object; `[]` exactly
 * when zod accepts it. Properties the schema does not name are allowed; one set to `undefined` is absent.
 */
export function taRequestProblems(data: unknown): string[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [''];
  const answers = data as Record<string, unknown>;
  const problems = Object.entries(FIELDS).flatMap(([field, rule]) => rule(answers[field], field));
  // The schema's three refinements, which zod runs on the stored (trimmed) answers.
  const { area, county, topics, topicOther, requestTypes } = answers;
  if (area === 'county' && county === undefined) problems.push('county');
  const otherTopic = Array.isArray(topics) && Array.from(topics).some((topic) => typeof topic === 'string' && topic.trim() === OTHER_TOPIC);
  if (otherTopic && topicOther === undefined) problems.push('topicOther');
  if (Array.isArray(requestTypes) && requestTypes.includes(EVENT_REQUEST_TYPE)) problems.push(...EVENT_FIELDS.filter((field) => answers[field] === undefined));
  return problems;
}
