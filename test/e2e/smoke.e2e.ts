/**
 * End-to-end smoke test: the demo site as a county visitor gets it, in the system Chromium.
 * `node --import tsx test/e2e/smoke.e2e.ts` (after `npm run build:cdn` and `npm run build:embeds`; it
 * builds nothing itself). Part of `npm run e2e`.
 *
 * It starts `tsx demo/server.ts` on a free port with a throwaway database, visits every page and checks:
 * status 200 under the CSP, no console error and no page error, no request to any other origin, and every
 * element the library defines (the `./elements/<tag>/define.js` imports of src/index.ts) defined and rendered.
 * Tags on a page that the library does not define yet are reported as "not built yet", not as failures.
 * Then the journeys of ./journeys.ts: a training request sent, then found in the coordinator's inbox
 * after signing in with the password the server printed on its first run, marked scheduled and
 * exported; and the checklist driven on the plain HTML, React 19 and Vue 3 embed pages, each result
 * found in the inbox.
 * One test per page and per journey; the last line is `N passed, N failed`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { embedJourney, requestTrainingJourney } from './journeys.js';
import { PAGES } from '../../demo/app.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
// The demo site loads the library the way county staff would: the loader, which imports what a page uses.
const CDN_FILE = join(root, 'dist/cdn/loader.js');
interface ElementReport {
  tag: string;
  defined: boolean;
  rendered: boolean;
}

interface Result {
  name: string;
  problems: string[];
  notes: string[];
}

/**
 * Runs in the page. A string, not a function: tsx compiles with keepNames, and the `__name` helper it
 * adds to functions does not exist in the page. Waits (briefly) for the built tags, then for each
 * element's first render, then reports every si-* element.
 */
const PROBE = `async (built) => {
  const elements = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('si-'));
  const tags = [...new Set(elements.map((el) => el.localName))];
  const timeout = () => new Promise((resolve) => setTimeout(resolve, 5000));
  await Promise.all(tags.filter((tag) => built.includes(tag)).map((tag) => Promise.race([customElements.whenDefined(tag), timeout()])));
  await Promise.all(elements.map((el) => Promise.race([el.updateComplete, timeout()])));
  return elements.map((el) => ({
    tag: el.localName,
    defined: customElements.get(el.localName) !== undefined,
    rendered: el.shadowRoot !== null && (el.shadowRoot.querySelector('*') !== null || el.shadowRoot.textContent.trim() !== ''),
  }));
}`;

/** The tags src/index.ts defines, read from its `import './elements/<tag>/define.js'` lines. */
function builtTags(): string[] {
  const index = readFileSync(join(root, 'src/index.ts'), 'utf8');
  return [...index.matchAll(/^import\s+['"]\.\/elements\/(si-[a-z-]+)\/define\.js['"];?$/gm)].map((match) => match[1]);
}

/** Starts the demo server in its own process group (so it can be stopped with everything npx spawned). */
function startServer(dataDir: string): Promise<{ child: ChildProcess; origin: string; password: string }> {
  const child = spawn('npx', ['tsx', 'demo/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', SI_DATA_DIR: dataDir, SI_ALLOWED_ORIGINS: '' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo server did not start within 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /Demo site: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      // A fresh data folder: the server makes the coordinator account and prints its password once.
      const password = /Demo coordinator password: (\S+)/.exec(output);
      if (match && password) {
        clearTimeout(timer);
        resolve({ child, origin: match[1], password: password[1] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the demo server exited (${code}) before it started:\n${output}`));
    });
  });
}

/** Stops the server's whole process group: SIGTERM, then SIGKILL if it is still there after 5 s. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  signal('SIGTERM');
  const timer = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), 5000).unref());
  if ((await Promise.race([exited, timer])) === 'late') signal('SIGKILL');
}

/**
 * Opens a fresh context and page, runs `steps` there and reports what went wrong: a thrown error, a
 * console error, a page error, or any request to another origin (stopped before it leaves the machine).
 */
async function inFreshPage(browser: Browser, name: string, origin: string, steps: (page: Page, result: Result) => Promise<void>): Promise<Result> {
  const result: Result = { name, problems: [], notes: [] };
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') result.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => result.problems.push(`page error: ${error.message}`));
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      result.problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
    await steps(page, result);
  } catch (error) {
    result.problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    await context.close();
  }
  return result;
}

function checkPage(browser: Browser, origin: string, path: string, built: readonly string[]): Promise<Result> {
  return inFreshPage(browser, path, origin, async (page, result) => {
    const response = await page.goto(origin + path, { waitUntil: 'load', timeout: 15_000 });
    if (response?.status() !== 200) result.problems.push(`status ${response?.status() ?? 'none'}, not 200`);
    if (!response?.headers()['content-security-policy']) result.problems.push('no Content-Security-Policy header');

    const elements = (await page.evaluate(`(${PROBE})(${JSON.stringify(built)})`)) as ElementReport[];
    const notBuilt = new Set<string>();
    for (const { tag, defined, rendered } of elements) {
      if (built.includes(tag)) {
        if (!defined) result.problems.push(`<${tag}> is not defined (is dist/cdn older than src/index.ts? \`npm run build:cdn\`)`);
        else if (!rendered) result.problems.push(`<${tag}> did not render into its shadow root`);
      } else if (!defined) {
        notBuilt.add(tag);
      }
    }
    if (notBuilt.size > 0) result.notes.push(`not built yet: ${[...notBuilt].join(', ')}`);
  });
}

const EMBED_PATHS = ['/embeds/html', '/embeds/react', '/embeds/vue'];

/** A journey of ./journeys.ts in a fresh page; it returns the reference the receiver gave. */
function journey(browser: Browser, origin: string, name: string, steps: (page: Page) => Promise<string>): Promise<Result> {
  return inFreshPage(browser, name, origin, async (page, result) => {
    result.notes.push(`stored as ${await steps(page)}`);
  });
}

async function main(): Promise<Result[]> {
  if (!existsSync(CDN_FILE)) {
    return [{ name: 'library build', problems: [`${CDN_FILE} is missing: run \`npm run build:cdn\` first.`], notes: [] }];
  }
  const built = builtTags();
  console.log(`The library defines: ${built.join(', ') || '(nothing yet)'}`);
  const dir = mkdtempSync(join(tmpdir(), 'si-e2e-'));
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  // The server runs in its own process group, so Ctrl+C here would not reach it: stop it ourselves.
  const interrupt = () => {
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    process.exit(130);
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  try {
    const started = await startServer(join(dir, 'receiver'));
    server = started.child;
    console.log(`Demo server at ${started.origin}/ (pid ${server.pid})`);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const results: Result[] = [];
    for (const path of Object.keys(PAGES)) results.push(await checkPage(browser, started.origin, path, built));
    results.push(
      await journey(browser, started.origin, 'request training, then sign in to the inbox, find it, mark it scheduled and export it', (page) =>
        requestTrainingJourney(page, started.origin, started.password),
      ),
    );
    for (const path of EMBED_PATHS) {
      results.push(
        await journey(browser, started.origin, `${path}: attributes in, language switched, si- events out, stored`, (page) =>
          embedJourney(page, started.origin, path, started.password),
        ),
      );
    }
    return results;
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
  }
}

let results: Result[];
try {
  results = await main();
} catch (error) {
  results = [{ name: 'set-up', problems: [error instanceof Error ? error.message : String(error)], notes: [] }];
}
for (const { name, problems, notes } of results) {
  console.log(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${name}`);
  for (const problem of problems) console.log(`       ${problem}`);
  for (const note of notes) console.log(`       (${note})`);
}
const failed = results.filter((result) => result.problems.length > 0).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
