/**
 * The CDN loader asks for each widget's files together with the widget's module, not after it: on a
 * slow network that saves a visitor a round trip per level of imports. Run after `npm run build:cdn`;
 * part of `npm run e2e`.
 *
 * Each page has every element the loader knows and loads only dist/cdn/loader.js: an English page, a
 * Spanish one (`<html lang="es">`), and an English page whose widgets show Spanish (half by their own
 * `lang="es"`, half inside `<si-config locale="es">`). The server holds back each module the loader
 * imports (an element's module) until every file it needs has been requested, or for at most HOLD_MS:
 * the chunks it imports, directly or through other chunks, and where it shows Spanish also the Spanish
 * modules it imports lazily (`*.es-<hash>.js`) with their chunks. Without the loader's early requests, the browser
 * learns of those files only from the held module, so they cannot arrive in time and the check fails.
 * The English page must request no Spanish file at all. What each module needs is read from the built
 * files themselves, not from the list the build wrote into the loader, so the check does not trust what
 * it checks. One test per page; the last line is `N passed, N failed`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';
import { CDN_DIR, cdnFile } from '../shared/cdn-files.js';

/** The longest a module is held; only reached when the loader did not ask for its chunks early. */
const HOLD_MS = 3000;

const SPANISH_FILE = /\.es-[\w-]+\.js$/;

/** The files a built module imports: statically (`import … from "./x.js"`, `import "./x.js"`) or lazily. */
function importsOf(file: string): { statically: string[]; lazily: string[] } {
  const code = readFileSync(resolve(CDN_DIR, file), 'utf8');
  const names = (pattern: RegExp) => [...code.matchAll(pattern)].map((match) => match[1]);
  return {
    statically: names(/\b(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g),
    lazily: names(/\bimport\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g),
  };
}

/** The given files and every file they import statically, directly or through each other. */
function withStaticImports(files: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const visit = (file: string): void => {
    if (found.has(file)) return;
    found.add(file);
    importsOf(file).statically.forEach(visit);
  };
  for (const file of files) visit(file);
  return found;
}

/** What an element's module needs before it can show its widget in `lang`, itself left out. */
function filesNeeded(module: string, lang: 'en' | 'es'): Set<string> {
  const needed = withStaticImports([module]);
  if (lang === 'es') {
    const spanish = [...needed].flatMap((file) => importsOf(file).lazily).filter((file) => SPANISH_FILE.test(file));
    for (const file of withStaticImports(spanish)) needed.add(file);
  }
  needed.delete(module);
  return needed;
}

interface Page {
  /** The language its widgets show. */
  lang: 'en' | 'es';
  html: (tags: string[]) => string;
}

const widget = (tag: string, attributes = '') => `<${tag} endpoint="/api/submissions"${attributes}></${tag}>`;
const document = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>loader</title>
<script type="module" src="/loader.js"></script></head><body>${body}</body></html>`;

const PAGES: Record<string, Page> = {
  'English page': { lang: 'en', html: (tags) => document('en', tags.map((tag) => widget(tag)).join('\n')) },
  'Spanish page': { lang: 'es', html: (tags) => document('es', tags.map((tag) => widget(tag)).join('\n')) },
  'English page, Spanish widgets': {
    lang: 'es',
    html: (tags) => {
      const widgets = tags.filter((tag) => tag !== 'si-config');
      const half = Math.ceil(widgets.length / 2);
      const own = widgets.slice(0, half).map((tag) => widget(tag, ' lang="es"'));
      const configured = widgets.slice(half).map((tag) => widget(tag));
      return document('en', `${own.join('\n')}\n<si-config locale="es">${configured.join('\n')}</si-config>`);
    },
  },
};

/** Loads the page with every element, holding each element's module back; returns what went wrong. */
async function loadPage({ lang, html }: Page, modules: Map<string, string>): Promise<string[]> {
  const tags = [...new Set(modules.values())];
  const requested = new Set<string>();
  const held = new Map<string, { waitingFor: Set<string>; release: () => void }>();
  const problems: string[] = [];
  const page = html(tags);

  function send(response: ServerResponse, file: string): void {
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    const file = cdnFile(path);
    if (!file) return void response.writeHead(404).end();
    const name = relative(CDN_DIR, file);
    requested.add(name);
    for (const [module, hold] of held) {
      hold.waitingFor.delete(name);
      if (hold.waitingFor.size > 0) continue;
      held.delete(module);
      hold.release();
    }
    if (!modules.has(name)) return send(response, file);
    const waitingFor = new Set([...filesNeeded(name, lang)].filter((needed) => !requested.has(needed)));
    if (waitingFor.size === 0) return send(response, file);
    const timer = setTimeout(() => {
      problems.push(`<${modules.get(name)}>: ${[...waitingFor].join(', ')} not requested while ${name} was held (${HOLD_MS} ms)`);
      held.delete(name);
      send(response, file);
    }, HOLD_MS);
    held.set(name, { waitingFor, release: () => (clearTimeout(timer), send(response, file)) });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    // Every widget defined and settled, its language loaded (updateComplete waits for that).
    const unsettled = (await tab.evaluate(
      `Promise.all(${JSON.stringify(tags)}.map((tag) => Promise.race([
        customElements.whenDefined(tag).then(() => document.querySelector(tag).updateComplete).then(() => null),
        new Promise((done) => setTimeout(() => done(tag), ${HOLD_MS * 2})),
      ]))).then((tags) => tags.filter(Boolean))`,
    )) as string[];
    for (const tag of unsettled) problems.push(`<${tag}> was not defined and rendered`);
  } finally {
    await browser.close();
    server.close();
  }
  if (lang === 'en') {
    const spanish = [...requested].filter((file) => SPANISH_FILE.test(file));
    if (spanish.length) problems.push(`the English page requested Spanish files: ${spanish.join(', ')}`);
  }
  return problems;
}

async function main(): Promise<void> {
  if (!existsSync(resolve(CDN_DIR, 'loader.js'))) throw new Error('dist/cdn is not built: run `npm run build:cdn` first.');
  const loader = readFileSync(resolve(CDN_DIR, 'loader.js'), 'utf8');
  // The loader's map from tag to module: "si-ta-request":()=>import(`./si-ta-request-….js`)
  const modules = new Map(
    [...loader.matchAll(/["']?(si-[a-z-]+)["']?\s*:\s*\(\)\s*=>\s*import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((match) => [match[2], match[1]]),
  );
  if (modules.size === 0) throw new Error("could not read the elements' modules from dist/cdn/loader.js");

  let failed = 0;
  for (const [name, page] of Object.entries(PAGES)) {
    const problems = await loadPage(page, modules);
    if (problems.length) {
      failed++;
      console.error(`${name}: the loader left files to be found one level at a time:\n- ${problems.join('\n- ')}`);
    } else {
      console.log(`${name}: every element's files were requested while its module was held back${page.lang === 'en' ? ', and no Spanish file' : ''}.`);
    }
  }
  console.log(`\n${Object.keys(PAGES).length - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

await main();
