/**
 * How many checklists fit on one page before rendering slows? Loads the one-file CDN build in the
 * system Chromium (playwright-core, no downloaded browser), renders N = 1, 10, 50, 100, 200
 * `<si-checklist>` elements at once, and prints the median time from inserting them to all of them
 * rendered and laid out, over 5 runs (a fresh page per run). It prints figures; it asserts nothing.
 *
 *   npm run build:cdn
 *   node --import tsx test/bench/checklist-scale.bench.ts
 *
 * The page is served from 127.0.0.1 by a tiny node http server with a strict Content-Security-Policy
 * (no inline script or style, Trusted Types required), so the figures are those of a locked-down page.
 * CHROME_PATH picks the browser (default /usr/bin/chromium); RUNS and SIZES (comma-separated) override
 * the defaults.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { median } from './median.js';

const CDN_FILE = fileURLToPath(new URL('../../dist/cdn/survivor-informed-widgets.js', import.meta.url));
const SIZES = (process.env.SIZES ?? '1,10,50,100,200').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 5);

const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>checklist scale</title>
<script type="module" src="/survivor-informed-widgets.js"></script></head>
<body><main id="host"></main></body>
</html>`;

function serve(script: Buffer): Promise<Server> {
  const server = createServer((request, response) => {
    const headers = {
      'Cache-Control': 'no-store',
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'",
    };
    if (request.url === '/') response.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (request.url === '/survivor-informed-widgets.js')
      response.writeHead(200, { ...headers, 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    else if (request.url === '/favicon.ico') response.writeHead(204, headers).end();
    else response.writeHead(404, headers).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  if (!existsSync(CDN_FILE)) {
    console.error('dist/cdn/survivor-informed-widgets.js is missing: run `npm run build:cdn` first.');
    process.exitCode = 1;
    return;
  }
  const server = await serve(readFileSync(CDN_FILE));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const problems: string[] = [];
  try {
    console.log(`Chromium ${browser.version()}, ${RUNS} runs per size, median of time from insert to all rendered and laid out\n`);
    console.log('    N   median ms   min ms   max ms   ms per checklist');
    for (const size of SIZES) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
        });
        await page.goto(`${origin}/`);
        await page.evaluate(() => customElements.whenDefined('si-checklist'));
        const elapsed = await page.evaluate(async (count: number) => {
          type Rendering = HTMLElement & { updateComplete: Promise<unknown> };
          const host = document.getElementById('host')!;
          const start = performance.now();
          const checklists: Rendering[] = [];
          for (let index = 0; index < count; index++) {
            const checklist = document.createElement('si-checklist') as Rendering;
            checklist.setAttribute('persist', 'none');
            checklist.id = `checklist-${index}`;
            checklists.push(checklist);
          }
          host.append(...checklists);
          await Promise.all(checklists.map((checklist) => checklist.updateComplete));
          host.getBoundingClientRect(); // style and layout of everything rendered
          const end = performance.now();
          const rendered = checklists.filter((checklist) => checklist.shadowRoot?.querySelectorAll('[part~="checkbox"]').length === 4).length;
          if (rendered !== count) throw new Error(`only ${rendered} of ${count} checklists rendered`);
          return end - start;
        }, size);
        times.push(elapsed);
        await page.close();
      }
      const middle = median(times);
      console.log(
        `${String(size).padStart(5)}   ${middle.toFixed(1).padStart(9)}   ${Math.min(...times)
          .toFixed(1)
          .padStart(6)}   ${Math.max(...times)
          .toFixed(1)
          .padStart(6)}   ${(middle / size).toFixed(2).padStart(16)}`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
  if (problems.length) {
    console.log(`\n${problems.length} problem(s) seen on the page:`);
    for (const problem of [...new Set(problems)]) console.log(`  ${problem}`);
    process.exitCode = 1;
  }
}

await main();
