/**
 * Languages. Each element owns a typed English catalog; its Spanish catalog is loaded only when needed
 * and must have every key (the type checker refuses a missing one). A widget follows its own `lang`,
 * then `<si-config locale>`, then the document's `lang`.
 *
 * Why not @lit/localize: its runtime keeps one active locale per page, and a county page may carry a
 * Spanish banner beside an English form. Catalogs per element keep each widget's language its own.
 */
export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

/** A catalog value is a string, or a function of named values that returns one. */
export type Message = string | ((...args: never[]) => string);
export type Catalog = Record<string, Message>;

/** The shape a translation must have: the same keys, the same argument lists, any wording. */
export type Translation<C extends Catalog> = { [K in keyof C]: C[K] extends (...args: infer A) => string ? (...args: A) => string : string };

export interface CatalogSet<C extends Catalog> {
  en: C;
  /** Loads the Spanish catalog lazily so English pages never download it. */
  es: () => Promise<{ default: Translation<C> }>;
}

/** `es-MX` → `es`; anything unsupported → undefined, so the next source in line decides. */
export function toSupportedLocale(tag: string | null | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

export function resolveLocale(own: string | null | undefined, configured: string | undefined, documentLang: string | null | undefined): Locale {
  return toSupportedLocale(own) ?? toSupportedLocale(configured) ?? toSupportedLocale(documentLang) ?? 'en';
}

const loadedCatalogs = new WeakMap<CatalogSet<Catalog>, Promise<Catalog>>();

export function loadCatalog<C extends Catalog>(set: CatalogSet<C>, locale: Locale): Promise<Translation<C>> | Translation<C> {
  if (locale === 'en') return set.en as unknown as Translation<C>;
  let pending = loadedCatalogs.get(set as unknown as CatalogSet<Catalog>);
  if (!pending) {
    pending = set.es().then((module) => module.default as Catalog);
    loadedCatalogs.set(set as unknown as CatalogSet<Catalog>, pending);
  }
  return pending as Promise<Translation<C>>;
}

type DocumentLangListener = () => void;
const documentLangListeners = new Set<DocumentLangListener>();
let documentLangObserver: MutationObserver | undefined;

/** One observer per page tells every connected widget when `<html lang>` changes. */
export function onDocumentLangChange(listener: DocumentLangListener): () => void {
  documentLangListeners.add(listener);
  if (!documentLangObserver) {
    documentLangObserver = new MutationObserver(() => documentLangListeners.forEach((notify) => notify()));
    documentLangObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
  return () => documentLangListeners.delete(listener);
}
