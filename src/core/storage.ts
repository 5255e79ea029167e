/**
 * The only place widgets keep anything. Every key starts with `si:` and carries an expiry; `persist`
 * chooses where it lives (`none` keeps it in this page's memory only). Storage that throws (quota,
 * disabled, a sandboxed frame) falls back to memory with one warning, so a widget never breaks.
 */
import type { PersistMode } from './config.js';

export const STORAGE_PREFIX = 'si:';
/** How long anything stored lives unless the caller says otherwise. */
export const DEFAULT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface Stored {
  value: unknown;
  expiresAt: number;
}

const memory = new Map<string, Stored>();
let warnedAboutStorage = false;

/** One stored entry as written (`{ value, expiresAt }`), or undefined when it is damaged. */
function parseStored(raw: string | null): Stored | undefined {
  try {
    const parsed = JSON.parse(raw ?? '') as Partial<Stored> | null;
    return typeof parsed?.expiresAt === 'number' ? (parsed as Stored) : undefined;
  } catch {
    return undefined;
  }
}

/** Calls `each` with local storage, then session storage, and their `si:` keys; storage that cannot be read is skipped. */
function forEachSiStorage(each: (storage: Storage, keys: string[]) => void): void {
  for (const mode of ['local', 'session'] as const) {
    try {
      const storage = mode === 'local' ? window.localStorage : window.sessionStorage;
      const keys: string[] = [];
      for (let index = 0; index < storage.length; index++) {
        const key = storage.key(index);
        if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
      }
      each(storage, keys);
    } catch {
      // Storage that cannot be read holds nothing of ours.
    }
  }
}

function browserStorage(mode: PersistMode): Storage | undefined {
  if (mode === 'none') return undefined;
  try {
    const storage = mode === 'local' ? window.localStorage : window.sessionStorage;
    const probe = `${STORAGE_PREFIX}probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch (error) {
    if (!warnedAboutStorage) {
      warnedAboutStorage = true;
      console.warn(`[survivor-informed-widgets] ${mode}Storage is not available; keeping data in memory for this page only.`, error);
    }
    return undefined;
  }
}

export class WidgetStorage {
  constructor(
    private readonly mode: PersistMode,
    private readonly now: () => number = Date.now,
  ) {}

  get<T>(key: string): T | undefined {
    const fullKey = STORAGE_PREFIX + key;
    const stored = this.read(fullKey);
    if (!stored) return undefined;
    if (stored.expiresAt <= this.now()) {
      this.remove(key);
      return undefined;
    }
    return stored.value as T;
  }

  set(key: string, value: unknown, ttlMs = DEFAULT_TTL_MS): void {
    const fullKey = STORAGE_PREFIX + key;
    const stored: Stored = { value, expiresAt: this.now() + ttlMs };
    const storage = browserStorage(this.mode);
    if (storage) {
      try {
        storage.setItem(fullKey, JSON.stringify(stored));
        return;
      } catch (error) {
        if (!warnedAboutStorage) {
          warnedAboutStorage = true;
          console.warn('[survivor-informed-widgets] Could not store data; keeping it in memory for this page only.', error);
        }
      }
    }
    memory.set(fullKey, stored);
  }

  remove(key: string): void {
    const fullKey = STORAGE_PREFIX + key;
    memory.delete(fullKey);
    try {
      browserStorage(this.mode)?.removeItem(fullKey);
    } catch {
      // Nothing to remove from a storage that does not work.
    }
  }

  /** The keys (without the `si:` prefix) that start with `prefix`, expired ones removed on the way. */
  keys(prefix: string): string[] {
    const found = new Set<string>();
    const storage = browserStorage(this.mode);
    for (let index = 0; storage && index < storage.length; index++) {
      const key = storage.key(index);
      if (key?.startsWith(STORAGE_PREFIX + prefix)) found.add(key.slice(STORAGE_PREFIX.length));
    }
    for (const key of memory.keys()) if (key.startsWith(STORAGE_PREFIX + prefix)) found.add(key.slice(STORAGE_PREFIX.length));
    return [...found].filter((key) => this.get(key) !== undefined);
  }

  private read(fullKey: string): Stored | undefined {
    const storage = browserStorage(this.mode);
    const raw = storage?.getItem(fullKey);
    if (raw) {
      const stored = parseStored(raw);
      // A damaged entry is treated as absent, and removed.
      if (!stored) storage?.removeItem(fullKey);
      return stored;
    }
    return memory.get(fullKey);
  }
}

let swept = false;

/**
 * Removes every expired (or damaged) `si:` entry from local storage, session storage and memory, so
 * nothing outlives its expiry just because no widget of its kind has read it since. Widgets call it as
 * they start; it does its work once per page load.
 */
export function sweepExpiredData(now: number = Date.now()): void {
  if (swept) return;
  swept = true;
  for (const [key, stored] of memory) if (stored.expiresAt <= now) memory.delete(key);
  forEachSiStorage((storage, keys) => {
    for (const key of keys) if (!((parseStored(storage.getItem(key))?.expiresAt ?? 0) > now)) storage.removeItem(key);
  });
}

/** The unexpired values kept under `si:<prefix>` in memory, local and session storage, read without a WidgetStorage (for the quick exit). */
export function storedValues(prefix: string, now: number = Date.now()): unknown[] {
  const found: unknown[] = [];
  for (const [key, stored] of memory) if (key.startsWith(STORAGE_PREFIX + prefix) && stored.expiresAt > now) found.push(stored.value);
  forEachSiStorage((storage, keys) => {
    for (const key of keys) {
      const stored = key.startsWith(STORAGE_PREFIX + prefix) ? parseStored(storage.getItem(key)) : undefined;
      if (stored && stored.expiresAt > now) found.push(stored.value);
    }
  });
  return found;
}

/** Removes every `si:` entry from local storage, session storage and memory (quick exit, "clear my data"). */
export function wipeAllStoredData(): void {
  memory.clear();
  forEachSiStorage((storage, keys) => keys.forEach((key) => storage.removeItem(key)));
}
