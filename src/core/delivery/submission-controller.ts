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
 * says so) without sending them again by itself; so does a redirect, which is the endpoint's
 * configuration to fix (redirects are never followed).
 *
 * Several tabs (`persist="local"`) share one outbox: before every attempt the entry is read again, and
 * one another tab removed (delivered, replaced by newer answers, cleared) or changed is not sent; a
 * `storage` event makes a tab let go at once, and the entry's Web Lock lets one tab send it at a time.
 * Clearing the form cancels what waits (`discard()`); a quick exit sends each waiting submission once
 * more with keepalive before the wipe (`sendWaitingOnExit()` in ./exit.ts).
 *
 * In a widget (as `<si-checklist>` does):
 * ```ts
 * private readonly delivery = new SubmissionController<ChecklistData>(this, {
 *   type: 'checklist', schemaVersion: 1, widget: 'si-checklist',
 *   endpoint: () => this.setting('endpoint', this.endpoint.trim()),
 *   persist: () => this.persistMode ?? 'none',
 *   locale: () => this.locale, config: () => this.config,
 *   onDelivered: () => this.kept.clear(), // only now may what the person entered leave storage
 * });
 * // The widget checks the answers itself, then: `await this.delivery.submit(data)`. It renders
 * // `renderHoneypot(this.t.honeypotLabel)` and `renderDeliveryStatus(this.delivery, this.t)` beside its send
 * // button, puts a rejected submission's `status.errors` on their fields, shows
 * // `this.renderConfigMessage(endpointProblems(this.delivery, this.t))`, calls `reset()` when the person starts over
 * // and `discard()` when they clear the form (after confirming; `waiting` says whether to mention it).
 * ```
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Envelope } from '../../schemas/envelope.js';
import type { PersistMode, SiConfig } from '../config.js';
import { SiQueuedEvent, SiSubmitErrorEvent, SiSubmitEvent, SiSubmittedEvent, type FieldError } from '../events.js';
import type { Locale } from '../i18n.js';
import { WidgetStorage } from '../storage.js';
import { after } from '../timers.js';
import { checkEndpoint, type CheckedEndpoint } from './endpoint-policy.js';
import { buildEnvelope, randomId } from './envelope.js';
import { addExitSender, postOnExit, type ExitBudget } from './exit.js';
import { dropEntry, entriesFor, isSaved, putEntry, readEntry, storageKeyOf, withEntryLock, type OutboxEntry } from './outbox.js';
import { byteLength, KEEPALIVE_LIMIT, requestInit } from './request.js';
import { attemptTimeout, backoffDelay, classifyStatus, parseRetryAfter } from './retry-policy.js';

/** Why a submission is waiting: no connection, a failed or timed-out request, a busy (408/409/425/429) or failing (5xx) endpoint. */
export type QueueReason = 'offline' | 'network' | 'timeout' | 'busy' | 'server';
/**
 * Why it needs the person: the endpoint rejected answers (`rejected`), refused it for good (`refused`),
 * answered with a redirect (`redirect`: a configuration error for the site's team), or there is no usable endpoint.
 */
export type FailReason = 'rejected' | 'refused' | 'redirect' | 'endpoint';
/** What `discard()` cancelled: nothing waiting (`none`), waiting submissions (`cancelled`), or one already out, which the endpoint may still receive (`on-its-way`). */
export type DiscardResult = 'none' | 'cancelled' | 'on-its-way';

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
  /** Where undelivered submissions wait. Default `none` (this page's memory). */
  persist?: () => PersistMode;
  locale?: () => Locale;
  /** The `<si-config>` settings: extra headers and same-origin credentials come only from here. */
  config?: () => SiConfig | undefined;
  /** The submission the person sees was accepted: its answers may now be cleared from the form. */
  onDelivered?: (payload: Envelope<D>, reference?: string) => void;

  /**
   * The first attempt's timeout (15 s), doubling with each attempt up to the most (60 s); attempts per
   * round (6), backoff base and cap (1 s, 30 s), a round's total time (2 min), the most a `Retry-After`
   * is honoured (60 s), the outbox's lifetime (3 days).
   */
  timeoutMs?: number;
  maxTimeoutMs?: number;
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
  /** Where `online` and `storage` events come from (window). */
  onlineTarget?: EventTarget;
  /** Runs an attempt holding the entry's lock (Web Locks where available; see `withEntryLock`). */
  lock?: <T>(id: string, work: () => Promise<T>) => Promise<T>;
  /** The submissions this page's controllers look after, so two widgets on one page never send one together (one set per page; a test gives each simulated tab its own). */
  claims?: Set<string>;
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
  /** Attempts in this round (the budget), and in all (the timeout grows with these). */
  attempts: number;
  tries: number;
  roundStart: number;
  /** An attempt is under way: waiting for the entry's lock, or its request out. */
  sending?: boolean;
  /** The request is out (its bytes may reach the endpoint); `keepalive` when it outlives the page. */
  inFlight?: { keepalive: boolean };
  delivered?: boolean;
  /** Newer answers were submitted while this one was out (and its entry says so, for other pages and tabs). */
  replaced?: boolean;
  /** Another tab delivered, replaced or cleared it; sending the same answers again reuses its key. */
  gone?: boolean;
  failed?: Failure;
  timer?: unknown;
  abort?: AbortController;
  /** Callers of `submit()` waiting for this submission's next answer. */
  waiters?: Array<() => void>;
}

type Failure = { reason: 'rejected' | 'refused' | 'redirect'; status?: number; errors: FieldError[] };

type Outcome =
  | { kind: 'delivered'; status: number; reference?: string }
  | { kind: 'retry'; reason: QueueReason; retryAfter?: number }
  | { kind: 'failed'; failure: Failure }
  /** Another tab removed or changed the entry, or refused it (`failure`). */
  | { kind: 'elsewhere'; failure?: Failure }
  | { kind: 'stopped' };

/** Submissions some connected controller on this page is looking after, so two widgets never send one together. */
const claimed = new Set<string>();
const TIMEOUT = 'timeout';
const STOPPED = 'stopped';

/** The failure an entry carries, as this controller keeps it. */
function failureOf(entry: OutboxEntry): Failure | undefined {
  const failed = entry.failed;
  if (!failed) return undefined;
  const reason = failed.reason === 'redirect' ? 'redirect' : failed.errors.length ? 'rejected' : 'refused';
  return { reason, ...(failed.status === undefined ? {} : { status: failed.status }), errors: failed.errors };
}

export class SubmissionController<D = unknown> implements ReactiveController {
  /** What to tell the person; the host re-renders whenever it changes. */
  status: DeliveryStatus = { state: 'idle' };

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #o: Required<Omit<SubmissionOptions<D>, 'onDelivered' | 'config'>> & Pick<SubmissionOptions<D>, 'onDelivered' | 'config'>;
  readonly #pending = new Map<string, Pending<D>>();
  readonly #warned = new Set<string>();
  #current?: Pending<D>;
  #connected = false;
  #scanned?: string;
  #fillStart?: number;
  #leaveExit?: () => void;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SubmissionOptions<D>) {
    this.#host = host;
    this.#o = {
      persist: () => 'none',
      locale: () => 'en',
      timeoutMs: 15_000,
      maxTimeoutMs: 60_000,
      maxAttempts: 6,
      baseDelayMs: 1_000,
      maxDelayMs: 30_000,
      maxElapsedMs: 120_000,
      maxRetryAfterMs: 60_000,
      outboxTtlMs: 3 * 24 * 60 * 60 * 1000,
      fetch: (input, init) => fetch(input, init),
      // The shared timer (src/core/timers.ts), so tests of the real widgets can move it by hand.
      setTimeout: (callback, ms) => after(ms, callback),
      clearTimeout: (handle) => (typeof handle === 'function' ? handle() : undefined),
      now: Date.now,
      random: Math.random,
      uuid: randomId,
      isOnline: () => navigator.onLine,
      onlineTarget: window,
      page: () => location.href,
      lock: withEntryLock,
      claims: claimed,
      ...options,
    };
    host.addController(this);
  }

  /** True while a request is out: render the send button `aria-disabled` and say "Sending…". */
  get busy(): boolean {
    // An automatic retry is out while the status still says the request waits: sending again would race it.
    return this.status.state === 'sending' || !!this.#current?.sending;
  }

  /** Whether a submission of this widget waits to be delivered (not one refused for good): what clearing the form would cancel. */
  get waiting(): boolean {
    return [...this.#pending.values()].some((submission) => !submission.failed);
  }

  /** The configured endpoint after the endpoint policy: `{ url }` or `{ problem }`. */
  get endpoint(): CheckedEndpoint {
    return checkEndpoint(this.#o.endpoint(), this.#o.page());
  }

  hostConnected(): void {
    this.#connected = true;
    this.#fillStart ??= this.#o.now();
    this.#o.onlineTarget.addEventListener('online', this.#onOnline);
    this.#o.onlineTarget.addEventListener('storage', this.#onStorage);
    this.#leaveExit ??= addExitSender({ sendOnExit: (covered, budget) => this.#sendOnExit(covered, budget) });
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
      .filter((entry) => !this.#pending.has(entry.id) && !this.#o.claims.has(entry.id))
      .filter((entry) => {
        // Replaced by newer answers while out: only the request out may still deliver it; never sent again.
        if (entry.replaced) dropEntry(storage, this.#o.type, entry.id);
        return !entry.replaced;
      })
      .map((entry) => this.#adopt(entry, storage))
      .filter((submission) => submission !== undefined)
      .sort((a, b) => a.payload.createdAt.localeCompare(b.payload.createdAt));
    for (const submission of found) {
      this.#pending.set(submission.id, submission);
      this.#o.claims.add(submission.id);
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
    this.#o.onlineTarget.removeEventListener('storage', this.#onStorage);
    // What it leaves waiting stays in the outbox, where a quick exit still finds it.
    this.#leaveExit?.();
    this.#leaveExit = undefined;
    for (const submission of this.#pending.values()) {
      this.#o.clearTimeout(submission.timer);
      submission.abort?.abort(STOPPED);
      this.#o.claims.delete(submission.id);
    }
  }

  readonly #onOnline = (): void => this.#pending.forEach((submission) => this.#kick(submission));

  /** Another tab changed the outbox: let go at once of what it removed, changed or refused (one out now is judged when its answer comes). */
  readonly #onStorage = (event: Event): void => {
    const key = (event as StorageEvent).key;
    const mine = typeof key === 'string' ? key.startsWith(storageKeyOf(this.#o.type)) : true;
    if (!mine) return;
    for (const submission of [...this.#pending.values()]) {
      if (submission.sending || (typeof key === 'string' && key !== storageKeyOf(this.#o.type, submission.id))) continue;
      const elsewhere = this.#elsewhere(submission);
      if (elsewhere) this.#takeElsewhere(submission, elsewhere);
    }
  };

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
      if (current.gone) {
        // Another tab let go of these answers (it may have delivered them): send them again under their
        // own key, so an endpoint that has them answers as it did, and one that has not stores them once.
        current.gone = false;
        current.failed = undefined;
        putEntry(current.storage, this.#entryOf(current), this.#o.outboxTtlMs);
        this.#pending.set(current.id, current);
        this.#o.claims.add(current.id);
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
    if (current?.inFlight) {
      current.replaced = true;
      putEntry(current.storage, this.#entryOf(current), this.#o.outboxTtlMs);
    } else if (current && !current.gone) this.#forget(current);
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
      tries: 0,
      roundStart: now,
    };
    putEntry(submission.storage, this.#entryOf(submission), this.#o.outboxTtlMs);
    this.#pending.set(submission.id, submission);
    this.#o.claims.add(submission.id);
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
   * The person starts over ("Send another", a form reset): the status goes back to idle and the fill
   * timer restarts. A submission already queued is still delivered; a refused one is dropped. To cancel
   * what waits as well, as "Clear my answers" does, call `discard()`.
   */
  reset(): void {
    if (this.#current?.failed) this.#forget(this.#current);
    this.#current = undefined;
    this.#fillStart = this.#o.now();
    this.#setStatus({ state: 'idle' });
  }

  /**
   * The person cleared the form (after confirming): every submission this widget has waiting, or kept
   * after a refusal, leaves the outbox and is never sent; a request out now is aborted (its bytes may
   * already have reached the endpoint: `on-its-way`). Then as `reset()`. Say which in the widget's
   * "cleared" message.
   */
  discard(): DiscardResult {
    let result: DiscardResult = 'none';
    for (const submission of [...this.#pending.values()]) {
      if (submission.inFlight) result = 'on-its-way';
      else if (result === 'none' && !submission.failed) result = 'cancelled';
      submission.abort?.abort(STOPPED);
      this.#forget(submission);
    }
    this.reset();
    return result;
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
    submission.tries++;
    this.#o.claims.add(submission.id);
    // Only a round's first attempt says "Sending": the automatic retries after it keep saying that the
    // request waits and will be tried again, so a screen reader does not hear "Sending" come and go.
    if (submission === this.#current && submission.attempts === 1) this.#setStatus({ state: 'sending' });
    let outcome: Outcome;
    try {
      outcome = await this.#o.lock(submission.id, async (): Promise<Outcome> => {
        if (!this.#connected || this.#pending.get(submission.id) !== submission) return { kind: 'stopped' };
        // Read it again: another tab may have delivered, replaced, cleared or refused it since.
        const elsewhere = this.#elsewhere(submission);
        return elsewhere ?? (await this.#send(submission));
      });
    } catch {
      outcome = { kind: 'retry', reason: 'network' };
    }
    submission.sending = false;
    if (submission.replaced && outcome.kind !== 'delivered') this.#forget(submission);
    // Removed or changed elsewhere while this request was out: unless it delivered them, let go.
    if ((outcome.kind === 'retry' || outcome.kind === 'failed') && this.#pending.get(submission.id) === submission)
      outcome = this.#elsewhere(submission) ?? outcome;
    if (this.#pending.get(submission.id) !== submission || outcome.kind === 'stopped') return this.#settle(submission);
    if (outcome.kind === 'elsewhere') return this.#takeElsewhere(submission, outcome);
    if (outcome.kind === 'delivered') return this.#deliver(submission, outcome.status, outcome.reference);
    if (outcome.kind === 'failed') {
      submission.failed = outcome.failure;
      putEntry(submission.storage, this.#entryOf(submission), this.#o.outboxTtlMs);
      if (outcome.failure.reason === 'redirect') this.#warnRedirect(submission.endpoint, outcome.failure.status);
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

  /** One request, aborted after this attempt's timeout (which grows with each attempt). */
  async #send(submission: Pending<D>): Promise<Outcome> {
    const abort = new AbortController();
    submission.abort = abort;
    const keepalive = byteLength(submission.body) < KEEPALIVE_LIMIT;
    const timer = this.#o.setTimeout(() => abort.abort(TIMEOUT), attemptTimeout(submission.tries, this.#o.timeoutMs, this.#o.maxTimeoutMs));
    try {
      submission.inFlight = { keepalive };
      const init = requestInit(submission.id, submission.body, this.#o.config?.(), { signal: abort.signal, keepalive });
      return await this.#read(await this.#o.fetch(submission.endpoint, init));
    } catch {
      // navigator.onLine only names the failure: it can be wrong, so a kick always really tries.
      return !abort.signal.aborted
        ? { kind: 'retry', reason: this.#o.isOnline() ? 'network' : 'offline' }
        : abort.signal.reason === TIMEOUT
          ? { kind: 'retry', reason: 'timeout' }
          : { kind: 'stopped' };
    } finally {
      this.#o.clearTimeout(timer);
      submission.abort = undefined;
      submission.inFlight = undefined;
    }
  }

  async #read(response: Response): Promise<Outcome> {
    const { status } = response;
    // `redirect: 'manual'`: a redirect comes back opaque (status 0), or as a 3xx without a Location.
    if (response.type === 'opaqueredirect') return { kind: 'failed', failure: { reason: 'redirect', errors: [] } };
    const verdict = classifyStatus(status);
    if (verdict === 'redirect') return { kind: 'failed', failure: { reason: 'redirect', status, errors: [] } };
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
    return { kind: 'failed', failure: { reason: errors.length ? 'rejected' : 'refused', status, errors } };
  }

  /** One console line for the site's team: the endpoint redirects instead of answering. */
  #warnRedirect(endpoint: string, status: number | undefined): void {
    if (this.#warned.has(endpoint)) return;
    this.#warned.add(endpoint);
    console.warn(
      `[survivor-informed-widgets] <${this.#host.localName}>: ${endpoint} answered with a redirect (HTTP ${status ?? '3xx'}), so nothing was delivered. Widgets never follow redirects: the endpoint must answer the POST itself (2xx when stored). Nothing is retried until the person sends again.`,
    );
  }

  /** What another tab did to this entry, if anything: removed or changed it, or had it refused. */
  #elsewhere(submission: Pending<D>): Extract<Outcome, { kind: 'elsewhere' }> | undefined {
    const entry = readEntry(submission.storage, this.#o.type, submission.id);
    if (!entry || entry.body !== submission.body || entry.endpoint !== submission.endpoint || (entry.replaced && !submission.replaced))
      return { kind: 'elsewhere' };
    const failure = failureOf(entry);
    return failure && !submission.failed ? { kind: 'elsewhere', failure } : undefined;
  }

  /** Another tab refused it (shown here as refused too), or removed it: this tab stops looking after it, without touching storage. */
  #takeElsewhere(submission: Pending<D>, { failure }: { failure?: Failure }): void {
    this.#o.clearTimeout(submission.timer);
    submission.timer = undefined;
    if (failure) {
      submission.failed = failure;
      if (submission === this.#current) this.#setStatus({ state: 'failed', ...failure });
    } else {
      this.#pending.delete(submission.id);
      this.#o.claims.delete(submission.id);
      submission.gone = true;
      if (submission === this.#current && this.status.state !== 'idle') this.#setStatus({ state: 'idle' });
    }
    this.#settle(submission);
  }

  /** The quick exit: each waiting submission goes once more with keepalive (unless one is out with it already), then this page lets go of them all. */
  #sendOnExit(covered: Set<string>, budget: ExitBudget): void {
    const current = this.#current;
    const waiting = [...this.#pending.values()].sort((a, b) =>
      a === current ? -1 : b === current ? 1 : b.payload.createdAt.localeCompare(a.payload.createdAt),
    );
    const config = this.#o.config?.();
    for (const submission of waiting) {
      covered.add(submission.id);
      if (!submission.failed && !submission.replaced && !submission.inFlight?.keepalive) postOnExit(this.#o.fetch, submission, config, budget);
      this.#o.clearTimeout(submission.timer);
      this.#pending.delete(submission.id);
      this.#o.claims.delete(submission.id);
      this.#settle(submission);
    }
    this.#current = undefined;
    this.#setStatus({ state: 'idle' });
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

  /** Drops a submission from the outbox and from this controller (delivered, replaced by newer answers, or cleared). */
  #forget(submission: Pending<D>): void {
    this.#o.clearTimeout(submission.timer);
    dropEntry(submission.storage, this.#o.type, submission.id);
    this.#pending.delete(submission.id);
    this.#o.claims.delete(submission.id);
  }

  #adopt(entry: OutboxEntry, storage: WidgetStorage): Pending<D> | undefined {
    try {
      const payload = JSON.parse(entry.body) as Envelope<D>;
      if (payload.id !== entry.id || payload.type !== this.#o.type) throw new Error('mismatch');
      return {
        id: entry.id,
        endpoint: entry.endpoint,
        body: entry.body,
        payload,
        answers: JSON.stringify(payload.data),
        storage,
        attempts: 0,
        tries: 0,
        roundStart: 0,
        failed: failureOf(entry),
      };
    } catch {
      dropEntry(storage, this.#o.type, entry.id);
      return undefined;
    }
  }

  #entryOf(submission: Pending<D>): OutboxEntry {
    const { id, endpoint, body, failed, replaced } = submission;
    const kept = failed && { status: failed.status, errors: failed.errors, ...(failed.reason === 'redirect' ? { reason: 'redirect' as const } : {}) };
    return { id, type: this.#o.type, endpoint, body, ...(kept ? { failed: kept } : {}), ...(replaced ? { replaced: true as const } : {}) };
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
