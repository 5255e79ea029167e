#!/usr/bin/env node
/**
 * `si-receiver`: runs the receiver from environment variables (settings.ts; README, "Receiving
 * submissions"), and manages the inbox's accounts on the same database:
 *   si-receiver                         run the receiver
 *   si-receiver add-user NAME           add an account (asks for its password twice)
 *   si-receiver set-password NAME       give an account a new password (signs it out everywhere)
 *   si-receiver remove-user NAME        remove an account (and its sessions)
 *   si-receiver list-users              list the accounts
 * With `--password-stdin` the password is read from standard input instead (for scripts); with
 * `--generate` a random one is made and printed once; `add-user NAME --no-password` makes an account
 * that signs in only through the reverse proxy's single sign-on header. `si-receiver --help` says all.
 */
import { Accounts, AccountError, USERNAME_RULE } from './accounts.js';
import { newPassword, passwordProblem } from './passwords.js';
import { settingsFromEnv, SETTINGS_HELP, SettingsError, type ReceiverSettings } from './settings.js';
import { startReceiver } from './server.js';
import { SubmissionStore } from './store.js';

const USAGE = `si-receiver: the intake and the coordinator's inbox for survivor-informed-widgets, on PostgreSQL (DATABASE_URL) or PGlite (SI_DATA_DIR).

Usage:
  si-receiver                              run the receiver
  si-receiver add-user NAME [--generate | --password-stdin | --no-password]
                                           add an inbox account; asks for its password unless told otherwise
  si-receiver set-password NAME [--generate | --password-stdin]
                                           give an account a new password; it is signed out everywhere
  si-receiver remove-user NAME             remove an account and end its sessions
  si-receiver list-users                   list the accounts

The account commands use the same database settings as the receiver. On PGlite, stop the receiver
first: only one process may open its data folder.`;

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`${USAGE}\n\nSettings (environment variables):`);
  for (const [name, help] of Object.entries(SETTINGS_HELP)) console.log(`  ${name.padEnd(26)} ${help}`);
  process.exit(0);
}

const log = (message: string) => console.error(`${new Date().toISOString()} ${message}`);
let settings: ReceiverSettings;
try {
  settings = settingsFromEnv();
} catch (error) {
  console.error(error instanceof SettingsError ? error.message : String(error));
  process.exit(2);
}

const command = args.find((arg) => !arg.startsWith('-'));
if (command !== undefined) {
  process.exit(
    await accountCommand(
      command,
      args.filter((arg) => arg !== command),
    ),
  );
}

/** Reads everything on standard input (a password piped in), without its final line break. */
async function readStdin(): Promise<string> {
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += chunk;
  return text.replace(/\r?\n$/, '');
}

/** Asks for a password on the terminal without showing it. */
function askHidden(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.reject(new AccountError('There is no terminal to ask for the password on: use --password-stdin or --generate.'));
  process.stderr.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003' || char === '\u0004') return done(new AccountError('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    };
    input.on('data', onData);
  });
}

async function choosePassword(name: string, flags: string[]): Promise<{ password: string; generated: boolean }> {
  if (flags.includes('--generate')) return { password: newPassword(), generated: true };
  const password = flags.includes('--password-stdin') ? await readStdin() : await askHidden(`Password for ${name}: `);
  const problem = passwordProblem(password, name);
  if (problem) throw new AccountError(problem);
  if (!flags.includes('--password-stdin') && (await askHidden('The same password again: ')) !== password) {
    throw new AccountError('The two passwords are not the same. Nothing was changed.');
  }
  return { password, generated: false };
}

async function accountCommand(name: string, rest: string[]): Promise<number> {
  const known = ['add-user', 'set-password', 'remove-user', 'list-users'];
  if (!known.includes(name)) {
    console.error(`si-receiver does not know the command "${name}".\n\n${USAGE}`);
    return 2;
  }
  const flags = rest.filter((arg) => arg.startsWith('-'));
  const username = rest.find((arg) => !arg.startsWith('-'));
  const allowed = name === 'add-user' ? ['--generate', '--password-stdin', '--no-password'] : name === 'set-password' ? ['--generate', '--password-stdin'] : [];
  const unknown = flags.filter((flag) => !allowed.includes(flag));
  if (unknown.length) {
    console.error(`si-receiver ${name} does not take ${unknown.join(', ')}.\n\n${USAGE}`);
    return 2;
  }
  if (name !== 'list-users' && !username) {
    console.error(`si-receiver ${name} needs the account's name: si-receiver ${name} NAME\n${USERNAME_RULE}`);
    return 2;
  }
  let store: SubmissionStore;
  try {
    store = await SubmissionStore.open({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir, log });
  } catch (error) {
    console.error(`Could not open the database: ${(error as Error).message}`);
    return 1;
  }
  const accounts = new Accounts(store.db);
  try {
    if (name === 'list-users') {
      const list = await accounts.list();
      if (!list.length) console.log('There are no accounts yet. Add one with: si-receiver add-user NAME');
      for (const account of list) {
        console.log(`${account.username}\t${account.hasPassword ? 'password' : 'single sign-on only'}\tsince ${account.createdAt.toISOString().slice(0, 10)}`);
      }
      return 0;
    }
    if (name === 'remove-user') {
      await accounts.remove(username!);
      console.log(`Removed the account ${username!.toLowerCase()} and ended its sessions.`);
      return 0;
    }
    const noPassword = flags.includes('--no-password');
    const chosen = noPassword ? undefined : await choosePassword(username!, flags);
    if (name === 'add-user') {
      const account = await accounts.add(username!, chosen?.password ?? null);
      console.log(
        noPassword
          ? `Added ${account.username}, who signs in only through the reverse proxy's header (SI_INBOX_USER_HEADER).`
          : `Added ${account.username}. They sign in at the inbox (${settings.inboxPath}).`,
      );
    } else {
      await accounts.setPassword(username!, chosen!.password);
      console.log(`Set a new password for ${username!.toLowerCase()}; their sessions have ended.`);
    }
    if (chosen?.generated) console.log(`Password (shown only now; it is stored hashed): ${chosen.password}`);
    return 0;
  } catch (error) {
    console.error(error instanceof AccountError ? error.message : `Failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await store.close();
  }
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
log(
  `The inbox is at ${new URL(settings.inboxPath, settings.publicOrigin ?? receiver.url)}` +
    (settings.notify ? `; a notice of each new request goes to ${settings.notify.to.join(', ')}.` : '.'),
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
