/**
 * The addresses a widget may link to or load from. One set of rules for every widget: https anywhere,
 * http only on this computer (for development), or a path on this site; never user:password, never
 * javascript:, data: or another scheme.
 */

/** The hosts where plain http is allowed, because traffic never leaves this computer. */
export const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** https, or plain http to this computer: the schemes every rule below ends with. */
export function isSecureOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** `text` as the browser resolves it against the page; undefined when it does not parse or carries user:password. */
function resolveOnPage(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text, document.baseURI);
  } catch {
    return undefined;
  }
  return url.username || url.password ? undefined : url;
}

/**
 * A link the widget may render (a policy page, a TA request page). Returns the resolved address, or
 * undefined for anything else.
 */
export function allowedLink(value: string): string | undefined {
  const text = value.trim();
  if (!text || /[\u0000-\u001f\u007f\\]/.test(text)) return undefined;
  const url = resolveOnPage(text);
  if (!url) return undefined;
  const relative = !/^[a-z][a-z\d+.-]*:/i.test(text) && !text.startsWith('//');
  if (relative) return url.origin === location.origin ? url.href : undefined;
  return isSecureOrLoopback(url) ? url.href : undefined;
}

const CONTENT_URL_MAX_CHARS = 2048;

/** Where custom content (a checklist, an instrument) may be loaded from: this site, or https anywhere. */
export function allowedContentUrl(value: string): string | undefined {
  const text = value.trim();
  // A space, backslash, control character or broken %-escape is a mistake, not an address to guess at.
  if (!text || text.length > CONTENT_URL_MAX_CHARS || /[\s\\\u0000-\u001f\u007f]|%(?![0-9a-fA-F]{2})/.test(text)) return undefined;
  const url = resolveOnPage(text);
  if (!url) return undefined;
  if (url.origin === location.origin && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
  return isSecureOrLoopback(url) ? url.href : undefined;
}

/**
 * An absolute https:// address (http:// only on this computer), without user:password, as the browser
 * normalises it; undefined for anything else (`javascript:`, `data:`, a path...). With `relative`, a
 * path is resolved against the page first, and the result must pass the same rules. For the quick exit's
 * `exit-url` (absolute: it leaves the site), its `safety-href` and the banner's `chat-url`.
 */
export function secureUrl(value: string | null | undefined, relative = false): string | undefined {
  try {
    const url = new URL(value ?? '', relative ? document.baseURI : undefined);
    return !url.username && !url.password && isSecureOrLoopback(url) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
