/**
 * The receiver as a Node server: the store, the intake at its path, `/healthz` for a load balancer,
 * the timeouts, and the retention delete. `si-receiver` (cli.ts) runs it from environment variables;
 * the demo site mounts the same pieces beside its pages.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIntake, problem, type Handler } from './intake.js';
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
  /** Stops taking requests, lets those under way finish, then closes the store. */
  close(): Promise<void>;
}

/** Every hour, deletes what is older than the retention; returns a stop function. */
export function keepRetention(store: SubmissionStore, days: number, log: (message: string) => void): () => void {
  if (days <= 0) return () => {};
  const sweep = () =>
    store.deleteReceivedBefore(new Date(Date.now() - days * 86_400_000)).then(
      (count) => count > 0 && log(`Deleted ${count} submission${count === 1 ? '' : 's'} received more than ${days} days ago.`),
      (error: unknown) => log(`The retention delete failed (it runs again in an hour): ${String(error)}`),
    );
  void sweep();
  const timer = setInterval(sweep, 3_600_000);
  timer.unref();
  return () => clearInterval(timer);
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
  handler = mount({ [settings.intakePath]: createIntake({ store, ...settings, allowedHosts, log }), '/healthz': health(store) });
  const stopRetention = keepRetention(store, settings.retentionDays, log);
  const host = settings.listenHost.includes(':') ? `[${settings.listenHost}]` : settings.listenHost;
  return {
    url: `http://${host}:${port}/`,
    allowedHosts,
    store,
    server,
    async close() {
      stopRetention();
      await closeServer(server);
      if (ownStore) await store.close();
    },
  };
}
