/**
 * Which endpoints a widget may post to (DESIGN.md, "Delivery"). https only; plain http only to this
 * computer (localhost, 127.0.0.1, [::1]) for development; never a user:password, never another scheme.
 * A relative endpoint is resolved against the page, and the result must pass the same rules. Spellings
 * that browsers and filters read differently (a backslash, a tab or newline, an inner space, a control
 * character) are refused outright rather than guessed at.
 */
import { isSecureOrLoopback } from '../links.js';

/** Why an endpoint was refused: `missing` (none set), `invalid` (not a URL), `scheme`, `insecure`, `credentials`. */
export type EndpointProblem = 'missing' | 'invalid' | 'scheme' | 'insecure' | 'credentials';

export type CheckedEndpoint = { url: string; problem?: undefined } | { url?: undefined; problem: EndpointProblem };

/** Checks `raw` (an attribute or `<si-config>` value) against the policy, resolving it against `page`. */
export function checkEndpoint(raw: string | null | undefined, page: string): CheckedEndpoint {
  const value = (raw ?? '').trim();
  if (!value) return { problem: 'missing' };
  if (/[\\\s\u0000-\u001f\u007f]/.test(value)) return { problem: 'invalid' };
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    return { problem: 'invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'scheme' };
  if (url.username || url.password) return { problem: 'credentials' };
  if (!isSecureOrLoopback(url)) return { problem: 'insecure' };
  return { url: url.href };
}
