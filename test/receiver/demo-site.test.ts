/**
 * The demo site (demo/app.ts) as a county's visitor and its coordinator see it: every page under the
 * strict CSP, the library and embed files, the header's link to the signed-in inbox (the only place
 * what was sent can be read: the intake has no read route, and the old open page is gone), the
 * coordinator account `npm start` makes once, and the retention the form states. The servers share
 * one PGlite database in memory.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CONTENT_SECURITY_POLICY,
  createDemoServer,
  DEMO_COORDINATOR,
  EMBEDS_CONTENT_SECURITY_POLICY,
  PAGES,
  SITE_TEXT,
  type DemoServer,
} from '../../demo/app.js';
import { INBOX_CONTENT_SECURITY_POLICY, SubmissionStore } from '../../src/receiver/index.js';
import { post, taRequest, tempDir } from './helpers.js';
import { addAccount, InboxClient } from './inbox-helpers.js';

let store: SubmissionStore;
before(async () => {
  store = await SubmissionStore.open();
});
after(() => store.close());

interface TestServer extends DemoServer {
  logs: string[];
}

/** A demo server on a free port around the shared store, closed when the test ends. */
async function startServer(t: { after(fn: () => unknown): void }, options: { cdnRoot?: string; embedsRoot?: string } = {}): Promise<TestServer> {
  const logs: string[] = [];
  const server = await createDemoServer({ port: 0, store, log: (message) => logs.push(message), ...options });
  t.after(() => server.close());
  return { ...server, logs };
}

test('the demo’s widgets post to the package’s intake, and what it stored is read only in the signed-in inbox', async (t) => {
  const server = await startServer(t);
  const body = taRequest({ agency: '<script>alert("x")</script>' });
  const { reference } = (await (await post(server, body)).json()) as { reference: string };
  assert.equal((await fetch(new URL('api/submissions', server.url))).status, 405, 'the intake has no read route');
  for (const path of ['submissions', 'es/submissions']) assert.equal((await fetch(new URL(path, server.url))).status, 404, `/${path} is gone`);

  const anonymous = await fetch(new URL('inbox/', server.url), { redirect: 'manual' });
  assert.equal(anonymous.status, 303);
  assert.match(anonymous.headers.get('location') ?? '', /^\/inbox\/sign-in\?/);
  assert.equal(anonymous.headers.get('content-security-policy'), INBOX_CONTENT_SECURITY_POLICY, 'the inbox’s own, stricter policy');
  assert.equal((await fetch(new URL('inbox', server.url), { redirect: 'manual' })).headers.get('location'), '/inbox/');

  await addAccount(store, 'demo-reader');
  const client = new InboxClient(server.url);
  assert.equal((await client.signIn('demo-reader')).status, 303);
  const list = await client.get('inbox/');
  assert.ok(list.text.includes(`>${reference}</a>`), 'the request is in the inbox');
  assert.ok(list.text.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;') && !list.text.includes('<script>alert'), 'as text');
});

test('npm start makes the coordinator account once, with a random password that signs in', async (t) => {
  const own = await SubmissionStore.open();
  t.after(() => own.close());
  const first = await createDemoServer({ port: 0, store: own, createCoordinator: true, log: () => {} });
  t.after(() => first.close());
  assert.equal(first.coordinator?.username, DEMO_COORDINATOR);
  assert.match(first.coordinator?.password ?? '', /^([a-z2-9]{4}-){4}[a-z2-9]{4}$/);
  const [row] = await own.db.query<{ password_hash: string }>('SELECT password_hash FROM si_users');
  assert.match(row.password_hash, /^scrypt\$32768\$8\$3\$/, 'stored as a scrypt hash');
  assert.ok(!row.password_hash.includes(first.coordinator!.password));
  assert.equal((await new InboxClient(first.url).signIn(DEMO_COORDINATOR, first.coordinator!.password)).status, 303);

  const second = await createDemoServer({ port: 0, store: own, createCoordinator: true, log: () => {} });
  t.after(() => second.close());
  assert.equal(second.coordinator, undefined, 'the next start makes none and prints none');
  const other = await SubmissionStore.open();
  t.after(() => other.close());
  const elsewhere = await createDemoServer({ port: 0, store: other, createCoordinator: true, log: () => {} });
  t.after(() => elsewhere.close());
  assert.notEqual(elsewhere.coordinator?.password, first.coordinator?.password, 'never a fixed password');
});

test('the header links to the inbox in the page’s language, and the form says how long a request is kept', async (t) => {
  const logs: string[] = [];
  const server = await createDemoServer({ port: 0, store, retentionDays: 180, log: (line) => logs.push(line) });
  t.after(() => server.close());
  for (const [path, link] of [
    ['/', '<a href="/inbox/?lang=en">Requests inbox (staff)</a>'],
    ['/es/', '<a href="/inbox/?lang=es">Bandeja de solicitudes (personal)</a>'],
  ]) {
    assert.ok((await (await fetch(new URL(path, server.url))).text()).includes(link), path);
  }
  const english = await (await fetch(new URL('request-training', server.url))).text();
  assert.match(english, /<p slot="privacy">[^<]*it is deleted 180\s+days after it arrives\./);
  const spanish = await (await fetch(new URL('es/request-training', server.url))).text();
  assert.match(spanish, /<p slot="privacy">[^<]*se borra\s+180 días después de recibirla\./);
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
