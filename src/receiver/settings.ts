/**
 * The receiver's settings from environment variables, each checked, with every problem reported at
 * once. README "Receiving submissions" lists them for county IT.
 */
import { INTAKE_DEFAULTS } from './intake.js';
import type { RateLimit } from './limits.js';
import { TIMEOUT_DEFAULTS } from './node.js';

export interface ReceiverSettings {
  /** The address to listen on (default 127.0.0.1: behind a reverse proxy on the same machine). */
  listenHost: string;
  port: number;
  /** The intake's path (default /api/submissions). */
  intakePath: string;
  /** A PostgreSQL server; without it, PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  poolSize: number;
  /** Empty: localhost and 127.0.0.1 with the port listened on. */
  allowedHosts: string[];
  allowedOrigins: string[];
  maxBodyBytes: number;
  maxDepth: number;
  rateLimit: RateLimit | false;
  trustProxy: boolean;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** Submissions older than this many days are deleted; 0 keeps them until deleted by hand. */
  retentionDays: number;
  /** The coordinator's inbox: its path (ends in /). */
  inboxPath: string;
  /** The origin people reach the receiver at (`https://intake.example.gov`), for the inbox's links and checks. */
  publicOrigin?: string;
  /** The time zone the inbox shows and filters dates in. */
  timeZone: string;
  sessionIdleMinutes: number;
  sessionHours: number;
  /** The audit log's entries are deleted after this many days. */
  auditRetentionDays: number;
  /** The email notice of each new request: all four, or none. */
  notify?: { smtpUrl: string; to: string[]; from: string; lang: 'en' | 'es' };
  /** Single sign-on by the reverse proxy: the header naming the user, trusted only from these addresses. */
  proxyAuth?: { header: string; addresses: string[] };
}

export const SETTINGS_HELP: Readonly<Record<string, string>> = {
  DATABASE_URL: 'a PostgreSQL server (postgres://user:password@host:5432/db?sslmode=require); without it, PGlite in SI_DATA_DIR',
  SI_DATA_DIR: 'the PGlite data folder (default ./si-receiver-data); one receiver process per folder',
  SI_ALLOWED_HOSTS: 'comma-separated Host names this receiver answers to, with any non-default port (default: localhost and 127.0.0.1 with PORT)',
  SI_ALLOWED_ORIGINS: 'comma-separated origins of the sites whose pages post here (https://county.example.gov)',
  HOST: 'the address to listen on (default 127.0.0.1)',
  PORT: 'the port to listen on (default 8788)',
  SI_INTAKE_PATH: 'the path the widgets post to (default /api/submissions)',
  SI_MAX_BODY_BYTES: `the largest body accepted (default ${INTAKE_DEFAULTS.maxBodyBytes})`,
  SI_MAX_DEPTH: `the deepest nesting of objects and arrays (default ${INTAKE_DEFAULTS.maxDepth})`,
  SI_RATE_LIMIT: `posts per client per instance, as COUNT/SECONDS (default ${INTAKE_DEFAULTS.rateLimit.max}/${INTAKE_DEFAULTS.rateLimit.perSeconds}), or off`,
  SI_TRUST_PROXY: 'yes when exactly one reverse proxy in front appends X-Forwarded-For (default no)',
  SI_HEADERS_TIMEOUT_MS: `time allowed to send the headers (default ${TIMEOUT_DEFAULTS.headersTimeoutMs})`,
  SI_REQUEST_TIMEOUT_MS: `time allowed to send the whole request (default ${TIMEOUT_DEFAULTS.requestTimeoutMs})`,
  SI_PG_POOL_SIZE: 'connections to PostgreSQL per instance (default 10)',
  SI_RETENTION_DAYS: 'delete submissions older than this many days, checked every 15 minutes (default 365; 0 keeps them); say the same in the form',
  SI_INBOX_PATH: 'the path of the coordinator’s inbox (default /inbox/)',
  SI_PUBLIC_URL:
    'the origin people reach the receiver at, such as https://intake.example.gov (needed for email notices; the inbox then accepts forms only from it)',
  SI_TIME_ZONE: 'the time zone the inbox shows and filters dates in (default the server’s)',
  SI_SESSION_IDLE_MINUTES: 'sign a coordinator out after this many minutes without a request (default 30)',
  SI_SESSION_HOURS: 'sign a coordinator out this many hours after signing in (default 12)',
  SI_AUDIT_RETENTION_DAYS: 'delete audit log entries older than this many days (default 400)',
  SI_SMTP_URL: 'an SMTP server for the email notice of each new request (smtp://user:password@mail.example.gov:587 or smtps://…)',
  SI_NOTIFY_TO: 'comma-separated addresses the notice goes to',
  SI_NOTIFY_FROM: 'the notice’s sender address',
  SI_NOTIFY_LANG: 'the notice’s language, en or es (default en)',
  SI_INBOX_USER_HEADER: 'single sign-on: the header in which the reverse proxy names the signed-in user (off by default; read the README first)',
  SI_INBOX_PROXY_ADDRESSES: 'single sign-on: comma-separated addresses of the proxy, the only ones whose header is trusted',
};

const EMAIL = /^[^\s@,<>]+@[^\s@,<>]+$/;
const HEADER_NAME = /^[A-Za-z0-9-]{1,64}$/;
const ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:.]+)$/;

export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`The receiver's settings need a change:\n- ${problems.join('\n- ')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads the settings from `env`; `defaults` stand in for variables that are not set. Throws a SettingsError. */
export function settingsFromEnv(env: Env = process.env, defaults: Partial<ReceiverSettings> = {}): ReceiverSettings {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw ? raw : undefined;
  };
  const integer = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!/^\d+$/.test(raw) || parsed < min || parsed > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
      return fallback;
    }
    return parsed;
  };
  const list = (name: string) =>
    (value(name) ?? '')
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);

  const port = integer('PORT', defaults.port ?? 8788, 0, 65_535);
  const listenHost = value('HOST') ?? defaults.listenHost ?? '127.0.0.1';
  const intakePath = value('SI_INTAKE_PATH') ?? defaults.intakePath ?? '/api/submissions';
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(intakePath) || intakePath.endsWith('/')) {
    problems.push(`SI_INTAKE_PATH must be a path such as /api/submissions (no trailing /), not "${intakePath}".`);
  }

  const databaseUrl = value('DATABASE_URL') ?? defaults.databaseUrl;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) problems.push('DATABASE_URL must start with postgres:// or postgresql://.');

  const allowedHosts = list('SI_ALLOWED_HOSTS');
  for (const host of allowedHosts) {
    if (!/^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)) {
      problems.push(`SI_ALLOWED_HOSTS: "${host}" is not a host name (with an optional :port); leave out the scheme and path.`);
    }
  }
  const allowedOrigins = list('SI_ALLOWED_ORIGINS');
  for (const origin of allowedOrigins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      problems.push(
        `SI_ALLOWED_ORIGINS: "${origin}" is not an origin; write it as https://county.example.gov (scheme, host, any port; no path, no trailing /).`,
      );
    }
  }

  let rateLimit: RateLimit | false = defaults.rateLimit ?? INTAKE_DEFAULTS.rateLimit;
  const rawLimit = value('SI_RATE_LIMIT');
  if (rawLimit !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(rawLimit);
    if (/^(off|0)$/i.test(rawLimit)) rateLimit = false;
    else if (match && Number(match[1]) > 0 && Number(match[2]) > 0) rateLimit = { max: Number(match[1]), perSeconds: Number(match[2]) };
    else problems.push(`SI_RATE_LIMIT must be COUNT/SECONDS (such as 20/60) or off, not "${rawLimit}".`);
  }
  const rawTrust = value('SI_TRUST_PROXY');
  let trustProxy = defaults.trustProxy ?? false;
  if (rawTrust !== undefined) {
    if (/^(1|yes|true)$/i.test(rawTrust)) trustProxy = true;
    else if (/^(0|no|false)$/i.test(rawTrust)) trustProxy = false;
    else problems.push(`SI_TRUST_PROXY must be yes or no, not "${rawTrust}".`);
  }

  const inboxPath = value('SI_INBOX_PATH') ?? defaults.inboxPath ?? '/inbox/';
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(inboxPath) || inboxPath === '/') {
    problems.push(`SI_INBOX_PATH must be a path that starts and ends with /, such as /inbox/, not "${inboxPath}".`);
  } else if (intakePath.startsWith(inboxPath)) {
    problems.push(`SI_INBOX_PATH (${inboxPath}) must not contain the intake's path (${intakePath}).`);
  }
  let publicOrigin = value('SI_PUBLIC_URL') ?? defaults.publicOrigin;
  if (publicOrigin !== undefined) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(publicOrigin);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.username || parsed.password || parsed.search || parsed.hash || parsed.pathname !== '/') {
      problems.push(`SI_PUBLIC_URL must be an origin such as https://intake.example.gov (no path), not "${publicOrigin}".`);
      publicOrigin = undefined;
    } else {
      publicOrigin = parsed.origin;
    }
  }
  const timeZone = value('SI_TIME_ZONE') ?? defaults.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    problems.push(`SI_TIME_ZONE must be a time zone name such as America/Los_Angeles, not "${timeZone}".`);
  }

  let notify = defaults.notify;
  const smtpUrl = value('SI_SMTP_URL');
  const notifyTo = list('SI_NOTIFY_TO');
  const notifyFrom = value('SI_NOTIFY_FROM');
  const notifyLang = value('SI_NOTIFY_LANG') ?? 'en';
  if (notifyLang !== 'en' && notifyLang !== 'es') problems.push(`SI_NOTIFY_LANG must be en or es, not "${notifyLang}".`);
  if (smtpUrl || notifyTo.length || notifyFrom) {
    if (!smtpUrl || !/^smtps?:\/\/[^/\s]+/.test(smtpUrl)) problems.push('Email notices need SI_SMTP_URL, such as smtp://user:password@mail.example.gov:587.');
    if (!notifyTo.length) problems.push('Email notices need SI_NOTIFY_TO, the addresses they go to.');
    for (const address of notifyTo) if (!EMAIL.test(address)) problems.push(`SI_NOTIFY_TO: "${address}" is not an email address.`);
    if (!notifyFrom || !EMAIL.test(notifyFrom.replace(/^.*<([^>]+)>\s*$/, '$1'))) problems.push('Email notices need SI_NOTIFY_FROM, the sender address.');
    if (!publicOrigin) problems.push('Email notices need SI_PUBLIC_URL, for the link to the inbox.');
    if (smtpUrl && notifyFrom) notify = { smtpUrl, to: notifyTo, from: notifyFrom, lang: notifyLang === 'es' ? 'es' : 'en' };
  }

  let proxyAuth = defaults.proxyAuth;
  const userHeader = value('SI_INBOX_USER_HEADER');
  const proxyAddresses = list('SI_INBOX_PROXY_ADDRESSES');
  if (userHeader !== undefined || proxyAddresses.length) {
    if (!userHeader || !HEADER_NAME.test(userHeader))
      problems.push(`SI_INBOX_USER_HEADER must be a header name such as X-Forwarded-User, not "${userHeader ?? ''}".`);
    if (!proxyAddresses.length)
      problems.push('SI_INBOX_USER_HEADER needs SI_INBOX_PROXY_ADDRESSES: the proxy’s own addresses, the only ones whose header is trusted.');
    for (const address of proxyAddresses) if (!ADDRESS.test(address)) problems.push(`SI_INBOX_PROXY_ADDRESSES: "${address}" is not an IP address.`);
    if (userHeader) proxyAuth = { header: userHeader, addresses: proxyAddresses };
  }

  const settings: ReceiverSettings = {
    listenHost,
    port,
    intakePath,
    databaseUrl,
    dataDir: value('SI_DATA_DIR') ?? defaults.dataDir ?? 'si-receiver-data',
    poolSize: integer('SI_PG_POOL_SIZE', defaults.poolSize ?? 10, 1, 1000),
    allowedHosts: allowedHosts.length ? allowedHosts : (defaults.allowedHosts ?? []),
    allowedOrigins: allowedOrigins.length ? allowedOrigins : (defaults.allowedOrigins ?? []),
    maxBodyBytes: integer('SI_MAX_BODY_BYTES', defaults.maxBodyBytes ?? INTAKE_DEFAULTS.maxBodyBytes, 1024, 16 * 1024 * 1024),
    maxDepth: integer('SI_MAX_DEPTH', defaults.maxDepth ?? INTAKE_DEFAULTS.maxDepth, 4, 64),
    rateLimit,
    trustProxy,
    headersTimeoutMs: integer('SI_HEADERS_TIMEOUT_MS', defaults.headersTimeoutMs ?? TIMEOUT_DEFAULTS.headersTimeoutMs, 100, 600_000),
    requestTimeoutMs: integer('SI_REQUEST_TIMEOUT_MS', defaults.requestTimeoutMs ?? TIMEOUT_DEFAULTS.requestTimeoutMs, 100, 600_000),
    retentionDays: integer('SI_RETENTION_DAYS', defaults.retentionDays ?? 365, 0, 36_500),
    inboxPath,
    publicOrigin,
    timeZone,
    sessionIdleMinutes: integer('SI_SESSION_IDLE_MINUTES', defaults.sessionIdleMinutes ?? 30, 1, 1440),
    sessionHours: integer('SI_SESSION_HOURS', defaults.sessionHours ?? 12, 1, 168),
    auditRetentionDays: integer('SI_AUDIT_RETENTION_DAYS', defaults.auditRetentionDays ?? 400, 1, 36_500),
    notify,
    proxyAuth,
  };
  if (problems.length) throw new SettingsError(problems);
  return settings;
}
