/**
 * The demo server: a county-style site that loads the library the way county web staff would (one
 * script tag from /cdn/), served under a strict Content-Security-Policy with Trusted Types, plus the
 * package's own receiver (src/receiver: the intake at /api/submissions, stored in PGlite or PostgreSQL)
 * and a page listing what it stored, read through the store (the intake has no read route).
 * node:http only; `demo/server.ts` runs it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeServer, createIntake, serverOptions, SubmissionStore, toNodeListener, type IntakeOptions } from '../src/receiver/index.js';
import { renderSubmissionsPage } from './submissions-page.js';

/** Where the demo's widgets post. */
export const INTAKE_PATH = '/api/submissions';

export interface DemoServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** The PGlite data folder (ignored with `databaseUrl`); leave both out for a database in memory. */
  dataDir?: string;
  /** A PostgreSQL server instead of PGlite. */
  databaseUrl?: string;
  /** A store already open (tests share one); `close()` leaves it open. */
  store?: SubmissionStore;
  allowedOrigins?: readonly string[];
  /** The intake's limits (rate limit, body size, depth), when a test needs others than the defaults. */
  intake?: Pick<IntakeOptions, 'rateLimit' | 'maxBodyBytes' | 'maxDepth'>;
  /** The folder of the site's pages and stylesheet (default demo/site). */
  staticRoot?: string;
  /** The folder of the one-file CDN build (default dist/cdn). */
  cdnRoot?: string;
  /** The folder of the built React and Vue embed pages (default dist/embeds). */
  embedsRoot?: string;
  host?: string;
  log?: (message: string) => void;
}

export interface DemoServer {
  url: string;
  /** What the intake stored: the demo's Submissions page and the tests read it here. */
  store: SubmissionStore;
  close(): Promise<void>;
}

const policy = (trustedTypePolicies: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypePolicies}`;

/** The policy DESIGN.md promises every widget works under: no inline code, no eval, Trusted Types. */
export const CONTENT_SECURITY_POLICY = policy('lit-html');

/** The same for the embed pages; Vue's runtime creates a Trusted Types policy of its own, named vue. */
export const EMBEDS_CONTENT_SECURITY_POLICY = policy('lit-html vue');

/** Each page's main content (a file in the site folder) and its title; layout.html frames them all. */
export const PAGES: Readonly<Record<string, { file: string; title: string }>> = {
  '/': { file: 'index.html', title: 'Human Trafficking Response Program' },
  '/request-training': { file: 'request-training.html', title: 'Request training' },
  '/resources': { file: 'resources.html', title: 'Resources' },
  '/strict-csp': { file: 'strict-csp.html', title: 'Strict CSP check' },
  '/embeds': { file: 'embeds.html', title: 'Embeds in HTML, React and Vue' },
  '/submissions': { file: 'submissions.html', title: 'Received submissions' },
};

const ASSETS: Readonly<Record<string, string>> = { '/site.css': 'site.css', '/favicon.svg': 'favicon.svg' };
const CDN_FILE = /^\/cdn\/([\w-]+(?:\.[\w-]+)*\.(?:js|map|css))$/;

/**
 * The embed pages: the plain HTML one as written (demo/embeds), the React and Vue ones as
 * `npm run build:embeds` builds them (dist/embeds), with their scripts.
 */
const EMBED_PAGES: Readonly<Record<string, { root: 'source' | 'built'; file: string }>> = {
  '/embeds/html': { root: 'source', file: 'html.html' },
  '/embeds/html-events.js': { root: 'source', file: 'html-events.js' },
  '/embeds/react': { root: 'built', file: 'react.html' },
  '/embeds/vue': { root: 'built', file: 'vue.html' },
};
const EMBED_ASSET = /^\/embeds\/(assets\/[\w-]+(?:\.[\w-]+)*\.js)$/;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const here = fileURLToPath(new URL('.', import.meta.url));

/** A page in the site's frame, with the navigation marking where the reader is. */
async function renderPage(staticRoot: string, pathname: string, page: { file: string; title: string }): Promise<string> {
  const [layout, main] = await Promise.all([readFile(join(staticRoot, 'layout.html'), 'utf8'), readFile(join(staticRoot, page.file), 'utf8')]);
  return layout
    .replace('<!--title-->', () => page.title)
    .replace('<!--main-->', () => main)
    .replace(`<a href="${pathname}">`, () => `<a href="${pathname}" aria-current="page">`);
}

export async function createDemoServer(options: DemoServerOptions): Promise<DemoServer> {
  const {
    port,
    dataDir,
    databaseUrl,
    allowedOrigins = [],
    staticRoot = join(here, 'site'),
    cdnRoot = join(here, '..', 'dist', 'cdn'),
    embedsRoot = join(here, '..', 'dist', 'embeds'),
    host = '127.0.0.1',
    log = console.log,
  } = options;
  const store = options.store ?? (await SubmissionStore.open({ dataDir, databaseUrl, log }));
  // Made once the port is known: the intake answers only to this server's own host names.
  let receive: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => text(res, 503, 'Starting.');

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');

    if (pathname === INTAKE_PATH) return receive(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });

    const page = PAGES[pathname];
    if (page) {
      const html = await renderPage(staticRoot, pathname, page);
      // The submissions page lists what people sent: never keep a copy in a cache.
      return pathname === '/submissions'
        ? file(res, renderSubmissionsPage(html, await store.list({ limit: 200 })), '.html', 'no-store')
        : file(res, html, '.html');
    }
    const asset = ASSETS[pathname];
    if (asset) return file(res, await readFile(join(staticRoot, asset)), extname(asset));

    const builtAsset = EMBED_ASSET.exec(pathname)?.[1];
    const embed = EMBED_PAGES[pathname] ?? (builtAsset ? { root: 'built', file: builtAsset } : undefined);
    if (embed) {
      res.setHeader('Content-Security-Policy', EMBEDS_CONTENT_SECURITY_POLICY);
      const path = join(embed.root === 'source' ? join(here, 'embeds') : embedsRoot, embed.file);
      const content = await readFile(path).catch(() => undefined);
      if (content) return file(res, content, extname(embed.file));
      log(`404 ${pathname}: ${path} does not exist. Build the embed pages with \`npm run build:embeds\`.`);
      return text(res, 404, 'The embed pages are not built yet: run `npm run build:embeds`.');
    }

    const cdn = CDN_FILE.exec(pathname);
    if (cdn) {
      const content = await readFile(join(cdnRoot, cdn[1])).catch(() => undefined);
      if (content) return file(res, content, extname(cdn[1]));
      log(`404 ${pathname}: ${join(cdnRoot, cdn[1])} does not exist. Build it with \`npm run build:cdn\`.`);
      return text(res, 404, 'The library is not built yet: run `npm run build:cdn`.');
    }
    return text(res, 404, 'Not found.');
  }

  const server = createServer(serverOptions(), (req, res) => {
    route(req, res).catch((error: unknown) => {
      log(`500 ${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      if (!res.headersSent) text(res, 500, 'Something went wrong on the demo server.');
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const allowedHosts = [`${host}:${address.port}`, ...(host === '127.0.0.1' ? [`localhost:${address.port}`] : [])];
  receive = toNodeListener(createIntake({ store, allowedHosts, allowedOrigins, log, ...options.intake }), log);

  return {
    url: `http://${host}:${address.port}/`,
    store,
    async close() {
      // Requests under way finish (a second at most) before the store closes.
      await closeServer(server, 1000);
      if (!options.store) await store.close();
    },
  };
}

// Static files are re-read on every request so edits show at once: no-cache, not a long max-age.
function file(res: ServerResponse, content: string | Buffer, extension: string, cacheControl = 'no-cache'): void {
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': cacheControl });
  res.end(content);
}

function text(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}
