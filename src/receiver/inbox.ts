/**
 * The coordinator's inbox: server-rendered pages, in English and Spanish, where program staff read,
 * triage, export and delete the requests the intake stored, behind a sign-in. A Fetch API handler
 * under its own path prefix (`/inbox/` by default), mounted beside the intake (node.ts `mount`).
 *
 * Security, in order: the Host allow-list (421, as the intake); every response carries a strict
 * Content-Security-Policy (no script at all, styles only from the inbox's own stylesheet),
 * `Cache-Control: no-store`, no referrer to any other site and `frame-ancestors 'none'`. Every page but the sign-in
 * page and the stylesheet needs a session: a random 256-bit token in an HttpOnly, SameSite=Strict
 * cookie (Secure and `__Host-` prefixed everywhere but on loopback), kept hashed in the database with
 * an absolute expiry and an idle timeout (accounts.ts). Every POST must come from the inbox's own
 * origin (Origin, and Sec-Fetch-Site when the browser sends it) and, once signed in, carry the
 * session's CSRF token. A request that carries a session but comes from another site is refused.
 * Sign-in is rate-limited per account name and per client; passwords are scrypt hashes
 * (passwords.ts). Optionally, a reverse proxy that does single sign-on may name the user in a header,
 * trusted only from the proxy's own addresses. Everything a coordinator does is in the audit log.
 */
import { toCsv } from '../core/files.js';
import { Accounts, normalUsername, sameSecret, SESSION_DEFAULTS, Sessions, type InboxLang, type Session, type SessionLimits } from './accounts.js';
import { answersOf, summaryOf, type Answer } from './answers.js';
import { AuditLog, type AuditEntry, type NewAuditEntry } from './audit.js';
import { markup, raw, type Html } from './html.js';
import { INBOX_CSS } from './inbox-styles.js';
import { INBOX_STRINGS, type InboxStrings } from './inbox-strings.js';
import { normalHost, type ClientInfo, type Handler } from './intake.js';
import { clientKey, RateLimiter, readLimited, type RateLimit } from './limits.js';
import { isStatus, NOTE_MAX, REFERENCE_PATTERN, STATUSES, type Submission, type SubmissionFilter, type SubmissionStore } from './store.js';
import { revealInvisible } from './text.js';

export interface InboxOptions {
  store: SubmissionStore;
  /** The Host header values the inbox answers to (as the intake's `allowedHosts`). */
  allowedHosts: readonly string[];
  /** The path the inbox lives under, ending in `/` (default `/inbox/`). */
  prefix?: string;
  /**
   * The origin people open the inbox at (`https://intake.example.gov`), when a proxy in front
   * changes the scheme: POSTs must come from exactly it, and the session cookie is Secure when it is
   * https. Without it, a POST's Origin must name the request's own Host, and the cookie is Secure
   * unless the Host is loopback.
   */
  publicOrigin?: string;
  /** What the list says about retention (the receiver deletes; the inbox only tells). 0: kept until deleted. */
  retentionDays?: number;
  /** What the audit page says about its own retention. */
  auditRetentionDays?: number;
  /** The time zone dates are shown and filtered in (an IANA name; default the server's). */
  timeZone?: string;
  session?: SessionLimits;
  /** Failed sign-ins allowed per account name and per client before they must wait. */
  signInLimit?: { account: RateLimit; client: RateLimit };
  /** Count the client by the last X-Forwarded-For address (exactly one reverse proxy in front). */
  trustProxy?: boolean;
  /**
   * Single sign-on by the reverse proxy: the header that names the signed-in user, trusted only on
   * requests from `addresses` (the proxy's own). The user must have an inbox account
   * (`si-receiver add-user NAME --no-password`). Off unless set.
   */
  proxyAuth?: { header: string; addresses: readonly string[] };
  /** Requests per page (default 25). */
  pageSize?: number;
  /** The clock of the sign-in limits (tests). */
  now?: () => number;
  log?: (message: string) => void;
}

export const INBOX_DEFAULTS = {
  prefix: '/inbox/',
  pageSize: 25,
  signInLimit: { account: { max: 5, perSeconds: 900 }, client: { max: 20, perSeconds: 900 } },
} as const;

/** No script at all; styles only from the inbox's stylesheet; no framing; forms post only here. */
export const INBOX_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; require-trusted-types-for 'script'";

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': INBOX_CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-store',
  // No referrer ever leaves the inbox's origin. Not `no-referrer`: with it, browsers send `Origin: null`
  // on the inbox's own forms, and the Origin check could not tell them from another site's.
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Robots-Tag': 'noindex, nofollow',
};

const TYPES = ['ta-request', 'checklist', 'self-assessment'] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const AREA_MAX = 120;
const FORM_MAX_BYTES = 64 * 1024;
const EXPORT_MAX = 50_000;

interface Context {
  request: Request;
  url: URL;
  lang: InboxLang;
  s: InboxStrings;
  session?: Session;
  token?: string;
  /** Set-Cookie values to add to the answer. */
  cookies: string[];
  address?: string;
}

interface FieldError {
  /** The id of the field the summary links to. */
  field: string;
  message: string;
}

function isValidDate(iso: string): boolean {
  if (!ISO_DATE.test(iso)) return false;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso);
}

function isLoopbackHost(host: string): boolean {
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The peer's address without the IPv4-mapped prefix, for comparing with configured addresses. */
function plainAddress(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

function parseCookies(header: string | null): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) cookies.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  return cookies;
}

/** The language the browser prefers of the two, by Accept-Language and its q-values. */
export function preferredLang(header: string | null): InboxLang {
  let best: { lang: InboxLang; q: number } = { lang: 'en', q: 0 };
  for (const item of (header ?? '').split(',')) {
    const [tag, ...params] = item.trim().toLowerCase().split(';');
    const q = Number(
      params
        .find((param) => param.trim().startsWith('q='))
        ?.trim()
        .slice(2) ?? 1,
    );
    const lang = tag.startsWith('es') ? 'es' : tag.startsWith('en') ? 'en' : undefined;
    if (lang && q > best.q) best = { lang, q };
  }
  return best.lang;
}

export function createInbox(options: InboxOptions): Handler {
  const { store, log = console.error, trustProxy = false } = options;
  const prefix = options.prefix ?? INBOX_DEFAULTS.prefix;
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new Error(`The inbox's prefix must start and end with /, not "${prefix}".`);
  const hosts = new Set(options.allowedHosts.map(normalHost));
  if (hosts.size === 0) throw new Error('The inbox needs at least one allowed host name (allowedHosts, SI_ALLOWED_HOSTS).');
  const publicOrigin = options.publicOrigin ? new URL(options.publicOrigin).origin : undefined;
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const retentionDays = options.retentionDays ?? 0;
  const auditRetentionDays = options.auditRetentionDays ?? 400;
  const pageSize = options.pageSize ?? INBOX_DEFAULTS.pageSize;
  const limits = options.signInLimit ?? INBOX_DEFAULTS.signInLimit;
  const accountLimiter = new RateLimiter(limits.account, options.now);
  const clientLimiter = new RateLimiter(limits.client, options.now);
  const accounts = new Accounts(store.db);
  const sessions = new Sessions(store.db, options.session ?? SESSION_DEFAULTS);
  const audit = new AuditLog(store.db);
  const proxyAddresses = new Set((options.proxyAuth?.addresses ?? []).map(plainAddress));
  const proxyHeader = options.proxyAuth?.header.toLowerCase();

  const formats = new Map<InboxLang, Intl.DateTimeFormat>();
  const when = (date: Date, lang: InboxLang) => {
    let format = formats.get(lang);
    if (!format) {
      format = new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
        timeZone,
      });
      formats.set(lang, format);
    }
    return format.format(date);
  };
  const timeTag = (date: Date, lang: InboxLang) => markup`<time datetime="${date.toISOString()}">${when(date, lang)}</time>`;
  const localDate = (date: Date) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(date);

  const secureFor = (host: string) => (publicOrigin ? publicOrigin.startsWith('https:') : !isLoopbackHost(host));
  const cookieName = (host: string) => (secureFor(host) ? '__Host-si-inbox' : 'si-inbox');
  const sessionCookie = (host: string, token: string) => `${cookieName(host)}=${token}; Path=/; HttpOnly; SameSite=Strict${secureFor(host) ? '; Secure' : ''}`;
  const clearCookie = (host: string) => `${cookieName(host)}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secureFor(host) ? '; Secure' : ''}`;

  const path = (rest = '') => prefix + rest;

  // ---- answers ----

  function respond(ctx: Context | undefined, status: number, body: string | Html | null, headers: Record<string, string> = {}): Response {
    const all = new Headers({ ...SECURITY_HEADERS, ...headers });
    for (const cookie of ctx?.cookies ?? []) all.append('Set-Cookie', cookie);
    if (body !== null && !all.has('Content-Type')) all.set('Content-Type', 'text/html; charset=utf-8');
    if (ctx?.request.method === 'HEAD') body = null;
    return new Response(body === null ? null : String(body), { status, headers: all });
  }

  const redirect = (ctx: Context, location: string) => respond(ctx, 303, null, { Location: location });

  function layout(ctx: Context, options: { title: string; main: Html; current?: 'requests' | 'audit'; error?: boolean }): Html {
    const { s, lang, session } = ctx;
    const other: InboxLang = lang === 'en' ? 'es' : 'en';
    const here = ctx.url.pathname + ctx.url.search;
    let account: Html;
    if (session) {
      account = markup`<div class="account">
        <span>${s.signedInAs(session.username)}</span>
        <form method="post" action="${path('language')}">
          <input type="hidden" name="csrf" value="${session.csrfToken}" />
          <input type="hidden" name="lang" value="${other}" />
          <input type="hidden" name="back" value="${here}" />
          <button class="link-button" type="submit" lang="${other}">${s.otherLanguage}</button>
        </form>
        <form method="post" action="${path('sign-out')}">
          <input type="hidden" name="csrf" value="${session.csrfToken}" />
          <button class="link-button" type="submit">${s.signOut}</button>
        </form>
      </div>`;
    } else {
      const switchTo = new URL(ctx.url);
      switchTo.searchParams.set('lang', other);
      account = markup`<p class="account"><a href="${switchTo.pathname + switchTo.search}" lang="${other}" hreflang="${other}">${s.otherLanguage}</a></p>`;
    }
    const nav = session
      ? markup`<nav class="inbox-nav" aria-label="${s.navLabel}">
          <ul class="wrap">
            <li><a href="${path()}"${options.current === 'requests' ? raw(' aria-current="page"') : ''}>${s.navRequests}</a></li>
            <li><a href="${path('audit')}"${options.current === 'audit' ? raw(' aria-current="page"') : ''}>${s.navAudit}</a></li>
          </ul>
        </nav>`
      : '';
    return markup`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${options.error ? `${s.errorPrefix} ` : ''}${options.title} | ${s.product}</title>
    <link rel="stylesheet" href="${path('inbox.css')}" />
    <link rel="icon" href="${path('icon.svg')}" type="image/svg+xml" />
  </head>
  <body>
    <a class="skip-link" href="#main">${s.skip}</a>
    <header class="inbox-header">
      <div class="wrap header-row">
        <p class="product"><a href="${path()}">${s.product}</a></p>
        ${account}
      </div>
      ${nav}
    </header>
    <main id="main" class="wrap" tabindex="-1">${options.main}</main>
  </body>
</html>
`;
  }

  function errorSummary(s: InboxStrings, errors: readonly FieldError[], heading = s.errorSummary): Html | '' {
    if (!errors.length) return '';
    return markup`<div class="error-summary" role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${heading}</h2>
      <ul>
        ${errors.map((error) => markup`<li><a href="#${error.field}">${error.message}</a></li>`)}
      </ul>
    </div>`;
  }

  const notice = (text: string) => markup`<div class="notice" role="status" tabindex="-1" autofocus><p>${text}</p></div>`;

  /** Previous, "page 2 of 5" and next, when there is more than one page; `pageLink` makes each link. */
  function pagination(s: InboxStrings, page: number, pages: number, pageLink: (target: number, label: string, rel: string) => Html): Html | '' {
    if (pages <= 1) return '';
    return markup`<nav class="pagination" aria-label="${s.pagination}">
      <ul>
        ${page > 1 ? pageLink(page - 1, s.previous, 'prev') : ''}
        <li aria-current="page">${s.pageOf(page, pages)}</li>
        ${page < pages ? pageLink(page + 1, s.next, 'next') : ''}
      </ul>
    </nav>`;
  }

  function messagePage(ctx: Context, status: number, title: string, message: string): Response {
    return respond(
      ctx,
      status,
      layout(ctx, {
        title,
        main: markup`<h1>${title}</h1>
          <p>${message}</p>
          <p><a href="${path()}">${ctx.s.backToList}</a></p>`,
      }),
    );
  }

  const forbidden = (ctx: Context) => messagePage(ctx, 403, ctx.s.forbiddenTitle, ctx.s.forbidden);
  const notFound = (ctx: Context) => messagePage(ctx, 404, ctx.s.notFoundTitle, ctx.s.notFound);

  // ---- requests and forms ----

  /** Whether a POST comes from the inbox's own origin. */
  function sameOrigin(request: Request, host: string): boolean {
    const site = request.headers.get('sec-fetch-site');
    if (site !== null && site !== 'same-origin') return false;
    const origin = request.headers.get('origin');
    if (origin === null || origin === 'null') return false;
    if (publicOrigin) return origin === publicOrigin;
    try {
      return normalHost(new URL(origin).host) === host;
    } catch {
      return false;
    }
  }

  async function readForm(request: Request): Promise<URLSearchParams | undefined> {
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/x-www-form-urlencoded') return undefined;
    const bytes = await readLimited(request.body, FORM_MAX_BYTES);
    if (!bytes) return undefined;
    try {
      return new URLSearchParams(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return undefined;
    }
  }

  /** A path to go back to after signing in or switching language: only somewhere in the inbox. */
  function safeBack(value: string | null | undefined): string {
    if (!value || !value.startsWith(prefix) || value.includes('\\') || value.startsWith('//') || /[\u0000-\u001f]/.test(value)) return path();
    try {
      const url = new URL(value, 'http://inbox.invalid');
      return url.origin === 'http://inbox.invalid' && url.pathname.startsWith(prefix) ? url.pathname + url.search : path();
    } catch {
      return path();
    }
  }

  function clientAddress(request: Request, client: ClientInfo): string | undefined {
    const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() : undefined;
    return forwarded || plainAddress(client.address) || undefined;
  }

  async function audited(ctx: Context, entry: Omit<NewAuditEntry, 'actor'> & { actor?: string | null }): Promise<void> {
    await audit.record({ actor: ctx.session?.username ?? null, ...entry });
  }

  // ---- signing in ----

  function signInPage(ctx: Context, status: number, state: { errors?: FieldError[]; username?: string; message?: string; unsaved?: string } = {}): Response {
    const { s, lang } = ctx;
    const errors = state.errors ?? [];
    const next = safeBack(ctx.url.searchParams.get('next') ?? (ctx.request.method === 'POST' ? ctx.url.pathname : null));
    const wrongField = (field: string) => errors.find((error) => error.field === field);
    const field = (id: 'username' | 'password', label: string, input: Html) => {
      const error = wrongField(id);
      return markup`<div class="field${error ? ' field-error' : ''}">
        <label for="${id}">${label}</label>
        ${error ? markup`<span class="error-message" id="${id}-error"><span class="visually-hidden">${s.errorPrefix}</span> ${error.message}</span>` : ''}
        ${input}
      </div>`;
    };
    const invalid = (id: string) => (wrongField(id) ? raw(` aria-invalid="true" aria-describedby="${id}-error"`) : '');
    const main = markup`${errorSummary(s, errors)}${state.message ? notice(state.message) : ''}
      <h1>${s.signInHeading}</h1>
      <p>${s.signInIntro}</p>
      ${state.unsaved ? markup`<h2>${s.unsavedHeading}</h2><p>${s.unsavedIntro}</p><div class="unsaved" dir="auto">${state.unsaved}</div>` : ''}
      <form method="post" action="${path('sign-in')}" novalidate>
        <input type="hidden" name="lang" value="${lang}" />
        <input type="hidden" name="next" value="${next}" />
        ${field(
          'username',
          s.username,
          markup`<input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="64" value="${state.username ?? ''}"${invalid('username')} />`,
        )}
        ${field('password', s.password, markup`<input type="password" id="password" name="password" autocomplete="current-password" maxlength="1024"${invalid('password')} />`)}
        <div class="actions"><button type="submit">${s.signInButton}</button></div>
      </form>
      <p class="muted">${s.sharedComputer}</p>`;
    return respond(ctx, status, layout(ctx, { title: s.signInTitle, main, error: errors.length > 0 }));
  }

  async function signIn(ctx: Context, form: URLSearchParams, host: string): Promise<Response> {
    const { s } = ctx;
    const name = (form.get('username') ?? '').trim();
    const password = form.get('password') ?? '';
    ctx.url.searchParams.set('next', safeBack(form.get('next')));
    if (!name || !password) {
      const errors = [
        ...(!name ? [{ field: 'username', message: s.signInMissing }] : []),
        ...(!password ? [{ field: 'password', message: s.signInMissing }] : []),
      ].slice(0, 1);
      return signInPage(ctx, 400, { errors, username: name });
    }
    const accountKey = normalUsername(name) ?? name.toLowerCase().slice(0, 64);
    const clientId = clientKey(ctx.address);
    const wait = Math.max(accountLimiter.wait(accountKey), clientLimiter.wait(clientId));
    const known = await accounts.find(name);
    if (wait > 0) {
      await audited(ctx, { action: 'sign-in-refused', actor: known?.username ?? null, address: ctx.address });
      const response = signInPage(ctx, 429, { errors: [{ field: 'username', message: s.signInLimited(Math.ceil(wait / 60)) }], username: name });
      response.headers.set('Retry-After', String(wait));
      return response;
    }
    const account = await accounts.verify(name, password);
    if (!account) {
      accountLimiter.take(accountKey);
      clientLimiter.take(clientId);
      await audited(ctx, { action: 'sign-in-failed', actor: known?.username ?? null, address: ctx.address });
      return signInPage(ctx, 401, { errors: [{ field: 'password', message: s.signInWrong }], username: name });
    }
    const { token, session } = await sessions.create(account, ctx.lang);
    ctx.session = session;
    ctx.cookies.push(sessionCookie(host, token));
    await audited(ctx, { action: 'sign-in', detail: 'method=password', address: ctx.address });
    return redirect(ctx, safeBack(form.get('next')));
  }

  /** The session the proxy's header names, made or kept; `false` when the header names no account. */
  async function proxySession(ctx: Context, host: string, client: ClientInfo): Promise<boolean> {
    if (!proxyHeader || !proxyAddresses.has(plainAddress(client.address))) return true;
    const name = ctx.request.headers.get(proxyHeader)?.trim();
    if (!name) return true;
    const account = await accounts.find(name);
    if (!account) {
      ctx.session = undefined;
      await audit.record({ action: 'sign-in-failed', actor: null, detail: 'reason=proxy-account', address: ctx.address });
      return false;
    }
    if (ctx.session?.userId === account.id) return true;
    if (ctx.token) await sessions.end(ctx.token);
    const { token, session } = await sessions.create(account, ctx.session?.lang ?? ctx.lang);
    ctx.session = session;
    ctx.token = token;
    ctx.cookies.push(sessionCookie(host, token));
    await audited(ctx, { action: 'sign-in', detail: 'method=proxy', address: ctx.address });
    return true;
  }

  // ---- the list ----

  interface ListQuery {
    filter: SubmissionFilter;
    page: number;
    errors: FieldError[];
    /** The filters as given, to put back in the form. */
    values: Record<string, string>;
  }

  function readListQuery(ctx: Context): ListQuery {
    const { s } = ctx;
    const params = ctx.url.searchParams;
    const value = (name: string) => (params.get(name) ?? '').trim();
    const values = {
      type: value('type'),
      status: value('status'),
      area: value('area').slice(0, AREA_MAX),
      from: value('from'),
      to: value('to'),
      reference: value('reference'),
    };
    const filter: SubmissionFilter = { timeZone };
    const errors: FieldError[] = [];
    if ((TYPES as readonly string[]).includes(values.type)) filter.type = values.type;
    if (isStatus(values.status)) filter.status = values.status;
    if (values.area) filter.area = values.area;
    for (const [key, label] of [
      ['from', s.filterFrom],
      ['to', s.filterTo],
    ] as const) {
      if (!values[key]) continue;
      if (isValidDate(values[key])) filter[key] = values[key];
      else errors.push({ field: `filter-${key}`, message: s.badDate(label) });
    }
    if (filter.from && filter.to && filter.from > filter.to) {
      errors.push({ field: 'filter-from', message: s.badRange });
      delete filter.from;
      delete filter.to;
    }
    if (values.reference) {
      const reference = values.reference.toUpperCase().replace(/\s+/g, '');
      const withPrefix = reference.startsWith('SI-') ? reference : `SI-${reference}`;
      if (REFERENCE_PATTERN.test(withPrefix)) filter.reference = withPrefix;
      else errors.push({ field: 'filter-reference', message: s.badReference });
    }
    const page = Math.max(1, Math.min(1_000_000, Number.parseInt(value('page'), 10) || 1));
    return { filter, page, errors, values };
  }

  /** The query string of the filters in force (no page), for links and the export. */
  function filterQuery(values: Record<string, string>, extra: Record<string, string> = {}): string {
    const params = new URLSearchParams();
    for (const [key, val] of Object.entries({ ...values, ...extra })) if (val) params.set(key, val);
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  function describeFilters(s: InboxStrings, filter: SubmissionFilter): string {
    const parts: string[] = [];
    if (filter.type) parts.push(`${s.filterType}: ${s.types[filter.type] ?? filter.type}`);
    if (filter.status) parts.push(`${s.filterStatus}: ${s.statuses[filter.status]}`);
    if (filter.area) parts.push(`${s.filterArea}: ${filter.area}`);
    if (filter.from) parts.push(`${s.filterFrom}: ${filter.from}`);
    if (filter.to) parts.push(`${s.filterTo}: ${filter.to}`);
    if (filter.reference) parts.push(`${s.filterReference}: ${filter.reference}`);
    return parts.join('; ');
  }

  /** Text that names a reference, with the reference kept on one line (it breaks at its hyphens otherwise). */
  const withReference = (text: string, reference: string) => {
    const at = text.indexOf(reference);
    return at < 0 ? markup`${text}` : markup`${text.slice(0, at)}<span class="reference">${reference}</span>${text.slice(at + reference.length)}`;
  };

  const statusBadge = (s: InboxStrings, status: string) =>
    markup`<span class="status status-${status}">${isStatus(status) ? s.statuses[status] : status}</span>`;

  async function listPage(ctx: Context): Promise<Response> {
    const { s, lang } = ctx;
    const query = readListQuery(ctx);
    let { total, records } = await store.find(query.filter, { limit: pageSize, offset: (query.page - 1) * pageSize });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    let page = query.page;
    if (page > pages) {
      page = pages;
      ({ total, records } = await store.find(query.filter, { limit: pageSize, offset: (page - 1) * pageSize }));
    }
    const filtered = Object.keys(query.filter).some((key) => key !== 'timeZone');
    const deleted = ctx.url.searchParams.get('deleted');
    const select = (id: string, name: string, label: string, any: string, options: ReadonlyArray<readonly [string, string]>, current: string) =>
      markup`<div class="field">
        <label for="${id}">${label}</label>
        <select id="${id}" name="${name}">
          <option value="">${any}</option>
          ${options.map(([value, text]) => markup`<option value="${value}"${value === current ? raw(' selected') : ''}>${text}</option>`)}
        </select>
      </div>`;
    const input = (id: string, name: string, label: string, type: 'text' | 'date', value: string, hint?: string) => {
      const error = query.errors.find((candidate) => candidate.field === id);
      const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
      return markup`<div class="field${error ? ' field-error' : ''}">
        <label for="${id}">${label}</label>
        ${hint ? markup`<span class="hint" id="${id}-hint">${hint}</span>` : ''}
        ${error ? markup`<span class="error-message" id="${id}-error">${error.message}</span>` : ''}
        <input type="${type}" id="${id}" name="${name}" value="${value}"${type === 'text' ? raw(' spellcheck="false"') : ''}${
          described ? raw(` aria-describedby="${described}"`) : ''
        }${error ? raw(' aria-invalid="true"') : ''} />
      </div>`;
    };
    const items = records.map((record) => {
      const summary = summaryOf(record.envelope, lang);
      return markup`<li class="request">
        <h3><a href="${path(`requests/${record.id}`)}">${record.reference}</a></h3>
        <dl class="facts">
          <div><dt>${s.status}</dt><dd>${statusBadge(s, record.status)}</dd></div>
          <div><dt>${s.received}</dt><dd>${timeTag(record.receivedAt, lang)}</dd></div>
          <div><dt>${s.type}</dt><dd>${s.types[record.type] ?? record.type}</dd></div>
          ${summary.organization ? markup`<div><dt>${s.organization}</dt><dd dir="auto">${summary.organization}</dd></div>` : ''}
          ${summary.area ? markup`<div><dt>${s.area}</dt><dd dir="auto">${summary.area}</dd></div>` : ''}
        </dl>
      </li>`;
    });
    const pageLink = (target: number, label: string, rel: string) =>
      markup`<li><a href="${path() + filterQuery(query.values, { page: String(target) })}" rel="${rel}">${label}</a></li>`;
    const main = markup`${deleted && REFERENCE_PATTERN.test(deleted) ? notice(s.deleted(deleted)) : ''}${errorSummary(s, query.errors, s.badFilter)}
      <h1>${s.listTitle}</h1>
      <p class="lead">${s.listIntro(retentionDays)}</p>
      <form class="filters" method="get" action="${path()}" role="search" aria-labelledby="filters-title">
        <h2 id="filters-title">${s.filters}</h2>
        <div class="filter-grid">
          ${select(
            'filter-type',
            'type',
            s.filterType,
            s.anyType,
            TYPES.map((type) => [type, s.types[type]] as const),
            query.values.type,
          )}
          ${select(
            'filter-status',
            'status',
            s.filterStatus,
            s.anyStatus,
            STATUSES.map((status) => [status, s.statuses[status]] as const),
            query.values.status,
          )}
          ${input('filter-area', 'area', s.filterArea, 'text', query.values.area, s.filterAreaHint)}
          ${input('filter-reference', 'reference', s.filterReference, 'text', query.values.reference, s.filterReferenceHint)}
          ${input('filter-from', 'from', s.filterFrom, 'date', query.values.from)}
          ${input('filter-to', 'to', s.filterTo, 'date', query.values.to)}
        </div>
        <div class="actions">
          <button type="submit">${s.applyFilters}</button>
          ${filtered ? markup`<a href="${path()}">${s.clearFilters}</a>` : ''}
        </div>
      </form>
      <div class="results-bar">
        <h2 id="results-title">${filtered ? s.matching(total) : s.allCount(total)}</h2>
        ${total > 0 ? markup`<p><a href="${path('export.csv') + filterQuery(query.values)}" download>${s.exportCsv(total)}</a></p>` : ''}
      </div>
      ${
        records.length
          ? markup`<ol class="requests" aria-labelledby="results-title" start="${(page - 1) * pageSize + 1}">
              ${items}
            </ol>`
          : markup`<p>${filtered ? s.nothingMatches : s.nothingYet}</p>`
      }
      ${pagination(s, page, pages, pageLink)}`;
    return respond(ctx, 200, layout(ctx, { title: s.listTitle, main, current: 'requests', error: query.errors.length > 0 }));
  }

  // ---- the export ----

  async function exportCsv(ctx: Context): Promise<Response> {
    const { s, lang } = ctx;
    const query = readListQuery(ctx);
    const records: Submission[] = [];
    for (let offset = 0; offset < EXPORT_MAX; offset += 500) {
      const { records: batch } = await store.find(query.filter, { limit: 500, offset });
      records.push(...batch);
      if (batch.length < 500) break;
    }
    const columns = new Map<string, string>();
    const rows = records.map((record) => {
      const values = new Map<string, string>();
      for (const section of answersOf(record.envelope, lang)) {
        for (const answer of section.answers) {
          const key = `${record.type}:${answer.key}`;
          if (!columns.has(key)) columns.set(key, answer.label);
          values.set(key, Array.isArray(answer.value) ? answer.value.join('; ') : answer.value);
        }
      }
      return { record, values };
    });
    const c = s.csvColumns;
    const stamp = (date: Date) => `${localDate(date)} ${new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(date)}`;
    const table = [
      [c.reference, `${c.received} (${timeZone})`, c.type, c.status, c.note, c.formLanguage, ...columns.values()],
      ...rows.map(({ record, values }) => [
        record.reference,
        stamp(record.receivedAt),
        s.types[record.type] ?? record.type,
        isStatus(record.status) ? s.statuses[record.status] : record.status,
        record.note ?? '',
        s.languages[record.envelope.locale] ?? record.envelope.locale,
        ...[...columns.keys()].map((key) => values.get(key) ?? ''),
      ]),
    ].map((row) => row.map((cell) => revealInvisible(cell)));
    const filters = new URLSearchParams({ count: String(records.length) });
    for (const key of ['type', 'status', 'area', 'from', 'to', 'reference'] as const) if (query.filter[key]) filters.set(key, String(query.filter[key]));
    await audited(ctx, { action: 'export', detail: filters.toString() });
    return respond(ctx, 200, toCsv(table), {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="requests-${localDate(new Date())}.csv"`,
    });
  }

  // ---- one request ----

  function answerList(answers: readonly Answer[], s: InboxStrings): Html {
    return markup`<dl class="answers">
      ${answers.map((answer) => {
        const value = Array.isArray(answer.value)
          ? answer.value.length
            ? markup`<ul>
                ${answer.value.map((item) => markup`<li dir="auto">${item}</li>`)}
              </ul>`
            : markup`<span class="blank">${s.none}</span>`
          : answer.value
            ? markup`<span dir="auto">${answer.value}</span>`
            : markup`<span class="blank">${s.none}</span>`;
        return markup`<div>
          <dt>${answer.label}</dt>
          <dd>${value}</dd>
        </div>`;
      })}
    </dl>`;
  }

  function detailPage(ctx: Context, record: Submission, state: { errors?: FieldError[]; status?: string; note?: string; saved?: boolean } = {}): Response {
    const { s, lang, session } = ctx;
    const errors = state.errors ?? [];
    const status = state.status ?? record.status;
    const note = state.note ?? record.note ?? '';
    const noteError = errors.find((error) => error.field === 'note');
    const statusError = errors.find((error) => error.field === `status-${STATUSES[0]}`);
    const sections = answersOf(record.envelope, lang);
    const source = record.envelope.source;
    const main = markup`${errorSummary(s, errors)}${state.saved ? notice(s.saved) : ''}
      <p><a href="${path()}">${s.backToList}</a></p>
      <h1>${withReference(s.detailTitle(record.reference), record.reference)}</h1>
      <p class="meta">
        ${statusBadge(s, record.status)}
        <span>${s.types[record.type] ?? record.type}</span>
        <span>${s.received} ${timeTag(record.receivedAt, lang)}</span>
      </p>
      <div class="detail-grid">
        <section aria-labelledby="answers-title">
          <h2 id="answers-title">${s.answers}</h2>
          ${sections.map((section) => markup`${section.title ? markup`<h3>${section.title}</h3>` : ''}${answerList(section.answers, s)}`)}
          <h3>${s.sentFrom}</h3>
          ${answerList(
            [
              { key: 'page', label: s.page, value: source.page },
              { key: 'locale', label: s.formLanguage, value: s.languages[record.envelope.locale] ?? record.envelope.locale },
              { key: 'widget', label: s.widget, value: `${source.widget} ${source.version}` },
              { key: 'createdAt', label: s.filledIn, value: when(new Date(record.envelope.createdAt), lang) },
            ],
            s,
          )}
        </section>
        <div class="side">
          <section aria-labelledby="handling-title">
            <h2 id="handling-title">${s.handling}</h2>
            <p class="muted">${s.handlingIntro}</p>
            <form method="post" action="${path(`requests/${record.id}`)}" novalidate>
              <input type="hidden" name="csrf" value="${session!.csrfToken}" />
              <div class="field${statusError ? ' field-error' : ''}">
                <fieldset${statusError ? raw(' aria-describedby="status-error"') : ''}>
                  <legend>${s.status}</legend>
                  ${statusError ? markup`<span class="error-message" id="status-error">${statusError.message}</span>` : ''}
                  <div class="radios">
                    ${STATUSES.map(
                      (option) =>
                        markup`<div class="radio">
                          <input type="radio" id="status-${option}" name="status" value="${option}"${option === status ? raw(' checked') : ''} />
                          <label for="status-${option}">${s.statuses[option]}</label>
                        </div>`,
                    )}
                  </div>
                </fieldset>
              </div>
              <div class="field${noteError ? ' field-error' : ''}">
                <label for="note">${s.note}</label>
                <span class="hint" id="note-hint">${s.noteHint(NOTE_MAX)}</span>
                ${noteError ? markup`<span class="error-message" id="note-error">${noteError.message}</span>` : ''}
                <textarea id="note" name="note" rows="6" dir="auto" aria-describedby="note-hint${noteError ? ' note-error' : ''}"${
                  noteError ? raw(' aria-invalid="true"') : ''
                }>
${note}</textarea>
              </div>
              <p class="muted">${s.lastChanged}: ${timeTag(record.updatedAt, lang)}</p>
              <div class="actions"><button type="submit">${s.save}</button></div>
            </form>
          </section>
          <section aria-labelledby="delete-title">
            <h2 id="delete-title">${s.deleteHeading}</h2>
            <p>${s.deleteIntro}</p>
            <p><a class="button button-warning" href="${path(`requests/${record.id}/delete`)}">${withReference(s.deleteLink(record.reference), record.reference)}</a></p>
          </section>
        </div>
      </div>`;
    return respond(ctx, errors.length ? 422 : 200, layout(ctx, { title: s.detailTitle(record.reference), main, error: errors.length > 0 }));
  }

  async function saveHandling(ctx: Context, found: Submission, form: URLSearchParams): Promise<Response> {
    const { s } = ctx;
    const status = form.get('status') ?? '';
    const note = (form.get('note') ?? '').replace(/\r\n?/g, '\n');
    const errors: FieldError[] = [];
    if (!isStatus(status)) errors.push({ field: `status-${STATUSES[0]}`, message: s.statusMissing });
    const length = [...note].length;
    if (length > NOTE_MAX) errors.push({ field: 'note', message: s.noteTooLong(NOTE_MAX, length - NOTE_MAX) });
    if (/\0/.test(note)) errors.push({ field: 'note', message: s.noteTooLong(NOTE_MAX, 0) });
    if (errors.length || !isStatus(status)) return detailPage(ctx, found, { errors, status, note });
    const changed = await store.update(found.id, { status, note });
    if (!changed) return messagePage(ctx, 404, s.notFoundTitle, s.gone);
    const { before, after } = changed;
    if (before.status !== after.status) {
      await audited(ctx, { action: 'status', reference: after.reference, detail: new URLSearchParams({ from: before.status, to: after.status }).toString() });
    }
    if ((before.note ?? '') !== (after.note ?? '')) await audited(ctx, { action: 'note', reference: after.reference });
    return redirect(ctx, `${path(`requests/${found.id}`)}?saved=1`);
  }

  function deletePage(ctx: Context, record: Submission): Response {
    const { s, session } = ctx;
    const main = markup`<p><a href="${path(`requests/${record.id}`)}">${s.detailTitle(record.reference)}</a></p>
      <h1>${withReference(s.deleteTitle(record.reference), record.reference)}</h1>
      <p>${s.deleteConfirmIntro}</p>
      <form method="post" action="${path(`requests/${record.id}/delete`)}">
        <input type="hidden" name="csrf" value="${session!.csrfToken}" />
        <div class="actions">
          <button class="button-warning" type="submit">${s.deleteConfirm}</button>
          <a class="button button-secondary" href="${path(`requests/${record.id}`)}">${s.deleteCancel}</a>
        </div>
      </form>`;
    return respond(ctx, 200, layout(ctx, { title: s.deleteTitle(record.reference), main }));
  }

  // ---- the audit log ----

  function auditLine(s: InboxStrings, entry: AuditEntry): string {
    const params = new URLSearchParams(entry.detail ?? '');
    const filters: SubmissionFilter = {};
    for (const key of ['type', 'area', 'from', 'to', 'reference'] as const) if (params.get(key)) filters[key] = params.get(key)!;
    const status = params.get('status');
    if (isStatus(status)) filters.status = status;
    return s.audit({
      who: entry.actor,
      action: entry.action,
      reference: entry.reference,
      address: entry.address,
      params,
      filters: entry.action === 'export' ? describeFilters(s, filters) : '',
      status: (code) => (isStatus(code) ? s.statuses[code] : (code ?? '')),
    });
  }

  async function auditPage(ctx: Context): Promise<Response> {
    const { s, lang } = ctx;
    const size = 50;
    const total = await audit.count();
    const pages = Math.max(1, Math.ceil(total / size));
    const page = Math.max(1, Math.min(pages, Number.parseInt(ctx.url.searchParams.get('page') ?? '', 10) || 1));
    const entries = await audit.list({ limit: size, offset: (page - 1) * size });
    const pageLink = (target: number, label: string, rel: string) => markup`<li><a href="${path('audit')}?page=${target}" rel="${rel}">${label}</a></li>`;
    const main = markup`<h1>${s.auditTitle}</h1>
      <p class="lead">${s.auditIntro(auditRetentionDays)}</p>
      ${
        entries.length
          ? markup`<ol class="audit" aria-label="${s.auditTitle}">
              ${entries.map((entry) => markup`<li>${timeTag(entry.at, lang)} <span dir="auto">${auditLine(s, entry)}</span></li>`)}
            </ol>`
          : markup`<p>${s.auditEmpty}</p>`
      }
      ${pagination(s, page, pages, pageLink)}`;
    return respond(ctx, 200, layout(ctx, { title: s.auditTitle, main, current: 'audit' }));
  }

  // ---- routing ----

  const ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4f6e"/><path d="M7 10h18v12H7z" fill="none" stroke="#fff" stroke-width="2.5"/><path d="M7 17h6l2 3h2l2-3h6" fill="none" stroke="#fff" stroke-width="2.5"/></svg>`;

  async function route(ctx: Context, host: string, client: ClientInfo): Promise<Response> {
    const { request, url } = ctx;
    const rest = url.pathname.slice(prefix.length);
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    if (method !== 'GET' && method !== 'POST')
      return respond(ctx, 405, 'Use GET or POST.', { Allow: 'GET, HEAD, POST', 'Content-Type': 'text/plain; charset=utf-8' });

    if (method === 'POST' && !sameOrigin(request, host)) return forbidden(ctx);
    const site = request.headers.get('sec-fetch-site');
    const fromElsewhere = site === 'cross-site' || site === 'same-site';

    // The session, from the cookie (and, when configured, the proxy's header).
    const token = parseCookies(request.headers.get('cookie')).get(cookieName(host));
    if (token) {
      ctx.session = await sessions.use(token);
      ctx.token = ctx.session ? token : undefined;
      if (!ctx.session) ctx.cookies.push(clearCookie(host));
    }
    if (!(await proxySession(ctx, host, client))) return messagePage(ctx, 403, ctx.s.forbiddenTitle, ctx.s.signInWrong);
    if (ctx.session) {
      ctx.lang = ctx.session.lang;
      ctx.s = INBOX_STRINGS[ctx.lang];
      // A page that carries the session but comes from another site: refused, whatever it asks.
      if (fromElsewhere) return forbidden(ctx);
    }
    const ended = token !== undefined && !ctx.session;

    if (rest === 'sign-in') {
      if (method === 'GET') {
        if (ctx.session) return redirect(ctx, safeBack(url.searchParams.get('next')));
        const message = url.searchParams.has('signed-out') ? ctx.s.signedOut : url.searchParams.has('ended') ? ctx.s.sessionEnded : undefined;
        return signInPage(ctx, 200, { message });
      }
      const form = await readForm(request);
      if (!form) return signInPage(ctx, 400, { errors: [{ field: 'username', message: ctx.s.signInMissing }] });
      const lang = form.get('lang');
      if (lang === 'en' || lang === 'es') {
        ctx.lang = lang;
        ctx.s = INBOX_STRINGS[lang];
      }
      return signIn(ctx, form, host);
    }

    // Everything below needs a session.
    if (!ctx.session) {
      if (method === 'GET') {
        const next = url.pathname + url.search;
        return redirect(ctx, `${path('sign-in')}?${new URLSearchParams({ next, ...(ended ? { ended: '1' } : {}), lang: ctx.lang })}`);
      }
      // A note typed while the session ran out is shown again, to copy, rather than lost.
      const form = /^requests\/[^/]+$/.test(rest) ? await readForm(request) : undefined;
      const unsaved = form?.get('note')?.trim() ? form.get('note')! : undefined;
      ctx.url = new URL(`${path('sign-in')}?next=${encodeURIComponent(rest.startsWith('requests/') ? path(rest.replace(/\/delete$/, '')) : path())}`, url);
      return signInPage(ctx, 401, { message: ctx.s.sessionEnded, unsaved });
    }

    let form: URLSearchParams | undefined;
    if (method === 'POST') {
      form = await readForm(request);
      const csrf = form?.get('csrf') ?? '';
      if (!form || !sameSecret(csrf, ctx.session.csrfToken)) return forbidden(ctx);
    }

    if (rest === 'sign-out' && form) {
      await sessions.end(ctx.token!);
      await audited(ctx, { action: 'sign-out' });
      ctx.cookies.push(clearCookie(host));
      const response = redirect(ctx, `${path('sign-in')}?signed-out=1&lang=${ctx.lang}`);
      response.headers.set('Clear-Site-Data', '"cache"');
      return response;
    }
    if (rest === 'language' && form) {
      const lang = form.get('lang') === 'es' ? 'es' : 'en';
      await sessions.setLang(ctx.token!, lang);
      return redirect(ctx, safeBack(form.get('back')));
    }
    if (method === 'GET' && rest === '') return listPage(ctx);
    if (method === 'GET' && rest === 'export.csv') return exportCsv(ctx);
    if (method === 'GET' && rest === 'audit') return auditPage(ctx);

    const match = /^requests\/([^/]+)(\/delete)?$/.exec(rest);
    if (match && UUID.test(match[1])) {
      const id = match[1].toLowerCase();
      const found = await store.get(id);
      if (!found) return messagePage(ctx, 404, ctx.s.notFoundTitle, ctx.s.gone);
      if (!match[2]) {
        if (form) return saveHandling(ctx, found, form);
        await audited(ctx, { action: 'view', reference: found.reference });
        return detailPage(ctx, found, { saved: url.searchParams.has('saved') });
      }
      if (!form) return deletePage(ctx, found);
      const reference = await store.delete(id);
      if (reference) await audited(ctx, { action: 'delete', reference });
      return redirect(ctx, `${path()}?deleted=${encodeURIComponent(found.reference)}`);
    }
    return notFound(ctx);
  }

  return async function inbox(request: Request, client: ClientInfo = {}): Promise<Response> {
    const host = normalHost(request.headers.get('host') ?? new URL(request.url).host);
    const url = new URL(request.url);
    const accept = preferredLang(request.headers.get('accept-language'));
    const asked = url.searchParams.get('lang');
    const lang: InboxLang = asked === 'es' || asked === 'en' ? asked : accept;
    const ctx: Context = { request, url, lang, s: INBOX_STRINGS[lang], cookies: [], address: clientAddress(request, client) };
    if (!hosts.has(host)) return respond(undefined, 421, 'This inbox does not answer to that host name.', { 'Content-Type': 'text/plain; charset=utf-8' });
    if (!url.pathname.startsWith(prefix)) return notFound(ctx);
    const rest = url.pathname.slice(prefix.length);
    if ((rest === 'inbox.css' || rest === 'icon.svg') && (request.method === 'GET' || request.method === 'HEAD')) {
      return respond(ctx, 200, rest === 'inbox.css' ? INBOX_CSS : ICON, { 'Content-Type': rest === 'inbox.css' ? 'text/css; charset=utf-8' : 'image/svg+xml' });
    }
    try {
      return await route(ctx, host, client);
    } catch (error) {
      log(`The inbox failed on ${request.method} ${url.pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return messagePage({ ...ctx, cookies: [] }, 500, ctx.s.errorTitle, ctx.s.error);
    }
  };
}
