/**
 * What bounds a request before the schema sees it: the body's size, its nesting depth, what can be
 * stored, and how often one client may post.
 */

/**
 * Reads a body stream up to `limit` bytes; `undefined` as soon as it is larger (the rest is left
 * unread, and the Node adapter closes the connection after answering).
 */
export async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) return undefined;
      chunks.push(value);
    }
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Whether JSON text nests objects and arrays deeper than `limit` (the body itself is level 1). Scans
 * the text before it is parsed, so a body 5,000 levels deep costs one pass and no recursion.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) {
      inString = true;
    } else if (char === 0x7b || char === 0x5b) {
      if (++depth > limit) return true;
    } else if (char === 0x7d || char === 0x5d) {
      depth--;
    }
  }
  return false;
}

const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string (or key) PostgreSQL cannot store as JSON text: a NUL character, or half
 * of a surrogate pair (JSON can spell both as `\u` escapes). `undefined` when there is none.
 */
export function unstorableText(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (UNSTORABLE.test(key)) return [...path, key];
    const found = unstorableText(child, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}

export interface RateLimit {
  /** Posts one client may make in a burst. */
  max: number;
  /** The seconds in which a client's full allowance comes back. */
  perSeconds: number;
}

/**
 * A token bucket per client, in this process's memory: `max` posts at once, refilled evenly over
 * `perSeconds`. Behind a load balancer each instance counts on its own. The least recently seen clients
 * are forgotten first once `maxClients` are tracked.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 100_000,
  ) {}

  /** The seconds until the client may act again (0: now), taking nothing from its allowance. */
  wait(client: string): number {
    const bucket = this.buckets.get(client);
    if (!bucket) return 0;
    const ratePerMs = this.limit.max / (this.limit.perSeconds * 1000);
    const tokens = Math.min(this.limit.max, bucket.tokens + (this.now() - bucket.at) * ratePerMs);
    return tokens >= 1 ? 0 : Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000));
  }

  /** Takes one post from the client's allowance: 0 when allowed, else the seconds until it is. */
  take(client: string): number {
    const now = this.now();
    const ratePerMs = this.limit.max / (this.limit.perSeconds * 1000);
    const bucket = this.buckets.get(client);
    let tokens = this.limit.max;
    if (bucket) {
      tokens = Math.min(this.limit.max, bucket.tokens + (now - bucket.at) * ratePerMs);
      this.buckets.delete(client); // re-inserted below: the map stays in least-recently-seen order
    } else if (this.buckets.size >= this.maxClients) {
      this.buckets.delete(this.buckets.keys().next().value!);
    }
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000));
    }
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    return 0;
  }
}

/**
 * The client a rate limit counts: the address, with IPv4-mapped IPv6 as IPv4, and IPv6 by its /64
 * (one home or office network gets one /64 and can change the rest at will).
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
