/**
 * The submissions, on PostgreSQL (database.ts: PGlite or a server). The intake only ever calls
 * `accept`; reading (`get`, `list`) and deleting are for the signed-in inbox and for retention, never for
 * a route of the intake.
 */
import { randomInt } from 'node:crypto';
import type { Envelope } from '../schemas/envelope.js';
import { openDatabase, type Database, type DatabaseOptions, type Row } from './database.js';
import { migrate } from './migrations.js';

export interface Submission {
  /** The Idempotency-Key, which is also the envelope's `id`. */
  id: string;
  reference: string;
  type: string;
  schemaVersion: number;
  receivedAt: Date;
  /** The envelope as validated: the properties the schema names, text trimmed. */
  envelope: Envelope;
  /** The coordinator's handling: `new` until the inbox changes it. */
  status: string;
  note: string | null;
  updatedAt: Date;
}

export interface NewSubmission {
  id: string;
  type: string;
  schemaVersion: number;
  envelope: Envelope;
  /** SHA-256 of the body's bytes, hex. */
  bodySha256: string;
}

/**
 * What became of a submission: `stored` (new), `replayed` (the same bytes were stored before: answer
 * as the first time) or `conflict` (the key was used before for other bytes).
 */
export type Accepted = { outcome: 'stored' | 'replayed'; reference: string } | { outcome: 'conflict' };

// No 0/O, 1/I/L or U/V: a reference read out on the phone cannot be misheard or mistyped.
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const REFERENCE_PATTERN = /^SI-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/;

export function newReference(): string {
  const pick = () => Array.from({ length: 4 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('');
  return `SI-${pick()}-${pick()}`;
}

const COLUMNS = 'id, reference, type, schema_version, received_at, envelope, status, note, updated_at';

function toSubmission(row: Row): Submission {
  return {
    id: String(row.id),
    reference: String(row.reference),
    type: String(row.type),
    schemaVersion: Number(row.schema_version),
    receivedAt: new Date(row.received_at as Date),
    envelope: (typeof row.envelope === 'string' ? JSON.parse(row.envelope) : row.envelope) as Envelope,
    status: String(row.status),
    note: row.note === null ? null : String(row.note),
    updatedAt: new Date(row.updated_at as Date),
  };
}

/** Where a request stands in the coordinator's inbox, in the order the inbox offers them. */
export const STATUSES = ['new', 'in-progress', 'scheduled', 'done', 'declined'] as const;
export type Status = (typeof STATUSES)[number];
export const NOTE_MAX = 4000;

export function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

/** What the inbox's list is narrowed to; every part is optional. */
export interface SubmissionFilter {
  type?: string;
  status?: Status;
  /** Part of the county, or of the counties or nation, the request names (any case). */
  area?: string;
  /** Received on or after this calendar day (`YYYY-MM-DD`) in `timeZone`. */
  from?: string;
  /** Received on or before this calendar day (`YYYY-MM-DD`) in `timeZone`. */
  to?: string;
  /** The reference the person was given (`SI-XXXX-XXXX`). */
  reference?: string;
  /** The time zone of `from` and `to` (an IANA name; default UTC). */
  timeZone?: string;
}

/** The WHERE clause and its parameters for a filter (parameters from `$1`). */
function whereOf(filter: SubmissionFilter): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.type) clauses.push(`type = ${param(filter.type)}`);
  if (filter.status) clauses.push(`status = ${param(filter.status)}`);
  if (filter.area) {
    const pattern = param(`%${filter.area.replace(/[\\%_]/g, '\\$&')}%`);
    clauses.push(`(envelope->'data'->>'county' ILIKE ${pattern} OR envelope->'data'->>'areaDetail' ILIKE ${pattern})`);
  }
  if (filter.reference) clauses.push(`reference = ${param(filter.reference)}`);
  const zone = filter.from || filter.to ? param(filter.timeZone ?? 'UTC') : '';
  if (filter.from) clauses.push(`received_at >= (${param(filter.from)}::date::timestamp AT TIME ZONE ${zone})`);
  if (filter.to) clauses.push(`received_at < ((${param(filter.to)}::date + 1)::timestamp AT TIME ZONE ${zone})`);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export class SubmissionStore {
  /** `db` is shared with the inbox's accounts, sessions and audit log (accounts.ts, audit.ts). */
  private constructor(readonly db: Database) {}

  /** Opens the database (database.ts) and brings its tables to the latest version. */
  static async open(options: DatabaseOptions = {}): Promise<SubmissionStore> {
    const db = await openDatabase(options);
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return new SubmissionStore(db);
  }

  get engine(): Database['engine'] {
    return this.db.engine;
  }

  /** The data folder or the server (without its password), for logs. */
  get where(): string {
    return this.db.where;
  }

  /**
   * Stores a submission once. Two copies at once (a retry racing its first try, on this instance or
   * another) meet at the primary key: one inserts, the other waits for it and finds the row.
   */
  async accept(submission: NewSubmission, reference: () => string = newReference): Promise<Accepted> {
    for (let attempt = 0; attempt < 5; attempt++) {
      let inserted: Row[];
      try {
        inserted = await this.db.query(
          `INSERT INTO si_submissions (id, reference, type, schema_version, body_sha256, envelope)
           VALUES ($1, $2, $3, $4, decode($5, 'hex'), $6::jsonb)
           ON CONFLICT (id) DO NOTHING
           RETURNING reference`,
          [submission.id, reference(), submission.type, submission.schemaVersion, submission.bodySha256, JSON.stringify(submission.envelope)],
        );
      } catch (error) {
        // Another submission drew the same reference (1 in 500 billion): draw again.
        if ((error as { code?: string; constraint?: string }).constraint === 'si_submissions_reference_key') continue;
        throw error;
      }
      if (inserted.length) return { outcome: 'stored', reference: String(inserted[0].reference) };
      const [existing] = await this.db.query<{ reference: string; same: boolean }>(
        `SELECT reference, body_sha256 = decode($2, 'hex') AS same FROM si_submissions WHERE id = $1`,
        [submission.id, submission.bodySha256],
      );
      // Gone between the two statements (a retention delete): store it as new.
      if (!existing) continue;
      return existing.same ? { outcome: 'replayed', reference: existing.reference } : { outcome: 'conflict' };
    }
    throw new Error(`Could not store submission ${submission.id} after 5 attempts.`);
  }

  async get(id: string): Promise<Submission | undefined> {
    const [row] = await this.db.query(`SELECT ${COLUMNS} FROM si_submissions WHERE id = $1`, [id]);
    return row ? toSubmission(row) : undefined;
  }

  /**
   * Newest first, `limit` at a time (at most 500); pass the last one of a page as `after` for the next.
   * Submissions received in the same instant are ordered by id, so a page never repeats or skips one.
   */
  async list({ limit = 100, after }: { limit?: number; after?: Pick<Submission, 'receivedAt' | 'id'> } = {}): Promise<Submission[]> {
    const size = Math.max(1, Math.min(500, Math.floor(limit)));
    const rows = after
      ? await this.db.query(
          `SELECT ${COLUMNS} FROM si_submissions WHERE (received_at, id) < ($1::timestamptz, $2::uuid) ORDER BY received_at DESC, id DESC LIMIT $3`,
          [after.receivedAt.toISOString(), after.id, size],
        )
      : await this.db.query(`SELECT ${COLUMNS} FROM si_submissions ORDER BY received_at DESC, id DESC LIMIT $1`, [size]);
    return rows.map(toSubmission);
  }

  /**
   * The requests a filter matches, newest first, `limit` (at most 500) from `offset`, with how many
   * match in all.
   */
  async find(
    filter: SubmissionFilter = {},
    { limit = 25, offset = 0 }: { limit?: number; offset?: number } = {},
  ): Promise<{ total: number; records: Submission[] }> {
    const { where, params } = whereOf(filter);
    const [{ total }] = await this.db.query<{ total: number }>(`SELECT count(*)::integer AS total FROM si_submissions ${where}`, params);
    const size = Math.max(1, Math.min(500, Math.floor(limit)));
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM si_submissions ${where} ORDER BY received_at DESC, id DESC LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, size, Math.max(0, Math.floor(offset))],
    );
    return { total, records: rows.map(toSubmission) };
  }

  /** Sets the coordinator's status and note (empty: none); returns the record before and after, or `undefined` when it is gone. */
  async update(id: string, change: { status: Status; note: string }): Promise<{ before: Submission; after: Submission } | undefined> {
    return this.db.transaction(async (query) => {
      const [old] = await query(`SELECT ${COLUMNS} FROM si_submissions WHERE id = $1 FOR UPDATE`, [id]);
      if (!old) return undefined;
      const [row] = await query(`UPDATE si_submissions SET status = $2, note = $3, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`, [
        id,
        change.status,
        change.note.trim() === '' ? null : change.note,
      ]);
      return { before: toSubmission(old), after: toSubmission(row) };
    });
  }

  /** Deletes one request for good; returns its reference, or `undefined` when it was already gone. */
  async delete(id: string): Promise<string | undefined> {
    const [row] = await this.db.query<{ reference: string }>('DELETE FROM si_submissions WHERE id = $1 RETURNING reference', [id]);
    return row?.reference;
  }

  async count(): Promise<number> {
    const [row] = await this.db.query<{ count: number }>('SELECT count(*)::integer AS count FROM si_submissions');
    return row.count;
  }

  /** Deletes what was received before `cutoff` (the retention the privacy text states); returns how many. */
  async deleteReceivedBefore(cutoff: Date): Promise<number> {
    const [row] = await this.db.query<{ count: number }>(
      'WITH deleted AS (DELETE FROM si_submissions WHERE received_at < $1::timestamptz RETURNING 1) SELECT count(*)::integer AS count FROM deleted',
      [cutoff.toISOString()],
    );
    return row.count;
  }

  /** Answers whether the database answers (for a load balancer's health check). */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
