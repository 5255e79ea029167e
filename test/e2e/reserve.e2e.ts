/**
 * The banner's reserved height (dist/cdn/reserve.css) is at least its rendered height at every viewport
 * width from 280 to 1600 px, in 4 px steps, in English and in Spanish, so the banner replaces its
 * fallback without moving the page. It also prints how much empty space the reserve leaves below the
 * banner, which is the price of that guarantee. Run after `npm run build:cdn`; part of `npm run e2e`.
 *
 * The page links reserve.css and the one-file build and holds, per language, the banner as the
 * documented snippet has it and a twin whose inline `--si-hotline-banner-min-block-size: 0` shows its
 * natural height. The reserve is the custom property's value in rem, as the banner reads it.
 *
 * The values were measured with DejaVu Sans, the sans-serif font Debian installs with Chromium. Where the
 * banner's font stack resolves to another font, heights differ for reasons that are not the library's,
 * so the check reports what it finds and says it was skipped, and why, instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { CDN_DIR, cdnFile } from '../shared/cdn-files.js';

const LANGUAGES = ['en', 'es'] as const;
const WIDTHS = Array.from({ length: (1600 - 280) / 4 + 1 }, (_, index) => 280 + index * 4);

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/reserve.css">
<script type="module" src="/survivor-informed-widgets.js"></script>
</head>
<body style="margin: 0">
${LANGUAGES.map(
  (lang) => `<si-hotline-banner lang="${lang}" data-role="reserved"></si-hotline-banner>
<si-hotline-banner lang="${lang}" data-role="natural" style="--si-hotline-banner-min-block-size: 0"></si-hotline-banner>`,
).join('\n')}
</body>
</html>`;

/** Runs in the page: whether the banner's font stack resolves to DejaVu Sans, by the width of a line. */
const MEASURED_FONT = `(() => {
  const context = document.createElement('canvas').getContext('2d');
  const width = (family) => {
    context.font = '16px ' + family;
    return context.measureText('National Human Trafficking Hotline: call 1-888-373-7888, text 233733').width;
  };
  return width("system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif") === width('"DejaVu Sans", monospace');
})()`;

/** Runs in the page: each language's natural height and reserve, in px, after the next frame. */
const MEASURE = `() => new Promise((done) => requestAnimationFrame(() => {
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const heights = {};
  for (const lang of ${JSON.stringify(LANGUAGES)}) {
    const reserved = document.querySelector('si-hotline-banner[lang="' + lang + '"][data-role="reserved"]');
    const natural = document.querySelector('si-hotline-banner[lang="' + lang + '"][data-role="natural"]');
    const value = getComputedStyle(reserved).getPropertyValue('--si-hotline-banner-min-block-size').trim();
    if (!value.endsWith('rem')) throw new Error('the reserve is not in rem: ' + value);
    heights[lang] = { natural: natural.getBoundingClientRect().height, reserve: parseFloat(value) * rootPx };
  }
  done(heights);
}))`;

function serve(): Promise<ReturnType<typeof createServer>> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    const file = cdnFile(path);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function main(): Promise<void> {
  if (!existsSync(resolve(CDN_DIR, 'reserve.css'))) throw new Error('dist/cdn is not built: run `npm run build:cdn` first.');
  const server = await serve();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const tooSmall: string[] = [];
  let measuredFont = true;
  const emptySpace: Record<string, number[]> = { en: [], es: [] };
  try {
    const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 800 } });
    page.on('pageerror', (error) => tooSmall.push(`page error: ${error.message}`));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(`customElements.get('si-hotline-banner') !== undefined`);
    await page.evaluate(`Promise.all([...document.querySelectorAll('si-hotline-banner')].map((banner) => banner.updateComplete))`);
    measuredFont = (await page.evaluate(MEASURED_FONT)) as boolean;
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const heights = (await page.evaluate(`(${MEASURE})()`)) as Record<string, { natural: number; reserve: number }>;
      for (const lang of LANGUAGES) {
        const { natural, reserve } = heights[lang];
        if (natural > reserve) tooSmall.push(`${width} px, ${lang}: the banner is ${natural} px tall, the reserve ${reserve} px`);
        emptySpace[lang].push(reserve - natural);
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  for (const lang of LANGUAGES) {
    const space = emptySpace[lang].filter((value) => value > 0);
    const mean = emptySpace[lang].reduce((sum, value) => sum + Math.max(0, value), 0) / emptySpace[lang].length;
    console.log(`${lang}: empty space below the banner ${mean.toFixed(1)} px on average, at most ${Math.max(0, ...space).toFixed(0)} px`);
  }
  if (!measuredFont) {
    console.log(
      `${tooSmall.length ? `Too small here:\n- ${tooSmall.join('\n- ')}\n` : ''}Skipped: this machine draws the banner in another font than DejaVu Sans, which the values were measured with.`,
    );
    console.log('\n0 passed, 0 failed, 1 skipped');
  } else if (tooSmall.length) {
    console.error(`The banner's reserve is smaller than the banner (the page would move when it renders):\n- ${tooSmall.join('\n- ')}`);
    console.log(`\n0 passed, 1 failed`);
    process.exitCode = 1;
  } else {
    console.log(`Every width from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px in English and Spanish: the reserve holds the banner.`);
    console.log('\n1 passed, 0 failed');
  }
}

await main();
