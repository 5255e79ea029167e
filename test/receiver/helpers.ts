/** Shared set-up for the receiver's node:test suites: receivers on a free port, valid bodies, raw HTTP. */
import { randomUUID } from 'node:crypto';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { settingsFromEnv, startReceiver, type ReceiverSettings, type RunningReceiver, type SubmissionStore } from '../../src/receiver/index.js';
import type { Envelope, TaRequestData } from '../../src/schemas/index.js';
import { TA_REQUEST_SCHEMA_VERSION } from '../../src/schemas/ta-request-values.js';
import { taAnswers } from '../fixtures/ta-request-payloads.js';

/** Cleanups for a suite: pass it where a test context is expected, and run it in the suite's `after`. */
export function suiteCleanup(): { after(fn: () => unknown): void; run(): Promise<void> } {
  const fns: Array<() => unknown> = [];
  return {
    after: (fn) => void fns.push(fn),
    async run() {
      for (const fn of fns.reverse()) await fn();
    },
  };
}

/** A temp folder removed when the test ends. */
export async function tempDir(t: { after(fn: () => unknown): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'si-receiver-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export interface TestReceiver extends RunningReceiver {
  /** Everything the receiver logged. */
  logs: string[];
}

/**
 * Starts a receiver on 127.0.0.1 and a free port around `store` (which stays open), closed when the
 * test (or suite) ends. The rate limit is off unless the settings turn it on.
 */
export async function receiverOn(
  t: { after(fn: () => unknown): void },
  store: SubmissionStore,
  settings: Partial<ReceiverSettings> = {},
): Promise<TestReceiver> {
  const logs: string[] = [];
  const receiver = await startReceiver({ ...settingsFromEnv({}, { port: 0, rateLimit: false, retentionDays: 0 }), ...settings }, (line) => logs.push(line), {
    store,
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await receiver.close();
  };
  t.after(close);
  return { ...receiver, close, logs };
}

/**
 * A valid `ta-request` envelope with a fresh id around the shared typical answers (test/fixtures).
 * Overrides are loosely typed on purpose: the tests also build invalid bodies.
 */
export function taRequest(data: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}): Envelope<TaRequestData> {
  return {
    type: 'ta-request',
    schemaVersion: TA_REQUEST_SCHEMA_VERSION,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    locale: 'en',
    source: { widget: 'si-ta-request', version: '0.1.0', page: 'http://127.0.0.1:8787/request-training' },
    data: { ...taAnswers(), ...data },
    ...envelope,
  } as Envelope<TaRequestData>;
}

export interface PostOptions {
  /** The Idempotency-Key header; defaults to the body's id, `null` leaves it out. */
  key?: string | null;
  contentType?: string;
  origin?: string;
  headers?: Record<string, string>;
  path?: string;
}

/** POSTs a body (an object is sent as JSON; a string as is) to the receiver's intake, with fetch. */
export function post(
  receiver: { url: string },
  body: unknown,
  { key, contentType = 'application/json', origin, headers = {}, path = 'api/submissions' }: PostOptions = {},
): Promise<Response> {
  const all: Record<string, string> = { 'Content-Type': contentType, ...headers };
  const id = key === undefined ? (body as { id?: string }).id : key;
  if (id) all['Idempotency-Key'] = id;
  if (origin) all.Origin = origin;
  return fetch(new URL(path, receiver.url), { method: 'POST', headers: all, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A request through node:http, which (unlike fetch) may send any Host header and any method. */
export function raw(
  url: string,
  { method = 'GET', path = '/api/submissions', headers = {}, body }: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: { field: string; message: string }[];
}
