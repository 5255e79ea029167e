/**
 * The intake: the endpoint the widgets post to (DESIGN.md, "The endpoint contract"), as a Fetch API
 * handler (`Request` → `Response`), so it runs on Node (node.ts adapts it to `http`) and in any runtime
 * that speaks Fetch. It answers POST and OPTIONS only: there is no way to read a submission through it.
 *
 * A POST goes through, in order: the Host allow-list (421), the Origin allow-list (403), the client's
 * rate limit (429 with Retry-After), the media type (415), the Idempotency-Key (422), the body's size
 * (413), UTF-8 and JSON (400), its nesting depth (400), the honeypot (422), the schema of its `type`
 * (422, a message per field in the body's language), text PostgreSQL cannot store (422), and then the
 * store, once per key: the same key with the same bytes is answered as the first time (201 with the
 * same reference), with other bytes refused (422).
 *
 * Unknown properties are ignored and never stored: the schema keeps only what it names, so a newer
 * widget's optional field never gets a submission refused, while the size and depth limits bound what
 * can be sent at all.
 */
import * as z from 'zod/mini';
import { anyEnvelopeSchema } from '../schemas/index.js';
import type { Envelope } from '../schemas/envelope.js';
import { clientKey, nestsDeeperThan, RateLimiter, readLimited, unstorableText, type RateLimit } from './limits.js';
import type { Accepted, NewSubmission } from './store.js';

/** A Fetch API handler; `client` is what the runtime knows of the other end. */
export type Handler = (request: Request, client?: ClientInfo) => Promise<Response>;

export interface ClientInfo {
  /** The peer's IP address (the proxy's, behind one). */
  address?: string;
}

export interface IntakeOptions {
  /** What the intake needs of the store (a `SubmissionStore`). */
  store: { accept(submission: NewSubmission): Promise<Accepted> };
  /**
   * The Host header values this intake answers to, with the port when it is not the scheme's default
   * (`intake.example.gov`, `127.0.0.1:8787`). Anything else is refused, which stops DNS rebinding.
   */
  allowedHosts: readonly string[];
  /** Origins of other sites whose pages may post here (`https://county.example.gov`). A page on the intake's own host always may. */
  allowedOrigins?: readonly string[];
  /** The largest body read, in bytes (default 256 KiB). */
  maxBodyBytes?: number;
  /** The deepest nesting of objects and arrays, the body itself being 1 (default 8; the widgets send 4). */
  maxDepth?: number;
  /** Posts per client (default 20 per 60 s, per instance); `false` turns it off. */
  rateLimit?: RateLimit | false;
  /**
   * Count the client by the last address in X-Forwarded-For, which the reverse proxy in front appends.
   * Only with exactly one such proxy in front, or anyone could pick their own address.
   */
  trustProxy?: boolean;
  /**
   * Called once for each submission stored for the first time (never for a retry answered from the
   * store), after the answer is decided; it must not throw or wait (the email notice: notify.ts).
   */
  onStored?: (stored: { id: string; type: string; reference: string }) => void;
  log?: (message: string) => void;
}

export const INTAKE_DEFAULTS = {
  maxBodyBytes: 256 * 1024,
  maxDepth: 8,
  rateLimit: { max: 20, perSeconds: 60 },
} as const satisfies Partial<IntakeOptions>;

export interface FieldError {
  field: string;
  message: string;
}

type Locale = Envelope['locale'];

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// Messages a person may see on the form, in the body's language (zod's own come from its locales).
const MESSAGES = {
  en: {
    notAccepted: 'This submission could not be accepted.',
    unstorable: 'This answer has a character that cannot be saved. Remove it and send again.',
    keyReused: 'Each new submission needs a new Idempotency-Key.',
  },
  es: {
    notAccepted: 'No se pudo aceptar este envío.',
    unstorable: 'Esta respuesta tiene un carácter que no se puede guardar. Quítelo y vuelva a enviarla.',
    keyReused: 'Cada envío nuevo necesita una Idempotency-Key nueva.',
  },
} satisfies Record<Locale, Record<string, string>>;
const zodMessages = { en: z.locales.en().localeError, es: z.locales.es().localeError };

const ALLOW = 'POST, OPTIONS';
const uuid = z.uuid();

function answer(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...headers, 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** An `application/problem+json` answer with `errors` the widgets put on their fields. */
export function problem(status: number, detail: string, errors: FieldError[] = [], headers: Record<string, string> = {}): Response {
  return answer(status, { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, errors }, headers);
}

/** The issue's path as the widget names its fields: relative to `data`, else prefixed `envelope.`. */
export function fieldName(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'data' && parts.length > 1) return parts.slice(1).join('.');
  return ['envelope', ...parts].join('.');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A Host header as compared: lower case, no trailing dot on the name. */
export function normalHost(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/\.(?=:\d+$|$)/, '');
}

export function createIntake(options: IntakeOptions): Handler {
  const { store, log = console.error, trustProxy = false } = options;
  const maxBodyBytes = options.maxBodyBytes ?? INTAKE_DEFAULTS.maxBodyBytes;
  const maxDepth = options.maxDepth ?? INTAKE_DEFAULTS.maxDepth;
  const hosts = new Set(options.allowedHosts.map(normalHost));
  if (hosts.size === 0) throw new Error('The intake needs at least one allowed host name (allowedHosts, SI_ALLOWED_HOSTS).');
  const origins = new Set(options.allowedOrigins ?? []);
  const limit = options.rateLimit ?? INTAKE_DEFAULTS.rateLimit;
  const limiter = limit ? new RateLimiter(limit) : undefined;

  /** CORS headers for the request's Origin, or `undefined` when that origin may not post here. */
  function corsFor(request: Request, host: string): Record<string, string> | undefined {
    const origin = request.headers.get('origin');
    // No Origin: not a browser's cross-origin request (curl, a server). A browser always sends one with a POST.
    if (origin === null) return {};
    if (origins.has(origin)) return { 'Access-Control-Allow-Origin': origin };
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return undefined; // `null` (a sandboxed frame, a file) and anything else that is not an origin
    }
    // A page on the intake's own host (its scheme may differ behind a TLS proxy).
    return normalHost(originHost) === host ? {} : undefined;
  }

  async function post(request: Request, client: ClientInfo, cors: Record<string, string>): Promise<Response> {
    if (limiter) {
      const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
      const wait = limiter.take(clientKey(forwarded || client.address));
      if (wait > 0) return problem(429, 'Too many submissions from this address. Try again later.', [], { ...cors, 'Retry-After': String(wait) });
    }
    const mediaType = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType !== 'application/json') return problem(415, 'Send the body as application/json.', [], cors);
    const key = request.headers.get('idempotency-key');
    if (key === null || !uuid.safeParse(key).success) {
      return problem(
        422,
        'An Idempotency-Key header holding a UUID is required.',
        [{ field: 'envelope.id', message: 'The Idempotency-Key header must be a UUID.' }],
        cors,
      );
    }
    const tooLarge = () => problem(413, `The body is larger than ${maxBodyBytes} bytes.`, [], cors);
    if (Number(request.headers.get('content-length')) > maxBodyBytes) return tooLarge();
    const raw = await readLimited(request.body, maxBodyBytes);
    if (!raw) return tooLarge();

    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      return problem(400, 'The body is not valid UTF-8.', [], cors);
    }
    if (nestsDeeperThan(text, maxDepth)) return problem(400, `The body nests objects or arrays deeper than ${maxDepth} levels.`, [], cors);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return problem(400, 'The body is not valid JSON.', [], cors);
    }
    if (!isRecord(body)) return problem(422, 'The body must be a JSON object (the envelope).', [], cors);
    if (body.id !== key) {
      return problem(
        422,
        'The Idempotency-Key header must equal the body’s id.',
        [{ field: 'envelope.id', message: 'The id must equal the Idempotency-Key header.' }],
        cors,
      );
    }
    const locale: Locale = body.locale === 'es' ? 'es' : 'en';
    const t = MESSAGES[locale];

    // A field no person can see was filled in: a bot. Say no, keep nothing.
    if (isRecord(body.spam) && typeof body.spam.honeypot === 'string' && body.spam.honeypot !== '') {
      return problem(422, t.notAccepted, [{ field: 'honeypot', message: t.notAccepted }], cors);
    }
    const result = anyEnvelopeSchema.safeParse(body, { error: zodMessages[locale] });
    if (!result.success) {
      const errors = result.error.issues.map((issue) => ({ field: fieldName(issue.path), message: issue.message }));
      return problem(422, 'Some answers need a change.', errors, cors);
    }
    const unstorable = unstorableText(result.data);
    if (unstorable) return problem(422, 'Some answers need a change.', [{ field: fieldName(unstorable), message: t.unstorable }], cors);

    const envelope = result.data as Envelope;
    let accepted: Accepted;
    try {
      accepted = await store.accept({ id: key, type: envelope.type, schemaVersion: envelope.schemaVersion, envelope, bodySha256: await sha256Hex(raw) });
    } catch (error) {
      log(`The intake could not store a submission: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      // 5xx tells the widget to keep the submission and send it again with the same key.
      return problem(503, 'The submission could not be stored just now. It will be sent again.', [], { ...cors, 'Retry-After': '5' });
    }
    if (accepted.outcome === 'conflict') {
      return problem(422, 'This Idempotency-Key was already used for a different body.', [{ field: 'envelope.id', message: t.keyReused }], cors);
    }
    if (accepted.outcome === 'stored' && options.onStored) {
      try {
        options.onStored({ id: key, type: envelope.type, reference: accepted.reference });
      } catch (error) {
        log(`The intake's onStored hook failed: ${String(error)}`);
      }
    }
    return answer(201, { reference: accepted.reference }, cors);
  }

  return async function intake(request: Request, client: ClientInfo = {}): Promise<Response> {
    const vary = { Vary: 'Origin' };
    const host = normalHost(request.headers.get('host') ?? new URL(request.url).host);
    if (!hosts.has(host)) return problem(421, 'This intake does not answer to that host name.', [], vary);
    if (request.method !== 'POST' && request.method !== 'OPTIONS') {
      // No GET, HEAD or anything else: submissions are read in the signed-in inbox, never here.
      return problem(405, 'This endpoint only accepts submissions (POST).', [], { ...vary, Allow: ALLOW });
    }
    const cors = corsFor(request, host);
    if (!cors) return problem(403, 'Pages on this origin may not post to this endpoint.', [], vary);
    const headers = { ...vary, ...cors };
    if (request.method === 'OPTIONS') {
      const preflight: Record<string, string> =
        'Access-Control-Allow-Origin' in cors
          ? { 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key', 'Access-Control-Max-Age': '600' }
          : {};
      return new Response(null, { status: 204, headers: { ...headers, ...preflight, Allow: ALLOW, 'Cache-Control': 'no-store' } });
    }
    try {
      return await post(request, client, headers);
    } catch (error) {
      log(`The intake failed on a POST: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return problem(500, 'The submission could not be received. It will be sent again.', [], headers);
    }
  };
}
