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
  SI_RETENTION_DAYS: 'delete submissions older than this many days, checked every hour (default 365; 0 keeps them)',
};

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
  };
  if (problems.length) throw new SettingsError(problems);
  return settings;
}
