/**
 * Headings at the level the host page needs. A widget's heading is an `h2` by default; a page whose
 * outline puts the widget under an `h2` (or directly under its `h1`) sets `heading-level`, and the
 * widget's own sub-headings follow one level down, and so on. Lit templates cannot take a tag name from a
 * value without its static-HTML helpers, which the safety rules exclude, so each level is its own small template.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export const DEFAULT_HEADING_LEVEL: HeadingLevel = 2;

/** `heading-level` as written: a level from 1 to 6, the default when empty, undefined when wrong. */
export function parseHeadingLevel(text: string): HeadingLevel | undefined {
  const value = text.trim();
  if (!value) return DEFAULT_HEADING_LEVEL;
  return /^[1-6]$/.test(value) ? (Number(value) as HeadingLevel) : undefined;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  class?: string;
  /** Makes it focusable from script (`tabindex="-1"`), to move focus to it. */
  focusable?: boolean;
  lang?: string;
}

/**
 * A heading `depth` levels below the widget's own (`0` for the widget's heading), at most `h6`: beyond
 * that, the outline still nests, as `role="heading"` with its `aria-level`.
 */
export function heading(base: HeadingLevel, depth: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const level = base + depth;
  const { id, part, lang } = options;
  const className = options.class;
  const tabindex = options.focusable ? '-1' : undefined;
  switch (level) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h5>`;
    case 6:
      return html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(className)} tabindex=${ifDefined(tabindex)} lang=${ifDefined(lang)}>${content}</h6>`;
    default:
      return html`<p
        role="heading"
        aria-level=${level}
        id=${ifDefined(id)}
        part=${ifDefined(part)}
        class=${ifDefined(className)}
        tabindex=${ifDefined(tabindex)}
        lang=${ifDefined(lang)}
      >
        ${content}
      </p>`;
  }
}
