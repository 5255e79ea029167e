/**
 * Node's `http` for the Fetch handlers: the adapter, the server's timeouts and limits, and a prefix
 * router so the intake and, beside it, the coordinator's inbox each get their own path.
 */
import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { ClientInfo, Handler } from './intake.js';
import { problem } from './intake.js';

export interface TimeoutSettings {
  /** Time allowed to send the request's headers (default 10 s). */
  headersTimeoutMs?: number;
  /** Time allowed to send the whole request, body included (default 20 s). */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open (default 5 s). */
  keepAliveTimeoutMs?: number;
}

export const TIMEOUT_DEFAULTS = { headersTimeoutMs: 10_000, requestTimeoutMs: 20_000, keepAliveTimeoutMs: 5_000 } as const;

/**
 * Options for `http.createServer`: a client that sends its headers or body slowly is cut off (408)
 * after the timeouts, checked every second rather than Node's default 30, and headers are capped at
 * 16 KiB.
 */
export function serverOptions(settings: TimeoutSettings = {}): ServerOptions {
  const { headersTimeoutMs, requestTimeoutMs, keepAliveTimeoutMs } = { ...TIMEOUT_DEFAULTS, ...settings };
  return {
    headersTimeout: Math.min(headersTimeoutMs, requestTimeoutMs),
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, Math.max(50, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 4))),
    maxHeaderSize: 16 * 1024,
  };
}

/** Routes by path: an exact path, or a prefix ending in `/` (`/inbox/`); anything else is 404. */
export function mount(routes: Readonly<Record<string, Handler>>): Handler {
  const entries = Object.entries(routes).sort(([a], [b]) => b.length - a.length);
  return async (request, client) => {
    const { pathname } = new URL(request.url);
    const route = entries.find(([path]) => (path.endsWith('/') ? pathname.startsWith(path) : pathname === path));
    return route ? route[1](request, client) : problem(404, 'Nothing is here.');
  };
}

/** The request as a Fetch `Request`, its body streamed; `undefined` when its Host cannot make a URL. */
export function toRequest(req: IncomingMessage): Request | undefined {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host ?? ''}`);
  } catch {
    return undefined;
  }
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // @ts-expect-error Node's fetch needs `duplex` for a streamed body; the DOM types do not have it yet.
    duplex: 'half',
  });
}

/** Writes a Fetch `Response` to Node's response. */
export async function sendResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * A Fetch handler as a listener for `http.createServer` (or for one path of a larger Node server).
 * A body the handler did not read to its end (refused early, or too large) is not read any further:
 * the connection closes once the answer is sent.
 */
export function toNodeListener(handler: Handler, log: (message: string) => void = console.error): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void (async () => {
      const request = toRequest(req);
      const client: ClientInfo = { address: req.socket.remoteAddress };
      let response: Response;
      try {
        response = request ? await handler(request, client) : problem(400, 'The Host header is not a host name.');
      } catch (error) {
        log(`500 ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        response = problem(500, 'Something went wrong.');
      }
      const unread = req.method !== 'GET' && req.method !== 'HEAD' && !req.readableEnded;
      if (unread) res.setHeader('Connection', 'close');
      await sendResponse(res, response);
      if (unread) res.once('finish', () => req.destroy());
    })().catch((error: unknown) => {
      log(`Could not answer ${req.method} ${req.url}: ${String(error)}`);
      res.destroy();
    });
  };
}

/**
 * Stops a server: no new connections, idle keep-alive ones closed at once, requests under way given
 * `graceMs` to finish (then their connections are closed too).
 */
export async function closeServer(server: Server, graceMs = 5000): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  timer.unref();
  await closed;
  clearTimeout(timer);
}
