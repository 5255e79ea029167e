/**
 * Phone numbers for `tel:` and `sms:` links, checked by one small function (no zod: a page with only the
 * banner has a 12 KiB budget). Accepted: a US number of 10 digits (an optional leading 1), any number
 * written with a leading + (8 to 15 digits), or a short code / service number of 3 to 6 digits written as
 * digits only (711, 911, 233733). Separators: spaces, dashes, dots and parentheses.
 *
 * The link shows the number as written, and that is also what a screen reader reads: its name contains
 * the visible text (WCAG 2.5.3), so a person using voice control can say what they see.
 */
export interface PhoneNumber {
  /** As written, shown on screen. */
  readonly text: string;
  /** `+18883737888` or `711`: what goes after `tel:` / `sms:`. */
  readonly dial: string;
}

export function parseNumber(value: string | null | undefined): PhoneNumber | undefined {
  const text = (value ?? '').trim();
  if (!/^\+?[\d\s().-]{3,24}$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  let dial: string | undefined;
  if (text.startsWith('+')) {
    if (digits.length >= 8 && digits.length <= 15) dial = `+${digits}`;
  } else if (/^1?[2-9]\d\d[2-9]\d{6}$/.test(digits)) {
    dial = `+1${digits.slice(-10)}`;
  } else if (digits === text && digits.length <= 6) {
    dial = digits;
  }
  return dial ? { text, dial } : undefined;
}
