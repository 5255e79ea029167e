/**
 * The demo server: a county-style site that loads the library the way county web staff would (one
 * script tag from /cdn/), served under a strict Content-Security-Policy with Trusted Types, plus the
 * package's own receiver (src/receiver: the intake at /api/submissions, stored in PGlite or PostgreSQL,
 * and the coordinator's signed-in inbox at /inbox/, where what was sent is read: the intake has no read
 * route). node:http only; `demo/server.ts` runs it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Accounts,
  closeServer,
  createInbox,
  createIntake,
  keepRetention,
  newPassword,
  serverOptions,
  SubmissionStore,
  toNodeListener,
  type InboxOptions,
  type IntakeOptions,
} from '../src/receiver/index.js';

/** Where the demo's widgets post. */
export const INTAKE_PATH = '/api/submissions';
/** Where the coordinator's inbox is. */
export const INBOX_PATH = '/inbox/';
/** The account `npm start` makes on its first run. */
export const DEMO_COORDINATOR = 'coordinator';

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
  /** Requests are deleted this many days after they arrive (default 365); the form's privacy text says it. */
  retentionDays?: number;
  /** The inbox's other settings (time zone, sessions, sign-in limits). */
  inbox?: Pick<InboxOptions, 'timeZone' | 'session' | 'signInLimit' | 'auditRetentionDays' | 'now'>;
  /** Make the coordinator account, with a random password, when there is no account yet (`npm start`). */
  createCoordinator?: boolean;
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
  /** What the intake stored, and the inbox's accounts: the tests read it here. */
  store: SubmissionStore;
  /** The coordinator account and its password, when this start made it (once, on the first run). */
  coordinator?: { username: string; password: string };
  close(): Promise<void>;
}

const policy = (trustedTypePolicies: string) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypePolicies}`;

/** The policy DESIGN.md promises every widget works under: no inline code, no eval, Trusted Types. */
export const CONTENT_SECURITY_POLICY = policy('lit-html');

/** The same for the embed pages; Vue's runtime creates a Trusted Types policy of its own, named vue. */
export const EMBEDS_CONTENT_SECURITY_POLICY = policy('lit-html vue');

type SiteLang = 'en' | 'es';

export interface SitePage {
  /** The page's main content, a file in the site folder (Spanish ones in es/). */
  file: string;
  title: string;
  lang: SiteLang;
  /** The same page in the other language: the language switch links to it. */
  counterpart: string;
}

/** The site's pages in English and in Spanish, in the order of the navigation, with the label each has there. */
const SITE: ReadonlyArray<{ file: string; en: { path: string; title: string; nav: string }; es: { path: string; title: string; nav: string } }> = [
  {
    file: 'index.html',
    en: { path: '/', title: 'Human Trafficking Response Program', nav: 'Home' },
    es: { path: '/es/', title: 'Programa de Respuesta a la Trata de Personas', nav: 'Inicio' },
  },
  {
    file: 'request-training.html',
    en: { path: '/request-training', title: 'Request training', nav: 'Request training' },
    es: { path: '/es/request-training', title: 'Solicitar capacitación', nav: 'Solicitar capacitación' },
  },
  {
    file: 'resources.html',
    en: { path: '/resources', title: 'Resources', nav: 'Resources' },
    es: { path: '/es/resources', title: 'Recursos', nav: 'Recursos' },
  },
  {
    file: 'strict-csp.html',
    en: { path: '/strict-csp', title: 'Strict CSP check', nav: 'Strict CSP check' },
    es: { path: '/es/strict-csp', title: 'Prueba de CSP estricta', nav: 'Prueba de CSP estricta' },
  },
  {
    file: 'embeds.html',
    en: { path: '/embeds', title: 'Embeds in HTML, React and Vue', nav: 'Embeds' },
    es: { path: '/es/embeds', title: 'Inserciones en HTML, React y Vue', nav: 'Inserciones' },
  },
];

/** Each page by its path; layout.html frames them all. */
export const PAGES: Readonly<Record<string, SitePage>> = Object.fromEntries(
  SITE.flatMap(({ file, en, es }) => [
    [en.path, { file, title: en.title, lang: 'en', counterpart: es.path }],
    [es.path, { file: `es/${file}`, title: es.title, lang: 'es', counterpart: en.path }],
  ]),
);

/** The frame's own words, as HTML (the site's own text, never a visitor's). */
export const SITE_TEXT: Readonly<Record<SiteLang, Readonly<Record<string, string>>>> = {
  en: {
    county: 'Juniper Hollow County',
    department: 'Health and Human Services &middot; Human Trafficking Response Program',
    skip: 'Skip to main content',
    navLabel: 'Main',
    otherLanguageLink: 'Español',
    inboxLink: 'Requests inbox (staff)',
    hotlineFallback:
      'National Human Trafficking Hotline: call <a href="tel:+18883737888">1-888-373-7888</a>, text <a href="sms:233733">233733</a>. In immediate danger, call 911.',
    footerHotline:
      'If you are in immediate danger, call 911. The National Human Trafficking Hotline is confidential and open 24 hours a day: call 1-888-373-7888 or text 233733.',
    footerDemo:
      'Juniper Hollow County is fictional. This site demonstrates the survivor-informed-widgets library; what you enter is sent only to this demo server.',
  },
  es: {
    county: 'Condado de Juniper Hollow',
    department: 'Salud y Servicios Humanos &middot; Programa de Respuesta a la Trata de Personas',
    skip: 'Saltar al contenido principal',
    navLabel: 'Principal',
    otherLanguageLink: 'English',
    inboxLink: 'Bandeja de solicitudes (personal)',
    hotlineFallback:
      'Línea Nacional contra la Trata de Personas: llame al <a href="tel:+18883737888">1-888-373-7888</a> o envíe un mensaje de texto al <a href="sms:233733">233733</a>. Si está en peligro inmediato, llame al 911.',
    footerHotline:
      'Si está en peligro inmediato, llame al 911. La Línea Nacional contra la Trata de Personas es confidencial y atiende las 24 horas del día: llame al 1-888-373-7888 o envíe un mensaje de texto al 233733.',
    footerDemo:
      'El Condado de Juniper Hollow es ficticio. Este sitio muestra la biblioteca survivor-informed-widgets; lo que usted escriba se envía solo a este servidor de demostración.',
  },
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

/** A page in the site's frame, in its language, with the navigation marking where the reader is and a link to the same page in the other language. */
async function renderPage(staticRoot: string, pathname: string, page: SitePage, retentionDays: number): Promise<string> {
  const [layout, main] = await Promise.all([readFile(join(staticRoot, 'layout.html'), 'utf8'), readFile(join(staticRoot, page.file), 'utf8')]);
  const nav = SITE.map((entry) => entry[page.lang])
    .map(({ path, nav: label }) => `<li><a href="${path}"${path === pathname ? ' aria-current="page"' : ''}>${label}</a></li>`)
    .join('\n          ');
  const fill: Record<string, string> = {
    ...SITE_TEXT[page.lang],
    lang: page.lang,
    title: page.title,
    home: SITE[0][page.lang].path,
    otherLang: page.lang === 'en' ? 'es' : 'en',
    otherPath: page.counterpart,
    nav,
    // The request form's privacy text says how long the receiver keeps a request.
    main: main.replace(/\{\{retentionDays\}\}/g, String(retentionDays)),
  };
  return layout.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => fill[key] ?? placeholder);
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
    retentionDays = 365,
  } = options;
  const store = options.store ?? (await SubmissionStore.open({ dataDir, databaseUrl, log }));
  let coordinator: DemoServer['coordinator'];
  if (options.createCoordinator) {
    const accounts = new Accounts(store.db);
    if ((await accounts.list()).length === 0) {
      const password = newPassword();
      await accounts.add(DEMO_COORDINATOR, password);
      coordinator = { username: DEMO_COORDINATOR, password };
    }
  }
  // Made once the port is known: the intake answers only to this server's own host names.
  let receive: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => text(res, 503, 'Starting.');
  let inbox: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => text(res, 503, 'Starting.');

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');

    if (pathname === INTAKE_PATH) return receive(req, res);
    // The inbox sets its own, stricter headers (no script at all, no-store, no framing).
    if (pathname.startsWith(INBOX_PATH)) return inbox(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Method not allowed.', { Allow: 'GET, HEAD' });
    if (pathname === INBOX_PATH.slice(0, -1)) {
      res.writeHead(308, { Location: INBOX_PATH, 'Cache-Control': 'no-store' });
      return void res.end();
    }

    const page = PAGES[pathname];
    if (page) return file(res, await renderPage(staticRoot, pathname, page, retentionDays), '.html');
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
  inbox = toNodeListener(createInbox({ store, allowedHosts, prefix: INBOX_PATH, retentionDays, log, ...options.inbox }), log);
  const retention = keepRetention(store, { retentionDays, auditRetentionDays: options.inbox?.auditRetentionDays ?? 400 }, log);

  return {
    url: `http://${host}:${address.port}/`,
    store,
    coordinator,
    async close() {
      retention.stop();
      // Requests under way finish (a second at most) before the store closes.
      await closeServer(server, 1000);
      if (!options.store) await store.close();
    },
  };
}

// Static files are re-read on every request so edits show at once: no-cache, not a long max-age.
function file(res: ServerResponse, content: string | Buffer, extension: string): void {
  res.writeHead(200, { 'Content-Type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
  res.end(content);
}

function text(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(message);
}
