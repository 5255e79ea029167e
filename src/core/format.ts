/**
 * Dates and counts written out without Intl. The first Intl date or number format on a page makes the
 * browser load its locale data, which cost the request form about 50 ms of its first render and each
 * checklist a date format per render (measured with a CPU profile). The widgets need only a few shapes,
 * and US English and Spanish write them simply: digits grouped by commas, and dates with the month's name.
 */
import type { Locale } from './i18n.js';

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/** 12345 → "12,345", as `toLocaleString('en-US')` and `toLocaleString('es-US')` write it. */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A calendar date written YYYY-MM-DD, in words: "December 23, 2026" or "23 de diciembre de 2026". */
export function longDate(iso: string, locale: Locale): string {
  const [year, month, day] = iso.split('-').map(Number);
  const name = MONTHS[locale][month - 1];
  return locale === 'es' ? `${day} de ${name} de ${year}` : `${name} ${day}, ${year}`;
}

/** A month written YYYY-MM (or a date, whose day is ignored): "November 2026" or "noviembre de 2026". */
export function monthAndYear(iso: string, locale: Locale): string {
  const [year, month] = iso.split('-').map(Number);
  const name = MONTHS[locale][month - 1];
  return locale === 'es' ? `${name} de ${year}` : `${name} ${year}`;
}
