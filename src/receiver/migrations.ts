/**
 * The receiver's tables, as numbered migrations. Each runs once, in order, inside one transaction that
 * holds an advisory lock, so receiver instances starting together on one PostgreSQL server never apply
 * a migration twice. Never edit a migration that has shipped: add the next one.
 *
 * The tables live in the connection's default schema (its `search_path`), named `si_*`.
 */
import type { Database } from './database.js';

export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'submissions',
    statements: [
      `CREATE TABLE si_submissions (
        -- The Idempotency-Key, which is also the envelope's id: one row per submission, however often it is sent.
        id uuid PRIMARY KEY,
        -- What the person was told (SI-XXXX-XXXX), to find the request when they call.
        reference text NOT NULL UNIQUE,
        type text NOT NULL,
        schema_version integer NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        -- SHA-256 of the body's bytes as received: a retry must match it exactly.
        body_sha256 bytea NOT NULL CHECK (octet_length(body_sha256) = 32),
        -- The envelope as validated: only the properties the schema names, text trimmed.
        envelope jsonb NOT NULL,
        -- The coordinator's handling (the inbox): where the request stands and a private note.
        status text NOT NULL DEFAULT 'new' CHECK (status <> ''),
        note text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      // Newest first, and the retention delete by age.
      'CREATE INDEX si_submissions_received_at ON si_submissions (received_at, id)',
    ],
  },
  {
    version: 2,
    name: 'inbox',
    statements: [
      // The five places a request can stand in the coordinator's inbox.
      `ALTER TABLE si_submissions ADD CONSTRAINT si_submissions_status_known CHECK (status IN ('new', 'in-progress', 'scheduled', 'done', 'declined'))`,
      `ALTER TABLE si_submissions ADD CONSTRAINT si_submissions_note_length CHECK (char_length(note) <= 4000)`,
      `CREATE TABLE si_users (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        -- Compared in lower case: the name is how the coordinator signs in.
        username text NOT NULL UNIQUE CHECK (username = lower(username) AND username <> ''),
        -- scrypt$N$r$p$salt$hash (passwords.ts); null for an account that signs in only through the reverse proxy.
        password_hash text,
        created_at timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz
      )`,
      `CREATE TABLE si_sessions (
        -- SHA-256 of the cookie's random token: a copy of this table signs no one in.
        token_hash bytea PRIMARY KEY CHECK (octet_length(token_hash) = 32),
        user_id bigint NOT NULL REFERENCES si_users (id) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        lang text NOT NULL DEFAULT 'en' CHECK (lang IN ('en', 'es')),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`,
      'CREATE INDEX si_sessions_user ON si_sessions (user_id)',
      'CREATE INDEX si_sessions_expires_at ON si_sessions (expires_at)',
      `CREATE TABLE si_audit (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        -- The account that acted (kept after the account is removed); null for the receiver itself.
        actor text,
        action text NOT NULL,
        -- The request's reference, kept after the request is deleted; never what it said.
        reference text,
        detail text,
        -- Where a sign-in came from (the proxy's address, or the forwarded one when trusted).
        address text
      )`,
      'CREATE INDEX si_audit_at ON si_audit (at, id)',
    ],
  },
];

/** Any number, the same in every instance: the key of the advisory lock migrations hold. */
const MIGRATION_LOCK = 7_310_420_020;

/** Brings the database to the latest version; returns it. Refuses a database newer than this code. */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  return db.transaction(async (query) => {
    await query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await query(`CREATE TABLE IF NOT EXISTS si_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const [{ version }] = await query<{ version: number | null }>('SELECT max(version) AS version FROM si_migrations');
    const current = version ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (current > latest) {
      throw new Error(`The database is at version ${current}, newer than this receiver knows (${latest}). Run the newer receiver, or upgrade this one.`);
    }
    for (const migration of migrations.filter((candidate) => candidate.version > current)) {
      for (const statement of migration.statements) await query(statement);
      await query('INSERT INTO si_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
    }
    return latest;
  });
}
