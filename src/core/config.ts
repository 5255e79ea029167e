/**
 * Shared settings. `<si-config>` provides them through @lit/context; a widget's own attribute wins over
 * `<si-config>`, which wins over the widget's default. CMS pages load scripts in any order, so a
 * ContextRoot replays the widgets' requests when `<si-config>` upgrades after its children.
 */
import { ContextRoot, createContext } from '@lit/context';

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

export const configContext = createContext<SiConfig | undefined>(Symbol.for('si-config'));

let contextRootAttached = false;

/** Attaches one ContextRoot per document so late providers still reach earlier consumers. */
export function ensureContextRoot(): void {
  if (contextRootAttached || typeof document === 'undefined') return;
  contextRootAttached = true;
  new ContextRoot().attach(document.documentElement);
}

export function isPersistMode(value: unknown): value is PersistMode {
  return typeof value === 'string' && (PERSIST_MODES as readonly string[]).includes(value);
}
