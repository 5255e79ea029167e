/**
 * The receiver as a Node server: the store, the intake at its path, the coordinator's inbox at its
 * own, `/healthz` for a load balancer, the timeouts, the retention delete and the email notices. `si-receiver` (cli.ts) runs it from environment variables;
 * the demo site mounts the same pieces beside its pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Sessions } from './accounts.js';
import { AuditLog } from './audit.js';
import { createInbox } from './inbox.js';
import { createIntake, problem, type Handler } from './intake.js';
import { createNotifier, type Notifier } from './notify.js';
import { closeServer, mount, serverOptions, toNodeListener } from './node.js';
import type { ReceiverSettings } from './settings.js';
import { SubmissionStore } from './store.js';

export interface RunningReceiver {
  /** The Host names the intake answers to. */
  allowedHosts: string[];
  /** The listening address, such as `http://127.0.0.1:8788/`. */
  url: string;
  store: SubmissionStore;
  server: Server;
  /** The retention delete (runs by itself; `sweep()` runs it now). */
  retention: Retention;
  /** The email notices, when configured. */
  notifier?: Notifier;
  /** Stops taking requests, lets those under way finish, then closes the store. */
  close(): Promise<void>;
}

export interface RetentionOptions {
  /** Requests older than this are deleted; 0 keeps them until a coordinator deletes them. */
  retentionDays: number;
  /** Audit log entries older than this are deleted. */
  auditRetentionDays: number;
  /** How often it runs (default every 15 minutes). */
  everyMs?: number;
  /** The clock (tests). */
  now?: () => number;
  /** Run once at once, before the first interval (default true). */
  runNow?: boolean;
}

export interface Retention {
  /** Runs once now: deletes what is past its time; resolves with how many requests it deleted. */
  sweep(): Promise<number>;
  stop(): void;
}

/**
 * Deletes, at start and then every 15 minutes, the requests received more than `retentionDays` ago
 * (exactly those: one received at the limit itself stays until the next run), the audit entries past
 * theirs, and sessions that have ended. A deletion is final: the rows are gone from the database at
 * once, with no copy kept anywhere by the receiver. What retention deleted is in the audit log.
 */
export function keepRetention(store: SubmissionStore, options: RetentionOptions, log: (message: string) => void): Retention {
  const { retentionDays, auditRetentionDays, everyMs = 900_000, now = Date.now, runNow = true } = options;
  const audit = new AuditLog(store.db);
  const sessions = new Sessions(store.db);
  const sweep = async (): Promise<number> => {
    let deleted = 0;
    try {
      if (retentionDays > 0) {
        deleted = await store.deleteReceivedBefore(new Date(now() - retentionDays * 86_400_000));
        if (deleted > 0) {
          await audit.record({ action: 'retention', detail: new URLSearchParams({ count: String(deleted), days: String(retentionDays) }).toString() });
          log(`Deleted ${deleted} submission${deleted === 1 ? '' : 's'} received more than ${retentionDays} days ago.`);
        }
      }
      await audit.deleteBefore(new Date(now() - auditRetentionDays * 86_400_000));
      await sessions.sweep();
    } catch (error) {
      log(`The retention delete failed (it runs again in ${Math.round(everyMs / 60_000)} minutes): ${String(error)}`);
    }
    return deleted;
  };
  if (runNow) void sweep();
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}

/** A health check for a load balancer: 200 when the database answers. It says nothing else. */
function health(store: SubmissionStore): Handler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return problem(405, 'Use GET.', [], { Allow: 'GET, HEAD' });
    try {
      await store.ping();
      return new Response(request.method === 'HEAD' ? null : 'ok\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
    } catch {
      return problem(503, 'The database does not answer.');
    }
  };
}

/**
 * Opens the store (or uses `options.store`, which `close()` then leaves open) and starts listening.
 */
export async function startReceiver(
  settings: ReceiverSettings,
  log: (message: string) => void = console.error,
  options: { store?: SubmissionStore } = {},
): Promise<RunningReceiver> {
  const ownStore = !options.store;
  const store =
    options.store ?? (await SubmissionStore.open({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, poolSize: settings.poolSize, log }));
  // The handler is made once the port is known: it is part of the default allowed hosts.
  let handler: Handler = async () => problem(503, 'Starting.');
  const server = createServer(
    serverOptions(settings),
    toNodeListener((request, client) => handler(request, client), log),
  );
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(settings.port, settings.listenHost, resolve);
    });
  } catch (error) {
    if (ownStore) await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const allowedHosts = settings.allowedHosts.length ? settings.allowedHosts : [`localhost:${port}`, `127.0.0.1:${port}`];
  let notifier: Notifier | undefined;
  if (settings.notify) {
    try {
      notifier = await createNotifier({ ...settings.notify, inboxUrl: new URL(settings.inboxPath, settings.publicOrigin).toString(), log });
    } catch (error) {
      await closeServer(server);
      if (ownStore) await store.close();
      throw error;
    }
  }
  handler = mount({
    [settings.intakePath]: createIntake({ store, ...settings, allowedHosts, log, onStored: notifier ? () => notifier.notify() : undefined }),
    [settings.inboxPath]: createInbox({
      store,
      allowedHosts,
      prefix: settings.inboxPath,
      publicOrigin: settings.publicOrigin,
      retentionDays: settings.retentionDays,
      auditRetentionDays: settings.auditRetentionDays,
      timeZone: settings.timeZone,
      session: { idleMinutes: settings.sessionIdleMinutes, maxHours: settings.sessionHours },
      trustProxy: settings.trustProxy,
      proxyAuth: settings.proxyAuth,
      log,
    }),
    '/healthz': health(store),
  });
  const retention = keepRetention(store, settings, log);
  const host = settings.listenHost.includes(':') ? `[${settings.listenHost}]` : settings.listenHost;
  return {
    url: `http://${host}:${port}/`,
    allowedHosts,
    store,
    server,
    retention,
    notifier,
    async close() {
      retention.stop();
      await closeServer(server);
      await notifier?.close();
      if (ownStore) await store.close();
    },
  };
}
