/**
 * One thing a widget keeps between visits (a draft, answers, a dismissal), as `persist` allows: under one
 * `si:` key, with an expiry, in the storage its mode names, or nowhere for `none` or a wrong mode.
 *
 * The widget asks `moved()` in `willUpdate`: it answers once for the first render and once each time the
 * mode or the key changes (a new `persist`, an `id`, other content), which is when stored data must be
 * read again, and once more after a quick exit (`exit-signal.ts`): the widget then reads what is left
 * (nothing, after the exit's wipe) as on its first render, so it shows what `persist` allows, never more. It is a plain object, not a reactive controller, because reading must happen inside the
 * widget's `willUpdate`, before the values derived from what was read are computed; a controller's
 * `hostUpdate` would run after them.
 */
import type { PersistMode } from './config.js';
import { exitCount } from './exit-signal.js';
import { DEFAULT_TTL_MS, WidgetStorage } from './storage.js';

export interface PersistedPlace {
  /** The mode in use; undefined when the widget's `persist` is wrong (nothing is kept). */
  mode: PersistMode | undefined;
  /** The key without the `si:` prefix; undefined while there is nothing to key it by (content still loading). */
  key: string | undefined;
  /** Anything else that makes stored data need reading again (the content's version, say). */
  revision?: string;
}

export class PersistedState<T> {
  private marker?: string;
  private exits = exitCount();

  constructor(
    private readonly place: () => PersistedPlace,
    private readonly ttlMs = DEFAULT_TTL_MS,
  ) {}

  /** `first` for the first place and after a quick exit, `moved` when the mode or key changed since the last call, else undefined. */
  moved(): 'first' | 'moved' | undefined {
    const { mode, key, revision = '' } = this.place();
    if (key === undefined) return undefined;
    const marker = `${mode ?? ''}|${key}|${revision}`;
    const exits = exitCount();
    if (marker === this.marker && exits === this.exits) return undefined;
    const first = this.marker === undefined || exits !== this.exits;
    this.marker = marker;
    this.exits = exits;
    return first ? 'first' : 'moved';
  }

  /** What is stored, unchecked: the widget keeps only what fits. */
  read(): Partial<T> | undefined {
    const stored = this.storage()?.get<unknown>(this.place().key!);
    return stored !== null && typeof stored === 'object' ? (stored as Partial<T>) : undefined;
  }

  write(value: T): void {
    this.storage()?.set(this.place().key!, value, this.ttlMs);
  }

  clear(): void {
    this.storage()?.remove(this.place().key!);
  }

  private storage(): WidgetStorage | undefined {
    const { mode, key } = this.place();
    return key !== undefined && mode && mode !== 'none' ? new WidgetStorage(mode) : undefined;
  }
}
