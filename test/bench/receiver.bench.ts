/**
 * The receiver's benchmark (`npm run bench:receiver`): figures to report, never asserted.
 *   1. the median time per submission, posted one after another over HTTP to the intake, with 1,000 and
 *      with 50,000 records already stored (DESIGN.md budget: the 50k figure ≤ 1.5× the 1k figure);
 *   2. 30 posts at once with 50,000 stored: median and slowest answer, and how many took longer than
 *      the widget's 15 s timeout;
 *   3. `kill -9` of an `si-receiver` process in the middle of a bounded burst of posts: how many
 *      submissions it had acknowledged (201) and how many of those are missing when the data folder is
 *      opened again (target 0).
 * PGlite in a data folder always (what `npm start` uses); a PostgreSQL server too when the Debian
 * binaries are installed (a throwaway cluster, stopped by its pid). Arguments: `--quick` uses 5,000
 * instead of 50,000 records.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsFromEnv, startReceiver, SubmissionStore, type DatabaseOptions } from '../../src/receiver/index.js';
import { PostgresCluster, postgresBin } from '../receiver/postgres-cluster.js';
import { taRequest } from '../receiver/helpers.js';
import { median } from './median.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LARGE = process.argv.includes('--quick') ? 5_000 : 50_000;
const SEQUENTIAL = 200;
const CONCURRENT = 30;

const round = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

/** Fills the table to `count` rows in one statement (the intake's own path is what is timed, not this). */
async function prefill(store: SubmissionStore, count: number): Promise<void> {
  const envelope = JSON.stringify(taRequest());
  const db = (store as unknown as { db: { query(text: string, params?: unknown[]): Promise<unknown> } }).db;
  await db.query(
    `INSERT INTO si_submissions (id, reference, type, schema_version, body_sha256, envelope, received_at)
     SELECT gen_random_uuid(), 'SI-FILL-' || lpad(i::text, 8, '0'), 'ta-request', 1, sha256(i::text::bytea), $1::jsonb, now() - (i || ' seconds')::interval
     FROM generate_series(1, $2::integer) AS i`,
    [envelope, count],
  );
}

async function postOne(url: string): Promise<number> {
  const body = taRequest();
  const started = performance.now();
  const response = await fetch(new URL('api/submissions', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
    body: JSON.stringify(body),
  });
  await response.arrayBuffer();
  if (response.status !== 201) throw new Error(`posted ${response.status}`);
  return performance.now() - started;
}

interface Timings {
  medianAt: Record<number, number>;
  concurrent: { median: number; slowest: number; overTimeout: number };
}

async function timings(engine: string, database: (dir: string) => Promise<DatabaseOptions>): Promise<Timings> {
  const medianAt: Record<number, number> = {};
  let concurrent = { median: NaN, slowest: NaN, overTimeout: NaN };
  for (const count of [1_000, LARGE]) {
    const dir = await mkdtemp(join(tmpdir(), 'si-bench-receiver-'));
    const store = await SubmissionStore.open(await database(dir));
    const receiver = await startReceiver({ ...settingsFromEnv({}, { port: 0, rateLimit: false, retentionDays: 0 }) }, () => {}, { store });
    try {
      await prefill(store, count);
      for (let i = 0; i < 20; i++) await postOne(receiver.url); // warm up
      const times: number[] = [];
      for (let i = 0; i < SEQUENTIAL; i++) times.push(await postOne(receiver.url));
      medianAt[count] = median(times);
      console.log(`${engine}: ${count.toLocaleString('en-US')} stored, ${SEQUENTIAL} posts one after another: median ${round(medianAt[count])} ms`);
      if (count === LARGE) {
        const all = await Promise.all(Array.from({ length: CONCURRENT }, () => postOne(receiver.url)));
        concurrent = { median: median(all), slowest: Math.max(...all), overTimeout: all.filter((ms) => ms > 15_000).length };
        console.log(
          `${engine}: ${count.toLocaleString('en-US')} stored, ${CONCURRENT} posts at once: median ${round(concurrent.median)} ms, slowest ${round(concurrent.slowest)} ms, ${concurrent.overTimeout} over 15 s`,
        );
      }
    } finally {
      await receiver.close();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { medianAt, concurrent };
}

/** kill -9 of an si-receiver process on PGlite during a bounded burst; counts acknowledged submissions lost. */
async function killDuringBurst(): Promise<{ acknowledged: number; lost: number; reopenMs: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'si-bench-kill-'));
  const dataDir = join(dir, 'receiver');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/cli.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', SI_DATA_DIR: dataDir, SI_RATE_LIMIT: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk;
        const match = /^Receiver: (http:\/\/\S+)$/m.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`si-receiver exited (${code})`)));
    });
    const acknowledged: string[] = [];
    const burst = 3_000;
    const killAfter = 800 + Math.floor(Math.random() * 400);
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (sent < burst && !killed) {
        sent++;
        const body = taRequest();
        try {
          const response = await fetch(new URL('api/submissions', url), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': body.id },
            body: JSON.stringify(body),
          });
          if (response.status === 201) acknowledged.push(body.id);
        } catch {
          // the process is gone
        }
        if (!killed && acknowledged.length >= killAfter) {
          killed = true;
          process.kill(child.pid!, 'SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(undefined) : child.once('exit', resolve)));
    const started = performance.now();
    const store = await SubmissionStore.open({ dataDir });
    const reopenMs = performance.now() - started;
    let lost = 0;
    for (const id of acknowledged) if (!(await store.get(id))) lost++;
    await store.close();
    return { acknowledged: acknowledged.length, lost, reopenMs };
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  }
}

const results: string[] = [];
const pglite = await timings('PGlite', async (dir) => ({ dataDir: join(dir, 'receiver') }));
results.push(
  `PGlite      median per submission: ${round(pglite.medianAt[1_000])} ms at 1k, ${round(pglite.medianAt[LARGE])} ms at ${LARGE / 1000}k ` +
    `(${(pglite.medianAt[LARGE] / pglite.medianAt[1_000]).toFixed(2)}×, budget ≤ 1.5×); ${CONCURRENT} at once at ${LARGE / 1000}k: median ${round(pglite.concurrent.median)} ms, ` +
    `slowest ${round(pglite.concurrent.slowest)} ms, ${pglite.concurrent.overTimeout} over 15 s`,
);

if ('bin' in postgresBin()) {
  const cluster = await PostgresCluster.start();
  try {
    const postgres = await timings('PostgreSQL', async () => ({ databaseUrl: await cluster.createDatabase() }));
    results.push(
      `PostgreSQL  median per submission: ${round(postgres.medianAt[1_000])} ms at 1k, ${round(postgres.medianAt[LARGE])} ms at ${LARGE / 1000}k ` +
        `(${(postgres.medianAt[LARGE] / postgres.medianAt[1_000]).toFixed(2)}×); ${CONCURRENT} at once at ${LARGE / 1000}k: median ${round(postgres.concurrent.median)} ms, ` +
        `slowest ${round(postgres.concurrent.slowest)} ms, ${postgres.concurrent.overTimeout} over 15 s (fsync off in the throwaway cluster)`,
    );
  } finally {
    await cluster.stop();
  }
} else {
  results.push('PostgreSQL  not measured: its binaries are not installed (apt-get install postgresql)');
}

const kill = await killDuringBurst();
results.push(
  `PGlite      kill -9 during a burst (8 at a time): ${kill.acknowledged} acknowledged, ${kill.lost} of them lost (target 0); reopened in ${Math.round(kill.reopenMs)} ms`,
);

console.log(`\n${results.join('\n')}`);
