/**
 * The demo site (demo/app.ts) as a county's visitor and the demo's reader see it: every page under the
 * strict CSP, the library and embed files, and the open Submissions page, which reads what the
 * package's receiver stored through the store (the intake itself has no read route). The servers share
 * one PGlite database in memory.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, createDemoServer, EMBEDS_CONTENT_SECURITY_POLICY, PAGES, SITE_TEXT, type DemoServer } from '../../demo/app.js';
import { SubmissionStore } from '../../src/receiver/index.js';
import { post, taRequest, tempDir } from './helpers.js';

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

test('the demo’s widgets post to the package’s intake, and /submissions shows what it stored, escaped, newest first', async (t) => {
  const server = await startServer(t);
  const older = taRequest({ agency: 'First Agency' });
  assert.equal((await post(server, older)).status, 201);
  const attack = '<script>alert("x")</script>';
  const { reference } = (await (
    await post(server, taRequest({ agency: attack, goals: `</pre></details>${attack}`, requesterRole: 'Lead \u202egnp.exe' }))
  ).json()) as {
    reference: string;
  };
  assert.equal((await fetch(new URL('api/submissions', server.url))).status, 405, 'the intake has no read route');

  const response = await fetch(new URL('submissions', server.url));
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  const page = await response.text();
  assert.ok(page.includes(`<h2>${reference}</h2>`), 'the reference is on the page');
  assert.ok(!page.includes('<script>alert'), 'no script from stored data');
  assert.ok(!page.includes('</pre></details><'), 'no markup from stored data');
  assert.ok(page.includes('<bdi>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</bdi>'), 'the agency shown as text, isolated');
  assert.ok(page.includes('Lead ⟦U+202E⟧gnp.exe') && !page.includes('\u202e'), 'a bidi override is shown as its code, not applied');
  assert.ok(page.indexOf('&lt;script&gt;') < page.indexOf('First Agency'), 'newest first');
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
