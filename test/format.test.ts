/**
 * The widgets write dates and counts without Intl (src/core/format.ts, to spare their renders the
 * browser's locale data). Here they are checked against what Intl writes, over every day of two years
 * and counts across the digit groupings, in English and Spanish, and where the request form uses them.
 */
import { expect } from '@open-wc/testing';
import { groupDigits, longDate, monthAndYear } from '../src/core/format.js';
import { en } from '../src/elements/si-ta-request/si-ta-request.strings.js';

function everyDayOfTwoYears(): string[] {
  const day = new Date(Date.UTC(2026, 0, 1));
  const days: string[] = [];
  for (let i = 0; i < 731; i++, day.setUTCDate(day.getUTCDate() + 1)) days.push(day.toISOString().slice(0, 10));
  return days;
}

const intl = (iso: string, locale: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

describe('dates and counts written without Intl', () => {
  it('groups digits as en-US and es-US do', () => {
    for (const count of [0, 1, 9, 10, 999, 1000, 1001, 2000, 9999, 10000, 12345, 999999, 1000000, 1234567]) {
      expect(groupDigits(count), String(count)).to.equal(count.toLocaleString('en-US'));
      expect(groupDigits(count), String(count)).to.equal(count.toLocaleString('es-US'));
    }
  });

  it('writes every date of two years, and its month, as Intl does in English and in Spanish', () => {
    for (const iso of everyDayOfTwoYears()) {
      for (const locale of ['en', 'es'] as const) {
        expect(longDate(iso, locale), `${iso} ${locale}`).to.equal(intl(iso, locale, { dateStyle: 'long' }));
        expect(monthAndYear(iso, locale), `${iso} ${locale}`).to.equal(intl(iso, locale, { month: 'long', year: 'numeric' }));
      }
    }
  });

  it('gives the request form the same dates as en-US and es-US', async () => {
    const es = (await import('../src/elements/si-ta-request/si-ta-request.strings.es.js')).default;
    for (const iso of everyDayOfTwoYears()) {
      expect(en.datesHint('the county', 30, iso), iso).to.contain(`on or after ${intl(iso, 'en-US', { dateStyle: 'long' })}.`);
      expect(es.datesHint('el condado', 30, iso), iso).to.contain(`a partir del ${intl(iso, 'es-US', { dateStyle: 'long' })}.`);
    }
  });
});
