/**
 * The outbox: submissions the endpoint has not accepted yet, kept through WidgetStorage under
 * `si:outbox:<type>:<id>` with an expiry, so `persist` decides where they live (memory, this tab's
 * session, or this browser). The body is kept as the exact bytes first sent, so a retry after a reload
 * is byte-identical. Extra headers (a CSRF token, say) are never stored. With `persist="local"` several
 * tabs see one outbox: each re-reads an entry before every attempt, and holds its lock while sending.
 */
import type { PersistMode } from '../config.js';
import type { FieldError } from '../events.js';
import { STORAGE_PREFIX, type WidgetStorage } from '../storage.js';

export interface OutboxEntry {
  id: string;
  type: string;
  /** The checked, absolute endpoint it was sent to. */
  endpoint: string;
  body: string;
  /**
   * Set when the endpoint refused it for good: kept so the answers are not lost, never sent on its own.
   * `redirect` when the endpoint answered with a redirect (a configuration error); otherwise the reason
   * follows from `errors` (some: rejected answers; none: refused).
   */
  failed?: { status?: number; errors: FieldError[]; reason?: 'redirect' };
  /**
   * Newer answers replaced it while a request with it was out: it stays only until that request's answer
   * (it may still deliver it); no other page or tab adopts or sends it.
   */
  replaced?: true;
}

const keyOf = (type: string, id = '') => `outbox:${type}:${id}`;

/** Whether a stored value has an entry's shape (anything in storage may have been changed by hand). */
export function isEntry(value: unknown): value is OutboxEntry {
  const entry = value as Partial<OutboxEntry> | null | undefined;
  return typeof entry?.body === 'string' && typeof entry.id === 'string' && typeof entry.type === 'string' && typeof entry.endpoint === 'string';
}

export function putEntry(storage: WidgetStorage, entry: OutboxEntry, ttlMs: number): void {
  storage.set(keyOf(entry.type, entry.id), entry, ttlMs);
}

/** Whether the entry really is in browser storage, not in the page's memory (`none`, or storage that failed). */
export function isSaved(persist: PersistMode, type: string, id: string): boolean {
  try {
    return persist !== 'none' && (persist === 'local' ? localStorage : sessionStorage).getItem(STORAGE_PREFIX + keyOf(type, id)) !== null;
  } catch {
    return false;
  }
}

export function dropEntry(storage: WidgetStorage, type: string, id: string): void {
  storage.remove(keyOf(type, id));
}

/** The entry as it is stored now (another tab may have removed or changed it), if it is there, unexpired and whole. */
export function readEntry(storage: WidgetStorage, type: string, id: string): OutboxEntry | undefined {
  const entry = storage.get<Partial<OutboxEntry>>(keyOf(type, id));
  return isEntry(entry) && entry.type === type && entry.id === id ? entry : undefined;
}

/** The unexpired entries of `type` (every type when omitted) addressed to `endpoint` (any when omitted); damaged ones are removed. */
export function entriesFor(storage: WidgetStorage, type?: string, endpoint?: string): OutboxEntry[] {
  const found: OutboxEntry[] = [];
  for (const key of storage.keys(type === undefined ? 'outbox:' : keyOf(type))) {
    const entry = storage.get<Partial<OutboxEntry>>(key);
    if (!isEntry(entry) || (type !== undefined && entry.type !== type)) storage.remove(key);
    else if (endpoint === undefined || entry.endpoint === endpoint) found.push(entry);
  }
  return found;
}

/** The storage key of an entry, as a `storage` event names it. */
export function storageKeyOf(type: string, id = ''): string {
  return STORAGE_PREFIX + keyOf(type, id);
}

/**
 * Runs `work` holding this entry's lock, so one tab sends an entry at a time: Web Locks
 * (`navigator.locks`) where the browser has them. Where it has not (an old browser, an opaque origin),
 * `work` runs at once; the re-read of the entry before each attempt still keeps a removed or replaced
 * entry from being sent.
 */
export async function withEntryLock<T>(id: string, work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (typeof locks?.request !== 'function') return work();
  let started = false;
  try {
    return await locks.request(`si:outbox:${id}`, () => {
      started = true;
      return work();
    });
  } catch (error) {
    if (started) throw error;
    return work();
  }
}
