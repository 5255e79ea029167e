/**
 * HTML made on the server from text, for the inbox: every value escaped, and characters that could
 * disguise it (bidi overrides, zero-width and control characters) shown as their code (text.ts).
 * Templates are tagged: `markup\`<p>${value}</p>\`` escapes `value` unless it is already `Html`.
 * (Not named `html`: these are server strings, not lit templates.)
 */
import { revealInvisible } from './text.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values, showing invisible characters. */
export function escapeHtml(text: string): string {
  return revealInvisible(text).replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** Markup already made safe. Only `markup` and `raw` make one. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

/** A template whose values are escaped (arrays joined, `null`/`undefined`/`false` left out). */
export function markup(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup the code itself wrote (never text that arrived in a request). */
export function raw(markup: string): Html {
  return new Html(markup);
}
