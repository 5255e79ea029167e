/**
 * How an endpoint's answer is treated (DESIGN.md, "The endpoint contract") and how long to wait before
 * trying again: exponential backoff with full jitter, or the endpoint's own `Retry-After`.
 */

/**
 * `delivered` (2xx), `retry` (408, 409, 425, 429, 5xx), `fields` (400/422, may carry field errors),
 * `redirect` (3xx: widgets never follow one, so it is the endpoint's configuration to fix), `permanent` (any other).
 */
export type Verdict = 'delivered' | 'retry' | 'fields' | 'redirect' | 'permanent';

export function classifyStatus(status: number): Verdict {
  if (status >= 200 && status < 300) return 'delivered';
  if (status >= 300 && status < 400) return 'redirect';
  if (status >= 500 || status === 408 || status === 409 || status === 425 || status === 429) return 'retry';
  if (status === 400 || status === 422) return 'fields';
  return 'permanent';
}

const HTTP_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? +[\d\w -]+ \d\d:\d\d:\d\d(?: GMT| \d{4})$/;

/**
 * `Retry-After` as milliseconds from `now`: delay-seconds (digits only) or an HTTP date (the three
 * formats of RFC 9110). A date in the past is 0; anything else (negative, fractional, words) is ignored.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim() ?? '';
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, Number.MAX_SAFE_INTEGER);
  if (!HTTP_DATE.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Full jitter: a random wait between 0 and `base · 2^(attempt − 1)`, capped at `max`. */
export function backoffDelay(attempt: number, random: () => number, base: number, max: number): number {
  return Math.floor(random() * Math.min(max, base * 2 ** Math.max(0, attempt - 1)));
}

/**
 * How long attempt number `attempt` (1, 2, …) may take before it is aborted: `first`, doubled with each
 * attempt, never more than `max` (15 s, 30 s, 60 s, 60 s… by default), so an endpoint slower than the
 * first timeout still gets its answer through on a later attempt.
 */
export function attemptTimeout(attempt: number, first: number, max: number): number {
  return Math.max(first, Math.min(max, first * 2 ** Math.max(0, attempt - 1)));
}
