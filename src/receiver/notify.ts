/**
 * The email notice of a new request, through SMTP with nodemailer (an optional peer dependency, loaded
 * only when a notice is configured). It says only that a request arrived and links to the inbox:
 * nothing of what the request says, not even its type or reference, so a mailbox, a phone's lock
 * screen or a mail server's logs learn nothing about it.
 */
import type { InboxLang } from './accounts.js';

export interface NotifyOptions {
  /** `smtp://user:password@mail.example.gov:587` (STARTTLS when the server offers it) or `smtps://…:465`. */
  smtpUrl: string;
  to: readonly string[];
  from: string;
  /** The inbox's address, such as `https://intake.example.gov/inbox/`. */
  inboxUrl: string;
  lang?: InboxLang;
  log?: (message: string) => void;
}

export interface Notifier {
  /** Sends one notice; never throws (a failure is logged). */
  notify(): void;
  /** Resolves once every notice asked for so far has been sent or has failed. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const TEXT = {
  en: {
    subject: 'New request in the inbox',
    body: (url: string) =>
      `A new request has arrived.\n\nSign in to the requests inbox to read it:\n${url}\n\n` +
      'This email says nothing about the request on purpose: what people send stays in the inbox.\n',
  },
  es: {
    subject: 'Nueva solicitud en la bandeja',
    body: (url: string) =>
      `Llegó una nueva solicitud.\n\nInicie sesión en la bandeja de solicitudes para leerla:\n${url}\n\n` +
      'Este correo no dice nada de la solicitud a propósito: lo que envían las personas se queda en la bandeja.\n',
  },
} as const;

/** The subject and text of the notice, in `lang`: the same words for every request. */
export function noticeText(inboxUrl: string, lang: InboxLang = 'en'): { subject: string; text: string } {
  return { subject: TEXT[lang].subject, text: TEXT[lang].body(inboxUrl) };
}

export async function createNotifier(options: NotifyOptions): Promise<Notifier> {
  const { log = console.error } = options;
  let nodemailer: typeof import('nodemailer');
  try {
    nodemailer = await import('nodemailer');
  } catch (error) {
    throw new Error(
      'Email notices (SI_SMTP_URL) need the package nodemailer, which is not installed. Install it beside survivor-informed-widgets: npm install nodemailer',
      {
        cause: error,
      },
    );
  }
  const createTransport = nodemailer.createTransport ?? (nodemailer as unknown as { default: typeof nodemailer }).default.createTransport;
  const transport = createTransport(options.smtpUrl);
  const { subject, text } = noticeText(options.inboxUrl, options.lang);
  let queue: Promise<void> = Promise.resolve();
  return {
    notify() {
      queue = queue.then(() =>
        transport.sendMail({ from: options.from, to: [...options.to], subject, text }).then(
          () => undefined,
          (error: Error) => log(`The email notice of a new request could not be sent: ${error.message}`),
        ),
      );
    },
    idle: () => queue,
    async close() {
      await queue;
      transport.close();
    },
  };
}
