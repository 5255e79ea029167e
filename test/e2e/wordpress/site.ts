/**
 * A real WordPress for the end-to-end test, from Debian's packages (`wordpress` 6.1, `php-cli`,
 * `php-mysql`, `mariadb-server`), set up in a temporary folder and torn down by the test that started it:
 * - MariaDB from a fresh data folder, on a Unix socket only (no TCP port), stopped by its process id;
 * - WordPress served by `php -S 127.0.0.1:<free port>` with router.php, from a folder of links to
 *   /usr/share/wordpress plus this test's own wp-config.php (Debian's reads /etc/wordpress, which the
 *   test never touches), stopped by its process group's id (the server's workers are in it);
 * - wp-content of its own: Debian's themes and Spanish language files linked in, an empty plugins folder
 *   (the test installs the plugin's zip through the admin screens), and test-site.php as a must-use plugin.
 * Nothing is written outside the temporary folder, which stop() removes.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const WORDPRESS = '/usr/share/wordpress';
const MARIADB_SERVER = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'];

export interface SiteUser {
  id: number;
  role: string;
  application_password: string;
}

/** The Debian packages the test needs that are missing here (the theme and the Spanish core translations are only Recommends of wordpress). */
export function missingPackages(): string[] {
  const missing: string[] = [];
  if (!existsSync(join(WORDPRESS, 'wp-settings.php'))) missing.push('wordpress');
  if (!existsSync(join(WORDPRESS, 'wp-content/themes/twentytwentythree/style.css'))) missing.push('wordpress-theme-twentytwentythree');
  if (!existsSync(join(WORDPRESS, 'wp-content/languages/es_ES.mo'))) missing.push('wordpress-l10n');
  if (spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']).status !== 0) missing.push('php-cli', 'php-mysql');
  if (!MARIADB_SERVER.some(existsSync) || spawnSync('sh', ['-c', 'command -v mariadb-install-db']).status !== 0) missing.push('mariadb-server');
  return missing;
}

/** A port nothing listens on now, on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export class WordPressSite {
  readonly dir = mkdtempSync(join(tmpdir(), 'si-wordpress-'));
  readonly root = join(this.dir, 'wp');
  readonly password = `pw-${randomBytes(9).toString('hex')}`;
  readonly logs: string[] = [];
  users: Record<string, SiteUser> = {};
  private port = 0;
  private database?: ChildProcess;
  private server?: ChildProcess;

  constructor(private readonly receiverOrigin: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get socket(): string {
    return join(this.dir, 'mariadb.sock');
  }

  get pluginsDir(): string {
    return join(this.root, 'wp-content/plugins');
  }

  async start(): Promise<void> {
    this.port = await freePort();
    await this.startDatabase();
    this.writeRoot();
    await this.startServer();
    this.users = JSON.parse(this.cli('install.php', { password: this.password }, { SI_TEST_INSTALLING: '1' })) as Record<string, SiteUser>;
    this.cli('configure.php', { permalinks: '/%postname%/' });
  }

  /** Stops the server and the database by their process ids, and removes the folder. Safe to call twice. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server?.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, 'SIGTERM'); // the server and its workers: one process group
      } catch {
        // already gone
      }
      await exited(server);
    }
    const database = this.database;
    this.database = undefined;
    if (database?.pid && database.exitCode === null) {
      database.kill('SIGTERM');
      await exited(database);
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Runs a PHP file of this folder inside WordPress (cli.php) and returns what it printed. */
  cli(script: string, args: unknown = {}, env: Record<string, string> = {}): string {
    const result = spawnSync('php', [join(HERE, 'cli.php'), this.root, join(HERE, script), JSON.stringify(args)], {
      encoding: 'utf8',
      env: { ...process.env, SI_TEST_HOME: this.url, ...env },
    });
    if (result.status !== 0) throw new Error(`${script} failed (${result.status}): ${result.stderr || result.stdout}`);
    return result.stdout;
  }

  /** A REST request as a user, with their application password. */
  async rest(login: string, method: string, route: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const user = this.users[login];
    const [path, query] = route.split('?');
    const response = await fetch(`${this.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: {
        Authorization: `Basic ${Buffer.from(`${login}:${user.application_password}`).toString('base64')}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: await response.json() };
  }

  /** PHP's warnings and notices that name the plugin (WordPress 6.1 itself logs deprecations under PHP 8.2). */
  pluginLogLines(): string[] {
    const log = join(this.root, 'debug.log');
    return existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((line) => line.includes('survivor-informed-widgets'))
      : [];
  }

  private async startDatabase(): Promise<void> {
    const data = join(this.dir, 'mariadb');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const install = spawnSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve', ...asRoot],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr || install.stdout}`);
    const server = MARIADB_SERVER.find(existsSync)!;
    this.database = spawn(
      server,
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${this.socket}`,
        '--skip-networking',
        `--pid-file=${join(this.dir, 'mariadb.pid')}`,
        `--log-error=${join(this.dir, 'mariadb.err')}`,
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
        ...asRoot,
      ],
      { stdio: 'ignore' },
    );
    await until('MariaDB to accept connections', () => {
      if (this.database?.exitCode !== null) throw new Error(`mariadbd exited: ${readFileSync(join(this.dir, 'mariadb.err'), 'utf8').slice(-800)}`);
      return existsSync(this.socket) && spawnSync('mariadb', ['--no-defaults', `--socket=${this.socket}`, '-uroot', '-e', 'SELECT 1']).status === 0;
    });
    const created = spawnSync('mariadb', ['--no-defaults', `--socket=${this.socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'], {
      encoding: 'utf8',
    });
    if (created.status !== 0) throw new Error(`CREATE DATABASE failed: ${created.stderr}`);
  }

  /** The document root: links to WordPress's files, and this test's wp-config.php and wp-content. */
  private writeRoot(): void {
    mkdirSync(this.root);
    for (const name of readdirSync(WORDPRESS)) {
      if (name !== 'wp-config.php' && name !== 'wp-content') symlinkSync(join(WORDPRESS, name), join(this.root, name));
    }
    const content = join(this.root, 'wp-content');
    for (const folder of ['plugins', 'mu-plugins', 'uploads', 'languages']) mkdirSync(join(content, folder), { recursive: true });
    symlinkSync(join(WORDPRESS, 'wp-content/themes'), join(content, 'themes'));
    const languages = join(WORDPRESS, 'wp-content/languages');
    if (existsSync(languages)) {
      for (const name of readdirSync(languages).filter((file) => /es_ES\.mo$/.test(file))) symlinkSync(join(languages, name), join(content, 'languages', name));
    }
    symlinkSync(join(HERE, 'test-site.php'), join(content, 'mu-plugins/test-site.php'));
    const php = (value: string) => `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
    const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
    writeFileSync(
      join(this.root, 'wp-config.php'),
      `<?php
// The end-to-end test's own configuration (test/e2e/wordpress/site.ts); removed with its folder.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${this.socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', ${php(randomBytes(32).toString('hex'))} );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', ${php(this.url)} );
define( 'WP_SITEURL', ${php(this.url)} );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', WP_HOME . '/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // application passwords over http
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // no request leaves this computer
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', __DIR__ . '/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'SI_TEST_RECEIVER_ORIGIN', ${php(this.receiverOrigin)} );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
    );
  }

  private async startServer(): Promise<void> {
    this.server = spawn('php', ['-S', `127.0.0.1:${this.port}`, '-t', this.root, join(HERE, 'router.php')], {
      detached: true, // its own process group, so stop() ends its workers with it
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '3' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    this.server.stderr?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line && !/ (Accepted|Closing)$|\[200\]|\[30\d\]/.test(line)) this.logs.push(line);
    });
    await until('php -S to listen', async () => {
      if (this.server?.exitCode !== null) throw new Error(`php -S exited: ${this.logs.join('\n')}`);
      return fetch(`${this.url}/wp-includes/images/blank.gif`).then(
        (response) => response.ok,
        () => false,
      );
    });
  }
}
