/**
 * The email notice of a new request, sent through a real SMTP conversation to a local server this file
 * starts (the `smtp-server` package) and stops: one message per new request, none for a retry or a
 * refused body, a link to the inbox, and nothing of what the request said, not even its reference.
 * When the mail server is down, the request is stored all the same and the failure is logged.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { noticeText, SubmissionStore } from '../../src/receiver/index.js';
import { post, receiverOn, suiteCleanup, taRequest, type TestReceiver } from './helpers.js';

interface Delivered {
  from: string;
  to: string[];
  raw: string;
}

let smtp: SMTPServer;
let smtpPort: number;
const delivered: Delivered[] = [];
const cleanup = suiteCleanup();
let receiver: TestReceiver;
let store: SubmissionStore;

before(async () => {
  smtp = new SMTPServer({
    // A local relay as many counties run one: no TLS, no password (STARTTLS off, or nodemailer would try it).
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        delivered.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
  store = await SubmissionStore.open();
  cleanup.after(() => store.close());
  receiver = await receiverOn(cleanup, store, {
    publicOrigin: 'https://intake.example.gov',
    notify: { smtpUrl: `smtp://127.0.0.1:${smtpPort}`, to: ['training@county.example.gov'], from: 'Requests inbox <no-reply@county.example.gov>', lang: 'en' },
  });
});
after(async () => {
  await cleanup.run();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** Every string in a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

it('sends one notice per new request, linking to the inbox, with nothing of the request in it', async () => {
  const body = taRequest({
    requesterName: 'Marisol Quintanilla',
    agency: 'Cedar Ridge Family Advocacy Center',
    county: 'Cedar Ridge County',
    email: 'marisol.q@cedar-ridge.example.org',
    phone: '555 010 7788',
    goals: 'Staff can spot exploitation early and know the referral protocol.',
  });
  const response = await post(receiver, body);
  assert.equal(response.status, 201);
  const { reference } = (await response.json()) as { reference: string };
  await receiver.notifier!.idle();
  assert.equal(delivered.length, 1);
  const [mail] = delivered;
  assert.equal(mail.from, 'no-reply@county.example.gov');
  assert.deepEqual(mail.to, ['training@county.example.gov']);
  assert.match(mail.raw, /^Subject: New request in the inbox\r?$/m);
  assert.match(mail.raw, /https:\/\/intake\.example\.gov\/inbox\//);
  assert.match(mail.raw, /A new request has arrived\./);
  // Everything but the addresses it was told to use: the subject and the text.
  const [headers, ...parts] = mail.raw.split(/\r?\n\r?\n/);
  const said = [/^Subject: .*$/m.exec(headers)![0], ...parts].join('\n').toLowerCase();
  const secrets = [...strings(body.data), reference, body.id, 'ta-request', body.source.page].filter((text) => text.length >= 3);
  for (const secret of secrets) assert.ok(!said.includes(secret.toLowerCase()), `the notice does not contain "${secret}"`);
  assert.ok(!/^(X-|Message-ID: .*(marisol|cedar))/im.test(headers), 'no extra headers about it');

  // The same request again (a retry), and a body the intake refuses: no notice.
  assert.equal((await post(receiver, body)).status, 201);
  assert.equal((await post(receiver, taRequest({ email: 'not-an-email' }))).status, 422);
  await receiver.notifier!.idle();
  assert.equal(delivered.length, 1);

  // Every new request gets one, and each says the same words.
  assert.equal((await post(receiver, taRequest({ agency: 'Another Agency' }))).status, 201);
  await receiver.notifier!.idle();
  assert.equal(delivered.length, 2);
  const text = (raw: string) =>
    raw
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join('\n\n');
  assert.equal(text(delivered[1].raw), text(delivered[0].raw));
});

it('stores the request all the same when the mail server cannot be reached, and logs that without any detail of it', async (t) => {
  const own = await SubmissionStore.open();
  t.after(() => own.close());
  const unreachable = await receiverOn(t, own, {
    publicOrigin: 'https://intake.example.gov',
    // A port nothing listens on.
    notify: { smtpUrl: 'smtp://127.0.0.1:9', to: ['training@county.example.gov'], from: 'no-reply@county.example.gov', lang: 'en' },
  });
  const body = taRequest({ requesterName: 'Ingrid Valdés-Ortega' });
  assert.equal((await post(unreachable, body)).status, 201);
  await unreachable.notifier!.idle();
  assert.ok(await own.get(body.id));
  const failure = unreachable.logs.find((line) => line.startsWith('The email notice of a new request could not be sent'));
  assert.ok(failure, unreachable.logs.join('\n'));
  assert.ok(!failure.includes('Ingrid'));
});

it('words the notice in Spanish when asked', () => {
  const { subject, text } = noticeText('https://intake.example.gov/inbox/', 'es');
  assert.equal(subject, 'Nueva solicitud en la bandeja');
  assert.match(text, /Inicie sesión en la bandeja de solicitudes para leerla:\nhttps:\/\/intake\.example\.gov\/inbox\//);
});
