/**
 * What is wrong with a host's own content (a checklist, an instrument), in a form every widget can word
 * in its own language: where in the JSON (`areas[2].statements[0].text`), a code, and a detail. One
 * mistake per place: a string where a list belongs also fails the list's length check, and only the
 * first is kept. It reads zod's issues by type only, so it adds no zod to a page.
 */
import type * as z from 'zod/mini';
import { quoted } from './text.js';

export type ContentIssueCode =
  /** Not JSON at all. */
  | 'json'
  | 'missing'
  /** A value of the wrong type; `detail` is the expected one (`string`, `array`...). */
  | 'type'
  | 'too-short'
  /** `detail` is the most characters allowed. */
  | 'too-long'
  /** `detail` is the fewest entries allowed. */
  | 'too-few'
  /** `detail` is the most entries allowed. */
  | 'too-many'
  /** Characters outside the allowed pattern. */
  | 'pattern'
  /** `detail` lists the unknown keys. */
  | 'unknown-key'
  /** An id used before; `detail` is the id. */
  | 'duplicate'
  /** None of the accepted shapes (a text or `{ en, es }`, a number or a string...). */
  | 'choice'
  | 'invalid';

export interface ContentIssue {
  path: string;
  code: ContentIssueCode;
  detail: string;
}

/** `['areas', 2, 'id']` → `areas[2].id`, with keys made safe to show. */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}${text ? '.' : ''}${quoted(String(part))}`), '');
}

/** The value at `path` in `input`, or undefined where the path leads nowhere. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = input;
  for (const part of path)
    value = value !== null && typeof value === 'object' && Object.hasOwn(value, part) ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

function codeOf(issue: z.core.$ZodIssue, missing: boolean): Omit<ContentIssue, 'path'> {
  switch (issue.code) {
    case 'invalid_type':
      return missing ? { code: 'missing', detail: '' } : { code: 'type', detail: issue.expected };
    case 'too_small':
      if (issue.origin === 'array') return { code: 'too-few', detail: String(issue.minimum) };
      return { code: issue.origin === 'string' ? 'too-short' : 'invalid', detail: '' };
    case 'too_big':
      if (issue.origin === 'array') return { code: 'too-many', detail: String(issue.maximum) };
      return issue.origin === 'string' ? { code: 'too-long', detail: String(issue.maximum) } : { code: 'invalid', detail: '' };
    case 'invalid_format':
      return { code: 'pattern', detail: '' };
    case 'unrecognized_keys':
      return { code: 'unknown-key', detail: issue.keys.slice(0, 5).map(quoted).join(', ') };
    case 'invalid_union':
    case 'invalid_value':
      return missing ? { code: 'missing', detail: '' } : { code: 'choice', detail: '' };
    case 'custom':
      return issue.message === 'duplicate-id' ? { code: 'duplicate', detail: quoted(String(issue.input ?? '')) } : { code: 'invalid', detail: '' };
    default:
      return missing ? { code: 'missing', detail: '' } : { code: 'invalid', detail: '' };
  }
}

/** zod's issues for `input`, one per place in the JSON. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): ContentIssue[] {
  const seen = new Set<string>();
  return issues.flatMap((issue) => {
    const path = pathText(issue.path);
    if (seen.has(path)) return [];
    seen.add(path);
    return [{ path, ...codeOf(issue, valueAt(input, issue.path) === undefined) }];
  });
}
