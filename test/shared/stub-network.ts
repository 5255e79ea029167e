/**
 * The one stand-in network of the stories and the tests. It wraps `window.fetch` once per page and
 * answers requests to the reserved `.test` origins that stand-in endpoints register, each path like a
 * receiver would (accept, refuse, hang, fail); every other request reaches the real fetch untouched.
 */
export interface StubCall {
  url: string;
  init: RequestInit;
}

/** How one path answers; `key` is the request's Idempotency-Key. */
export type StubAnswer = (request: { signal: AbortSignal | null | undefined; key: string }) => Promise<Response>;

const endpoints = new Map<string, { routes: Readonly<Record<string, StubAnswer>>; calls: StubCall[] }>();
let installed = false;

/**
 * Answers requests to `origin` (`https://ta-intake.test`) by path; unknown paths get 404. Every request
 * it answers is appended to `calls`. Registering the same origin again changes nothing.
 */
export function registerStubEndpoint(origin: string, routes: Readonly<Record<string, StubAnswer>>, calls: StubCall[]): void {
  if (!endpoints.has(origin)) endpoints.set(origin, { routes, calls });
  if (installed) return;
  installed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = input instanceof Request ? input.url : String(input);
    const endpoint = URL.canParse(url) ? endpoints.get(new URL(url).origin) : undefined;
    if (!endpoint) return realFetch(input, init);
    endpoint.calls.push({ url, init });
    const answer = endpoint.routes[new URL(url).pathname] ?? (() => reply.json(404, { title: 'Not found' }));
    return answer({ signal: init.signal, key: new Headers(init.headers).get('Idempotency-Key') ?? '' });
  };
}

/** What stand-in endpoints answer. */
export const reply = {
  /** JSON, as `application/problem+json` for a status of 300 or more. */
  json: (status: number, body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json', ...headers } }),
    ),
  /** Never answers; rejects as fetch does when the request is aborted. */
  never: (signal: AbortSignal | null | undefined): Promise<Response> =>
    new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true })),
  /** Fails as a lost connection does. */
  networkError: (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch')),
  /** JSON-looking bytes, 64 KiB at a time, forever, with no Content-Length: only a byte limit stops it. `onChunk` counts what was pulled. */
  endless: (onChunk: () => void = () => undefined): Promise<Response> => {
    const chunk = new TextEncoder().encode(`[${' '.repeat(64 * 1024 - 2)}]`);
    const body = new ReadableStream({
      pull(controller) {
        onChunk();
        controller.enqueue(chunk);
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/json' } }));
  },
};
