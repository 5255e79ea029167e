/**
 * Shared set-up for the inbox's tests: an account, requests of every type, and a small HTTP client
 * that keeps the session cookie and sends forms the way a browser on the inbox's own page does
 * (Origin, Sec-Fetch-Site, the CSRF token read from the page).
 */
import { randomUUID } from 'node:crypto';
import { Accounts, type SubmissionStore } from '../../src/receiver/index.js';
import type { Envelope } from '../../src/schemas/index.js';
import { taRequest } from './helpers.js';

export const PASSWORD = 'correct horse battery staple';

/** Adds an account (default `dana`, with PASSWORD). */
export async function addAccount(store: SubmissionStore, name = 'dana', password: string | null = PASSWORD): Promise<void> {
  await new Accounts(store.db).add(name, password);
}

/** A valid `checklist` envelope for the built-in survivor-informed practice set. */
export function checklistRequest(): Envelope {
  return {
    type: 'checklist',
    schemaVersion: 1,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    locale: 'es',
    source: { widget: 'si-checklist', version: '0.1.0', page: 'http://127.0.0.1:8787/resources' },
    data: {
      content: { id: 'survivor-informed-practice', version: '1' },
      items: [
        { id: 'assess', checked: true, note: 'Done with the advisory group in May.' },
        { id: 'paid-roles', checked: false },
      ],
    },
  };
}

/** A valid `self-assessment` envelope for the default instrument, with the answers shared. */
export function selfAssessmentRequest(): Envelope {
  const tally = { rated: 2, notApplicable: 0, dontKnow: 1, unanswered: 0 };
  return {
    type: 'self-assessment',
    schemaVersion: 2,
    id: randomUUID(),
    createdAt: new Date().toISOString(),
    locale: 'en',
    source: { widget: 'si-self-assessment', version: '0.1.0', page: 'http://127.0.0.1:8787/resources' },
    data: {
      instrument: { id: 'survivor-informed-organization', version: '2' },
      share: 'answers',
      levels: 4,
      organization: 'Juniper Hollow Youth Coalition',
      overall: { score: 50, band: 1, areasScored: 1, ...tally },
      areas: [
        { id: 'governance', skipped: false, score: 50, band: 1, ...tally },
        { id: 'evaluation', skipped: true, score: null, band: null, rated: 0, notApplicable: 0, dontKnow: 0, unanswered: 3 },
      ],
      answers: [
        { area: 'governance', statement: 'gov-formal-role', answer: 2 },
        { area: 'governance', statement: 'gov-mission', answer: 1 },
        { area: 'governance', statement: 'gov-lead', answer: 'dont-know' },
      ],
    },
  };
}

export { taRequest };

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** A browser's view of the inbox: one cookie jar, forms sent from the inbox's own origin. */
export class InboxClient {
  cookie?: string;
  readonly origin: string;

  constructor(
    readonly base: string,
    readonly headers: Record<string, string> = {},
  ) {
    this.origin = new URL(base).origin;
  }

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      if (attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute))) this.cookie = undefined;
      else this.cookie = pair.trim();
    }
  }

  async get(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(new URL(path, this.base), {
      redirect: 'manual',
      headers: { 'Sec-Fetch-Site': 'same-origin', ...this.headers, ...(this.cookie ? { Cookie: this.cookie } : {}), ...headers },
    });
    this.remember(response);
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  async post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(new URL(path, this.base), {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Origin: this.origin,
        'Sec-Fetch-Site': 'same-origin',
        ...this.headers,
        ...(this.cookie ? { Cookie: this.cookie } : {}),
        ...headers,
      },
      body: new URLSearchParams(fields).toString(),
    });
    this.remember(response);
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  async signIn(name = 'dana', password = PASSWORD, lang = 'en'): Promise<Answer> {
    return this.post('inbox/sign-in', { username: name, password, lang, next: '/inbox/' });
  }

  /** The CSRF token of the page at `path` (its forms carry it). */
  async csrf(path = 'inbox/'): Promise<string> {
    const page = await this.get(path);
    const token = /name="csrf" value="([^"]+)"/.exec(page.text)?.[1];
    if (!token) throw new Error(`no CSRF token on ${path} (status ${page.status})`);
    return token;
  }
}
