/**
 * Bytes against DESIGN.md's budgets, measured the way the budgets are written: for each element, a page
 * with only that element loads the CDN build through `loader.js` in the system Chromium, and every
 * JavaScript file the browser fetches for it (the loader, the element's module, the chunks they import)
 * is gzipped on its own as a server would send it (zlib's default level, 6, which most servers use) and
 * added up. The page is English (`<html lang="en">`), so Spanish, which loads lazily, is not counted.
 * Also the one-file CDN build (`survivor-informed-widgets.js`), for a single script tag.
 *
 *   npm run bench:size            prints the table (builds the CDN files first)
 *   npm run bench:size -- --check also exits 1 when a size is over its limit (CI runs this)
 *
 * The limit is the budget where the budget is met. Where it is not met yet, the limit is the size
 * recorded in OVER_BUDGET_CEILINGS, so CI still fails on any growth while the gap is worked on; lower a
 * ceiling whenever a change shrinks that bundle, and delete it once the budget is met. Which files a page
 * fetches and their bytes are fixed by the build, so this check cannot flake.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { cdnFile } from '../shared/cdn-files.js';

const KiB = 1024;
const ONE_FILE = 'one-file CDN build';
/** DESIGN.md, "Budgets". */
const budgets: Record<string, number> = {
  'si-hotline-banner': 12 * KiB, // with the quick exit it contains
  'si-ta-request': 24 * KiB,
  [ONE_FILE]: 48 * KiB,
};
/**
 * Gzip bytes, rounded up to the next 100, for the pages still over budget. The banner's and the one
 * file's were measured on 2026-12-02 (19,402 and 75,327 once issue 23's delivery work joined issue 17's
 * banner); the request form's on 2026-12-03 (35,544, down from 39,872, once issue 18's question pages
 * checked answers without zod and shared the fields and styles with the other forms). The one file is
 * 71,003 now.
 */
const OVER_BUDGET_CEILINGS: Record<string, number> = {
  'si-hotline-banner': 19_500,
  'si-ta-request': 35_600,
  [ONE_FILE]: 71_100,
};
/** Each element alone on a page, with what it needs to render as a county would embed it. */
const PAGES: Record<string, string> = {
  'si-hotline-banner': '<si-hotline-banner></si-hotline-banner>',
  'si-quick-exit': '<si-quick-exit></si-quick-exit>',
  'si-values-badge': '<si-values-badge></si-values-badge>',
  'si-checklist': '<si-checklist></si-checklist>',
  'si-ta-request': '<si-ta-request endpoint="/api/submissions" org="Example County"></si-ta-request>',
  'si-self-assessment': '<si-self-assessment></si-self-assessment>',
};

type Sizes = { files: number; raw: number; gzip: number; brotli: number };

const gzip = (code: Uint8Array) => gzipSync(code, { level: 6 }).length;

function sizes(files: readonly Uint8Array[]): Sizes {
  const total: Sizes = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const code of files) {
    total.raw += code.length;
    total.gzip += gzip(code);
    total.brotli += brotliCompressSync(code).length;
  }
  return total;
}

function pageFor(tag: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${tag}</title>
<script type="module" src="/loader.js"></script></head><body>${PAGES[tag]}</body></html>`;
}

/** Serves dist/cdn and one page per element; every other path is a 404. */
function serve(): Promise<ReturnType<typeof createServer>> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const tag = /^\/page\/(si-[a-z-]+)$/.exec(path)?.[1];
    if (tag && PAGES[tag]) return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pageFor(tag));
    const file = cdnFile(path);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The JavaScript files (names under dist/cdn) a fresh browser fetches for the page with only `tag`, once it has rendered. */
async function fetchedFor(browser: Awaited<ReturnType<typeof chromium.launch>>, origin: string, tag: string): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && url.pathname.endsWith('.js')) fetched.add(url.pathname.slice(1));
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/page/${tag}`);
  await page.waitForFunction(`customElements.get(${JSON.stringify(tag)}) !== undefined`, undefined, { timeout: 20_000 });
  await page.evaluate(`document.querySelector(${JSON.stringify(tag)}).updateComplete`);
  // Anything the first render imports lazily is part of the page too.
  await page.waitForLoadState('networkidle');
  await context.close();
  if (errors.length) throw new Error(`${tag}: ${errors.join('; ')}`);
  return [...fetched].sort();
}

async function main(): Promise<void> {
  if (!existsSync(cdnFile('/loader.js') ?? '')) throw new Error('dist/cdn is not built: run `npm run build:cdn` first.');
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows: Array<[string, Sizes]> = [];
  const filesOf: Record<string, string[]> = {};
  try {
    for (const tag of Object.keys(PAGES)) {
      filesOf[tag] = await fetchedFor(browser, origin, tag);
      rows.push([tag, sizes(filesOf[tag].map((name) => readFileSync(cdnFile(`/${name}`)!)))]);
    }
  } finally {
    await browser.close();
    server.close();
  }
  rows.push([ONE_FILE, sizes([readFileSync(cdnFile('/survivor-informed-widgets.js')!)])]);

  const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
  const overLimit: string[] = [];
  console.log('page with only this element, through loader.js   files   minified       gzip    (bytes)     brotli   budget (gzip)');
  for (const [name, size] of rows) {
    const budget = budgets[name];
    let verdict = '';
    if (budget !== undefined) {
      const ceiling = OVER_BUDGET_CEILINGS[name];
      verdict = size.gzip <= budget ? `${kib(budget)} met` : `${kib(budget)} OVER by ${kib(size.gzip - budget)}`;
      if (size.gzip <= budget && ceiling !== undefined) verdict += ' (delete its ceiling in OVER_BUDGET_CEILINGS)';
      const limit = size.gzip <= budget ? budget : (ceiling ?? budget);
      if (size.gzip > limit) overLimit.push(`${name}: ${size.gzip} bytes gzip, limit ${limit}`);
    }
    console.log(
      `${name.padEnd(48)} ${String(size.files).padStart(5)} ${kib(size.raw).padStart(10)} ${kib(size.gzip).padStart(10)} ${`(${size.gzip})`.padStart(10)} ${kib(size.brotli).padStart(10)}   ${verdict}`,
    );
  }
  console.log(`(gzip level 6, each file on its own, added up; ${ONE_FILE}: survivor-informed-widgets.js alone, Spanish aside.)`);
  for (const [tag, title] of [
    ['si-hotline-banner', 'The banner page'],
    ['si-ta-request', 'The request form page'],
  ] as const) {
    console.log(`\n${title}, file by file (gzip):`);
    for (const name of filesOf[tag]) console.log(`  ${basename(name).padEnd(40)} ${String(gzip(readFileSync(cdnFile(`/${name}`)!))).padStart(6)} bytes`);
  }

  if (process.argv.includes('--check')) {
    if (overLimit.length) {
      console.error(`\nSizes over their limit (a budget, or the recorded ceiling of a page still over budget):\n- ${overLimit.join('\n- ')}`);
      process.exitCode = 1;
      return;
    }
    console.log('\nNo page grew past its limit.');
  }
}

await main();
