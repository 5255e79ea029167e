/**
 * The one place widgets send from (DESIGN.md, "Delivery: nothing lost, nothing doubled").
 *
 * A submission is one set of answers: it gets one Idempotency-Key and one body, and every attempt, after
 * a retry, a reload or the element coming back to the page, sends those same bytes. Submitting
 * different answers makes a new submission, which replaces the undelivered earlier one (one already
 * out is dropped only if that attempt fails); submitting the same answers again retries the pending
 * one, or does nothing if it was delivered. The lock is the in-flight request itself, not a timer:
 * clicks with the same answers while it is out send nothing.
 *
 * The submission waits in the outbox (memory, session or local storage, by `persist`) from before its
 * first attempt until the endpoint accepts it, and is sent again when the page is back online, the
 * element returns to the page, or the page is next loaded. A permanent refusal keeps the answers (and
 * says so) without sending them again by itself.
 *
 * In a widget (as `<si-checklist>` does):
 * ```ts
 * private readonly delivery = new SubmissionController<ChecklistData>(this, {
 *   type: 'checklist', schemaVersion: 1, widget: 'si-checklist',
 *   endpoint: () => this.setting('endpoint', this.endpoint.trim()),
 *   persist: () => this.persistMode ?? 'session',
 *   locale: () => this.locale, config: () => this.config,
 *   onDelivered: () => this.kept.clear(), // only now may what the person entered leave storage
 * });
 * // The widget checks the answers itself, then: `await this.delivery.submit(data)`. It renders
 * // `renderHoneypot(this.t.honeypotLabel)` and `renderDeliveryStatus(this.delivery, this.t)` beside its send
 * // button, puts a rejected submission's `status.errors` on their fields, shows
 * // `this.renderConfigMessage(endpointProblems(this.delivery, this.t))`, and calls `reset()` when the person starts over.
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Envelope } from '../../schemas/envelope.js';
import type { PersistMode, SiConfig } from '../config.js';
import { SiQueuedEvent, SiSubmitErrorEvent, SiSubmitEvent, SiSubmittedEvent, type FieldError } from '../events.js';
import type { Locale } from '../i18n.js';
import { WidgetStorage } from '../storage.js';
import { checkEndpoint, type CheckedEndpoint } from './endpoint-policy.js';
import { buildEnvelope, randomId } from './envelope.js';
import { dropEntry, entriesFor, isSaved, putEntry, type OutboxEntry } from './outbox.js';
import { backoffDelay, classifyStatus, parseRetryAfter } from './retry-policy.js';

/** Why a submission is waiting: no connection, a failed or timed-out request, a busy (408/409/425/429) or failing (5xx) endpoint. */
export type QueueReason = 'offline' | 'network' | 'timeout' | 'busy' | 'server';
/** Why it needs the person: the endpoint rejected answers (`rejected`), refused it for good (`refused`), or there is no usable endpoint. */
export type FailReason = 'rejected' | 'refused' | 'endpoint';

export type DeliveryStatus =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'sent'; reference?: string }
  /** `retryAt`: when the next automatic attempt is due; absent when it waits for the network, a reload or the person. `saved`: really in browser storage (not only in this page's memory). */
  | { state: 'queued'; reason: QueueReason; retryAt?: number; saved: boolean }
  | { state: 'failed'; reason: FailReason; status?: number; errors: FieldError[] };

export interface SubmitOptions {
  /** The honeypot's value, if the widget does not render `renderHoneypot()`. */
  honeypot?: string;
}

export interface SubmissionOptions<D> {
  /** The payload's `type` and `schemaVersion` (src/schemas/). */
  type: string;
  schemaVersion: number;
  /** The widget's tag name, for `source.widget`. */
  widget: string;
  /** The endpoint as configured (attribute, then `<si-config>`); checked by the endpoint policy. */
  endpoint: () => string | null | undefined;
  /** Where undelivered submissions wait. Default `session`. */
  persist?: () => PersistMode;
  locale?: () => Locale;
  /** The `<si-config>` settings: extra headers and same-origin credentials come only from here. */
  config?: () => SiConfig | undefined;
  /** The submission the person sees was accepted: its answers may now be cleared from the form. */
  onDelivered?: (payload: Envelope<D>, reference?: string) => void;

  /** Per-attempt timeout (15 s), attempts per round (6), backoff base and cap (1 s, 30 s), a round's total time (2 min), the most a `Retry-After` is honoured (60 s), the outbox's lifetime (3 days). */
  timeoutMs?: number;
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  maxElapsedMs?: number;
  maxRetryAfterMs?: number;
  outboxTtlMs?: number;

  /** Injectable for tests. */
  fetch?: typeof fetch;
  setTimeout?: (callback: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  now?: () => number;
  random?: () => number;
  uuid?: () => string;
  isOnline?: () => boolean;
  /** Where `online` events come from (window). */
  onlineTarget?: EventTarget;
  /** The page's address (location.href). */
  page?: () => string;
}

interface Pending<D> {
  id: string;
  endpoint: string;
  body: string;
  payload: Envelope<D>;
  answers: string;
  storage: WidgetStorage;
  attempts: number;
  roundStart: number;
  sending?: boolean;
  delivered?: boolean;
  /** Newer answers were submitted while this one was out. */
  replaced?: boolean;
  failed?: { reason: 'rejected' | 'refused'; status?: number; errors: FieldError[] };
  timer?: unknown;
  abort?: AbortController;
  /** Callers of `submit()` waiting for this submission's next answer. */
  waiters?: Array<() => void>;
}

type Outcome =
  | { kind: 'delivered'; status: number; reference?: string }
  | { kind: 'retry'; reason: QueueReason; retryAfter?: number }
  | { kind: 'failed'; status: number; errors: FieldError[] }
  | { kind: 'stopped' };

/** Submissions some connected controller on this page is looking after, so two widgets never send one together. */
const claimed = new Set<string>();
const TIMEOUT = 'timeout';
const STOPPED = 'stopped';
const KEEPALIVE_LIMIT = 60 * 1024;
const HEADER_NAME = /^[!#$%&'*+.^_`|~\w-]+$/;

export class SubmissionController<D = unknown> implements ReactiveController {
  /** What to tell the person; the host re-renders whenever it changes. */
  status: DeliveryStatus = { state: 'idle' };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: Required<Omit<SubmissionOptions<D>, 'onDelivered' | 'config'>> & Pick<SubmissionOptions<D>, 'onDelivered' | 'config'>;
  readonly #pending = new Map<string, Pending<D>>();
  #current?: Pending<D>;
  #connected = false;
  #scanned?: string;
  #fillStart?: number;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions<D>) {
    this.#host = host;
    this.#o = {
      persist: () => 'session',
      locale: () => 'en',
      timeoutMs: 15_000,
      maxAttempts: 6,
      baseDelayMs: 1_000,
      maxDelayMs: 30_000,
      maxElapsedMs: 120_000,
      maxRetryAfterMs: 60_000,
      outboxTtlMs: 3 * 24 * 60 * 60 * 1000,
      fetch: (input, init) => fetch(input, init),
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (handle) => clearTimeout(handle as number),
      now: Date.now,
      random: Math.random,
      uuid: randomId,
      isOnline: () => navigator.onLine,
      onlineTarget: window,
      page: () => location.href,
      ...options,
    };
    host.addController(this);
  }

  /** True while a request is out: render the send button `aria-disabled` and say "Sending…". */
  get busy(): boolean {
    return this.status.state === 'sending';
  }

  /** The configured endpoint after the endpoint policy: `{ url }` or `{ problem }`. */
  get endpoint(): CheckedEndpoint {
    return checkEndpoint(this.#o.endpoint(), this.#o.page());
  }

  hostConnected(): void {
    this.#connected = true;
    this.#fillStart ??= this.#o.now();
    this.#o.onlineTarget.addEventListener('online', this.#onOnline);
    for (const submission of this.#pending.values()) this.#kick(submission);
    // Look in the outbox after the next render, when `<si-config>` may have provided the endpoint.
    this.#scanned = undefined;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const { url } = this.endpoint;
    const persist = this.#o.persist();
    if (!this.#connected || !url || this.#scanned === `${persist} ${url}`) return;
    this.#scanned = `${persist} ${url}`;
    const storage = new WidgetStorage(persist, this.#o.now);
    const found = entriesFor(storage, this.#o.type, url)
      .filter((entry) => !this.#pending.has(entry.id) && !claimed.has(entry.id))
      .map((entry) => this.#adopt(entry, storage))
      .filter((submission) => submission !== undefined)
      .sort((a, b) => a.payload.createdAt.localeCompare(b.payload.createdAt));
    for (const submission of found) {
      this.#pending.set(submission.id, submission);
      claimed.add(submission.id);
    }
    const newest = found.at(-1);
    if (!this.#current && newest) {
      this.#current = newest;
      if (newest.failed) this.#setStatus({ state: 'failed', ...newest.failed });
    }
    found.forEach((submission) => this.#kick(submission));
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#o.onlineTarget.removeEventListener('online', this.#onOnline);
    for (const submission of this.#pending.values()) {
      this.#o.clearTimeout(submission.timer);
      submission.abort?.abort(STOPPED);
      claimed.delete(submission.id);
    }
  }

  readonly #onOnline = (): void => this.#pending.forEach((submission) => this.#kick(submission));

  /**
   * Announces (`si-submit`, cancelable) and sends `data`, which the widget has checked. Resolves with the status once the
   * first attempt has an answer. While a request is out, calls with the same answers send nothing and
   * share its answer; changed answers make a new submission at once.
   */
  submit(data: D, { honeypot }: SubmitOptions = {}): Promise<DeliveryStatus> {
    const answers = JSON.stringify(data);
    const current = this.#current;
    // The lock: while a request is out, the same answers wait for its answer and send nothing.
    if (current?.answers === answers) {
      if (current.sending) return this.#nextStatus(current);
      if (current.delivered) return Promise.resolve(this.status);
      if (this.#pending.has(current.id)) {
        this.#unfail(current);
        return this.#start(current);
      }
    }
    const now = this.#o.now();
    const payload = buildEnvelope({
      type: this.#o.type,
      schemaVersion: this.#o.schemaVersion,
      id: this.#o.uuid(),
      createdAt: now,
      locale: this.#o.locale(),
      widget: this.#o.widget,
      page: this.#o.page(),
      spam: { honeypot: (honeypot ?? this.#honeypotValue()).slice(0, 500), fillMs: Math.max(0, Math.round(now - (this.#fillStart ?? now))) },
      data,
    });
    const body = JSON.stringify(payload);
    // The person's newest answers replace an undelivered earlier submission, whoever sends them; one
    // already out is dropped only if that attempt does not deliver it.
    if (current?.sending) current.replaced = true;
    else if (current) this.#forget(current);
    this.#current = undefined;
    const announce = new SiSubmitEvent(payload);
    this.#host.dispatchEvent(announce);
    if (announce.defaultPrevented) {
      this.#setStatus({ state: 'idle' });
      return Promise.resolve(this.status);
    }
    const { url } = this.endpoint;
    if (!url) return this.#fail(payload, { reason: 'endpoint', errors: [] });

    const persist = this.#o.persist();
    const submission: Pending<D> = {
      id: payload.id,
      endpoint: url,
      body,
      payload,
      answers,
      storage: new WidgetStorage(persist, this.#o.now),
      attempts: 0,
      roundStart: now,
    };
    putEntry(submission.storage, this.#entryOf(submission), this.#o.outboxTtlMs);
    this.#pending.set(submission.id, submission);
    claimed.add(submission.id);
    this.#current = submission;
    return this.#start(submission);
  }

  /** Sends every waiting submission now (the "Try again" button), including one refused before. */
  retry(): void {
    for (const submission of this.#pending.values()) {
      this.#unfail(submission);
      this.#kick(submission);
    }
  }

  /**
   * The person starts over (call it when the form is cleared): the status goes back to idle and the fill
   * timer restarts. A submission already queued is still delivered; a refused one is dropped.
   */
  reset(): void {
    if (this.#current?.failed) this.#forget(this.#current);
    this.#current = undefined;
    this.#fillStart = this.#o.now();
    this.#setStatus({ state: 'idle' });
  }

  #start(submission: Pending<D>): Promise<DeliveryStatus> {
    const next = this.#nextStatus(submission);
    this.#kick(submission);
    if (!this.#connected) this.#settle(submission);
    return next;
  }

  /** Starts a fresh round of attempts now, unless one is out or the submission needs the person. */
  #kick(submission: Pending<D>): void {
    if (submission.sending || submission.failed || !this.#connected) return;
    this.#o.clearTimeout(submission.timer);
    submission.attempts = 0;
    submission.roundStart = this.#o.now();
    void this.#attempt(submission);
  }

  async #attempt(submission: Pending<D>): Promise<void> {
    submission.timer = undefined;
    if (!this.#connected || submission.sending || this.#pending.get(submission.id) !== submission) return;
    submission.sending = true;
    submission.attempts++;
    claimed.add(submission.id);
    if (submission === this.#current) this.#setStatus({ state: 'sending' });
    const abort = new AbortController();
    submission.abort = abort;
    const timer = this.#o.setTimeout(() => abort.abort(TIMEOUT), this.#o.timeoutMs);
    let outcome: Outcome;
    try {
      outcome = await this.#read(await this.#o.fetch(submission.endpoint, this.#requestFor(submission, abort.signal)));
    } catch {
      // navigator.onLine only names the failure: it can be wrong, so a kick always really tries.
      outcome = !abort.signal.aborted
        ? { kind: 'retry', reason: this.#o.isOnline() ? 'network' : 'offline' }
        : abort.signal.reason === TIMEOUT
          ? { kind: 'retry', reason: 'timeout' }
          : { kind: 'stopped' };
    } finally {
      this.#o.clearTimeout(timer);
      submission.sending = false;
      submission.abort = undefined;
    }
    if (submission.replaced && outcome.kind !== 'delivered') this.#forget(submission);
    if (this.#pending.get(submission.id) !== submission || outcome.kind === 'stopped') return this.#settle(submission);
    if (outcome.kind === 'delivered') return this.#deliver(submission, outcome.status, outcome.reference);
    if (outcome.kind === 'failed') {
      submission.failed = { reason: outcome.errors.length ? 'rejected' : 'refused', status: outcome.status, errors: outcome.errors };
      putEntry(submission.storage, this.#entryOf(submission), this.#o.outboxTtlMs);
      void this.#fail(submission.payload, submission.failed, submission);
      return;
    }
    const wait =
      outcome.retryAfter !== undefined
        ? Math.min(outcome.retryAfter, this.#o.maxRetryAfterMs)
        : backoffDelay(submission.attempts, this.#o.random, this.#o.baseDelayMs, this.#o.maxDelayMs);
    const retryAt = this.#o.now() + wait;
    // Offline, the next try waits for the online event (or the person, or the next page load).
    const inRound = outcome.reason !== 'offline' && submission.attempts < this.#o.maxAttempts && retryAt - submission.roundStart <= this.#o.maxElapsedMs;
    if (inRound && this.#connected) submission.timer = this.#o.setTimeout(() => void this.#attempt(submission), wait);
    this.#queue(submission, outcome.reason, inRound ? retryAt : undefined);
  }

  #requestFor(submission: Pending<D>, signal: AbortSignal): RequestInit {
    const config = this.#o.config?.();
    const extra = Object.entries(config?.headers ?? {}).filter(
      ([name, value]) => HEADER_NAME.test(name) && typeof value === 'string' && !/[\r\n\0]/.test(value) && !/^(content-type|idempotency-key)$/i.test(name),
    );
    return {
      method: 'POST',
      headers: Object.fromEntries([...extra, ['Content-Type', 'application/json'], ['Idempotency-Key', submission.id]]),
      body: submission.body,
      credentials: config?.credentials === 'same-origin' ? 'same-origin' : 'omit',
      redirect: 'error',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      // Lets a submission sent just before the page closes still arrive; browsers allow 64 KiB in all.
      keepalive: new TextEncoder().encode(submission.body).length < KEEPALIVE_LIMIT,
      signal,
    };
  }

  async #read(response: Response): Promise<Outcome> {
    const { status } = response;
    const verdict = classifyStatus(status);
    if (verdict === 'retry')
      return { kind: 'retry', reason: status >= 500 ? 'server' : 'busy', retryAfter: parseRetryAfter(response.headers.get('Retry-After'), this.#o.now()) };
    // The status decides; a body that cannot be read or parsed only loses the reference or the field messages.
    let body: { reference?: unknown; errors?: unknown } | undefined;
    try {
      body = JSON.parse(await response.text());
    } catch {
      body = undefined;
    }
    if (verdict === 'delivered')
      return { kind: 'delivered', status, reference: typeof body?.reference === 'string' && body.reference ? body.reference.slice(0, 100) : undefined };
    const errors = verdict === 'fields' && Array.isArray(body?.errors) ? body.errors.flatMap(toFieldError).slice(0, 100) : [];
    return { kind: 'failed', status, errors };
  }

  #deliver(submission: Pending<D>, status: number, reference?: string): void {
    submission.delivered = true;
    this.#forget(submission);
    if (submission === this.#current) {
      this.#setStatus({ state: 'sent', reference });
      this.#o.onDelivered?.(submission.payload, reference);
    }
    this.#host.dispatchEvent(new SiSubmittedEvent({ payload: submission.payload, status, reference }));
    this.#settle(submission);
  }

  #queue(submission: Pending<D>, reason: QueueReason, retryAt?: number): void {
    if (submission === this.#current) this.#setStatus({ state: 'queued', reason, retryAt, saved: isSaved(this.#o.persist(), this.#o.type, submission.id) });
    this.#host.dispatchEvent(new SiQueuedEvent({ payload: submission.payload, reason, retryAt }));
    this.#settle(submission);
  }

  #fail(
    payload: Envelope<D> | undefined,
    failure: { reason: FailReason; status?: number; errors: FieldError[] },
    submission?: Pending<D>,
  ): Promise<DeliveryStatus> {
    if (!submission || submission === this.#current) this.#setStatus({ state: 'failed', ...failure });
    this.#host.dispatchEvent(new SiSubmitErrorEvent({ payload, ...failure }));
    if (submission) this.#settle(submission);
    return Promise.resolve(this.status);
  }

  #unfail(submission: Pending<D>): void {
    if (!submission.failed) return;
    submission.failed = undefined;
    putEntry(submission.storage, this.#entryOf(submission), this.#o.outboxTtlMs);
  }

  /** Drops a submission from the outbox and from this controller (delivered, or replaced by newer answers). */
  #forget(submission: Pending<D>): void {
    this.#o.clearTimeout(submission.timer);
    dropEntry(submission.storage, this.#o.type, submission.id);
    this.#pending.delete(submission.id);
    claimed.delete(submission.id);
  }

  #adopt(entry: OutboxEntry, storage: WidgetStorage): Pending<D> | undefined {
    try {
      const payload = JSON.parse(entry.body) as Envelope<D>;
      if (payload.id !== entry.id || payload.type !== this.#o.type) throw new Error('mismatch');
      const failed = entry.failed && { reason: entry.failed.errors.length ? ('rejected' as const) : ('refused' as const), ...entry.failed };
      return {
        id: entry.id,
        endpoint: entry.endpoint,
        body: entry.body,
        payload,
        answers: JSON.stringify(payload.data),
        storage,
        attempts: 0,
        roundStart: 0,
        failed,
      };
    } catch {
      dropEntry(storage, this.#o.type, entry.id);
      return undefined;
    }
  }

  #entryOf(submission: Pending<D>): OutboxEntry {
    const { id, endpoint, body, failed } = submission;
    return { id, type: this.#o.type, endpoint, body, ...(failed ? { failed: { status: failed.status, errors: failed.errors } } : {}) };
  }

  #honeypotValue(): string {
    return (this.#host.shadowRoot ?? this.#host).querySelector<HTMLInputElement>('input[data-si-honeypot]')?.value ?? '';
  }

  #setStatus(status: DeliveryStatus): void {
    this.status = status;
    this.#host.requestUpdate();
  }

  /** The status once `submission`'s attempt under way (or about to start) has its answer. */
  #nextStatus(submission: Pending<D>): Promise<DeliveryStatus> {
    return new Promise((resolve) => (submission.waiters ??= []).push(() => resolve(this.status)));
  }

  #settle(submission: Pending<D>): void {
    const waiting = submission.waiters ?? [];
    submission.waiters = [];
    waiting.forEach((resolve) => resolve());
  }
}

/**
 * A field name from an endpoint's `errors` list as the steps of a path into the payload's `data`:
 * a JSON pointer (`/data/preferredDates/1`), a dotted path (`data.email`) or a bare name (`email`).
 */
export function fieldPath(field: string): string[] {
  const path = field.replace(/^\/+/, '').split(/[./]/).filter(Boolean);
  if (path[0] === 'data' && path.length > 1) path.shift();
  return path;
}

/** One entry of a problem+json `errors` list, its field named as a dotted path into `data` (`preferredDates.1`). */
function toFieldError(item: unknown): FieldError[] {
  const { field, message } = (item ?? {}) as Partial<FieldError>;
  if (typeof field !== 'string' || typeof message !== 'string' || !message) return [];
  return [{ field: fieldPath(field).join('.').slice(0, 200), message: message.slice(0, 500) }];
}
