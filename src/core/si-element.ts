/**
 * The one small base class every widget shares: its language, the shared `<si-config>` settings, and
 * the configuration message shown in place of a widget whose attributes are wrong. Everything else is
 * shared through reactive controllers.
 */
import { consume } from '@lit/context';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { configContext, ensureContextRoot, isPersistMode, type PersistMode, type SiConfig } from './config.js';
import { loadCatalog, onDocumentLangChange, resolveLocale, type Catalog, type CatalogSet, type Locale, type Translation } from './i18n.js';
import type { coreEn } from './strings.js';

export abstract class SiElement<C extends Catalog & typeof coreEn> extends LitElement {
  /** The element's English catalog and the loader of its Spanish one. */
  protected abstract readonly catalogs: CatalogSet<C>;

  private stopWatchingDocumentLang?: () => void;
  private catalogLoading?: Promise<void>;
  private readonly warned = new Set<string>();

  /** Settings from the nearest `<si-config>`, if any. */
  @consume({ context: configContext, subscribe: true })
  @state()
  protected config?: SiConfig;

  /** The language in use and its strings. */
  @state() protected locale: Locale = 'en';
  @state() protected t!: Translation<C>;

  /** The widget's language (`en` or `es`); without it, `<si-config locale>` and then the page's `lang` decide. */
  @property() override lang = '';

  override connectedCallback(): void {
    ensureContextRoot(); // before the context request goes out, so a late <si-config> can answer it
    super.connectedCallback();
    this.stopWatchingDocumentLang = onDocumentLangChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingDocumentLang?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.t ??= this.catalogs.en as Translation<C>;
    const wanted = resolveLocale(this.lang, this.config?.locale, document.documentElement.lang);
    if (wanted === this.locale) return;
    const catalog = loadCatalog(this.catalogs, wanted);
    if (!(catalog instanceof Promise)) {
      this.locale = wanted;
      this.t = catalog;
      return;
    }
    this.catalogLoading = catalog.then(
      (loaded) => {
        const stillWanted = resolveLocale(this.lang, this.config?.locale, document.documentElement.lang);
        if (stillWanted !== wanted) return;
        this.locale = wanted;
        this.t = loaded;
      },
      (error: unknown) => this.warnOnce(`Could not load the "${wanted}" strings; showing English.`, error),
    );
  }

  /** Resolves once rendering has settled, including a language that was still loading. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    while (this.catalogLoading) {
      const loading = this.catalogLoading;
      await loading;
      if (this.catalogLoading === loading) this.catalogLoading = undefined;
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  /** An attribute set on the widget wins over `<si-config>`, which wins over the default. */
  protected setting<K extends keyof SiConfig>(key: K, own: SiConfig[K] | null | undefined | '', fallback: NonNullable<SiConfig[K]>): NonNullable<SiConfig[K]>;
  protected setting<K extends keyof SiConfig>(key: K, own: SiConfig[K] | null | undefined | ''): SiConfig[K] | undefined;
  protected setting<K extends keyof SiConfig>(key: K, own: SiConfig[K] | null | undefined | '', fallback?: SiConfig[K]): SiConfig[K] | undefined {
    if (own !== undefined && own !== null && own !== '') return own;
    return this.config?.[key] ?? fallback;
  }

  /**
   * Where the widget may keep data: its own `persist`, then `<si-config>`'s, then `fallback`. Undefined
   * when its own attribute is not a mode, so the widget says so and keeps nothing rather than guess.
   */
  protected persistSetting(own: string, fallback: PersistMode): PersistMode | undefined {
    const text = own.trim();
    if (text) return isPersistMode(text) ? text : undefined;
    return this.setting('persist', undefined, fallback);
  }

  /** Logs a configuration problem once per element, however often it renders. */
  protected warnOnce(message: string, detail?: unknown): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    console.warn(`[survivor-informed-widgets] <${this.localName}>: ${message}`, ...(detail === undefined ? [] : [detail]));
  }

  /**
   * The short message shown in place of a widget that cannot work as configured. `problems` are the
   * person-readable reasons; the technical detail goes to the console once.
   */
  protected renderConfigMessage(problems: ReadonlyArray<{ message: string; detail: string }>): TemplateResult | typeof nothing {
    if (problems.length === 0) return nothing;
    problems.forEach((problem) => this.warnOnce(problem.detail));
    return html`<div part="config-message" class="config-message" role="note" lang=${this.locale}>
      <p class="config-message__heading">${this.t.configProblemHeading}</p>
      <ul>
        ${problems.map((problem) => html`<li>${problem.message}</li>`)}
      </ul>
      <p>${this.t.configProblemHint}</p>
    </div>`;
  }
}
