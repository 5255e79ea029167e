/**
 * The outbox: submissions the endpoint has not accepted yet, kept through WidgetStorage under
 * `si:outbox:<type>:<id>` with an expiry, so `persist` decides where they live (memory, this tab's
 * session, or this browser). The body is kept as the exact bytes first sent, so a retry after a reload
 * is byte-identical. Extra headers (a CSRF token, say) are never stored.
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
  /** Set when the endpoint refused it for good: kept so the answers are not lost, never sent on its own. */
  failed?: { status?: number; errors: FieldError[] };
}

const keyOf = (type: string, id = '') => `outbox:${type}:${id}`;

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

/** The unexpired entries of `type` addressed to `endpoint`; damaged ones are removed. */
export function entriesFor(storage: WidgetStorage, type: string, endpoint: string): OutboxEntry[] {
  const found: OutboxEntry[] = [];
  for (const key of storage.keys(keyOf(type))) {
    const entry = storage.get<Partial<OutboxEntry>>(key);
    if (typeof entry?.body !== 'string' || typeof entry.id !== 'string' || entry.type !== type || typeof entry.endpoint !== 'string') storage.remove(key);
    else if (entry.endpoint === endpoint) found.push(entry as OutboxEntry);
  }
  return found;
}
