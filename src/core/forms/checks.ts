/**
 * The checks a form runs on an answer before it sends it, without zod: each one judges exactly as the zod
 * rule it mirrors (src/schemas/rules.ts and the payload schemas), so a page with a form downloads no
 * schema library. test/node/ta-request-check.test.ts proves the agreement on generated input.
 *
 * Every check judges the value as it will be sent. A form trims what a person typed before it sends it,
 * so it passes the trimmed value: `textProblem(input.value.trim(), 120, true)`. (zod's `text()` checks the
 * value it receives and trims after; judging the untrimmed input would call 120 letters and a space too
 * long, though the form sends 120 letters.)
 */
import { PHONE_PATTERN } from '../../schemas/ta-request-values.js';

/**
 * The characters `String.prototype.trim` removes (ECMAScript's WhiteSpace and LineTerminator), spelled
 * out: `\s` means other sets in Python, PHP and Perl, and the JSON Schemas carry this pattern.
 */
const SPACE = '\\t-\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** Matches text that has something left after trimming. */
export const VISIBLE = /* @__PURE__ */ new RegExp(`[^${SPACE}]`);

/** Why a text answer cannot be sent: blank though required, or longer than `max` code points. */
export type TextProblem = 'missing' | 'too-long';

/**
 * zod's `text(max)` (`required`) or `optionalText(max)`: at most `max` code points (an emoji is one, as
 * in JSON Schema) and, when `required`, a character that trimming keeps. A blank value is `missing`
 * whatever its length.
 */
export function textProblem(value: string, max: number, required: boolean): TextProblem | undefined {
  if (required && !VISIBLE.test(value)) return 'missing';
  if ([...value].length > max) return 'too-long';
  return undefined;
}

/** zod's default email pattern (zod 4.6, `regexes.email`): ASCII only, nothing after the address. */
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * `z.email().check(z.maxLength(254))`. zod 4.6.7's `maxLength` counts code points, `length` UTF-16 units;
 * an address the pattern accepts is ASCII, where the two agree.
 */
export const isEmail = (value: string): boolean => value.length <= 254 && EMAIL.test(value);

/** `z.iso.date()`: `YYYY-MM-DD` in ASCII digits, a day the Gregorian calendar has (0000 to 9999). */
export function isIsoDate(value: string): boolean {
  const parts = /^(\d{4})-(\d\d)-(\d\d)$/.exec(value);
  if (!parts) return false;
  const [year, month, day] = parts.slice(1).map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

/** The `ta-request` phone rule: at most 40 characters matching `PHONE_PATTERN`, as sent. */
export const isPhone = (value: string): boolean => value.length <= 40 && PHONE_PATTERN.test(value);
