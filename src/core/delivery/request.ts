/**
 * The one request every attempt sends (DESIGN.md, "The endpoint contract"): used by the
 * SubmissionController for each attempt and by the quick exit's last keepalive send, so both send the
 * same headers, options and bytes.
 */
import type { SiConfig } from '../config.js';

/** Browsers allow 64 KiB of keepalive bodies in flight per page; this leaves room for headers. */
export const KEEPALIVE_LIMIT = 60 * 1024;
const HEADER_NAME = /^[!#$%&'*+.^_`|~\w-]+$/;

/** The body's size in bytes, as the keepalive limit counts it. */
export function byteLength(body: string): number {
  return new TextEncoder().encode(body).length;
}

/**
 * `POST` options for one submission. Extra headers and same-origin credentials come only from
 * `<si-config>`; a redirect is never followed (`manual`: the answer is read as a configuration error).
 */
export function requestInit(id: string, body: string, config: SiConfig | undefined, options: { signal?: AbortSignal; keepalive: boolean }): RequestInit {
  const extra = Object.entries(config?.headers ?? {}).filter(
    ([name, value]) => HEADER_NAME.test(name) && typeof value === 'string' && !/[\r\n\0]/.test(value) && !/^(content-type|idempotency-key)$/i.test(name),
  );
  return {
    method: 'POST',
    headers: Object.fromEntries([...extra, ['Content-Type', 'application/json'], ['Idempotency-Key', id]]),
    body,
    credentials: config?.credentials === 'same-origin' ? 'same-origin' : 'omit',
    redirect: 'manual',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
    // Lets a submission sent just before the page closes still arrive.
    keepalive: options.keepalive,
    ...(options.signal ? { signal: options.signal } : {}),
  };
}
