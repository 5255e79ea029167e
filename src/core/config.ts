/**
 * Shared settings. `<si-config>` provides them through @lit/context's protocol (its `@provide`); a
 * widget's own attribute wins over `<si-config>`, which wins over the widget's default. Widgets ask with
 * a small consumer of their own in `SiElement`, so a page without `<si-config>` never loads @lit/context;
 * CMS pages load scripts in any order, so a widget that got no answer asks again when a provider appears.
 */
import type { Context } from '@lit/context';

export const PERSIST_MODES = ['none', 'session', 'local'] as const;
export type PersistMode = (typeof PERSIST_MODES)[number];

export interface SiConfig {
  endpoint?: string;
  org?: string;
  /** A language tag; widgets use its primary subtag (`es-MX` is Spanish). */
  locale?: string;
  persist?: PersistMode;
  /** Send same-origin cookies with submissions. Only `<si-config>` can allow it, never a widget attribute. */
  credentials?: 'omit' | 'same-origin';
  /** Extra request headers (a CSRF token, say). Only settable from script on `<si-config>`. */
  headers?: Readonly<Record<string, string>>;
}

/** The context key (what @lit/context's `createContext` returns, without loading it). */
export const configContext = Symbol.for('si-config') as Context<symbol, SiConfig | undefined>;

export function isPersistMode(value: unknown): value is PersistMode {
  return typeof value === 'string' && (PERSIST_MODES as readonly string[]).includes(value);
}
