/**
 * Delivery end to end: the real SubmissionController in the system Chromium, posting to the demo
 * receiver (demo/app.ts with the package's receiver, which stores each Idempotency-Key once in PGlite), under the demo's strict CSP.
 * `node --import tsx test/e2e/delivery.e2e.ts`. It bundles its own small page script (with vite) and
 * runs the receiver in this process, so it can stop and start it at exact moments.
 *
 * Scenarios, each ending with the submission stored exactly once:
 * 1. the receiver stores the submission and goes down before the browser hears back; it comes back
 *    on the same port and database, and the retry (same key, same bytes) is answered from the store;
 * 2. the browser is offline when the person sends; the page is reloaded (offline: the browser's offline
 *    page), then the browser is back online, the page loads again by itself and its widget sends what
 *    waits in the outbox (persist="session");
 * 3. the page is reloaded while the request is in flight (the receiver already has it): the new page
 *    sends it again from the outbox and the receiver answers from its store;
 * 4. the receiver stores the submission and answers 303 (post/redirect/get): the browser, with
 *    `redirect: 'manual'`, shows the widget an opaque redirect; it is a configuration error, said to the
 *    person, never retried;
 * 5. a quick exit while the submission waits (the receiver answered 503 with a minute's Retry-After):
 *    the page is gone at once, and the keepalive request started just before arrives all the same;
 * 6. two tabs on one outbox (`persist="local"`, real storage events and Web Locks): tab A queues X,
 *    tab B opens and adopts it, the person edits in A and sends Y: only Y is stored, and X is not sent
 *    again by either tab.
 * The last line is `N passed, N failed`.
 */
import { mkdtempSync, rmSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { createDemoServer, type DemoServer } from '../../demo/app.js';
import { taAnswers } from '../fixtures/ta-request-payloads.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const WIDGET = "document.querySelector('delivery-e2e')";

interface StoredRecord {
  id: string;
  reference: string;
  envelope: { data: { requesterName: string } };
}

/** The demo receiver, stoppable and restartable on the same port and database. */
class Receiver {
  private server?: DemoServer;
  private port = 0;
  readonly logs: string[] = [];
  constructor(private readonly dir: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  async start(): Promise<void> {
    if (this.server) return;
    this.server = await createDemoServer({
      port: this.port,
      dataDir: join(this.dir, 'receiver'),
      staticRoot: join(this.dir, 'site'),
      cdnRoot: join(this.dir, 'cdn'),
      log: (message) => this.logs.push(message),
    });
    this.port = Number(new URL(this.server.url).port);
  }

  async stop(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  /** What the receiver stored for `name`, read through its store (the intake has no read route). */
  async stored(name: string): Promise<StoredRecord[]> {
    if (!this.server) throw new Error('the receiver is stopped');
    const records = (await this.server.store.list({ limit: 500 })) as unknown as StoredRecord[];
    return records.filter((record) => record.envelope.data.requesterName === name);
  }
}

async function bundlePage(dir: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: join(dir, 'cdn'),
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: { entry: join(root, 'test/e2e/delivery-page/delivery-e2e.ts'), formats: ['es'], fileName: () => 'delivery-e2e.js' },
      rolldownOptions: { output: { codeSplitting: false } },
    },
  });
  mkdirSync(join(dir, 'site'), { recursive: true });
  for (const page of ['layout.html', 'index.html']) copyFileSync(join(root, 'test/e2e/delivery-page', page), join(dir, 'site', page));
}

/**
 * Polls an expression in the page. (`page.waitForFunction` evaluates strings inside the page, which the
 * demo's CSP forbids; `page.evaluate` goes through the DevTools protocol.)
 */
async function until(page: Page, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression).catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await until(page, `customElements.get('delivery-e2e') !== undefined && ${WIDGET}?.shadowRoot?.querySelector('[role="status"]') != null`, 30_000);
}

function submit(page: Page, name: string): Promise<string> {
  return page.evaluate(`${WIDGET}.controller.submit(${JSON.stringify(taAnswers({ requesterName: name }))}).then((status) => status.state)`) as Promise<string>;
}

async function waitUntilSent(page: Page): Promise<string> {
  await until(page, `${WIDGET}?.controller.status.state === 'sent'`, 60_000);
  return (await page.evaluate(`${WIDGET}.shadowRoot.querySelector('[role="status"]').textContent.trim()`)) as string;
}

/** Every POST to the endpoint, with its key and body, across reloads. */
function recordPosts(context: BrowserContext): Array<{ key: string; body: string }> {
  const posts: Array<{ key: string; body: string }> = [];
  context.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/submissions'))
      posts.push({ key: request.headers()['idempotency-key'], body: request.postData() ?? '' });
  });
  return posts;
}

function expectOnce(records: StoredRecord[], posts: Array<{ key: string; body: string }>, problems: string[], minimumPosts: number): void {
  if (records.length !== 1) problems.push(`stored ${records.length} times, not once`);
  const keys = new Set(posts.map((post) => post.key));
  const bodies = new Set(posts.map((post) => post.body));
  if (posts.length < minimumPosts) problems.push(`only ${posts.length} POSTs: the scenario did not happen as planned`);
  if (keys.size > 1) problems.push(`${keys.size} keys for one submission`);
  if (bodies.size > 1) problems.push(`${bodies.size} different bodies for one submission`);
  if (records[0] && keys.size > 0 && !keys.has(records[0].id)) problems.push('the stored id is not the key');
}

type Scenario = (browser: Browser, receiver: Receiver, problems: string[]) => Promise<void>;

const scenarios: Record<string, Scenario> = {
  async 'the receiver goes down after storing, before answering, and comes back: stored once'(browser, receiver, problems) {
    const context = await browser.newContext();
    const posts = recordPosts(context);
    const page = await context.newPage();
    await open(page, receiver.url);
    let first = true;
    let restarted: Promise<void> | undefined;
    await page.route('**/api/submissions', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fetch(); // it reaches the receiver, which stores it
      await receiver.stop();
      await route.abort('connectionreset');
      restarted = new Promise((resolve) => setTimeout(resolve, 1500)).then(() => receiver.start());
    });
    const firstAnswer = await submit(page, 'E2E Receiver Down');
    if (firstAnswer !== 'queued') problems.push(`the first attempt ended "${firstAnswer}", not "queued"`);
    const text = await waitUntilSent(page);
    await restarted;
    const records = await receiver.stored('E2E Receiver Down');
    expectOnce(records, posts, problems, 2);
    if (records[0] && !text.includes(records[0].reference)) problems.push(`the person is not shown the stored reference: "${text}"`);
    await context.close();
  },

  async 'offline when sent, reloaded offline, back online: the reloaded page sends it, stored once'(browser, receiver, problems) {
    const context = await browser.newContext();
    const posts = recordPosts(context);
    const page = await context.newPage();
    await open(page, receiver.url);
    await context.setOffline(true);
    const firstAnswer = await submit(page, 'E2E Offline Reload');
    if (firstAnswer !== 'queued') problems.push(`offline, the submission ended "${firstAnswer}", not "queued"`);
    // Offline, the reload ends on the browser's offline page (which reloads by itself once the network is
    // back) or on the page from the cache (whose widget finds the submission in the outbox and waits for
    // the online event). Either way the submission must arrive, once, without the person doing anything.
    await page.reload({ timeout: 5000 }).catch(() => undefined);
    await context.setOffline(false);
    const deadline = Date.now() + 60_000;
    while ((await receiver.stored('E2E Offline Reload')).length === 0) {
      if (Date.now() > deadline) throw new Error('not delivered within 60 s of coming back online');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await new Promise((resolve) => setTimeout(resolve, 2000)); // time for a duplicate to show up, if there were one
    const outboxLeft = await page.evaluate(`Object.keys(sessionStorage).filter((key) => key.startsWith('si:outbox:')).length`).catch(() => 'unknown');
    if (outboxLeft !== 0) problems.push(`the outbox still holds ${String(outboxLeft)} entries after delivery`);
    expectOnce(await receiver.stored('E2E Offline Reload'), posts, problems, 0);
    await context.close();
  },

  async 'reloaded while the request is in flight: stored once'(browser, receiver, problems) {
    const context = await browser.newContext();
    const posts = recordPosts(context);
    const page = await context.newPage();
    await open(page, receiver.url);
    let first = true;
    let reachedReceiver!: () => void;
    const reached = new Promise<void>((resolve) => (reachedReceiver = resolve));
    await page.route('**/api/submissions', async (route) => {
      if (!first) return route.continue();
      first = false;
      await route.fetch(); // stored; the browser never hears back before the reload
      reachedReceiver();
    });
    void submit(page, 'E2E Reload In Flight').catch(() => undefined);
    await reached;
    await open(page, receiver.url);
    await waitUntilSent(page);
    expectOnce(await receiver.stored('E2E Reload In Flight'), posts, problems, 2);
    await context.close();
  },

  async 'the receiver stores it and answers 303: a configuration error, said once, never retried'(browser, receiver, problems) {
    const context = await browser.newContext();
    const posts = recordPosts(context);
    const page = await context.newPage();
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await open(page, receiver.url);
    await page.route('**/api/submissions', async (route) => {
      await route.fetch(); // stored
      await route.fulfill({ status: 303, headers: { Location: '/thank-you' }, body: '' });
    });
    const state = await submit(page, 'E2E See Other');
    const status = (await page.evaluate(`JSON.stringify(${WIDGET}.controller.status)`)) as string;
    if (state !== 'failed' || !status.includes('"reason":"redirect"')) problems.push(`after a 303 the status is ${status}, not a redirect failure`);
    await new Promise((resolve) => setTimeout(resolve, 5000)); // a retry, if there were one, would start within 1 s
    if (posts.length !== 1) problems.push(`${posts.length} POSTs after a 303, not 1`);
    if (!consoleLines.some((line) => line.includes('/api/submissions answered with a redirect'))) problems.push('no console line for the site’s team');
    const text = (await page.evaluate(`${WIDGET}.shadowRoot.querySelector('[role="status"]').textContent.trim()`)) as string;
    if (!text.includes('not set up correctly')) problems.push(`the person was told "${text}"`);
    expectOnce(await receiver.stored('E2E See Other'), posts, problems, 1);
    await context.close();
  },

  async 'a quick exit while it waits: the page leaves at once, the keepalive request arrives, stored once'(browser, receiver, problems) {
    const context = await browser.newContext();
    const posts = recordPosts(context);
    const page = await context.newPage();
    await open(page, receiver.url);
    let first = true;
    const exitUrl = `${receiver.url}exited`;
    const navigated: { left?: Promise<void> } = {};
    await page.route('**/api/submissions', async (route) => {
      if (first) {
        first = false;
        await route.fulfill({ status: 503, headers: { 'Retry-After': '60', 'Content-Type': 'application/problem+json' }, body: '{"title":"Busy"}' });
        return;
      }
      // Held until the page has gone: only a keepalive request outlives it.
      await navigated.left;
      await route.continue().catch((error: unknown) => problems.push(`the request at the exit did not outlive the page: ${String(error)}`));
    });
    const state = await submit(page, 'E2E Quick Exit');
    if (state !== 'queued') problems.push(`the first attempt ended "${state}", not "queued"`);
    await page.evaluate(`document.querySelector('si-quick-exit').setAttribute('exit-url', ${JSON.stringify(exitUrl)})`);
    await page.evaluate(`document.querySelector('si-quick-exit').updateComplete`);
    navigated.left = page.waitForURL(exitUrl, { timeout: 10_000 });
    await page.evaluate(`document.querySelector('si-quick-exit').shadowRoot.querySelector('button').click()`);
    await navigated.left;
    const deadline = Date.now() + 20_000;
    while ((await receiver.stored('E2E Quick Exit')).length === 0) {
      if (Date.now() > deadline) throw new Error('the keepalive request did not arrive within 20 s of the exit');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const leftOver = (await page.evaluate(`Object.keys(sessionStorage).filter((key) => key.startsWith('si:')).length`).catch(() => 'unknown')) as
      number | string;
    if (leftOver !== 0) problems.push(`${String(leftOver)} si: entries left after the exit`);
    expectOnce(await receiver.stored('E2E Quick Exit'), posts, problems, 2);
    await context.close();
  },

  async 'two tabs, an edit in one: only the final answers are stored, once'(browser, receiver, problems) {
    const context = await browser.newContext();
    const posts = recordPosts(context);
    let busy = true;
    await context.route('**/api/submissions', async (route) => {
      if (!busy) return route.continue();
      await route.fulfill({ status: 503, headers: { 'Retry-After': '4', 'Content-Type': 'application/problem+json' }, body: '{"title":"Busy"}' });
    });
    const a = await context.newPage();
    await open(a, `${receiver.url}?persist=local`);
    if ((await submit(a, 'E2E Tabs X')) !== 'queued') problems.push('X was not queued in tab A');
    const b = await context.newPage();
    await open(b, `${receiver.url}?persist=local`);
    await until(b, `${WIDGET}.controller.waiting === true`, 10_000); // B adopted X from the shared outbox
    const xKey = posts[0]?.key;
    // The endpoint starts accepting only once the person has replaced X, so any X stored now came from a
    // tab that kept sending it (a retry of X just before the edit would be a delivery, not a bug).
    await submit(a, 'E2E Tabs Y');
    const postsAtEdit = posts.length;
    busy = false;
    await until(b, `${WIDGET}.controller.waiting === false`, 10_000); // the storage event reached B
    await new Promise((resolve) => setTimeout(resolve, 6000)); // past B's Retry-After, had it kept X
    const xAfter = posts.slice(postsAtEdit).filter((post) => post.key === xKey).length;
    if (xAfter) problems.push(`X was sent ${xAfter} times after the person replaced it`);
    const x = await receiver.stored('E2E Tabs X');
    let y = await receiver.stored('E2E Tabs Y');
    for (let wait = 0; y.length === 0 && wait < 40; wait++) {
      await new Promise((resolve) => setTimeout(resolve, 500)); // Y's own retry after the 503s
      y = await receiver.stored('E2E Tabs Y');
    }
    if (x.length !== 0) problems.push(`X, replaced while it waited, was stored ${x.length} times`);
    if (y.length !== 1) problems.push(`Y was stored ${y.length} times, not once`);
    const left = (await a.evaluate(`Object.keys(localStorage).filter((key) => key.startsWith('si:outbox:')).length`)) as number;
    if (left !== 0) problems.push(`${left} outbox entries left`);
    await context.close();
  },
};

async function main(): Promise<Array<{ name: string; problems: string[] }>> {
  const dir = mkdtempSync(join(tmpdir(), 'si-delivery-e2e-'));
  const receiver = new Receiver(dir);
  let browser: Browser | undefined;
  const results: Array<{ name: string; problems: string[] }> = [];
  try {
    await bundlePage(dir);
    await receiver.start();
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    for (const [name, scenario] of Object.entries(scenarios)) {
      const problems: string[] = [];
      const started = Date.now();
      try {
        await receiver.start();
        await scenario(browser, receiver, problems);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : String(error));
      }
      results.push({ name: `${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`, problems });
    }
  } finally {
    await browser?.close();
    await receiver.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

let results: Array<{ name: string; problems: string[] }>;
try {
  results = await main();
} catch (error) {
  results = [{ name: 'set-up', problems: [error instanceof Error ? (error.stack ?? error.message) : String(error)] }];
}
for (const { name, problems } of results) {
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  for (const problem of problems) console.log(`       ${problem}`);
}
const failed = results.filter((result) => result.problems.length > 0).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
