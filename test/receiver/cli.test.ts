/**
 * `si-receiver` as county IT runs it: its settings from environment variables (every one, and every
 * mistake reported at once), and the command itself in its own process on a PGlite data folder: it
 * stores, refuses a second process on the same folder, stops cleanly on SIGTERM, comes back after a
 * restart and after `kill -9` with everything it acknowledged. Each process is stopped by its pid.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { settingsFromEnv, SettingsError } from '../../src/receiver/index.js';
import { post, taRequest, tempDir } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('settings from the environment', () => {
  it('has safe defaults: loopback, the PGlite folder, the limits, a year of retention', () => {
    const settings = settingsFromEnv({});
    assert.equal(settings.listenHost, '127.0.0.1');
    assert.equal(settings.port, 8788);
    assert.equal(settings.intakePath, '/api/submissions');
    assert.equal(settings.databaseUrl, undefined);
    assert.equal(settings.dataDir, 'si-receiver-data');
    assert.deepEqual(settings.allowedHosts, []);
    assert.deepEqual(settings.allowedOrigins, []);
    assert.equal(settings.maxBodyBytes, 256 * 1024);
    assert.equal(settings.maxDepth, 8);
    assert.deepEqual(settings.rateLimit, { max: 20, perSeconds: 60 });
    assert.equal(settings.trustProxy, false);
    assert.equal(settings.retentionDays, 365);
    assert.equal(settings.inboxPath, '/inbox/');
    assert.equal(settings.publicOrigin, undefined);
    assert.equal(settings.timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone);
    assert.equal(settings.sessionIdleMinutes, 30);
    assert.equal(settings.sessionHours, 12);
    assert.equal(settings.auditRetentionDays, 400);
    assert.equal(settings.notify, undefined, 'no email unless configured');
    assert.equal(settings.proxyAuth, undefined, 'no single sign-on header unless configured');
  });

  it('reads every setting', () => {
    const settings = settingsFromEnv({
      HOST: '0.0.0.0',
      PORT: '9000',
      SI_INTAKE_PATH: '/intake',
      DATABASE_URL: 'postgres://si:secret@db.internal:5432/si?sslmode=require',
      SI_DATA_DIR: '/var/lib/si',
      SI_PG_POOL_SIZE: '4',
      SI_ALLOWED_HOSTS: 'intake.example.gov, intake.example.gov:8443',
      SI_ALLOWED_ORIGINS: 'https://county.example.gov,https://www.county.example.gov',
      SI_MAX_BODY_BYTES: '65536',
      SI_MAX_DEPTH: '6',
      SI_RATE_LIMIT: '5/30',
      SI_TRUST_PROXY: 'yes',
      SI_HEADERS_TIMEOUT_MS: '5000',
      SI_REQUEST_TIMEOUT_MS: '15000',
      SI_RETENTION_DAYS: '90',
      SI_INBOX_PATH: '/staff/inbox/',
      SI_PUBLIC_URL: 'https://intake.example.gov',
      SI_TIME_ZONE: 'America/Denver',
      SI_SESSION_IDLE_MINUTES: '15',
      SI_SESSION_HOURS: '8',
      SI_AUDIT_RETENTION_DAYS: '730',
      SI_SMTP_URL: 'smtps://notices:secret@mail.example.gov:465',
      SI_NOTIFY_TO: 'training@county.example.gov, lead@county.example.gov',
      SI_NOTIFY_FROM: 'Requests inbox <no-reply@county.example.gov>',
      SI_NOTIFY_LANG: 'es',
      SI_INBOX_USER_HEADER: 'X-Forwarded-User',
      SI_INBOX_PROXY_ADDRESSES: '127.0.0.1, ::1',
    });
    assert.deepEqual(settings, {
      listenHost: '0.0.0.0',
      port: 9000,
      intakePath: '/intake',
      databaseUrl: 'postgres://si:secret@db.internal:5432/si?sslmode=require',
      dataDir: '/var/lib/si',
      poolSize: 4,
      allowedHosts: ['intake.example.gov', 'intake.example.gov:8443'],
      allowedOrigins: ['https://county.example.gov', 'https://www.county.example.gov'],
      maxBodyBytes: 65536,
      maxDepth: 6,
      rateLimit: { max: 5, perSeconds: 30 },
      trustProxy: true,
      headersTimeoutMs: 5000,
      requestTimeoutMs: 15000,
      retentionDays: 90,
      inboxPath: '/staff/inbox/',
      publicOrigin: 'https://intake.example.gov',
      timeZone: 'America/Denver',
      sessionIdleMinutes: 15,
      sessionHours: 8,
      auditRetentionDays: 730,
      notify: {
        smtpUrl: 'smtps://notices:secret@mail.example.gov:465',
        to: ['training@county.example.gov', 'lead@county.example.gov'],
        from: 'Requests inbox <no-reply@county.example.gov>',
        lang: 'es',
      },
      proxyAuth: { header: 'X-Forwarded-User', addresses: ['127.0.0.1', '::1'] },
    });
    assert.equal(settingsFromEnv({ SI_RATE_LIMIT: 'off' }).rateLimit, false);
  });

  it('names every mistake at once, saying what it should be', () => {
    let error: unknown;
    try {
      settingsFromEnv({
        PORT: '80a',
        DATABASE_URL: 'mysql://x',
        SI_ALLOWED_HOSTS: 'https://intake.example.gov/',
        SI_ALLOWED_ORIGINS: 'https://county.example.gov/',
        SI_RATE_LIMIT: 'lots',
        SI_TRUST_PROXY: 'maybe',
        SI_INTAKE_PATH: 'api',
        SI_MAX_DEPTH: '1000',
        SI_INBOX_PATH: 'inbox',
        SI_NOTIFY_TO: 'not an address',
        SI_INBOX_USER_HEADER: 'X-Forwarded-User',
      });
    } catch (caught) {
      error = caught;
    }
    assert.ok(error instanceof SettingsError);
    assert.equal(error.problems.length, 14, error.message);
    assert.match(error.message, /SI_INBOX_PATH must be a path that starts and ends with \//);
    assert.match(error.message, /Email notices need SI_SMTP_URL/);
    assert.match(error.message, /SI_NOTIFY_TO: "not an address" is not an email address/);
    assert.match(error.message, /Email notices need SI_NOTIFY_FROM/);
    assert.match(error.message, /Email notices need SI_PUBLIC_URL, for the link to the inbox/);
    assert.match(error.message, /SI_INBOX_USER_HEADER needs SI_INBOX_PROXY_ADDRESSES/);
    assert.match(error.message, /PORT must be a whole number from 0 to 65535, not "80a"/);
    assert.match(error.message, /SI_ALLOWED_ORIGINS: "https:\/\/county\.example\.gov\/" is not an origin/);
    assert.match(error.message, /SI_ALLOWED_HOSTS: "https:\/\/intake\.example\.gov\/" is not a host name/);
  });
});

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `si-receiver` (from the sources) in its own process; resolves on its "Receiver:" line. */
function startCli(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/cli.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', PORT: '0', SI_RATE_LIMIT: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = /^Receiver: (http:\/\/\S+)$/m.exec(output);
      if (match) resolve({ child, url: match[1], output: () => output });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(Object.assign(new Error(`si-receiver exited (${code}) before it started:\n${output}`), { code, output })));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Stops the process by its pid and waits for it. */
async function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  const done = exited(child);
  if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, signal);
  return done;
}

describe('the si-receiver command', () => {
  it('stores, keeps a second process off its data folder, and after SIGTERM and after kill -9 answers every retry from what it stored', async (t) => {
    const dataDir = join(await tempDir(t), 'receiver');
    const running = new Set<ChildProcess>();
    t.after(async () => {
      for (const child of running) await stop(child, 'SIGKILL');
    });
    const start = async () => {
      const started = await startCli({ SI_DATA_DIR: dataDir });
      running.add(started.child);
      return started;
    };

    const first = await start();
    assert.match(first.output(), /stored in PGlite at .*receiver; kept 365 days/);
    const bodies = [taRequest(), taRequest()];
    const references = [];
    for (const body of bodies) {
      const response = await post(first, body);
      assert.equal(response.status, 201);
      references.push(((await response.json()) as { reference: string }).reference);
    }

    // Two processes on one PGlite folder would corrupt it: the second refuses to start, and says why.
    const second = await startCli({ SI_DATA_DIR: dataDir }).then(
      () => assert.fail('a second process opened the same data folder'),
      (error: { code: number; output: string }) => error,
    );
    assert.equal(second.code, 1);
    assert.match(second.output, /in use by process \d+.*DATABASE_URL/s);

    assert.equal(await stop(first.child), 0, 'a clean stop on SIGTERM');
    running.delete(first.child);

    const restarted = await start();
    const replay = await post(restarted, bodies[0]);
    assert.deepEqual(await replay.json(), { reference: references[0] });
    await stop(restarted.child, 'SIGKILL');
    running.delete(restarted.child);

    // After kill -9 the lock is stale (its process is gone): the next start takes it over.
    const afterKill = await start();
    const again = await post(afterKill, bodies[1]);
    assert.equal(again.status, 201);
    assert.deepEqual(await again.json(), { reference: references[1] });
    assert.equal(await stop(afterKill.child), 0);
    running.delete(afterKill.child);
  });
});

/** Runs an `si-receiver` account command to its end; resolves with its exit code and output. */
function runCli(args: string[], env: Record<string, string>, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/receiver/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('the account commands', () => {
  it('add, list, reset and remove inbox accounts, and the receiver signs them in', async (t) => {
    const env = { SI_DATA_DIR: join(await tempDir(t), 'receiver') };
    const added = await runCli(['add-user', 'Dana.Reyes@county.example.gov', '--password-stdin'], env, 'a long enough passphrase\n');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /Added dana\.reyes@county\.example\.gov\./);

    const again = await runCli(['add-user', 'dana.reyes@county.example.gov', '--password-stdin'], env, 'another long passphrase\n');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /There is already an account named dana\.reyes@county\.example\.gov\./);
    const short = await runCli(['add-user', 'sam', '--password-stdin'], env, 'too short\n');
    assert.equal(short.code, 1);
    assert.match(short.stderr, /at least 12 characters/);
    const badName = await runCli(['add-user', 'not a name!', '--generate'], env);
    assert.equal(badName.code, 1);
    assert.match(badName.stderr, /An account name is 1 to 64 letters/);
    const noTerminal = await runCli(['add-user', 'sam'], env);
    assert.equal(noTerminal.code, 1);
    assert.match(noTerminal.stderr, /no terminal to ask for the password on: use --password-stdin or --generate/);
    assert.equal((await runCli(['add-user'], env)).code, 2);
    assert.equal((await runCli(['add-user', 'sam', '--pasword-stdin'], env)).code, 2, 'a mistyped flag is refused, not ignored');
    assert.equal((await runCli(['make-coffee'], env)).code, 2);
    const sso = await runCli(['add-user', 'kim', '--no-password'], env);
    assert.equal(sso.code, 0, sso.stderr);

    const listed = await runCli(['list-users'], env);
    assert.equal(listed.code, 0);
    assert.match(listed.stdout, /^dana\.reyes@county\.example\.gov\tpassword\tsince \d{4}-\d{2}-\d{2}\nkim\tsingle sign-on only\tsince /);

    const reset = await runCli(['set-password', 'dana.reyes@county.example.gov', '--generate'], env);
    assert.equal(reset.code, 0, reset.stderr);
    const password = /Password \(shown only now; it is stored hashed\): ([a-z0-9-]+)/.exec(reset.stdout)?.[1];
    assert.match(password ?? '', /^([a-z2-9]{4}-){4}[a-z2-9]{4}$/);

    const running = await startCli({ ...env, SI_RATE_LIMIT: 'off' });
    t.after(() => stop(running.child, 'SIGKILL'));
    assert.match(running.output(), /The inbox is at http:\/\/127\.0\.0\.1:\d+\/inbox\//);
    const { InboxClient } = await import('./inbox-helpers.js');
    const client = new InboxClient(running.url);
    assert.equal((await client.signIn('dana.reyes@county.example.gov', 'a long enough passphrase')).status, 401, 'the old password no longer works');
    assert.equal((await client.signIn('dana.reyes@county.example.gov', password)).status, 303);
    const locked = await runCli(['list-users'], env);
    assert.equal(locked.code, 1, 'PGlite: one process at a time');
    assert.match(locked.stderr, /in use by process \d+/);
    assert.equal(await stop(running.child), 0);

    const removed = await runCli(['remove-user', 'DANA.REYES@county.example.gov'], env);
    assert.equal(removed.code, 0, removed.stderr);
    assert.doesNotMatch((await runCli(['list-users'], env)).stdout, /dana/);
    assert.equal((await runCli(['remove-user', 'nobody'], env)).code, 1);
  });
});
