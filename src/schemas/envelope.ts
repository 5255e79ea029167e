/**
 * The envelope every posting widget sends (DESIGN.md, "The endpoint contract"). Written with zod/mini
 * so the same schemas ship to browsers cheaply and validate on a Node server.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { sized } from './rules.js';

export const LOCALES = ['en', 'es'] as const;

const sourceSchema = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    /** The custom element's tag name. */
    widget: z.string().check(z.regex(/^si-[a-z-]+$/)),
    /** The library version that built the body. */
    version: sized(40, true),
    /**
     * The host page's origin and path: never its query or hash. A URL's origin and path are printable
     * ASCII (the browser percent-encodes the rest), so no space, control character, `?` or `#`.
     */
    page: z.string().check(z.maxLength(2048), z.regex(/^https?:\/\/[\x21\x22\x24-\x3e\x40-\x7e]*$/)),
  }),
);

/** Judged by the receiver, never by the browser: a filled honeypot or a too-fast fill is a bot. */
const spamSignalsSchema = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    honeypot: sized(500),
    fillMs: z.number().check(z.int(), z.nonnegative()),
  }),
);

/** Builds the schema of one envelope type around its `data` schema. */
export function envelopeFor<Type extends string, Data extends z.core.$ZodType>(type: Type, schemaVersion: number, data: Data) {
  return z.object({
    type: z.literal(type),
    schemaVersion: z.literal(schemaVersion),
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    locale: z.enum(LOCALES),
    source: sourceSchema(),
    spam: z.optional(spamSignalsSchema()),
    data,
  });
}

/** What every envelope has in common, whatever its type. */
export interface Envelope<Data = unknown> {
  type: string;
  schemaVersion: number;
  id: string;
  createdAt: string;
  locale: (typeof LOCALES)[number];
  source: z.infer<ReturnType<typeof sourceSchema>>;
  spam?: z.infer<ReturnType<typeof spamSignalsSchema>>;
  data: Data;
}
