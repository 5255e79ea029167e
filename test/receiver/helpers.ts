/** Shared set-up for the receiver's node:test suites: a server per test and valid bodies. */
import type { TestContext } from 'node:test';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemoServer, type DemoServer } from '../../demo/app.js';
import type { Envelope, TaRequestData } from '../../src/schemas/index.js';
import { taAnswers } from '../fixtures/ta-request-payloads.js';

export interface TestServer extends DemoServer {
  dbPath: string;
  /** Everything the server logged (e.g. a missing CDN file). */
  logs: string[];
}

/** A temp folder removed when the test ends. */
export async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'si-receiver-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Starts a demo server on a free port with its own database; it is closed when the test ends. */
export async function startServer(
  t: TestContext,
  options: { dbPath?: string; allowedOrigins?: string[]; cdnRoot?: string; embedsRoot?: string } = {},
): Promise<TestServer> {
  const dbPath = options.dbPath ?? join(await tempDir(t), 'submissions.sqlite');
  const logs: string[] = [];
  const server = await createDemoServer({ port: 0, dbPath, log: (message) => logs.push(message), ...options });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  t.after(close);
  return { url: server.url, close, dbPath, logs };
}

/**
 * A valid `ta-request` envelope with a fresh id around the shared typical answers (test/fixtures).
 * Overrides are loosely typed on purpose: the tests also build invalid bodies.
 */
export function taRequest(data: Record<string, unknown> = {}, envelope: Record<string, unknown> = {}): Envelope<TaRequestData> {
  return {
    type: 'ta-request',
    schemaVersion: 1,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    locale: 'en',
    source: { widget: 'si-ta-request', version: '0.1.0', page: 'http://127.0.0.1:8787/request-training' },
    data: { ...taAnswers(), ...data },
    ...envelope,
  } as Envelope<TaRequestData>;
}

interface PostOptions {
  /** The Idempotency-Key header; defaults to the body's id, `null` leaves it out. */
  key?: string | null;
  contentType?: string;
  origin?: string;
}

/** POSTs a body (an object is sent as JSON; a string as is) to the server's endpoint. */
export function post(server: { url: string }, body: unknown, { key, contentType = 'application/json', origin }: PostOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': contentType };
  const id = key === undefined ? (body as { id?: string }).id : key;
  if (id) headers['Idempotency-Key'] = id;
  if (origin) headers.Origin = origin;
  return fetch(new URL('api/submissions', server.url), {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** What the store holds, as the endpoint lists it. */
export async function stored(server: { url: string }): Promise<{ id: string; reference: string; type: string; body: Envelope }[]> {
  const response = await fetch(new URL('api/submissions', server.url));
  return response.json();
}
