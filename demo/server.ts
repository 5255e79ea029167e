/**
 * `tsx demo/server.ts`: the demo site and its receiving endpoint on 127.0.0.1.
 *   PORT                port to listen on (default 8787; 0 picks a free one)
 *   SI_DB               the SQLite file (default demo/data/submissions.sqlite)
 *   SI_ALLOWED_ORIGINS  comma-separated origins whose pages may post here (same-origin always may)
 */
import { fileURLToPath } from 'node:url';
import { createDemoServer } from './app.js';

const port = Number(process.env.PORT || 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}
const allowedOrigins = (process.env.SI_ALLOWED_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

const server = await createDemoServer({
  port,
  dbPath: process.env.SI_DB || fileURLToPath(new URL('./data/submissions.sqlite', import.meta.url)),
  allowedOrigins,
}).catch((error: Error) => {
  // Most often the port is taken: say so in one line rather than with a stack trace.
  console.error(`The demo server could not start: ${error.message}`);
  process.exit(1);
});
console.log(`Demo site: ${server.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Closing the store waits for the last write, so nothing accepted is lost on Ctrl+C.
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
