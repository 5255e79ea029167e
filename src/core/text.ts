/** Small text helpers for what widgets show of values they did not write themselves. */

/** A bad value as it may appear in a message: short, without control or direction characters. */
export function quoted(value: string): string {
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}
