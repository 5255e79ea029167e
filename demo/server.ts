/**
 * `tsx demo/server.ts`: the demo site and the package's receiver on 127.0.0.1. The receiver's own
 * settings apply (README, "Receiving submissions"); the ones the demo uses:
 *   PORT                port to listen on (default 8787; 0 picks a free one)
 *   SI_DATA_DIR         the PGlite data folder (default demo/data/receiver)
 *   DATABASE_URL        a PostgreSQL server instead of PGlite
 *   SI_ALLOWED_ORIGINS  comma-separated origins whose pages may post here (this site's own always may)
 *   SI_RATE_LIMIT, SI_MAX_BODY_BYTES, SI_MAX_DEPTH  the intake's limits
 *   SI_RETENTION_DAYS   requests are deleted this many days after they arrive (default 365; the form says so)
 *   SI_TIME_ZONE, SI_SESSION_IDLE_MINUTES, SI_SESSION_HOURS, SI_AUDIT_RETENTION_DAYS  the inbox's
 * On its first run it makes the inbox's coordinator account and prints its random password, once.
 */
import { fileURLToPath } from 'node:url';
import { settingsFromEnv, SettingsError } from '../src/receiver/index.js';
import { createDemoServer, DEMO_COORDINATOR } from './app.js';

let settings;
try {
  settings = settingsFromEnv(process.env, { port: 8787, dataDir: fileURLToPath(new URL('./data/receiver', import.meta.url)) });
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : String(error));
  process.exit(1);
}

const server = await createDemoServer({
  port: settings.port,
  dataDir: settings.dataDir,
  databaseUrl: settings.databaseUrl,
  allowedOrigins: settings.allowedOrigins,
  intake: { rateLimit: settings.rateLimit, maxBodyBytes: settings.maxBodyBytes, maxDepth: settings.maxDepth },
  retentionDays: settings.retentionDays,
  inbox: {
    timeZone: settings.timeZone,
    session: { idleMinutes: settings.sessionIdleMinutes, maxHours: settings.sessionHours },
    auditRetentionDays: settings.auditRetentionDays,
  },
  createCoordinator: true,
}).catch((error: Error) => {
  // Most often the port is taken, or another demo server has the data folder: say so in one line.
  console.error(`The demo server could not start: ${error.message}`);
  process.exit(1);
});
console.log(`Demo site: ${server.url}`);
console.log(`Submissions are stored in ${server.store.engine === 'pglite' ? `PGlite at ${server.store.where}` : `PostgreSQL at ${server.store.where}`}.`);
console.log(`Requests inbox: ${new URL('inbox/', server.url)}`);
const resetCommand = `${settings.databaseUrl ? 'DATABASE_URL=…' : `SI_DATA_DIR=${settings.dataDir}`} npx tsx src/receiver/cli.ts set-password ${DEMO_COORDINATOR} --generate`;
if (server.coordinator) {
  // Printed once: the database keeps only its scrypt hash.
  console.log(`  A coordinator account was made for this demo. Sign in as "${server.coordinator.username}" with this password (shown only now):`);
  console.log(`  Demo coordinator password: ${server.coordinator.password}`);
  console.log(`  To choose another later, stop the demo and run: ${resetCommand}`);
} else {
  console.log(`  Sign in as "${DEMO_COORDINATOR}" with the password printed on the first run. Lost it? Stop the demo and run: ${resetCommand}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Requests under way finish and the database closes cleanly, so nothing accepted is lost on Ctrl+C.
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
