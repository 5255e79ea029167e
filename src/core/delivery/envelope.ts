/**
 * Builds the body every posting widget sends (DESIGN.md, "The endpoint contract"). Pure functions, so
 * a server-side test can build exactly what a browser builds.
 */
import type { Envelope } from '../../schemas/envelope.js';

/** The library version written into `source.version`. Keep in step with package.json. */
export const LIBRARY_VERSION = '0.1.0';

export interface EnvelopeParts<D> {
  type: string;
  schemaVersion: number;
  id: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  locale: Envelope['locale'];
  widget: string;
  /** The page's full address; only its origin and path are kept. */
  page: string;
  spam?: Envelope['spam'];
  data: D;
}

export function buildEnvelope<D>(parts: EnvelopeParts<D>): Envelope<D> {
  const page = new URL(parts.page);
  return {
    type: parts.type,
    schemaVersion: parts.schemaVersion,
    id: parts.id,
    createdAt: new Date(parts.createdAt).toISOString(),
    locale: parts.locale,
    source: { widget: parts.widget, version: LIBRARY_VERSION, page: (page.origin + page.pathname).slice(0, 2048) },
    ...(parts.spam ? { spam: parts.spam } : {}),
    data: parts.data,
  };
}

/**
 * A version 4 UUID. `crypto.randomUUID` exists only in secure contexts; a county page served over
 * plain http still has `crypto.getRandomValues`.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
