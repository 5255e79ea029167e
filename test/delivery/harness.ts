/**
 * Fakes for the delivery tests: a virtual clock whose timers belong to "pages" (so a reload can kill a
 * page's timers the way a real reload does), and an endpoint that deduplicates by Idempotency-Key and
 * misbehaves on a schedule: lost requests, lost answers, hangs, retryable and permanent statuses,
 * `Retry-After` in every form.
 */

/** Lets every pending promise continuation run (a macrotask turn drains all microtasks). */
export function flush(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

interface Timer {
  at: number;
  seq: number;
  run: () => void;
  owner: object;
}

/** Now (so WidgetStorage's own expiry check agrees), on a whole second (so HTTP dates are exact). */
export const START = Math.floor(Date.now() / 1000) * 1000;

export class FakeClock {
  now = START;
  private readonly timers = new Map<number, Timer>();
  private readonly dead = new WeakSet<object>();
  private seq = 0;
  readonly server = {};

  /** setTimeout/clearTimeout for one page: its timers die with it. */
  timersFor(owner: object) {
    return {
      setTimeout: (run: () => void, ms: number): unknown => {
        if (this.dead.has(owner)) return undefined;
        const id = ++this.seq;
        this.timers.set(id, { at: this.now + Math.max(0, ms), seq: id, run, owner });
        return id;
      },
      clearTimeout: (handle: unknown): void => {
        if (typeof handle === 'number') this.timers.delete(handle);
      },
    };
  }

  kill(owner: object): void {
    this.dead.add(owner);
    for (const [id, timer] of this.timers) if (timer.owner === owner) this.timers.delete(id);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Runs every timer due within `ms`, in order, letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      await flush();
      let next: [number, Timer] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= end && (!next || entry[1].at < next[1].at || (entry[1].at === next[1].at && entry[1].seq < next[1].seq))) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.now = Math.max(this.now, next[1].at);
      next[1].run();
    }
    this.now = end;
    await flush();
  }
}

export type RetryAfter = { seconds: number } | { dateIn: number } | { garbage: string };
export type Fault =
  | { kind: 'ok' }
  | { kind: 'lost-request' }
  | { kind: 'lost-response' }
  | { kind: 'hang'; reaches: boolean }
  /** `stores`: the receiver keeps the request and still answers with this status (a 303 after storing, say). */
  | { kind: 'status'; status: number; retryAfter?: RetryAfter; errors?: Array<{ field: string; message: string }>; stores?: boolean }
  /** A redirect as `redirect: 'manual'` shows it: an opaque response (status 0), the request stored or not. */
  | { kind: 'opaque-redirect'; reaches: boolean };

export interface Recorded {
  url: string;
  key: string;
  body: string;
  init: RequestInit;
  at: number;
}

export const LATENCY_MS = 80;

function fakeResponse(status: number, body: string, headers: Record<string, string> = {}): Response {
  return { status, ok: status >= 200 && status < 300, headers: new Headers(headers), text: () => Promise.resolve(body) } as unknown as Response;
}

export class FakeEndpoint {
  /** What the receiver kept, by key. */
  readonly stored = new Map<string, { body: string; reference: string }>();
  readonly requests: Recorded[] = [];
  /** A key that came back with a different body (must never happen). */
  readonly keyReuse: string[] = [];
  faults: Fault[] = [];
  online = true;
  /** How long an answer takes; the request reaches the receiver halfway. */
  latencyMs = LATENCY_MS;

  constructor(private readonly clock: FakeClock) {}

  /** The `fetch` one page uses; its answers die with the page. */
  fetchFor(owner: object): typeof fetch {
    const pageTimers = this.clock.timersFor(owner);
    const serverTimers = this.clock.timersFor(this.clock.server);
    return (input: RequestInfo | URL, init: RequestInit = {}) =>
      new Promise<Response>((resolve, reject) => {
        const headers = init.headers as Record<string, string>;
        const key = headers['Idempotency-Key'];
        const body = String(init.body);
        this.requests.push({ url: String(input), key, body, init, at: this.clock.now });
        let settled = false;
        const settle = (finish: () => void) => {
          if (settled) return;
          settled = true;
          finish();
        };
        const signal = init.signal;
        if (signal?.aborted) return reject(signal.reason);
        signal?.addEventListener('abort', () => settle(() => reject(signal.reason)));
        if (!this.online) {
          pageTimers.setTimeout(() => settle(() => reject(new TypeError('Failed to fetch'))), 1);
          return;
        }
        const fault = this.faults.shift() ?? { kind: 'ok' };
        const reaches = fault.kind === 'ok' || fault.kind === 'lost-response' || ((fault.kind === 'hang' || fault.kind === 'opaque-redirect') && fault.reaches);
        let answer: () => Response = () => fakeResponse(200, '{}');
        serverTimers.setTimeout(() => {
          if (fault.kind === 'status') {
            if (fault.stores) this.receive(key, body);
            const retryAfter = fault.retryAfter;
            const header: Record<string, string> =
              retryAfter === undefined
                ? {}
                : {
                    'Retry-After':
                      'seconds' in retryAfter
                        ? String(retryAfter.seconds)
                        : 'dateIn' in retryAfter
                          ? new Date(this.clock.now + retryAfter.dateIn * 1000).toUTCString()
                          : retryAfter.garbage,
                  };
            const problem = JSON.stringify({ type: 'about:blank', status: fault.status, errors: fault.errors ?? [] });
            answer = () => fakeResponse(fault.status, problem, { 'Content-Type': 'application/problem+json', ...header });
          } else if (fault.kind === 'opaque-redirect') {
            if (reaches) this.receive(key, body);
            answer = () => ({ type: 'opaqueredirect', status: 0, ok: false, headers: new Headers(), text: () => Promise.resolve('') }) as unknown as Response;
          } else if (reaches) {
            const reference = this.receive(key, body);
            answer = () => fakeResponse(201, JSON.stringify({ reference }), { 'Content-Type': 'application/json' });
          }
        }, this.latencyMs / 2);
        if (fault.kind === 'hang') return;
        pageTimers.setTimeout(
          () => settle(() => (fault.kind === 'lost-request' || fault.kind === 'lost-response' ? reject(new TypeError('Failed to fetch')) : resolve(answer()))),
          this.latencyMs,
        );
      });
  }

  /** Deduplicates by key, as real receivers should. */
  receive(key: string, body: string): string {
    const known = this.stored.get(key);
    if (known) {
      if (known.body !== body) this.keyReuse.push(key);
      return known.reference;
    }
    const reference = `REF-${this.stored.size + 1}`;
    this.stored.set(key, { body, reference });
    return reference;
  }
}

/** Valid v4 UUIDs from a counter, so a failing schedule replays exactly. */
export function counterUuid(prefix = 0): () => string {
  let n = 0;
  return () => {
    n++;
    const tail = (prefix * 1_000_000 + n).toString(16).padStart(12, '0');
    return `00000000-0000-4000-8000-${tail}`;
  };
}

/** A small seeded PRNG (mulberry32) for the jitter. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Web Locks for simulated tabs: one holder per name at a time, granted in request order, in microtasks
 * (as `navigator.locks` does across real tabs, without its trip through the browser, which a fake clock
 * could not wait for). Tabs that share a storage share one FakeLocks.
 */
export class FakeLocks {
  /** How often a request found the lock held and had to wait for it. */
  waits = 0;
  private readonly tails = new Map<string, Promise<void>>();

  readonly lock = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const before = this.tails.get(name);
    if (before) this.waits++;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tail = (before ?? Promise.resolve()).then(() => held);
    this.tails.set(name, tail);
    await before;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(name) === tail) this.tails.delete(name);
    }
  };
}
