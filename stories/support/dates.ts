/** Dates for stories and tests, in the form the widgets' date fields use. Pure: safe to import in Node too. */
import { localIsoDate } from '../../src/core/files.js';

/** A calendar date `days` from today, as `YYYY-MM-DD` (local time). */
export function isoDateIn(days: number): string {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}
