/**
 * The request form writes dates and counts without Intl (src/core/format.ts, to spare the first render
 * the browser's locale data). Here they are checked against what Intl writes for US English and US
 * Spanish, over every day of two years and counts across the digit groupings.
 */
import { expect } from '@open-wc/testing';
import { groupDigits } from '../src/core/format.js';
import { en } from '../src/elements/si-ta-request/si-ta-request.strings.js';

const longDate = (iso: string, locale: string) => new Date(`${iso}T12:00:00`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });

describe('dates and counts written without Intl', () => {
  it('groups digits as en-US and es-US do', () => {
    for (const count of [0, 1, 9, 10, 999, 1000, 1001, 2000, 9999, 10000, 12345, 999999, 1000000, 1234567]) {
      expect(groupDigits(count), String(count)).to.equal(count.toLocaleString('en-US'));
      expect(groupDigits(count), String(count)).to.equal(count.toLocaleString('es-US'));
    }
  });

  it('writes every date of two years as Intl does, in English and in Spanish', async () => {
    const es = (await import('../src/elements/si-ta-request/si-ta-request.strings.es.js')).default;
    const day = new Date(Date.UTC(2026, 0, 1));
    for (let i = 0; i < 731; i++, day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      expect(en.datesHint(30, iso), iso).to.contain(`on or after ${longDate(iso, 'en-US')}.`);
      expect(es.datesHint(30, iso), iso).to.contain(`a partir del ${longDate(iso, 'es-US')}.`);
    }
  });
});
