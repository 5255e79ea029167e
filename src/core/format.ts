/**
 * Dates and counts written out without Intl. The first Intl date or number format on a page makes the
 * browser load its locale data, which cost the request form about 50 ms of its first render (measured
 * with the render benchmark's profile). The forms need only two shapes, and US English and US Spanish
 * write them the same way: digits grouped by commas, and a long date with the month's name.
 */

/** 12345 → "12,345", as `toLocaleString('en-US')` and `toLocaleString('es-US')` write it. */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The year, month (1–12) and day of a calendar date written YYYY-MM-DD. */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}
