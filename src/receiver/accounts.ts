/**
 * The inbox's accounts (`si_users`) and their sessions (`si_sessions`), on the receiver's database.
 * Accounts are made from the command line (`si-receiver add-user`); a session is a random 256-bit
 * token in the browser's cookie, of which the database keeps only the SHA-256, with an absolute expiry
 * and an idle timeout.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from './database.js';
import { dummyHash, hashPassword, verifyPassword } from './passwords.js';

export interface Account {
  id: number;
  username: string;
  /** False for an account that signs in only through the reverse proxy's header. */
  hasPassword: boolean;
  createdAt: Date;
}

export type InboxLang = 'en' | 'es';

export interface Session {
  userId: number;
  username: string;
  csrfToken: string;
  lang: InboxLang;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
}

const USERNAME = /^[a-z0-9][a-z0-9._@+-]{0,63}$/;

/** The account name as stored (lower case, trimmed), or `undefined` when it is not one. */
export function normalUsername(name: string): string | undefined {
  const lower = name.trim().toLowerCase();
  return USERNAME.test(lower) ? lower : undefined;
}

export const USERNAME_RULE = 'An account name is 1 to 64 letters, digits and . _ @ + - (an email address works), starting with a letter or digit.';

export class AccountError extends Error {}

function toAccount(row: Record<string, unknown>): Account {
  return { id: Number(row.id), username: String(row.username), hasPassword: row.password_hash !== null, createdAt: new Date(row.created_at as Date) };
}

export class Accounts {
  constructor(private readonly db: Database) {}

  /** Adds an account; `password` null makes one that signs in only through the proxy's header. */
  async add(name: string, password: string | null): Promise<Account> {
    const username = normalUsername(name);
    if (!username) throw new AccountError(USERNAME_RULE);
    const hash = password === null ? null : await hashPassword(password);
    const rows = await this.db.query(
      `INSERT INTO si_users (username, password_hash, password_changed_at) VALUES ($1, $2, CASE WHEN $2::text IS NULL THEN NULL ELSE now() END)
       ON CONFLICT (username) DO NOTHING RETURNING id, username, password_hash, created_at`,
      [username, hash],
    );
    if (!rows.length) throw new AccountError(`There is already an account named ${username}.`);
    return toAccount(rows[0]);
  }

  /** Sets a new password and signs the account out everywhere. */
  async setPassword(name: string, password: string): Promise<void> {
    const username = normalUsername(name) ?? '';
    const hash = await hashPassword(password);
    const rows = await this.db.query('UPDATE si_users SET password_hash = $2, password_changed_at = now() WHERE username = $1 RETURNING id', [username, hash]);
    if (!rows.length) throw new AccountError(`There is no account named ${name}.`);
    await this.db.query('DELETE FROM si_sessions WHERE user_id = $1', [rows[0].id]);
  }

  /** Removes an account and its sessions. */
  async remove(name: string): Promise<void> {
    const rows = await this.db.query('DELETE FROM si_users WHERE username = $1 RETURNING id', [normalUsername(name) ?? '']);
    if (!rows.length) throw new AccountError(`There is no account named ${name}.`);
  }

  async list(): Promise<Account[]> {
    return (await this.db.query('SELECT id, username, password_hash, created_at FROM si_users ORDER BY username')).map(toAccount);
  }

  async find(name: string): Promise<Account | undefined> {
    const username = normalUsername(name);
    if (!username) return undefined;
    const [row] = await this.db.query('SELECT id, username, password_hash, created_at FROM si_users WHERE username = $1', [username]);
    return row ? toAccount(row) : undefined;
  }

  /**
   * The account when the name and password match. An unknown name, or an account without a password,
   * is checked against a dummy hash, so every refusal takes the same time.
   */
  async verify(name: string, password: string): Promise<Account | undefined> {
    const username = normalUsername(name);
    const [row] = username ? await this.db.query('SELECT id, username, password_hash, created_at FROM si_users WHERE username = $1', [username]) : [];
    const stored = typeof row?.password_hash === 'string' ? row.password_hash : await dummyHash();
    const matches = await verifyPassword(password, stored);
    return matches && row && row.password_hash !== null ? toAccount(row) : undefined;
  }
}

export interface SessionLimits {
  /** Signed out after this many minutes without a request (default 30). */
  idleMinutes: number;
  /** Signed out this many hours after signing in, however active (default 12). */
  maxHours: number;
}

export const SESSION_DEFAULTS: SessionLimits = { idleMinutes: 30, maxHours: 12 };

const tokenHash = (token: string) => createHash('sha256').update(token).digest();

/** Whether two strings are equal, in time that does not depend on where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}

export class Sessions {
  constructor(
    private readonly db: Database,
    private readonly limits: SessionLimits = SESSION_DEFAULTS,
  ) {}

  /** A new session: the token for the cookie, and the session as stored. */
  async create(account: Pick<Account, 'id' | 'username'>, lang: InboxLang): Promise<{ token: string; session: Session }> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const [row] = await this.db.query(
      `INSERT INTO si_sessions (token_hash, user_id, csrf_token, lang, expires_at)
       VALUES ($1, $2, $3, $4, now() + make_interval(hours => $5)) RETURNING created_at, last_seen_at, expires_at`,
      [tokenHash(token), account.id, csrfToken, lang, this.limits.maxHours],
    );
    return {
      token,
      session: {
        userId: account.id,
        username: account.username,
        csrfToken,
        lang,
        createdAt: new Date(row.created_at as Date),
        lastSeenAt: new Date(row.last_seen_at as Date),
        expiresAt: new Date(row.expires_at as Date),
      },
    };
  }

  /**
   * The session of a cookie's token, when it has not expired or been idle too long; each use moves
   * its idle time on. An expired one is deleted.
   */
  async use(token: string): Promise<Session | undefined> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const hash = tokenHash(token);
    const [row] = await this.db.query(
      `UPDATE si_sessions s SET last_seen_at = now()
       FROM si_users u
       WHERE s.token_hash = $1 AND u.id = s.user_id AND s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => $2)
       RETURNING s.user_id, u.username, s.csrf_token, s.lang, s.created_at, s.last_seen_at, s.expires_at`,
      [hash, this.limits.idleMinutes],
    );
    if (!row) {
      await this.db.query('DELETE FROM si_sessions WHERE token_hash = $1', [hash]);
      return undefined;
    }
    return {
      userId: Number(row.user_id),
      username: String(row.username),
      csrfToken: String(row.csrf_token),
      lang: row.lang === 'es' ? 'es' : 'en',
      createdAt: new Date(row.created_at as Date),
      lastSeenAt: new Date(row.last_seen_at as Date),
      expiresAt: new Date(row.expires_at as Date),
    };
  }

  async setLang(token: string, lang: InboxLang): Promise<void> {
    await this.db.query('UPDATE si_sessions SET lang = $2 WHERE token_hash = $1', [tokenHash(token), lang]);
  }

  async end(token: string): Promise<void> {
    await this.db.query('DELETE FROM si_sessions WHERE token_hash = $1', [tokenHash(token)]);
  }

  /** Deletes sessions that have expired or been idle too long; returns how many. */
  async sweep(): Promise<number> {
    const [row] = await this.db.query<{ count: number }>(
      `WITH gone AS (DELETE FROM si_sessions WHERE expires_at <= now() OR last_seen_at <= now() - make_interval(mins => $1) RETURNING 1)
       SELECT count(*)::integer AS count FROM gone`,
      [this.limits.idleMinutes],
    );
    return row.count;
  }
}
