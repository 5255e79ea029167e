/**
 * The demo receiver's durable store: SQLite (sql.js, WebAssembly, no native build) kept in memory and
 * written to one file after every insert. The write is atomic (temp file, fsync, rename) so a crash
 * leaves either the old file or the new one, never half of one.
 */
import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';

export interface StoredSubmission {
  /** The Idempotency-Key, which is also the envelope's `id`. */
  id: string;
  reference: string;
  type: string;
  receivedAt: string;
  /** The answer given the first time, replayed when the same key comes again. */
  status: number;
  response: string;
  /** The body exactly as received, so a retry can be compared byte for byte. */
  body: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS submissions (
    id TEXT PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    body TEXT NOT NULL
  )`;
const COLUMNS = 'id, reference, type, received_at, status, response, body';

// The WebAssembly module is compiled once per process, however many stores are opened (tests open many).
let sqlJs: Promise<SqlJsStatic> | undefined;

export class SubmissionStore {
  /** Writes run one after another: two overlapping writes of the same file would race on the rename. */
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly db: Database,
    private readonly path: string,
  ) {}

  /** Opens the database file, creating its folder and the table when they do not exist yet. */
  static async open(path: string): Promise<SubmissionStore> {
    const SQL = await (sqlJs ??= initSqlJs());
    await mkdir(dirname(path), { recursive: true });
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    const db = new SQL.Database(bytes);
    db.run(SCHEMA);
    return new SubmissionStore(db, path);
  }

  get(id: string): StoredSubmission | undefined {
    return this.select(`SELECT ${COLUMNS} FROM submissions WHERE id = ?`, [id])[0];
  }

  hasReference(reference: string): boolean {
    return this.db.exec('SELECT 1 FROM submissions WHERE reference = ?', [reference]).length > 0;
  }

  /** Newest first; rowid breaks ties between records received in the same millisecond. */
  list(): StoredSubmission[] {
    return this.select(`SELECT ${COLUMNS} FROM submissions ORDER BY received_at DESC, rowid DESC`);
  }

  /**
   * Inserts a record and resolves once it is on disk. If the file cannot be written the record is
   * taken out again, so the caller's error answer (which the widget retries) tells the truth.
   */
  async add(record: StoredSubmission): Promise<void> {
    const { id, reference, type, receivedAt, status, response, body } = record;
    this.db.run(`INSERT INTO submissions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`, [id, reference, type, receivedAt, status, response, body]);
    try {
      await this.save();
    } catch (error) {
      this.db.run('DELETE FROM submissions WHERE id = ?', [id]);
      throw error;
    }
  }

  /** Waits for pending writes, then frees the database. */
  async close(): Promise<void> {
    await this.writes.catch(() => undefined);
    this.db.close();
  }

  private save(): Promise<void> {
    const write = this.writes.catch(() => undefined).then(() => this.writeFile());
    this.writes = write;
    return write;
  }

  private async writeFile(): Promise<void> {
    const temp = join(dirname(this.path), `.${basename(this.path)}.${process.pid}.tmp`);
    const file = await open(temp, 'w');
    try {
      await file.writeFile(this.db.export());
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, this.path);
    // The rename itself is only durable once the folder's entry is flushed too.
    const folder = await open(dirname(this.path), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  private select(sql: string, params: SqlValue[] = []): StoredSubmission[] {
    const [result] = this.db.exec(sql, params);
    if (!result) return [];
    return result.values.map(([id, reference, type, receivedAt, status, response, body]) => ({
      id: String(id),
      reference: String(reference),
      type: String(type),
      receivedAt: String(receivedAt),
      status: Number(status),
      response: String(response),
      body: String(body),
    }));
  }
}
