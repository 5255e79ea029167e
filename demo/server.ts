/**
 * `tsx demo/server.ts`: the demo site and the package's receiver on 127.0.0.1. The receiver's own
 * settings apply (README, "Receiving submissions"); the ones the demo uses:
 *   PORT                port to listen on (default 8787; 0 picks a free one)
 *   SI_DATA_DIR         the PGlite data folder (default demo/data/receiver)
 *   DATABASE_URL        a PostgreSQL server instead of PGlite
 *   SI_ALLOWED_ORIGINS  comma-separated origins whose pages may post here (this site's own always may)
 *   SI_RATE_LIMIT, SI_MAX_BODY_BYTES, SI_MAX_DEPTH  the intake's limits
 */
import { fileURLToPath } from 'node:url';
import { settingsFromEnv, SettingsError } from '../src/receiver/index.js';
import { createDemoServer } from './app.js';

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
}).catch((error: Error) => {
  // Most often the port is taken, or another demo server has the data folder: say so in one line.
  console.error(`The demo server could not start: ${error.message}`);
  process.exit(1);
});
console.log(`Demo site: ${server.url}`);
console.log(`Submissions are stored in ${server.store.engine === 'pglite' ? `PGlite at ${server.store.where}` : `PostgreSQL at ${server.store.where}`}.`);

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
