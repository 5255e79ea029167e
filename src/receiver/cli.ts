#!/usr/bin/env node
/**
 * `si-receiver`: runs the receiver from environment variables (settings.ts; README, "Receiving
 * submissions"). `si-receiver --help` lists them.
 */
import { settingsFromEnv, SETTINGS_HELP, SettingsError } from './settings.js';
import { startReceiver } from './server.js';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    'si-receiver: the intake for survivor-informed-widgets, on PostgreSQL (DATABASE_URL) or PGlite (SI_DATA_DIR).\n\nSettings (environment variables):',
  );
  for (const [name, help] of Object.entries(SETTINGS_HELP)) console.log(`  ${name.padEnd(22)} ${help}`);
  process.exit(0);
}

const log = (message: string) => console.error(`${new Date().toISOString()} ${message}`);
let settings;
try {
  settings = settingsFromEnv();
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : String(error));
  process.exit(2);
}

const receiver = await startReceiver(settings, log).catch((error: Error) => {
  log(`The receiver could not start: ${error.message}`);
  process.exit(1);
});
log(
  `Receiving at ${new URL(settings.intakePath, receiver.url)} for ${receiver.allowedHosts.join(', ')}; ` +
    `stored in ${receiver.store.engine === 'pglite' ? `PGlite at ${receiver.store.where}` : `PostgreSQL at ${receiver.store.where}`}; ` +
    (settings.retentionDays ? `kept ${settings.retentionDays} days.` : 'kept until deleted.'),
);
// The line tests and scripts wait for.
console.log(`Receiver: ${receiver.url}`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    receiver.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Stopping failed: ${String(error)}`);
        process.exit(1);
      },
    );
  });
}
