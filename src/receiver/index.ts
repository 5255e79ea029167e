/**
 * `survivor-informed-widgets/receiver`: the receiver a county runs, server-only (no DOM, no lit).
 * The intake is a Fetch API handler (`createIntake`) with an adapter for Node's `http`
 * (`toNodeListener`); submissions are stored on PostgreSQL (`SubmissionStore`: PGlite in a data folder
 * by default, a PostgreSQL server with `databaseUrl`). `startReceiver` runs the whole of it, as the
 * `si-receiver` command does from environment variables, with the coordinator's inbox (`createInbox`:
 * signed-in, server-rendered pages to read, triage, export and delete requests) beside the intake.
 * Mount your own handlers beside them with `mount`, each under its own path.
 */
export { createIntake, fieldName, INTAKE_DEFAULTS, normalHost, problem, type ClientInfo, type FieldError, type Handler, type IntakeOptions } from './intake.js';
export { createInbox, INBOX_CONTENT_SECURITY_POLICY, INBOX_DEFAULTS, preferredLang, type InboxOptions } from './inbox.js';
export {
  Accounts,
  AccountError,
  normalUsername,
  SESSION_DEFAULTS,
  Sessions,
  type Account,
  type InboxLang,
  type Session,
  type SessionLimits,
} from './accounts.js';
export { AUDIT_ACTIONS, AuditLog, type AuditAction, type AuditEntry, type NewAuditEntry } from './audit.js';
export { answersOf, summaryOf, type Answer, type AnswerSection, type Summary } from './answers.js';
export { hashPassword, newPassword, passwordProblem, verifyPassword } from './passwords.js';
export { createNotifier, noticeText, type Notifier, type NotifyOptions } from './notify.js';
export { escapeHtml } from './html.js';
export { clientKey, RateLimiter, type RateLimit } from './limits.js';
export { closeServer, mount, sendResponse, serverOptions, TIMEOUT_DEFAULTS, toNodeListener, toRequest, type TimeoutSettings } from './node.js';
export { settingsFromEnv, SETTINGS_HELP, SettingsError, type ReceiverSettings } from './settings.js';
export { keepRetention, startReceiver, type Retention, type RetentionOptions, type RunningReceiver } from './server.js';
export {
  isStatus,
  newReference,
  NOTE_MAX,
  REFERENCE_PATTERN,
  STATUSES,
  SubmissionStore,
  type Accepted,
  type NewSubmission,
  type Status,
  type Submission,
  type SubmissionFilter,
} from './store.js';
export { openDatabase, type Database, type DatabaseOptions } from './database.js';
export { MIGRATIONS, migrate, type Migration } from './migrations.js';
export { revealInvisible } from './text.js';
