/**
 * What the intake refuses before the schema sees a body, tried as an attacker would, over real HTTP
 * (node:http where fetch cannot say it: another Host, slow sockets): no read route, the Host and
 * Origin rules, the body's size and depth, the server's timeouts, the rate limit, and a store that
 * fails. One PGlite database in memory serves every receiver here.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { request } from 'node:http';
import { clientKey, createIntake, RateLimiter, SubmissionStore, toNodeListener, type Accepted } from '../../src/receiver/index.js';
import { post, raw, receiverOn, suiteCleanup, taRequest, type Problem } from './helpers.js';

let store: SubmissionStore;
const cleanup = suiteCleanup();
before(async () => {
  store = await SubmissionStore.open();
});
after(async () => {
  await cleanup.run();
  await store.close();
});

describe('no read route', () => {
  it('GET, HEAD, PUT, PATCH and DELETE on the intake answer 405 with nothing stored in them; paths below it are 404', async () => {
    const receiver = await receiverOn(cleanup, store);
    const body = taRequest({ requesterName: 'Private Person', email: 'private.person@example.org' });
    assert.equal((await post(receiver, body)).status, 201);
    for (const method of ['GET', 'HEAD', 'PUT', 'PATCH', 'DELETE']) {
      const answer = await raw(receiver.url, { method, headers: { Host: new URL(receiver.url).host } });
      assert.equal(answer.status, 405, method);
      assert.equal(answer.headers.allow, 'POST, OPTIONS');
      assert.ok(!answer.body.includes('Private Person') && !answer.body.includes('private.person'), `${method} shows nothing stored`);
      assert.equal(answer.headers['access-control-allow-origin'], undefined);
    }
    for (const path of [`/api/submissions/${body.id}`, '/api/submissions/', '/api/submissions.json', '/api/submissions?all=1']) {
      const answer = await raw(receiver.url, { path, headers: { Host: new URL(receiver.url).host } });
      assert.ok(answer.status === 404 || answer.status === 405, `${path}: ${answer.status}`);
      assert.ok(!answer.body.includes('Private Person'), path);
    }
  });
});

describe('Host and Origin', () => {
  const allowed = 'https://county.example.gov';
  let receiver: { url: string };
  before(async () => {
    receiver = await receiverOn(cleanup, store, { allowedOrigins: [allowed] });
  });

  it('answers only to its own host names: another Host (DNS rebinding) gets 421 and stores nothing', async () => {
    const body = taRequest();
    const json = JSON.stringify(body);
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': body.id };
    for (const host of ['attacker.example', `attacker.example:${new URL(receiver.url).port}`, '127.0.0.1:1']) {
      const answer = await raw(receiver.url, { method: 'POST', headers: { ...headers, Host: host }, body: json });
      assert.equal(answer.status, 421, host);
      assert.equal((JSON.parse(answer.body) as Problem).title, 'Misdirected Request');
    }
    // No Host at all (HTTP/1.1 requires one).
    const { hostname, port } = new URL(receiver.url);
    const noHost = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.end(
          `POST /api/submissions HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: ${body.id}\r\nContent-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`,
        ),
      );
      let received = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (received += chunk));
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
    });
    assert.match(noHost, /^HTTP\/1\.1 (400|421)/);
    assert.equal(await store.get(body.id), undefined);
    const own = await raw(receiver.url, { method: 'POST', headers: { ...headers, Host: `LOCALHOST:${new URL(receiver.url).port}` }, body: json });
    assert.equal(own.status, 201, 'its own name, in any case');
  });

  it('lets an allowed origin preflight and post, with CORS headers on those answers only', async () => {
    const preflight = await fetch(new URL('api/submissions', receiver.url), {
      method: 'OPTIONS',
      headers: { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), allowed);
    assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
    const allowHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    assert.ok(allowHeaders.includes('content-type') && allowHeaders.includes('idempotency-key'), allowHeaders);
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
    assert.match(preflight.headers.get('vary') ?? '', /Origin/);

    const posted = await post(receiver, taRequest(), { origin: allowed });
    assert.equal(posted.status, 201);
    assert.equal(posted.headers.get('access-control-allow-origin'), allowed);
    const refused = await post(receiver, taRequest({ email: 'x' }), { origin: allowed });
    assert.equal(refused.status, 422);
    assert.equal(refused.headers.get('access-control-allow-origin'), allowed, 'the page can read why');

    const read = await fetch(new URL('api/submissions', receiver.url), { headers: { Origin: allowed } });
    assert.equal(read.status, 405);
    assert.equal(read.headers.get('access-control-allow-origin'), null, 'no CORS on anything but POST and OPTIONS');
  });

  it('lets a page on its own host post without CORS headers, and a client with no Origin (curl)', async () => {
    const sameHost = await post(receiver, taRequest(), { origin: new URL(receiver.url).origin });
    assert.equal(sameHost.status, 201);
    assert.equal(sameHost.headers.get('access-control-allow-origin'), null);
    assert.equal((await post(receiver, taRequest())).status, 201);
  });

  it('refuses any other origin, null included, with no CORS headers, and stores nothing', async () => {
    for (const origin of ['https://elsewhere.example', 'null', 'http://county.example.gov', 'https://county.example.gov.attacker.example']) {
      const preflight = await fetch(new URL('api/submissions', receiver.url), {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
      });
      assert.equal(preflight.status, 403, origin);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null);
      assert.equal(preflight.headers.get('access-control-allow-methods'), null);
      const body = taRequest();
      const posted = await post(receiver, body, { origin });
      assert.equal(posted.status, 403, origin);
      assert.equal(posted.headers.get('access-control-allow-origin'), null);
      assert.equal(await store.get(body.id), undefined);
    }
  });
});

describe('limits', () => {
  it('reads a body of exactly the limit; one byte more is 413, by Content-Length or as it streams', async () => {
    const limit = 16 * 1024;
    const receiver = await receiverOn(cleanup, store, { maxBodyBytes: limit });
    // Whitespace after the JSON keeps it valid, so the size is all that differs.
    const pad = (body: object, size: number) => JSON.stringify(body).padEnd(size, ' ');
    const fits = taRequest();
    assert.equal((await post(receiver, pad(fits, limit), { key: fits.id })).status, 201);
    const tooBig = taRequest();
    const answer = await post(receiver, pad(tooBig, limit + 1), { key: tooBig.id });
    assert.equal(answer.status, 413);
    assert.equal(await store.get(tooBig.id), undefined);

    // Chunked, with no Content-Length, and far past the limit: answered without waiting for the end.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(new URL('api/submissions', receiver.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID(), 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(16 * 1024, ' ');
      let sent = 0;
      const pump = () => {
        while (sent < 8 * 1024 * 1024 && req.write(chunk)) sent += chunk.length;
      };
      req.on('drain', pump);
      req.on('close', () => req.off('drain', pump));
      pump();
    });
    assert.equal(status, 413);
  });

  it('refuses a body nested 5,000 levels deep (30 KB) with 400, and takes the widgets’ 4 levels and more up to the limit', async () => {
    const receiver = await receiverOn(cleanup, store);
    const deep = taRequest();
    const text = JSON.stringify(deep).replace(/}$/, `,"x":${'['.repeat(5000)}${']'.repeat(5000)}}`);
    assert.ok(text.length > 10_000);
    const answer = await post(receiver, text, { key: deep.id });
    assert.equal(answer.status, 400);
    assert.match(((await answer.json()) as Problem).detail, /deeper than 8 levels/);
    assert.equal(await store.get(deep.id), undefined);

    // Brackets inside strings are text, not nesting.
    const eight = taRequest({ goals: '[[[[[[[[[[{{{{{{{{{{ nested in words only' });
    const atLimit = JSON.stringify(eight).replace(/}$/, ',"future":{"a":{"b":{"c":{"d":{"e":{"f":{}}}}}}}}');
    assert.equal((await post(receiver, atLimit, { key: eight.id })).status, 201);
  });

  it('closes a connection that sends its headers or its body too slowly (408), so slow sockets cannot pile up', async () => {
    const receiver = await receiverOn(cleanup, store, { headersTimeoutMs: 300, requestTimeoutMs: 600 });
    const { hostname, port } = new URL(receiver.url);
    const slow = (lines: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), hostname, () => socket.write(lines));
        let received = '';
        socket.setEncoding('utf8');
        socket.on('data', (chunk: string) => (received += chunk));
        socket.on('close', () => resolve(received));
        socket.on('error', reject);
      });
    // Headers never finished.
    const headers = await slow(`POST /api/submissions HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n`);
    assert.match(headers, /^HTTP\/1\.1 408/);
    // Headers sent, then a body that never arrives.
    const body = await slow(
      `POST /api/submissions HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\nIdempotency-Key: ${crypto.randomUUID()}\r\nContent-Length: 5000\r\n\r\n{"type":`,
    );
    assert.match(body, /^HTTP\/1\.1 408|^$/, `answered 408 or closed: ${body.slice(0, 40)}`);
  });

  it('answers a client over its rate limit 429 with Retry-After, and counts each client on its own', async () => {
    const receiver = await receiverOn(cleanup, store, { rateLimit: { max: 3, perSeconds: 600 }, trustProxy: true });
    const from = (address: string) => ({ headers: { 'X-Forwarded-For': `203.0.113.9, ${address}` } });
    for (let i = 0; i < 3; i++) assert.equal((await post(receiver, taRequest(), from('198.51.100.7'))).status, 201);
    const over = await post(receiver, taRequest(), from('198.51.100.7'));
    assert.equal(over.status, 429);
    assert.equal(over.headers.get('retry-after'), '200');
    assert.equal((await post(receiver, taRequest(), from('198.51.100.8'))).status, 201, 'another client');
    // The first address in X-Forwarded-For is whatever the client wrote; only the proxy's last one counts.
    assert.equal((await post(receiver, taRequest(), { headers: { 'X-Forwarded-For': '10.9.9.9, 198.51.100.7' } })).status, 429);
  });

  it('refills a client’s allowance evenly, and forgets the least recently seen clients first', () => {
    let now = 0;
    const limiter = new RateLimiter({ max: 2, perSeconds: 60 }, () => now, 2);
    assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('a')], [0, 0, 30]);
    now = 29_000;
    assert.equal(limiter.take('a'), 1);
    now = 30_000;
    assert.equal(limiter.take('a'), 0);
    limiter.take('b');
    limiter.take('c'); // the map holds 2: a, the least recently seen, is forgotten
    assert.equal(limiter.take('a'), 0);
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped address as IPv4', () => {
    assert.equal(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:db8:1:2::1'), '2001:db8:1:2::/64');
    assert.equal(clientKey('2001:0db8::1'), '2001:db8:0:0::/64');
    assert.equal(clientKey('::ffff:192.0.2.1'), '192.0.2.1');
    assert.equal(clientKey('192.0.2.1'), '192.0.2.1');
    assert.equal(clientKey(undefined), 'unknown');
  });
});

describe('a store that fails', () => {
  it('answers 503 with Retry-After (the widget keeps the submission and retries) and logs why', async () => {
    const failing = { accept: (): Promise<Accepted> => Promise.reject(new Error('disk full')) };
    const logs: string[] = [];
    const intake = createIntake({ store: failing, allowedHosts: ['127.0.0.1:1'], rateLimit: false, log: (line) => logs.push(line) });
    const body = taRequest();
    const response = await intake(
      new Request('http://127.0.0.1:1/api/submissions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
        body: JSON.stringify(body),
      }),
    );
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('retry-after'), '5');
    assert.ok(logs.some((line) => line.includes('disk full')));
    assert.equal(typeof toNodeListener(intake), 'function');
  });
});
