/**
 * One PostgreSQL, two engines: an embedded PGlite database in a data folder (nothing to install; one
 * process at a time), or a PostgreSQL server through `pg` (several receiver instances share it). Both
 * are optional peer dependencies, loaded only when used, so a browser-only user of the package
 * installs neither.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export type Row = Record<string, unknown>;

/** What the store needs of a database: parameterized statements, one at a time or in a transaction. */
export interface Database {
  readonly engine: 'pglite' | 'postgres';
  /** A description for logs: the data folder, or the server without its password. */
  readonly where: string;
  query<R extends Row = Row>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Runs `work` inside one transaction on one connection; rolls back if it throws. */
  transaction<T>(work: (query: Database['query']) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string (`postgres://user:password@host:5432/db?sslmode=require`). */
  databaseUrl?: string;
  /** PGlite's data folder when there is no `databaseUrl`; leave both out for a database in memory (tests). */
  dataDir?: string;
  /** Connections each instance keeps to a PostgreSQL server (default 10). */
  poolSize?: number;
  /** Where `pg` reports a lost idle connection (it would otherwise crash the process). */
  log?: (message: string) => void;
}

/** Opens PostgreSQL at `databaseUrl`, else PGlite in `dataDir` (else in memory). */
export function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options.dataDir);
}

function missingPeer(name: string, why: string, error: unknown): Error {
  return new Error(`${why} needs the package ${name}, which is not installed. Install it beside survivor-informed-widgets: npm install ${name}`, {
    cause: error,
  });
}

/** The lock that keeps a second process out of a PGlite data folder (two would corrupt it). */
async function lockFolder(dir: string): Promise<() => Promise<void>> {
  const path = join(dir, 'receiver.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(path, `${process.pid}\n`, { flag: 'wx' });
      return () => rm(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(path, 'utf8').catch(() => '')).trim());
    if (holder === process.pid || (holder > 0 && isRunning(holder))) {
      throw new Error(
        `The data folder ${dir} is in use by ${holder === process.pid ? 'this process' : `process ${holder}`}. ` +
          'Only one receiver may open a PGlite data folder; to run several, give each the same PostgreSQL server with DATABASE_URL.',
      );
    }
    // Left by a process that is gone (a crash, kill -9): PGlite replays its log on open.
    await rm(path, { force: true });
  }
  throw new Error(`Could not lock the data folder ${dir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  let PGlite: typeof import('@electric-sql/pglite').PGlite;
  try {
    ({ PGlite } = await import('@electric-sql/pglite'));
  } catch (error) {
    throw missingPeer('@electric-sql/pglite', 'The embedded database (no DATABASE_URL)', error);
  }
  const folder = dataDir ? resolve(dataDir) : undefined;
  let unlock = async () => {};
  if (folder) {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    unlock = await lockFolder(folder);
  }
  try {
    const db = await PGlite.create(folder ? join(folder, 'postgres') : 'memory://');
    const query: Database['query'] = async (text, params) => (await db.query<never>(text, params as unknown[])).rows;
    return {
      engine: 'pglite',
      where: folder ?? 'memory',
      query,
      // PGlite runs one statement at a time; its transaction holds the database for the callback.
      transaction: (work) => db.transaction((tx) => work(async (text, params) => (await tx.query<never>(text, params as unknown[])).rows)),
      async close() {
        try {
          await db.close();
        } finally {
          await unlock();
        }
      },
    };
  } catch (error) {
    await unlock();
    throw error;
  }
}

/** The connection string without its password, for logs. */
export function describeUrl(databaseUrl: string): string {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'a PostgreSQL server (the connection string does not parse as a URL)';
  }
}

async function openPostgres(databaseUrl: string, { poolSize = 10, log = console.error }: DatabaseOptions): Promise<Database> {
  let pg: typeof import('pg').default;
  try {
    pg = (await import('pg')).default;
  } catch (error) {
    throw missingPeer('pg', 'A PostgreSQL server (DATABASE_URL)', error);
  }
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'si-receiver',
  });
  // A server restart or a network cut drops idle connections; the pool makes new ones when asked.
  pool.on('error', (error) => log(`PostgreSQL connection lost: ${error.message}`));
  const where = describeUrl(databaseUrl);
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new Error(`Could not connect to PostgreSQL at ${where}: ${(error as Error).message}`, { cause: error });
  }
  return {
    engine: 'postgres',
    where,
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(async (text, params) => (await client.query(text, params as unknown[])).rows);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
