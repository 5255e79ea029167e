/**
 * `survivor-informed-widgets/receiver`: the receiver a county runs, server-only (no DOM, no lit).
 * The intake is a Fetch API handler (`createIntake`) with an adapter for Node's `http`
 * (`toNodeListener`); submissions are stored on PostgreSQL (`SubmissionStore`: PGlite in a data folder
 * by default, a PostgreSQL server with `databaseUrl`). `startReceiver` runs the whole of it, as the
 * `si-receiver` command does from environment variables. Mount other handlers (the coordinator's
 * inbox) beside the intake with `mount`, each under its own path.
 */
export { createIntake, fieldName, INTAKE_DEFAULTS, problem, type ClientInfo, type FieldError, type Handler, type IntakeOptions } from './intake.js';
export { clientKey, RateLimiter, type RateLimit } from './limits.js';
export { closeServer, mount, sendResponse, serverOptions, TIMEOUT_DEFAULTS, toNodeListener, toRequest, type TimeoutSettings } from './node.js';
export { settingsFromEnv, SETTINGS_HELP, SettingsError, type ReceiverSettings } from './settings.js';
export { keepRetention, startReceiver, type RunningReceiver } from './server.js';
export { newReference, REFERENCE_PATTERN, SubmissionStore, type Accepted, type NewSubmission, type Submission } from './store.js';
export { openDatabase, type Database, type DatabaseOptions } from './database.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { revealInvisible } from './text.js';
