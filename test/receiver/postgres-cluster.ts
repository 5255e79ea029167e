/**
 * A throwaway PostgreSQL cluster for the receiver's tests: `initdb` into a temp folder (as the
 * `postgres` user when running as root: initdb refuses root), the server on 127.0.0.1 and a free port,
 * stopped by its own process id. The binaries are found in /usr/lib/postgresql/<version>/bin (Debian's
 * `postgresql` package) or on PATH; without them the tests that need a server are skipped with that
 * reason, unless SI_REQUIRE_POSTGRES is set (CI sets it), which makes it a failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder of initdb and postgres, or why there is none. */
export function postgresBin(): { bin: string } | { missing: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return { bin: join(root, versions[0], 'bin') };
  const onPath = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return { bin: onPath.replace(/\/initdb$/, '') };
  return { missing: 'PostgreSQL is not installed (Debian: apt-get install postgresql)' };
}

/** The reason to skip the PostgreSQL tests, or false to run them. */
export function skipWithoutPostgres(): string | false {
  const found = postgresBin();
  if ('bin' in found) return false;
  if (process.env.SI_REQUIRE_POSTGRES) throw new Error(`${found.missing}, and SI_REQUIRE_POSTGRES is set`);
  return `${found.missing}; CI installs it and sets SI_REQUIRE_POSTGRES`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export class PostgresCluster {
  private child?: ChildProcess;
  private exited?: Promise<void>;
  private databases = 0;

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly bin: string,
    private readonly asPostgres: boolean,
  ) {}

  /** Makes the cluster and starts its server; `stop()` it when done. */
  static async start(): Promise<PostgresCluster> {
    const found = postgresBin();
    if ('missing' in found) throw new Error(found.missing);
    const asPostgres = process.getuid?.() === 0;
    const dir = mkdtempSync(join(tmpdir(), 'si-postgres-'));
    chmodSync(dir, 0o700);
    if (asPostgres) {
      const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
      const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
      chownSync(dir, Number(ids.stdout), Number(gid.stdout));
    }
    const cluster = new PostgresCluster(dir, await freePort(), found.bin, asPostgres);
    cluster.run('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    await cluster.startServer();
    return cluster;
  }

  private command(name: string, args: string[]): [string, string[]] {
    const path = join(this.bin, name);
    return this.asPostgres ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
  }

  private run(name: string, args: string[]): void {
    const [command, fullArgs] = this.command(name, args);
    const result = spawnSync(command, fullArgs, { encoding: 'utf8', cwd: this.dir });
    if (result.status !== 0) throw new Error(`${name} failed (${result.status}): ${result.stderr || result.stdout}`);
  }

  /** Starts the server (again, after `stop`) on the same port and data. */
  async startServer(): Promise<void> {
    const [command, args] = this.command('postgres', [
      '-D',
      join(this.dir, 'data'),
      '-p',
      String(this.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${this.dir}`,
      '-c',
      'fsync=off',
      '-c',
      'max_connections=100',
    ]);
    const child = spawn(command, args, { cwd: this.dir, stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    let log = '';
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk));
    const deadline = Date.now() + 30_000;
    // Ready once it accepts a connection.
    const pg = (await import('pg')).default;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`postgres exited (${child.exitCode}):\n${log}`);
      const client = new pg.Client({ connectionString: this.url('postgres') });
      try {
        await client.connect();
        await client.end();
        return;
      } catch {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) throw new Error(`postgres did not accept connections within 30 s:\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** The server's own process id, from postmaster.pid (the process spawned may be runuser, its parent). */
  private serverPid(): number | undefined {
    const file = join(this.dir, 'data', 'postmaster.pid');
    const pid = existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : 0;
    return pid > 0 ? pid : undefined;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  /** A new, empty database; returns its connection string. */
  async createDatabase(): Promise<string> {
    const name = `si_test_${process.pid}_${++this.databases}`;
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query(`CREATE DATABASE ${name}`);
    } finally {
      await client.end();
    }
    return this.url(name);
  }

  /** Stops the server by its process id (fast shutdown) and waits for it to exit. */
  async stopServer(): Promise<void> {
    const pid = this.serverPid();
    if (pid) {
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // already gone
      }
    }
    await this.exited;
    this.child = undefined;
  }

  /** Stops the server and deletes the cluster. */
  async stop(): Promise<void> {
    if (this.child) await this.stopServer();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
