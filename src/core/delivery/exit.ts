/**
 * What a quick exit does to submissions that have not been delivered yet: right before every `si:`
 * entry is wiped, each one is sent once more with `keepalive` (so the request outlives the page) and
 * then forgotten. The fetches are started, never awaited: nothing here may delay the exit. Whatever
 * does not arrive from that one try is gone with the rest of the stored data, as the queued message
 * tells the person.
 *
 * Kept apart from the SubmissionController so the quick exit (on every page with the hotline banner)
 * does not load the delivery layer: connected controllers register here, and submissions no widget on
 * the page looks after (from earlier visits, other pages of the site, a widget taken off the page) are
 * read from the outbox directly.
 */
import type { SiConfig } from '../config.js';
import { secureUrl } from '../links.js';
import { storedValues } from '../storage.js';
import { isEntry } from './outbox.js';
import { byteLength, KEEPALIVE_LIMIT, requestInit } from './request.js';

/** The keepalive bytes still allowed on this exit (browsers allow 64 KiB in flight per page). */
export interface ExitBudget {
  left: number;
}

/** A connected controller's part of the exit: send what it has waiting, mark the ids it covered, then let them go. */
export interface ExitSender {
  sendOnExit(covered: Set<string>, budget: ExitBudget): void;
}

const senders = new Set<ExitSender>();

/** Registers a controller for the exit; returns the function that unregisters it. */
export function addExitSender(sender: ExitSender): () => void {
  senders.add(sender);
  return () => senders.delete(sender);
}

/**
 * Starts one keepalive POST of a submission, if its endpoint is still https (or http to this computer)
 * without a user name, and the body fits what is left of the budget. Never throws and never waits.
 */
export function postOnExit(
  send: typeof fetch,
  submission: { endpoint: string; id: string; body: string },
  config: SiConfig | undefined,
  budget: ExitBudget,
): boolean {
  try {
    const size = byteLength(submission.body);
    const url = secureUrl(submission.endpoint);
    if (!url || size > budget.left) return false;
    budget.left -= size;
    send(url, requestInit(submission.id, submission.body, config, { keepalive: true })).catch(() => undefined);
    return true;
  } catch {
    return false;
  }
}

/**
 * The quick exit calls this right before it wipes stored data: every waiting submission (not one the
 * endpoint refused for good) is sent once with keepalive, the ones the widgets on this page look after
 * first (with their `<si-config>` headers), then any others in the outbox (this page's memory, local or
 * session storage). Synchronous; never throws.
 */
export function sendWaitingOnExit(): void {
  const covered = new Set<string>();
  const budget: ExitBudget = { left: KEEPALIVE_LIMIT };
  for (const sender of senders) {
    try {
      sender.sendOnExit(covered, budget);
    } catch {
      // One widget's trouble must not keep the others' submissions from going, nor hold up the exit.
    }
  }
  for (const entry of storedValues('outbox:')) {
    if (!isEntry(entry) || covered.has(entry.id) || entry.failed || entry.replaced) continue;
    covered.add(entry.id);
    postOnExit((input, init) => fetch(input, init), entry, undefined, budget);
  }
}
