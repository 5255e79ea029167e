/**
 * The shape of a checklist content set: the built-in sets (src/content/checklists.ts) and a host's own,
 * given to `<si-checklist>` as JSON (`src` or an inline `<script type="application/json">`). Every text is
 * either a plain string (shown in any language) or `{ "en": "…", "es": "…" }`. Unknown keys are refused,
 * so a typo ("itmes") is reported instead of silently ignored.
 *
 * ```json
 * { "id": "intake-review", "version": 2, "title": { "en": "Intake review", "es": "Revisión de la admisión" },
 *   "items": [{ "id": "private-room", "text": "Interviews happen in a private room", "points": ["With the door closed"] }] }
 * ```
 *
 * The checklist loads this module (and zod) only when a host supplies content of its own; the built-in
 * sets are checked against it by the tests.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { CONTENT_ID_PATTERN, CONTENT_VERSION_PATTERN } from './ids.js';

/** Ids of content sets and items: they name form entries and storage keys, so letters, digits, `-` and `_` only. */
export const CHECKLIST_ID_PATTERN = CONTENT_ID_PATTERN;
/** A content version such as `1`, `2.1` or `2025-05`. */
export const CHECKLIST_VERSION_PATTERN = CONTENT_VERSION_PATTERN;
export const CHECKLIST_ITEMS_MAX = 100;
export const CHECKLIST_POINTS_MAX = 12;

/** A content set, built on first use (`onFirstUse`): only a host's own content is checked with it. */
export const checklistContentSchema = /* @__PURE__ */ onFirstUse(() => {
  const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
  /** A text in one language for everyone, or in English and Spanish. */
  const localized = (max: number) => z.union([text(max), z.strictObject({ en: text(max), es: text(max) })]);
  const id = z.string().check(z.regex(CHECKLIST_ID_PATTERN));

  const itemSchema = z.strictObject({
    id,
    text: localized(300),
    points: z.optional(z.array(localized(300)).check(z.maxLength(CHECKLIST_POINTS_MAX))),
  });

  return z.strictObject({
    id,
    version: z.union([z.string().check(z.regex(CHECKLIST_VERSION_PATTERN)), z.int().check(z.nonnegative())]),
    title: localized(200),
    intro: z.optional(localized(500)),
    /** The language of plain-string texts (`en`, `es`, …), so screen readers pronounce them right. */
    lang: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/))),
    /** Where the items come from (for maintainers; not shown). */
    source: z.optional(z.string().check(z.maxLength(500))),
    /** A short credit shown under the checklist. */
    credit: z.optional(localized(300)),
    items: z.array(itemSchema).check(
      z.minLength(1),
      z.maxLength(CHECKLIST_ITEMS_MAX),
      z.superRefine((items, context) => {
        const seen = new Set<string>();
        items.forEach((item, index) => {
          if (seen.has(item.id)) context.addIssue({ code: 'custom', message: 'duplicate-id', path: [index, 'id'], input: item.id });
          seen.add(item.id);
        });
      }),
    ),
  });
});

export type ChecklistContent = z.output<ReturnType<typeof checklistContentSchema>>;
export type ChecklistItem = ChecklistContent['items'][number];
export type LocalizedText = ChecklistItem['text'];
