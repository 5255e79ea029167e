/**
 * The page-wide signal that a quick exit has started, on this page or in another tab of this site. Every
 * widget listens through its base class (`SiElement`), so none needs code of its own: each one reads what
 * it keeps as if for the first time (`PersistedState`), which after the exit's wipe is nothing, and so
 * shows empty fields. A page that comes back from the back/forward cache shows what `persist` allows,
 * never more.
 *
 * Other tabs hear it through a `BroadcastChannel` named `si:quick-exit` (nothing is written to storage):
 * there, every `si:` entry of that tab is wiped too, and every widget blanks and hides. A page of this
 * site that sits in the back/forward cache cannot run code, and browsers that cache pages with an open
 * channel evict a page whose channel receives a message, so Back loads it afresh.
 */
import { wipeAllStoredData } from './storage.js';

/** Where the exit started: this page, or another tab of this site. */
export type ExitSource = 'here' | 'elsewhere';
type ExitListener = (source: ExitSource) => void;

export const EXIT_CHANNEL = 'si:quick-exit';

const listeners = new Set<ExitListener>();
let channel: BroadcastChannel | undefined;
let exits = 0;

/** How many exits this page has seen: `PersistedState` reads stored data again after each one. */
export const exitCount = (): number => exits;

function notify(source: ExitSource): void {
  exits++;
  for (const listener of [...listeners]) {
    try {
      listener(source);
    } catch {
      // One widget that fails must not keep the others from blanking.
    }
  }
}

function openChannel(): void {
  if (channel || typeof BroadcastChannel !== 'function') return;
  try {
    channel = new BroadcastChannel(EXIT_CHANNEL);
    channel.onmessage = () => {
      wipeAllStoredData();
      notify('elsewhere');
    };
  } catch {
    // A sandboxed frame may refuse the channel; this page still blanks its own widgets.
  }
}

/** Calls `listener` on every quick exit, here or in another tab; returns the function that stops it. */
export function onQuickExit(listener: ExitListener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Part of the exit sequence (`quick-exit.ts`), after the wipe: tells the other tabs, then this page's widgets. */
export function signalExit(): void {
  openChannel();
  try {
    channel?.postMessage('exit');
  } catch {
    // Nothing to tell when the channel is gone.
  }
  notify('here');
}
