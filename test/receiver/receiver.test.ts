/**
 * The demo receiver against DESIGN.md "The endpoint contract", over real HTTP: each test starts its own
 * server on a free port with a fresh SQLite file and closes it at the end (one drives the receiver with a
 * fake store, to control when a write fails).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, EMBEDS_CONTENT_SECURITY_POLICY, PAGES, SITE_TEXT } from '../../demo/app.js';
import { createReceiver, MAX_BODY_BYTES, type ReceiverStore } from '../../demo/receiver.js';
import type { StoredSubmission } from '../../demo/store.js';
import { taRequestEnvelope } from '../../src/schemas/index.js';
import { post, startServer, stored, taRequest, tempDir } from './helpers.js';

const REFERENCE = /^SI-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/;

interface Problem {
  type: string;
  title: string;
  status: number;
  errors: { field: string; message: string }[];
}

async function problemOf(response: Response, status: number): Promise<Problem> {
  assert.equal(response.status, status);
  assert.match(response.headers.get('content-type') ?? '', /^application\/problem\+json/);
  const problem = (await response.json()) as Problem;
  assert.equal(problem.status, status);
  assert.ok(Array.isArray(problem.errors));
  return problem;
}

const fields = (problem: Problem) => problem.errors.map((error) => error.field);

test('the test helper builds a body the package schema accepts', () => {
  // Guards every other test: if the schema moves on, this fails first and says why.
  const result = taRequestEnvelope.safeParse(taRequest());
  assert.deepEqual(result.success ? [] : result.error.issues, []);
});

test('a valid body is stored and answered 201 with a short reference', async (t) => {
  const server = await startServer(t);
  const body = taRequest();
  const response = await post(server, body);
  assert.equal(response.status, 201);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const { reference } = (await response.json()) as { reference: string };
  assert.match(reference, REFERENCE);

  const records = await stored(server);
  assert.equal(records.length, 1);
  assert.equal(records[0].id, body.id);
  assert.equal(records[0].reference, reference);
  assert.equal(records[0].type, 'ta-request');
  assert.deepEqual(records[0].body, body);
});

test('the same Idempotency-Key again gets the first answer and keeps one record', async (t) => {
  const server = await startServer(t);
  const body = taRequest();
  const first = await post(server, body);
  const again = await post(server, body);
  assert.equal(again.status, first.status);
  assert.deepEqual(await again.json(), await first.json());
  assert.equal((await stored(server)).length, 1);
});

test('the same body sent twice at once is stored once and both get the same reference', async (t) => {
  const server = await startServer(t);
  const body = taRequest();
  const answers = await Promise.all([post(server, body), post(server, body)]);
  const [a, b] = await Promise.all(answers.map((response) => response.json()));
  assert.deepEqual(
    answers.map((response) => response.status),
    [201, 201],
  );
  assert.deepEqual(a, b);
  assert.equal((await stored(server)).length, 1);
});

test('a submission that cannot be written to disk is answered 500, kept out of the store, and its retry is stored', async (t) => {
  const folder = join(await tempDir(t), 'data');
  const server = await startServer(t, { dbPath: join(folder, 'submissions.sqlite') });
  await rm(folder, { recursive: true });
  const body = taRequest();
  await problemOf(await post(server, body), 500);
  assert.deepEqual(await stored(server), []);
  assert.ok(
    server.logs.some((line) => line.startsWith('500 POST')),
    server.logs.join('\n'),
  );

  await mkdir(folder);
  assert.equal((await post(server, body)).status, 201);
  assert.equal((await stored(server)).length, 1);
});

test('a copy that arrives while the first is still being written gets the first one’s outcome, not an early 201', async (t) => {
  // A fake store whose first write fails only once the second copy has been read, whatever the timing.
  const records = new Map<string, StoredSubmission>();
  let failFirstWrite: () => void = () => {};
  let firstWriteStarted: () => void = () => {};
  const firstWrite = new Promise<void>((resolve) => (firstWriteStarted = resolve));
  let writes = 0;
  const store: ReceiverStore = {
    get: (id) => records.get(id),
    hasReference: () => false,
    list: () => [...records.values()],
    add: (record) => {
      records.set(record.id, record);
      if (++writes > 1) return Promise.resolve();
      firstWriteStarted();
      return new Promise((_, reject) => {
        failFirstWrite = () => {
          records.delete(record.id);
          reject(new Error('disk full'));
        };
      });
    },
  };
  const receive = createReceiver({ store, allowedOrigins: [], log: () => {} });
  let requests = 0;
  const server = createServer((req, res) => {
    // Listening before the receiver does: by the next turn, the receiver has decided what to do with the body.
    if (++requests === 2) req.once('end', () => setImmediate(() => failFirstWrite()));
    void receive(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  const body = taRequest();
  const first = post({ url }, body);
  await firstWrite;
  const second = post({ url }, body);
  assert.deepEqual(
    (await Promise.all([first, second])).map((response) => response.status),
    [500, 500],
  );
  assert.equal(records.size, 0);
  assert.equal((await post({ url }, body)).status, 201);
});

test('a key reused for a different body is refused and the first record is kept', async (t) => {
  const server = await startServer(t);
  const body = taRequest();
  await post(server, body);
  const problem = await problemOf(await post(server, { ...body, data: { ...body.data, county: 'Another' } }), 422);
  assert.deepEqual(fields(problem), ['envelope.id']);
  const records = await stored(server);
  assert.equal(records.length, 1);
  assert.deepEqual(records[0].body, body);
});

test('an invalid body is answered 422 naming each field, and nothing is stored', async (t) => {
  const server = await startServer(t);
  const body = taRequest({ email: 'not-an-email', preferredDates: ['2027-03-15', 'soon'] }, { locale: 'fr' });
  const problem = await problemOf(await post(server, body), 422);
  assert.deepEqual(fields(problem).sort(), ['email', 'envelope.locale', 'preferredDates.1']);
  for (const error of problem.errors) assert.ok(error.message.length > 0 && error.message !== 'Invalid input', `a real message for ${error.field}`);
  assert.deepEqual(await stored(server), []);
});

test('the field messages follow the body’s locale', async (t) => {
  const server = await startServer(t);
  const english = await problemOf(await post(server, taRequest({ email: 'x' })), 422);
  const spanish = await problemOf(await post(server, taRequest({ email: 'x' }, { locale: 'es' })), 422);
  assert.deepEqual(fields(spanish), ['email']);
  assert.notEqual(spanish.errors[0].message, english.errors[0].message);
});

test('an unknown type is refused on envelope.type', async (t) => {
  const server = await startServer(t);
  const problem = await problemOf(await post(server, taRequest({}, { type: 'not-a-type' })), 422);
  assert.deepEqual(fields(problem), ['envelope.type']);
});

test('a body that is not JSON is answered 400 problem+json', async (t) => {
  const server = await startServer(t);
  await problemOf(await post(server, '{"type": "ta-request",', { key: randomUUID() }), 400);
  assert.deepEqual(await stored(server), []);
});

test('a content type other than application/json is answered 415', async (t) => {
  const server = await startServer(t);
  await problemOf(await post(server, taRequest(), { contentType: 'text/plain' }), 415);
  await problemOf(await post(server, taRequest(), { contentType: 'application/x-www-form-urlencoded' }), 415);
  assert.deepEqual(await stored(server), []);
});

test('application/json with a charset is accepted', async (t) => {
  const server = await startServer(t);
  assert.equal((await post(server, taRequest(), { contentType: 'application/json; charset=utf-8' })).status, 201);
});

test('a missing, malformed or mismatched Idempotency-Key is answered 422 on envelope.id', async (t) => {
  const server = await startServer(t);
  for (const key of [null, 'not-a-uuid', randomUUID()]) {
    const problem = await problemOf(await post(server, taRequest(), { key }), 422);
    assert.deepEqual(fields(problem), ['envelope.id'], `key ${key}`);
  }
  assert.deepEqual(await stored(server), []);
});

test('a body of exactly 64 KiB is read; one byte more is answered 413', async (t) => {
  const server = await startServer(t);
  // Whitespace after the JSON keeps it valid, so the size limit is all that differs.
  const pad = (body: object, size: number) => JSON.stringify(body).padEnd(size, ' ');
  const fits = taRequest();
  assert.equal((await post(server, pad(fits, MAX_BODY_BYTES), { key: fits.id })).status, 201);
  const tooBig = taRequest();
  await problemOf(await post(server, pad(tooBig, MAX_BODY_BYTES + 1), { key: tooBig.id }), 413);
  assert.deepEqual(
    (await stored(server)).map((record) => record.id),
    [fits.id],
  );
});

test('a streamed body with no Content-Length is cut off at 64 KiB with 413', async (t) => {
  const server = await startServer(t);
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(new URL('api/submissions', server.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'Transfer-Encoding': 'chunked' },
    });
    req.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.on('error', reject);
    // Keep sending well past the limit: the server must answer rather than wait for the end.
    const chunk = Buffer.alloc(16 * 1024, ' ');
    let sent = 0;
    const pump = () => {
      while (sent < 1024 * 1024 && req.write(chunk)) sent += chunk.length;
    };
    req.on('drain', pump);
    req.on('close', () => req.off('drain', pump));
    pump();
  });
  assert.equal(status, 413);
  assert.deepEqual(await stored(server), []);
});

test('a filled honeypot is answered 422 on honeypot and nothing is stored', async (t) => {
  const server = await startServer(t);
  const problem = await problemOf(await post(server, taRequest({}, { spam: { honeypot: 'https://spam.example', fillMs: 900 } })), 422);
  assert.deepEqual(fields(problem), ['honeypot']);
  assert.deepEqual(await stored(server), []);
  // An empty honeypot is what a person sends.
  assert.equal((await post(server, taRequest({}, { spam: { honeypot: '', fillMs: 45000 } }))).status, 201);
});

test('a restart keeps every record, still listed on /submissions', async (t) => {
  const first = await startServer(t);
  const body = taRequest({ agency: 'Juniper Hollow Schools & Youth Services' });
  const { reference } = (await (await post(first, body)).json()) as { reference: string };
  await first.close();

  const second = await startServer(t, { dbPath: first.dbPath });
  const records = await stored(second);
  assert.deepEqual(
    records.map((record) => record.reference),
    [reference],
  );
  const page = await (await fetch(new URL('submissions', second.url))).text();
  assert.ok(page.includes(`<h2>${reference}</h2>`), 'the reference is on the page');
  assert.ok(page.includes('Juniper Hollow Schools &amp; Youth Services'), 'the agency is on the page, escaped');
  // The key still answers the same after the restart: a late retry is not stored twice.
  const again = await post(second, body);
  assert.deepEqual(await again.json(), { reference });
  assert.equal((await stored(second)).length, 1);
});

test('/submissions lists the newest first and escapes what people sent', async (t) => {
  const server = await startServer(t);
  const older = taRequest({ agency: 'First Agency' });
  await post(server, older);
  const attack = '<script>alert("x")</script>';
  await post(server, taRequest({ agency: attack, goals: `</pre></details>${attack}` }));

  const response = await fetch(new URL('submissions', server.url));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const page = await response.text();
  assert.ok(!page.includes('<script>alert'), 'no script from stored data');
  assert.ok(!page.includes('</pre></details><'), 'no markup from stored data');
  assert.ok(page.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'), 'the agency shown as text');
  assert.ok(page.indexOf('&lt;script&gt;') < page.indexOf('First Agency'), 'newest first');
});

test('CORS: an allowed origin may preflight and post; same-origin always may', async (t) => {
  const allowed = 'https://county.example.gov';
  const server = await startServer(t, { allowedOrigins: [allowed] });
  const endpoint = new URL('api/submissions', server.url);

  const preflight = await fetch(endpoint, {
    method: 'OPTIONS',
    headers: { Origin: allowed, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type, idempotency-key' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), allowed);
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /\bPOST\b/);
  const allowHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  assert.ok(allowHeaders.includes('content-type') && allowHeaders.includes('idempotency-key'), allowHeaders);
  assert.equal(preflight.headers.get('access-control-allow-credentials'), null);

  const crossOrigin = await post(server, taRequest(), { origin: allowed });
  assert.equal(crossOrigin.status, 201);
  assert.equal(crossOrigin.headers.get('access-control-allow-origin'), allowed);

  const sameOrigin = await post(server, taRequest(), { origin: new URL(server.url).origin });
  assert.equal(sameOrigin.status, 201);
  assert.equal(sameOrigin.headers.get('access-control-allow-origin'), null);
});

test('CORS: any other origin is refused, gets no CORS headers, and nothing is stored', async (t) => {
  const server = await startServer(t, { allowedOrigins: ['https://county.example.gov'] });
  const endpoint = new URL('api/submissions', server.url);
  const origin = 'https://elsewhere.example';

  const preflight = await fetch(endpoint, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
  assert.equal(preflight.status, 403);
  assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  assert.equal(preflight.headers.get('access-control-allow-methods'), null);

  const posted = await post(server, taRequest(), { origin });
  assert.equal(posted.status, 403);
  assert.equal(posted.headers.get('access-control-allow-origin'), null);
  const listed = await fetch(endpoint, { headers: { Origin: origin } });
  assert.equal(listed.status, 403);
  assert.deepEqual(await stored(server), []);
});

test('every page is served 200 under the strict CSP with the safety headers', async (t) => {
  const server = await startServer(t);
  for (const path of Object.keys(PAGES)) {
    const response = await fetch(new URL(path, server.url));
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/, path);
    assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff', path);
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer', path);
    const html = await response.text();
    assert.ok(html.includes('<script type="module" src="/cdn/loader.js"></script>'), `${path} loads the library`);
    assert.ok(html.includes('<si-hotline-banner>'), `${path} has the banner`);
    assert.ok(!/<script(?![^>]*\bsrc=)/.test(html) && !/\sstyle=/.test(html), `${path} has no inline script or style`);
    const page = PAGES[path];
    assert.ok(html.includes(`<html lang="${page.lang}">`), `${path} says its language`);
    assert.ok(html.includes(`<title>${page.title} | ${SITE_TEXT[page.lang].county}</title>`), `${path} has its own title`);
    const other = page.lang === 'en' ? 'es' : 'en';
    assert.ok(
      html.includes(`<a href="${page.counterpart}" lang="${other}" hreflang="${other}">${SITE_TEXT[page.lang].otherLanguageLink}</a>`),
      `${path} links to itself in the other language, named in that language`,
    );
    assert.equal(PAGES[page.counterpart].counterpart, path, `${path} and ${page.counterpart} are each other's counterparts`);
    assert.ok(!/\{\{\w+\}\}/.test(html), `${path} has every placeholder filled`);
    assert.deepEqual(
      [...html.matchAll(/<a href="([^"]*)" aria-current="page">/g)].map((match) => match[1]),
      [path],
      `${path} is marked in the navigation, alone`,
    );
    assert.ok(!html.includes('<!--main-->') && html.includes('<h1>'), `${path} has its main content in the frame`);
  }
  const strict = await fetch(new URL('strict-csp', server.url));
  assert.equal(
    strict.headers.get('content-security-policy'),
    "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  );
  assert.match((await fetch(new URL('site.css', server.url))).headers.get('content-type') ?? '', /^text\/css/);
});

test('unknown routes are 404; a missing library file is 404 with a clear log line, and the server carries on', async (t) => {
  const server = await startServer(t, { cdnRoot: await tempDir(t) });
  assert.equal((await fetch(new URL('nope', server.url))).status, 404);
  assert.equal((await fetch(new URL('api/other', server.url))).status, 404);

  const missing = await fetch(new URL('cdn/survivor-informed-widgets.js', server.url));
  assert.equal(missing.status, 404);
  assert.match(await missing.text(), /npm run build:cdn/);
  assert.ok(
    server.logs.some((line) => line.includes('survivor-informed-widgets.js') && line.includes('npm run build:cdn')),
    server.logs.join('\n'),
  );
  assert.equal((await fetch(server.url)).status, 200);
});

test('the library file is served as JavaScript when it is built', async (t) => {
  const cdnRoot = await tempDir(t);
  await writeFile(join(cdnRoot, 'survivor-informed-widgets.js'), 'export {};\n');
  const server = await startServer(t, { cdnRoot });
  const response = await fetch(new URL('cdn/survivor-informed-widgets.js', server.url));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
  assert.equal(await response.text(), 'export {};\n');
});

test('the embed pages are served under their own policy, and say how to build them when they are not built', async (t) => {
  const embedsRoot = await tempDir(t);
  const server = await startServer(t, { embedsRoot });

  const plain = await fetch(new URL('embeds/html', server.url));
  assert.equal(plain.status, 200);
  assert.equal(plain.headers.get('content-security-policy'), EMBEDS_CONTENT_SECURITY_POLICY);
  assert.match(plain.headers.get('content-security-policy') ?? '', /trusted-types lit-html vue$/);
  assert.match(await plain.text(), /<script type="module" src="\/cdn\/survivor-informed-widgets\.js"><\/script>/);
  assert.match((await fetch(new URL('embeds/html-events.js', server.url))).headers.get('content-type') ?? '', /^text\/javascript/);

  const react = await fetch(new URL('embeds/react', server.url));
  assert.equal(react.status, 404);
  assert.match(await react.text(), /npm run build:embeds/);

  await mkdir(join(embedsRoot, 'assets'));
  await writeFile(join(embedsRoot, 'vue.html'), '<!doctype html><title>vue</title>');
  await writeFile(join(embedsRoot, 'assets', 'vue-abc123.js'), 'export {};\n');
  assert.equal(await (await fetch(new URL('embeds/vue', server.url))).text(), '<!doctype html><title>vue</title>');
  assert.equal(await (await fetch(new URL('embeds/assets/vue-abc123.js', server.url))).text(), 'export {};\n');
  assert.equal((await fetch(new URL('embeds/assets/%2e%2e%2fvue.html', server.url))).status, 404, 'no way out of the folder');
});
