/**
 * The CDN loader asks for each widget's chunks together with the widget's module, not after it: on a
 * slow network that saves a visitor one round trip per widget. Run after `npm run build:cdn`; part of
 * `npm run e2e`.
 *
 * The page has every element the loader knows and loads only dist/cdn/loader.js. The server holds back
 * each module the loader imports (an element's module) until every chunk that module imports, directly
 * or through other chunks, has been requested, or for at most HOLD_MS. Without the loader's early
 * requests, the browser learns of those chunks only from the held module, so they cannot arrive in
 * time and the check fails. The chunks each module imports are read from the built files themselves,
 * not from the list the build wrote into the loader, so the check does not trust what it checks.
 * One test; the last line is `N passed, N failed`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../.config/chromium.mjs';

const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
/** The longest a module is held; only reached when the loader did not ask for its chunks early. */
const HOLD_MS = 3000;

/** The files a built module imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImportsOf(file: string): string[] {
  const code = readFileSync(resolve(CDN_DIR, file), 'utf8');
  return [...code.matchAll(/\b(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]);
}

function everyImportOf(file: string, found = new Set<string>()): Set<string> {
  for (const imported of staticImportsOf(file)) if (!found.has(imported)) everyImportOf(imported, found.add(imported));
  return found;
}

async function main(): Promise<void> {
  if (!existsSync(resolve(CDN_DIR, 'loader.js'))) throw new Error('dist/cdn is not built: run `npm run build:cdn` first.');
  const loader = readFileSync(resolve(CDN_DIR, 'loader.js'), 'utf8');
  // The loader's map from tag to module: "si-ta-request":()=>import(`./si-ta-request-….js`)
  const modules = new Map([...loader.matchAll(/["']?(si-[a-z-]+)["']?\s*:\s*\(\)\s*=>\s*import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((match) => [match[2], match[1]]));
  if (modules.size === 0) throw new Error("could not read the elements' modules from dist/cdn/loader.js");
  const tags = [...new Set(modules.values())];

  const requested = new Set<string>();
  const held = new Map<string, { waitingFor: Set<string>; release: () => void }>();
  const problems: string[] = [];
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>loader</title>
<script type="module" src="/loader.js"></script></head>
<body>${tags.map((tag) => `<${tag} endpoint="/api/submissions"></${tag}>`).join('\n')}</body></html>`;

  function send(response: ServerResponse, file: string): void {
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(readFileSync(file));
  }
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/') return void response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
    const file = resolve(CDN_DIR, `.${path}`);
    if (!file.startsWith(CDN_DIR.endsWith(sep) ? CDN_DIR : CDN_DIR + sep) || !existsSync(file)) return void response.writeHead(404).end();
    const name = path.slice(1);
    requested.add(name);
    for (const [module, hold] of held) {
      hold.waitingFor.delete(name);
      if (hold.waitingFor.size > 0) continue;
      held.delete(module);
      hold.release();
    }
    if (!modules.has(name)) return send(response, file);
    const waitingFor = new Set([...everyImportOf(name)].filter((chunk) => !requested.has(chunk)));
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
    const undefinedTags = (await tab.evaluate(
      `Promise.all(${JSON.stringify(tags)}.map((tag) => Promise.race([
        customElements.whenDefined(tag).then(() => null),
        new Promise((done) => setTimeout(() => done(tag), ${HOLD_MS * 2})),
      ]))).then((tags) => tags.filter(Boolean))`,
    )) as string[];
    for (const tag of undefinedTags) problems.push(`<${tag}> was not defined`);
  } finally {
    await browser.close();
    server.close();
  }

  if (problems.length) {
    console.error(`The loader left chunks to be found one level at a time:\n- ${problems.join('\n- ')}`);
    console.log('\n0 passed, 1 failed');
    process.exitCode = 1;
  } else {
    console.log(`${tags.join(', ')}: each module's chunks were requested while the module itself was held back.`);
    console.log('\n1 passed, 0 failed');
  }
}

await main();
