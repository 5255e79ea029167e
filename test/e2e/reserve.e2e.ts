/**
 * The banner's reserved height (dist/cdn/reserve.css) is at least its rendered height at every viewport
 * width from 280 to 1600 px, in 4 px steps, in English and in Spanish, so the banner replaces its
 * fallback without moving the page: across the full width, and in a 64rem content column with 1rem of
 * padding (README, "Keep the page from jumping"). It prints how much empty space the reserve leaves below
 * the banner, which is the price of that guarantee, and when the reserve is too small, the values that
 * would hold. It also checks that reserve.css hides a fallback only inside the widget that replaces it:
 * with JavaScript off every fallback shows, and one a CMS moved out of its element stays visible once the
 * widgets are defined. Run after `npm run build:cdn`; part of `npm run e2e`.
 *
 * The page links reserve.css and the one-file build and holds, per language and layout, the banner as the
 * documented snippet has it and a twin whose inline `--si-hotline-banner-min-block-size: 0` shows its
 * natural height. The reserve is the custom property's value in rem, as the banner reads it.
 *
 * The values were measured with DejaVu Sans, the sans-serif font Debian installs with Chromium. Where the
 * banner's font stack resolves to another font, heights differ for reasons that are not the library's,
 * so the height checks report what they find and say they were skipped, and why, instead of failing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { CDN_DIR, cdnFile } from '../shared/cdn-files.js';

const LANGUAGES = ['en', 'es'] as const;
const WIDTHS = Array.from({ length: (1600 - 280) / 4 + 1 }, (_, index) => 280 + index * 4);
const LAYOUTS = {
  'full width': '',
  'a 64rem content column': '--si-hotline-banner-content-max-width: 64rem; --si-hotline-banner-padding-inline: 1rem;',
} as const;
type Layout = keyof typeof LAYOUTS;

const HEAD = `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/reserve.css">`;

const PAGES: Record<string, string> = {
  '/': `<!doctype html>
<html lang="en">
<head>
${HEAD}
<script type="module" src="/survivor-informed-widgets.js"></script>
</head>
<body style="margin: 0">
${Object.entries(LAYOUTS)
  .flatMap(([layout, style]) =>
    LANGUAGES.map(
      (lang) => `<si-hotline-banner lang="${lang}" data-layout="${layout}" data-role="reserved" style="${style}"></si-hotline-banner>
<si-hotline-banner lang="${lang}" data-layout="${layout}" data-role="natural" style="${style} --si-hotline-banner-min-block-size: 0"></si-hotline-banner>`,
    ),
  )
  .join('\n')}
</body>
</html>`,
  // A fallback inside its banner, and one a CMS moved out of it (into a paragraph's parent <div>).
  '/fallbacks': `<!doctype html>
<html lang="en">
<head>
${HEAD}
<script type="module" src="/survivor-informed-widgets.js"></script>
</head>
<body>
<si-hotline-banner><p class="si-fallback" id="inside">Hotline: call 1-888-373-7888.</p></si-hotline-banner>
<div><p class="si-fallback" id="outside">Hotline: call 1-888-373-7888.</p></div>
</body>
</html>`,
};

/** Runs in the page: whether the banner's font stack resolves to DejaVu Sans, by the width of a line. */
const MEASURED_FONT = `(() => {
  const context = document.createElement('canvas').getContext('2d');
  const width = (family) => {
    context.font = '16px ' + family;
    return context.measureText('National Human Trafficking Hotline: call 1-888-373-7888, text 233733').width;
  };
  return width("system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif") === width('"DejaVu Sans", monospace');
})()`;

/** Runs in the page: each layout's and language's natural height and reserve, in px, after the next frame. */
const MEASURE = `() => new Promise((done) => requestAnimationFrame(() => {
  const rootPx = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const heights = {};
  for (const layout of ${JSON.stringify(Object.keys(LAYOUTS))}) {
    for (const lang of ${JSON.stringify(LANGUAGES)}) {
      const find = (role) => document.querySelector('si-hotline-banner[lang="' + lang + '"][data-layout="' + layout + '"][data-role="' + role + '"]');
      const value = getComputedStyle(find('reserved')).getPropertyValue('--si-hotline-banner-min-block-size').trim();
      if (!value.endsWith('rem')) throw new Error('the reserve is not in rem: ' + value);
      heights[layout + '|' + lang] = { natural: find('natural').getBoundingClientRect().height, reserve: parseFloat(value) * rootPx };
    }
  }
  done(heights);
}))`;

function serve(): Promise<ReturnType<typeof createServer>> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (PAGES[path]) return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGES[path]);
    const file = cdnFile(path);
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': file.endsWith('.css') ? 'text/css' : 'text/javascript' }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** The reserve each language would need: the largest natural height over each run of widths, up to the next 0.125rem, as media queries would set it. */
function suggestedLadder(needed: Array<[number, number]>): string {
  const steps: string[] = [];
  let last = '';
  for (const [width, px] of needed) {
    const rem = `${Math.ceil(px / 2) / 8}rem`;
    if (rem !== last) steps.push(`${width / 16}em: ${rem}`);
    last = rem;
  }
  return steps.join(', ');
}

interface Outcome {
  name: string;
  problems: string[];
  skipped?: string;
}

async function checkHeights(browser: Browser, origin: string): Promise<Outcome[]> {
  const page = await browser.newPage({ viewport: { width: WIDTHS[0], height: 800 } });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`page error: ${error.message}`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(`customElements.get('si-hotline-banner') !== undefined`);
  await page.evaluate(`Promise.all([...document.querySelectorAll('si-hotline-banner')].map((banner) => banner.updateComplete))`);
  const measuredFont = (await page.evaluate(MEASURED_FONT)) as boolean;
  const tooSmall: Record<string, string[]> = {};
  const emptySpace: Record<string, number[]> = {};
  const natural: Record<string, Array<[number, number]>> = {};
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    const heights = (await page.evaluate(`(${MEASURE})()`)) as Record<string, { natural: number; reserve: number }>;
    for (const [key, { natural: height, reserve }] of Object.entries(heights)) {
      if (height > reserve) (tooSmall[key] ??= []).push(`${width} px: the banner is ${height} px tall, the reserve ${reserve} px`);
      (emptySpace[key] ??= []).push(Math.max(0, reserve - height));
      (natural[key] ??= []).push([width, height]);
    }
  }
  await page.close();
  return (Object.keys(LAYOUTS) as Layout[]).map((layout) => {
    const problems = [...pageErrors];
    for (const lang of LANGUAGES) {
      const key = `${layout}|${lang}`;
      const space = emptySpace[key];
      console.log(
        `${layout}, ${lang}: empty space below the banner ${(space.reduce((sum, value) => sum + value, 0) / space.length).toFixed(1)} px on average, at most ${Math.max(...space).toFixed(0)} px`,
      );
      if (tooSmall[key]) {
        problems.push(`${lang}: the reserve is smaller than the banner (the page would move when it renders):\n  - ${tooSmall[key].join('\n  - ')}`);
        problems.push(`${lang}: heights this layout needs, by min-width: ${suggestedLadder(natural[key])}`);
      }
    }
    const name = `the reserve holds the banner at every width from ${WIDTHS[0]} to ${WIDTHS.at(-1)} px in English and Spanish, ${layout}`;
    if (!measuredFont)
      return {
        name,
        problems: [],
        skipped: `this machine draws the banner in another font than DejaVu Sans, which the values were measured with${problems.length ? ` (found: ${problems.join('; ')})` : ''}`,
      };
    return { name, problems };
  });
}

async function checkFallbacks(browser: Browser, origin: string): Promise<Outcome> {
  const problems: string[] = [];
  const visible = `[...document.querySelectorAll('.si-fallback')].map((p) => p.id + ':' + p.checkVisibility())`;
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  const off = await withoutScript.newPage();
  await off.goto(`${origin}/fallbacks`);
  const offSeen = (await off.evaluate(visible).catch(async () => {
    // With JavaScript off, evaluate still runs in Playwright's own world; read the layout from there.
    return off.locator('.si-fallback').evaluateAll((nodes) => nodes.map((p) => `${p.id}:${(p as HTMLElement).checkVisibility()}`));
  })) as string[];
  if (offSeen.join() !== 'inside:true,outside:true') problems.push(`with JavaScript off: ${offSeen.join(', ')} (every fallback should show)`);
  await withoutScript.close();

  const withScript = await browser.newContext();
  const on = await withScript.newPage();
  await on.goto(`${origin}/fallbacks`);
  await on.waitForFunction(`customElements.get('si-hotline-banner') !== undefined`);
  const onSeen = (await on.evaluate(visible)) as string[];
  if (onSeen.join() !== 'inside:false,outside:true') problems.push(`with the widgets defined: ${onSeen.join(', ')} (only the one inside should go)`);
  await withScript.close();
  return { name: 'reserve.css hides a fallback only inside the widget that replaces it; with JavaScript off, every fallback shows', problems };
}

async function main(): Promise<Outcome[]> {
  if (!existsSync(resolve(CDN_DIR, 'reserve.css'))) throw new Error('dist/cdn is not built: run `npm run build:cdn` first.');
  const server = await serve();
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    return [...(await checkHeights(browser, origin)), await checkFallbacks(browser, origin)];
  } finally {
    await browser.close();
    server.close();
  }
}

let outcomes: Outcome[];
try {
  outcomes = await main();
} catch (error) {
  outcomes = [{ name: 'set-up', problems: [error instanceof Error ? (error.stack ?? error.message) : String(error)] }];
}
for (const { name, problems, skipped } of outcomes) {
  console.log(`${skipped ? 'skip' : problems.length ? 'FAIL' : 'ok  '} ${name}`);
  if (skipped) console.log(`       skipped: ${skipped}`);
  for (const problem of problems) console.log(`       ${problem}`);
}
const failed = outcomes.filter((outcome) => !outcome.skipped && outcome.problems.length > 0).length;
const skipped = outcomes.filter((outcome) => outcome.skipped).length;
console.log(`\n${outcomes.length - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 ? 1 : 0;
