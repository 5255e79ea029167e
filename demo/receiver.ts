/**
 * The demo's receiving endpoint, `/api/submissions`, following DESIGN.md "The endpoint contract": it
 * validates with the package's own schemas, deduplicates by Idempotency-Key and answers problems in
 * `application/problem+json` with `errors: [{ field, message }]` the widgets put on their fields.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { randomInt } from 'node:crypto';
import * as z from 'zod/mini';
import { anyEnvelopeSchema } from '../src/schemas/index.js';
import type { SubmissionStore } from './store.js';

export const MAX_BODY_BYTES = 64 * 1024;

export interface FieldError {
  field: string;
  message: string;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** What the receiver needs of a store (a fake in tests). */
export type ReceiverStore = Pick<SubmissionStore, 'get' | 'hasReference' | 'list' | 'add'>;

export interface ReceiverOptions {
  store: ReceiverStore;
  /** Other origins whose pages may post here (same-origin always may). */
  allowedOrigins: readonly string[];
  log?: (message: string) => void;
}

const uuid = z.uuid();
// zod/mini carries no messages by default: load them per request, in the submitter's language.
const messages = { en: z.locales.en().localeError, es: z.locales.es().localeError };
// No 0/O, 1/I/L or U/V: a reference read out on the phone cannot be misheard or mistyped.
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

export function createReceiver({ store, allowedOrigins, log = console.error }: ReceiverOptions) {
  const allowed = new Set(allowedOrigins);
  // The same submission sent twice at once (a retry racing its first try) waits for one answer.
  const inFlight = new Map<string, { text: string; answer: Promise<Answer> }>();

  async function post(req: IncomingMessage): Promise<Answer> {
    if (mediaType(req.headers['content-type']) !== 'application/json') {
      return problem(415, 'Send the body as application/json.');
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !uuid.safeParse(key).success) {
      return problem(422, 'An Idempotency-Key header holding a UUID is required.', [
        { field: 'envelope.id', message: 'The Idempotency-Key header must be a UUID.' },
      ]);
    }
    const raw = await readBody(req, MAX_BODY_BYTES);
    if (!raw) return { ...problem(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`), headers: { Connection: 'close' } };

    let text: string;
    let body: unknown;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
      body = JSON.parse(text);
    } catch {
      return problem(400, 'The body is not valid JSON.');
    }
    if (!isRecord(body) || body.id !== key) {
      return problem(422, 'The Idempotency-Key header must equal the body’s id.', [
        { field: 'envelope.id', message: 'The id must equal the Idempotency-Key header.' },
      ]);
    }

    const pending = inFlight.get(key);
    if (pending) return pending.text === text ? pending.answer : keyReused();
    const stored = store.get(key);
    if (stored) return stored.body === text ? { status: stored.status, body: JSON.parse(stored.response) } : keyReused();

    const answer = accept(key, text, body);
    inFlight.set(key, { text, answer });
    try {
      return await answer;
    } finally {
      inFlight.delete(key);
    }
  }

  async function accept(key: string, text: string, body: Record<string, unknown>): Promise<Answer> {
    // A field no person can see was filled in: a bot. Say no, keep nothing.
    const spam = body.spam;
    if (isRecord(spam) && typeof spam.honeypot === 'string' && spam.honeypot !== '') {
      return problem(422, 'This submission could not be accepted.', [{ field: 'honeypot', message: 'This submission could not be accepted.' }]);
    }
    const error = body.locale === 'es' ? messages.es : messages.en;
    const result = anyEnvelopeSchema.safeParse(body, { error });
    if (!result.success) {
      return problem(
        422,
        'Some answers need a change.',
        result.error.issues.map((issue) => ({ field: fieldName(issue.path), message: issue.message })),
      );
    }
    const reference = newReference();
    const response = { reference };
    await store.add({
      id: key,
      reference,
      type: result.data.type,
      receivedAt: new Date().toISOString(),
      status: 201,
      response: JSON.stringify(response),
      body: text,
    });
    return { status: 201, body: response };
  }

  function newReference(): string {
    const pick = () => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
    let reference: string;
    do reference = `SI-${pick()}-${pick()}`;
    while (store.hasReference(reference));
    return reference;
  }

  function list(): Answer {
    const records = store
      .list()
      .map(({ id, reference, type, receivedAt, status, body }) => ({ id, reference, type, receivedAt, status, body: JSON.parse(body) }));
    return { status: 200, body: records };
  }

  /** Handles every request to the endpoint's path. */
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const cors = corsHeaders(req, allowed);
    let answer: Answer;
    if (!cors) {
      answer = problem(403, 'This origin may not use this endpoint.');
    } else if (req.method === 'OPTIONS') {
      // Only another (allowed) origin needs to be told which methods and headers it may use.
      const preflight = 'Access-Control-Allow-Origin' in cors ? PREFLIGHT : {};
      answer = { status: 204, headers: { ...cors, ...preflight, Allow: ALLOW } };
    } else if (req.method === 'GET' || req.method === 'HEAD') {
      answer = { ...list(), headers: cors };
    } else if (req.method === 'POST') {
      const posted = await post(req).catch((error: unknown) => {
        log(`500 POST ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        // 5xx tells the widget to keep the submission and retry it with the same key.
        return problem(500, 'The submission could not be stored. It will be sent again.');
      });
      answer = { ...posted, headers: { ...posted.headers, ...cors } };
    } else {
      answer = { ...problem(405, 'Use GET or POST.'), headers: { Allow: ALLOW } };
    }
    send(res, answer);
    // After a refused oversized body, drop the connection rather than read the rest of it.
    if (answer.status === 413) res.once('finish', () => req.destroy());
  };
}

const ALLOW = 'GET, HEAD, POST, OPTIONS';
const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST',
  'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
  'Access-Control-Max-Age': '600',
};

/**
 * CORS headers for the request's origin, or `undefined` when that origin is refused. A request with no
 * Origin (curl, a server) or from this server's own origin is same-origin and needs none.
 */
function corsHeaders(req: IncomingMessage, allowed: ReadonlySet<string>): Record<string, string> | undefined {
  const origin = req.headers.origin;
  const vary = { Vary: 'Origin' };
  if (!origin || origin === `http://${req.headers.host}`) return vary;
  if (!allowed.has(origin)) return undefined;
  return { ...vary, 'Access-Control-Allow-Origin': origin };
}

/** The issue's path as the widget names its fields: relative to `data`, else prefixed `envelope.`. */
export function fieldName(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'data' && parts.length > 1) return parts.slice(1).join('.');
  return ['envelope', ...parts].join('.');
}

function problem(status: number, detail: string, errors: FieldError[] = []): Answer {
  return { status, body: { type: 'about:blank', title: STATUS_CODES[status], status, detail, errors } };
}

function keyReused(): Answer {
  return problem(422, 'This Idempotency-Key was already used for a different body.', [
    { field: 'envelope.id', message: 'Each new submission needs a new Idempotency-Key.' },
  ]);
}

function send(res: ServerResponse, { status, body, headers = {} }: Answer): void {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  res.writeHead(status, { ...headers, 'Cache-Control': 'no-store', ...(body === undefined ? {} : { 'Content-Type': `${type}; charset=utf-8` }) });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0].trim().toLowerCase();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the body up to `limit` bytes; `undefined` when it is larger. Stops at the limit (or at once when
 * Content-Length says so) instead of buffering whatever a client cares to send.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length']) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}
