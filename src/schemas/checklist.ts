/**
 * `checklist`, version 1: a person's answers to a `<si-checklist>` — which content set (id and version),
 * and for every item, in the content's order, whether it is ticked and the person's note, if any.
 * It carries the organization's practice, never anyone's survivor status or story.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { envelopeFor } from './envelope.js';
import { sized } from './rules.js';

/** Letters, digits, `-` and `_` (the same ids `src/content/checklist-schema.ts` allows). */
export const CHECKLIST_ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
export const CHECKLIST_NOTE_MAX = 2000;

const itemId = () => z.string().check(z.regex(CHECKLIST_ITEM_ID));

/** The answers, built on first use (`onFirstUse`). */
export const checklistDataSchema = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    content: z.object({
      id: itemId(),
      /** The content's version as text (`1`, `2025-05`). */
      version: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/)),
    }),
    items: z
      .array(
        z.object({
          id: itemId(),
          checked: z.boolean(),
          /** Trimmed; absent when the person wrote none. */
          note: z.optional(sized(CHECKLIST_NOTE_MAX, true)),
        }),
      )
      .check(
        z.minLength(1),
        z.maxLength(100),
        z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'Item ids must be unique.'),
      ),
  }),
);

export type ChecklistData = z.infer<ReturnType<typeof checklistDataSchema>>;

export const checklistEnvelopeSchema = /* @__PURE__ */ onFirstUse(() => envelopeFor('checklist', 1, checklistDataSchema()));
