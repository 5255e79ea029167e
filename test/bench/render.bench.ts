/**
 * Render benchmark (issue 9): cold loads of the documented embed snippet in the system Chromium
 * (playwright-core, no downloaded browser) with the CPU slowed 4× (CDP `Emulation.setCPUThrottlingRate`),
 * N = 1, 10 and 100 instances of `si-ta-request` and of `si-hotline-banner`, the median of 9 loads each.
 * It prints figures; it asserts nothing. It exits non-zero only when it cannot measure (no build, a
 * missing page file, elements that never render).
 *
 *   npm run bench:render   (builds the CDN files first)
 *
 * Each load is cold: a fresh browser context (empty cache), CPU throttling and `Performance.enable` set
 * through a CDP session before navigating. The page is served from 127.0.0.1 by a tiny node http server
 * with a strict Content-Security-Policy (no inline script or style, Trusted Types required) and
 * `Cache-Control: no-store`. It is the embed snippet: the library's module script in <head>, a linked
 * stylesheet holding exactly the space-keeping rules the README documents (dist/cdn/reserve.css, as the
 * CDN build ships it), a heading and a paragraph,
 * N elements each with its short light-DOM fallback `<p class="si-fallback">`, and a paragraph after.
 * Every file under dist/cdn is served, so lazily loaded chunks work; nothing else answers but 404.
 *
 * Before the library's script tag sits one tiny same-origin module script (/bench/start.js; module
 * scripts run in document order, so it runs just before the library is evaluated). It observes layout
 * shifts and long animation frames from the start, marks the time, and waits for the elements to render.
 *
 * What is measured, per load (all times `performance.now()` in the page):
 * - render ms, "script evaluated → rendered": from START to END.
 *   START = when the library module's evaluation began: the `executionStart` of the library's script in
 *   the Long Animation Frames API (`long-animation-frame` entries, `invokerType` "module-script"), i.e.
 *   after it was downloaded and compiled. A frame is reported only when it is longer than 50 ms; should a
 *   load have none, START falls back to the later of the start script's mark and the library's
 *   `PerformanceResourceTiming.responseEnd` (earlier, so that load's figure is a little longer), and the
 *   output says how many loads did. With SCRIPT=loader.js it includes fetching whatever the loader
 *   imports, as a visitor would wait for it.
 *   END = `customElements.whenDefined(tag)` has resolved, every instance's `updateComplete` has resolved,
 *   and every instance's shadowRoot has element children. Defining the element upgrades the instances in
 *   the page and queues their first renders as microtasks, and the start script's `whenDefined` callback
 *   runs in that same microtask checkpoint, so END excludes the style, layout and paint that follow.
 * - to frame: START to a task posted from the first animation frame after END, i.e. after that frame's
 *   style, layout and paint: what a visitor waits for.
 * - compile: the library's responseEnd to START (what is left of compiling it after the download, and
 *   queueing behind other work).
 * - layout shift: the sum of all `layout-shift` entries without recent input (PerformanceObserver,
 *   buffered), read after END plus two animation frames and a short settle. The server holds the library's
 *   response back until the page reports that two frames with the fallbacks have been painted (HOLD=paint,
 *   the default), as a slow network would; otherwise the library could upgrade the elements before the
 *   first frame, nothing could shift, and a 0 would prove nothing. HOLD=<ms> holds a fixed time instead
 *   (HOLD=0: not at all). The table shows in how many loads the first paint came before START, the first
 *   instance's height with its fallback and once rendered, and below it what moved (the entries' sources).
 * - main thread / script ms: CDP `Performance.getMetrics` once the load event has fired and the frame
 *   after END is done: `TaskDuration` and `ScriptDuration` of the whole page (parse, style, layout, paint,
 *   every script, the bench's own tiny one included) since navigation.
 *
 * Environment: SCRIPT (file under dist/cdn, default survivor-informed-widgets.js; loader.js for the
 * per-element loader), ELEMENTS and SIZES (comma-separated), RUNS (default 9), HOLD (default paint),
 * CPU_RATE (default 4), LATENCY (ms added to every response by CDP network emulation, default 0: with
 * SCRIPT=loader.js it shows what the loader's round trips cost a visitor on a slow network), PAGE_LANG
 * (the page's `lang`, default en; with es, END waits for the Spanish strings, which load lazily),
 * CHROME_PATH (default: chromium on PATH).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { CDN_DIR, cdnFile } from '../shared/cdn-files.js';
import { median } from './median.js';

/** The library's script, relative to dist/cdn: the one-file build unless SCRIPT says otherwise. */
const SCRIPT = process.env.SCRIPT ?? 'survivor-informed-widgets.js';
const RESERVE_CSS = resolve(CDN_DIR, 'reserve.css');
const ELEMENTS = (process.env.ELEMENTS ?? 'si-ta-request,si-hotline-banner').split(',').map((tag) => tag.trim());
const SIZES = (process.env.SIZES ?? '1,10,100').split(',').map(Number);
const RUNS = Number(process.env.RUNS ?? 9);
/** 'paint': the library's response waits for the page to report two painted frames; a number: that many ms. */
const HOLD = process.env.HOLD ?? 'paint';
const HOLD_MS = HOLD === 'paint' ? 0 : Number(HOLD);
const PAINT_WAIT_MS = 5_000; // the longest the library waits for that report
const CPU_RATE = Number(process.env.CPU_RATE ?? 4);
const LATENCY_MS = Number(process.env.LATENCY ?? 0);
const PAGE_LANG = process.env.PAGE_LANG ?? 'en';
const SETTLE_MS = 100;
const TIMEOUT_MS = 30_000;
const BUDGET_MS = 80; // DESIGN.md: script evaluated to si-ta-request rendered, CPU slowed 4×
const BUDGETED = 'si-ta-request';

/** Each element as the demo site embeds it, with the same fallback text. */
const EMBED: Record<string, string> = {
  'si-ta-request':
    '<si-ta-request endpoint="/api/submissions">\n  <p class="si-fallback">The request form is loading. If it does not appear, call the program office at 555-0100 on weekdays.</p>\n</si-ta-request>',
  'si-hotline-banner':
    '<si-hotline-banner>\n  <p class="si-fallback">National Human Trafficking Hotline: call <a href="tel:+18883737888">1-888-373-7888</a>, text <a href="sms:233733">233733</a>. In immediate danger, call 911.</p>\n</si-hotline-banner>',
};

/** The space-keeping rules the README documents, as the CDN build ships them (dist/cdn/reserve.css). */
function fallbackRules(): string {
  if (!existsSync(RESERVE_CSS)) throw new Error('dist/cdn/reserve.css is missing: run `npm run build:cdn` first.');
  return readFileSync(RESERVE_CSS, 'utf8');
}

function page(tag: string, count: number): string {
  const embed = EMBED[tag] ?? `<${tag}></${tag}>`;
  return `<!doctype html>
<html lang="${PAGE_LANG}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>render bench: ${count} × ${tag}</title>
<link rel="stylesheet" href="/bench/fallback.css">
<script type="module" src="/bench/start.js?tag=${encodeURIComponent(tag)}"></script>
<script type="module" src="/${SCRIPT}"></script>
</head>
<body>
<h1>Training and technical assistance</h1>
<p>Tell us about your organization and what you need. Only the program's training team reads requests.</p>
${Array.from({ length: count }, () => embed).join('\n')}
<p id="after">Questions? Call the program office at 555-0100 on weekdays.</p>
</body>
</html>`;
}

/**
 * Runs just before the library module: marks the time, observes layout shifts from the start, and waits
 * for every instance to render. `whenDefined` resolves when the library defines the element, which
 * upgrades the instances already in the page and queues their first render as microtasks, so END is taken
 * in the same microtask checkpoint as the renders, before any style, layout or paint of the result.
 * FRAME is taken in a task posted from the next animation frame callback, so after that frame's style,
 * layout and paint.
 */
const START_JS = `
const tag = new URL(import.meta.url).searchParams.get('tag');
const bench = (window.__siBench = { shifts: [] });
const describe = (node) => {
  if (!node) return '(gone)';
  const element = node.nodeType === 1 ? node : node.parentElement;
  if (!element) return node.nodeName;
  const root = element.getRootNode();
  const where = root instanceof ShadowRoot ? root.host : element;
  const same = where.parentElement ? [...where.parentElement.children].filter((e) => e.localName === where.localName) : [where];
  const index = !where.id && same.length > 1 ? '[' + same.indexOf(where) + ']' : '';
  const label = (e) => e.localName + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : '');
  return (node.nodeType === 1 ? '' : '#text in ') + (where === element ? label(element) + index : label(where) + index + ' >>> ' + label(element));
};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    bench.shifts.push({
      value: entry.value,
      hadRecentInput: entry.hadRecentInput,
      startTime: entry.startTime,
      sources: entry.sources.map((source) => ({
        node: describe(source.node),
        dy: Math.round(source.currentRect.y - source.previousRect.y),
        dh: Math.round(source.currentRect.height - source.previousRect.height),
      })),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });
// Long Animation Frames name the library's module script and when its evaluation began (executionStart,
// after compilation): the START of "script evaluated → rendered" when the frame was long enough to report.
bench.scripts = [];
new PerformanceObserver((list) => {
  for (const frame of list.getEntries())
    for (const script of frame.scripts)
      bench.scripts.push({ invokerType: script.invokerType, sourceURL: script.sourceURL, startTime: script.startTime, executionStart: script.executionStart, duration: script.duration });
}).observe({ type: 'long-animation-frame', buffered: true });
bench.done = customElements.whenDefined(tag).then(async () => {
  const elements = [...document.querySelectorAll(tag)];
  await Promise.all(elements.map((element) => element.updateComplete));
  bench.end = performance.now();
  bench.count = elements.length;
  bench.rendered = elements.filter((element) => element.shadowRoot && element.shadowRoot.children.length > 0).length;
  bench.frame = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
  return bench.end;
});
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
afterFrame()
  .then(afterFrame)
  .then(() => {
    // Layout is clean after a frame, so this reads it without forcing any work.
    const first = document.querySelector(tag);
    if (first && !customElements.get(tag)) bench.heightBefore = first.getBoundingClientRect().height;
    return fetch('/bench/painted', { method: 'POST' });
  });
bench.beforeLibrary = performance.now();
`;

function serve(css: string): Promise<Server> {
  const headers = {
    'Cache-Control': 'no-store',
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; object-src 'none'; base-uri 'none'",
  };
  const text = (type: string) => ({ ...headers, 'Content-Type': `${type}; charset=utf-8` });
  // One load at a time: the page request arms the hold, the page's report after painting releases it.
  let painted: Promise<void> = Promise.resolve();
  let reportPainted = () => {};
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      painted = new Promise((release, reject) => {
        reportPainted = release;
        setTimeout(() => reject(new Error('no paint report')), PAINT_WAIT_MS).unref();
      });
      painted.catch(() => undefined);
      const tag = url.searchParams.get('tag') ?? BUDGETED;
      response.writeHead(200, text('text/html')).end(page(tag, Number(url.searchParams.get('n') ?? 1)));
    } else if (url.pathname === '/bench/fallback.css') response.writeHead(200, text('text/css')).end(css);
    else if (url.pathname === '/bench/painted') {
      reportPainted();
      response.writeHead(204, headers).end();
    } else if (url.pathname === '/bench/start.js') response.writeHead(200, text('text/javascript')).end(START_JS);
    else if (url.pathname === '/favicon.ico') response.writeHead(204, headers).end();
    else {
      // Any file under dist/cdn (the library and its lazily loaded chunks); the library itself is held
      // back (HOLD), as a slow network would, so the fallbacks are painted before it runs.
      const file = cdnFile(url.pathname);
      if (!file) {
        response.writeHead(404, headers).end(); // including POST /api/submissions: nothing is sent
        return;
      }
      const body = readFileSync(file);
      const type = file.endsWith('.js')
        ? 'text/javascript'
        : file.endsWith('.css')
          ? 'text/css'
          : file.endsWith('.json')
            ? 'application/json'
            : 'application/octet-stream';
      const send = () => response.writeHead(200, text(type)).end(body);
      if (url.pathname !== `/${SCRIPT}`) send();
      else if (HOLD === 'paint') painted.then(send, send);
      else setTimeout(send, HOLD_MS);
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

interface Shift {
  value: number;
  hadRecentInput: boolean;
  startTime: number;
  sources: { node: string; dy: number; dh: number }[];
}
interface LoafScript {
  invokerType: string;
  sourceURL: string;
  startTime: number;
  executionStart: number;
  duration: number;
}
interface Load {
  renderMs: number;
  frameMs: number;
  paintedFirst: boolean;
  startFromLoaf: boolean;
  /** The first instance's height with its fallback (painted, before the library ran) and once rendered. */
  heightBefore: number;
  heightAfter: number;
  /** The library's responseEnd to its evaluation start (what is left of compiling it, and queueing). */
  compileMs: number;
  shift: number;
  shifts: Shift[];
  taskMs: number;
  scriptMs: number;
}

const ms = (value: number) => (Number.isNaN(value) ? '–' : `${value.toFixed(0)} ms`);
const px = (value: number) => (Number.isNaN(value) ? '?' : value.toFixed(0));

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function coldLoad(browser: Browser, origin: string, tag: string, count: number, problems: string[]): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const tab = await context.newPage();
    tab.on('pageerror', (error) => problems.push(`${tag} ×${count}: page error: ${error.message}`));
    tab.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${tag} ×${count}: console ${message.type()}: ${message.text()}`);
    });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    await cdp.send('Performance.enable');
    if (LATENCY_MS > 0) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: LATENCY_MS, downloadThroughput: -1, uploadThroughput: -1 });
    }
    await tab.goto(`${origin}/?tag=${encodeURIComponent(tag)}&n=${count}`, { waitUntil: 'load' });
    const timing = await withTimeout(
      tab.evaluate(async (script: string) => {
        type Bench = { beforeLibrary: number; done?: Promise<number>; count: number; rendered: number; frame: number };
        const bench = (window as unknown as { __siBench?: Bench }).__siBench;
        if (!bench?.done) throw new Error('the bench scripts did not run (blocked by the CSP, or not served?)');
        const end = await bench.done;
        const library = performance.getEntriesByType('resource').find((entry) => new URL(entry.name).pathname === `/${script}`) as
          PerformanceResourceTiming | undefined;
        return {
          beforeLibrary: bench.beforeLibrary,
          responseEnd: library?.responseEnd ?? Number.NaN,
          end,
          frame: bench.frame,
          count: bench.count,
          rendered: bench.rendered,
        };
      }, SCRIPT),
      `${count} × ${tag} rendering`,
    );
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => (metrics.find((entry) => entry.name === name)?.value ?? Number.NaN) * 1000;
    if (timing.rendered !== count || timing.count !== count) throw new Error(`only ${timing.rendered} of ${count} ${tag} rendered (${timing.count} found)`);
    if (Number.isNaN(timing.responseEnd)) throw new Error(`no resource timing for /${SCRIPT}`);
    const settled = await tab.evaluate(
      async ([settleMs, tag]) => {
        await new Promise((next) => requestAnimationFrame(() => requestAnimationFrame(next)));
        await new Promise((next) => setTimeout(next, settleMs));
        const paint = performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN;
        const bench = (window as unknown as { __siBench: { shifts: Shift[]; scripts: LoafScript[]; heightBefore?: number } }).__siBench;
        const heightAfter = document.querySelector(tag)?.getBoundingClientRect().height ?? Number.NaN;
        return { paint, shifts: bench.shifts, scripts: bench.scripts, heightBefore: bench.heightBefore ?? Number.NaN, heightAfter };
      },
      [SETTLE_MS, tag] as const,
    );
    // START: when the library's module evaluation began, as Long Animation Frames report it; else the
    // later of the module before it having run and the library's responseEnd (an earlier, safe bound).
    const evaluated = settled.scripts
      .filter((entry) => entry.invokerType === 'module-script' && URL.canParse(entry.sourceURL) && new URL(entry.sourceURL).pathname === `/${SCRIPT}`)
      .sort((a, b) => a.executionStart - b.executionStart)[0];
    const start = evaluated?.executionStart ?? Math.max(timing.beforeLibrary, timing.responseEnd);
    const counted = settled.shifts.filter((entry) => !entry.hadRecentInput);
    return {
      renderMs: timing.end - start,
      frameMs: timing.frame - start,
      paintedFirst: settled.paint < start,
      startFromLoaf: evaluated !== undefined,
      heightBefore: settled.heightBefore,
      heightAfter: settled.heightAfter,
      compileMs: evaluated ? evaluated.executionStart - timing.responseEnd : Number.NaN,
      shift: counted.reduce((sum, entry) => sum + entry.value, 0),
      shifts: counted,
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const scriptFile = resolve(CDN_DIR, SCRIPT);
  if (!existsSync(scriptFile)) {
    console.error(`dist/cdn/${SCRIPT} is missing: run \`npm run build:cdn\` first.`);
    process.exitCode = 1;
    return;
  }
  let css: string;
  try {
    css = fallbackRules();
  } catch (error) {
    console.error(String(error));
    process.exitCode = 1;
    return;
  }
  const server = await serve(css);
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let browser: Browser | undefined;
  const problems: string[] = [];
  const summary: { tag: string; count: number; renderMs: number; shift: number }[] = [];
  const shifted = new Map<string, string>();
  let fallbackStarts = 0;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    console.log(
      `Chromium ${browser.version()}, CPU slowed ${CPU_RATE}×${LATENCY_MS > 0 ? `, ${LATENCY_MS} ms added to every response` : ''}${PAGE_LANG === 'en' ? '' : `, page lang="${PAGE_LANG}"`}, ${RUNS} cold loads per row (fresh context, no cache), script /${SCRIPT} held ${HOLD === 'paint' ? 'until the page has painted twice' : `${HOLD_MS} ms`}`,
    );
    console.log('Timings come from a shared, noisy 2-core machine: compare rows of one run, not runs of different days.');
    console.log("render   = START (the library module's evaluation begins: Long Animation Frame script executionStart)");
    console.log("           → END (whenDefined resolved, every instance's updateComplete resolved, each shadow root has children); no layout/paint");
    console.log("compile  = the library's responseEnd → START (what is left of compiling it after the download, and queueing)");
    console.log('to frame = START → the first frame after END (its style, layout and paint) is done');
    console.log('shift    = sum of layout-shift entries without recent input, read after END + 2 frames + settle');
    console.log('main/script = CDP Performance.getMetrics TaskDuration/ScriptDuration, whole page, navigation → load event and that frame');
    console.log('painted  = loads whose first paint came before START (fallbacks on screen, so a shift could be seen)');
    console.log("height   = the first instance's height in px with its fallback → rendered (viewport 1280×800)\n");
    console.log('element              N   render median  min–max ms   to frame   compile   shift      height   main ms   script ms   painted   budget');
    for (const tag of ELEMENTS) {
      for (const count of SIZES) {
        const loads: Load[] = [];
        for (let run = 0; run < RUNS; run++) loads.push(await coldLoad(browser, origin, tag, count, problems));
        const renderMs = median(loads.map((load) => load.renderMs));
        const shift = median(loads.map((load) => load.shift));
        let verdict = '';
        if (tag === BUDGETED && count === 1)
          verdict = `${renderMs <= BUDGET_MS ? `within ${BUDGET_MS} ms` : 'over'}; CLS ${shift === 0 ? '0' : shift.toFixed(3)}`;
        else if (count === 1) verdict = `CLS ${shift === 0 ? '0' : shift.toFixed(3)}`;
        summary.push({ tag, count, renderMs, shift });
        for (const load of loads)
          for (const entry of load.shifts)
            for (const source of entry.sources)
              shifted.set(`${tag} ×${count}: ${source.node}`, `moved ${source.dy} px, height ${source.dh >= 0 ? '+' : ''}${source.dh} px`);
        const renders = loads.map((load) => load.renderMs);
        fallbackStarts += loads.filter((load) => !load.startFromLoaf).length;
        console.log(
          [
            tag.padEnd(18),
            String(count).padStart(3),
            `${renderMs.toFixed(1)} ms`.padStart(15),
            `${Math.min(...renders).toFixed(0)}–${Math.max(...renders).toFixed(0)}`.padStart(11),
            `${median(loads.map((load) => load.frameMs)).toFixed(0)} ms`.padStart(10),
            ms(median(loads.map((load) => load.compileMs))).padStart(9),
            shift.toFixed(3).padStart(7),
            `${px(median(loads.map((load) => load.heightBefore)))}→${px(median(loads.map((load) => load.heightAfter)))}`.padStart(11),
            median(loads.map((load) => load.taskMs))
              .toFixed(0)
              .padStart(9),
            median(loads.map((load) => load.scriptMs))
              .toFixed(0)
              .padStart(11),
            `${loads.filter((load) => load.paintedFirst).length}/${RUNS}`.padStart(9),
            `  ${verdict}`,
          ].join(' '),
        );
      }
    }
  } catch (error) {
    console.error(`\ncannot measure: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await browser?.close();
    server.close();
  }
  if (fallbackStarts) {
    console.log(
      `\n${fallbackStarts} load(s) had no long-animation-frame entry for /${SCRIPT}: their START is the later of the module before it having run and its responseEnd (earlier, so their render ms are a little longer).`,
    );
  }
  const budgeted = summary.find((row) => row.tag === BUDGETED && row.count === 1);
  if (budgeted) {
    console.log(
      `\nBudget (DESIGN.md) script evaluated → ${BUDGETED} rendered, CPU slowed 4× ≤ ${BUDGET_MS} ms: ${budgeted.renderMs <= BUDGET_MS ? `within ${BUDGET_MS} ms` : 'over'} (median ${budgeted.renderMs.toFixed(1)} ms${CPU_RATE === 4 ? '' : `, but CPU_RATE is ${CPU_RATE}`})`,
    );
  }
  if (summary.length) {
    const nonzero = summary.filter((row) => row.shift !== 0);
    console.log(
      `Budget (DESIGN.md) layout shift from the documented embed snippet = 0: ${nonzero.length ? nonzero.map((row) => `${row.tag} ×${row.count} ${row.shift.toFixed(3)}`).join(', ') : '0 in every row'}`,
    );
  }
  if (shifted.size) {
    console.log('\nWhat shifted (layout-shift sources of any load; rects are clipped to the viewport, so a height change of -h means it left the view):');
    for (const [node, how] of shifted) console.log(`  ${node}: ${how}`);
  }
  if (problems.length) {
    console.log(`\n${problems.length} console error(s)/warning(s) or page error(s) (reported, not failed):`);
    for (const problem of [...new Set(problems)]) console.log(`  ${problem}`);
  }
}

await main();
