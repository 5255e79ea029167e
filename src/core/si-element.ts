/**
 * The one small base class every widget shares: its language, the shared `<si-config>` settings, its
 * `:state()`s, the work its `updateComplete` waits for, the configuration message shown in place of
 * a widget whose attributes are wrong, and what it does on a quick exit. Everything else is shared
 * through reactive controllers.
 *
 * On a quick exit (on this page or in another tab of this site, `exit-signal.ts`) every widget renders
 * again and its `PersistedState` reads what is kept as on the first render: after the exit's wipe there
 * is nothing, so the fields show empty, before the page can enter the back/forward cache. No widget needs
 * code of its own for it. In another tab the widget also hides (`:state(exited)`), until that page loads again.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { configContext, isPersistMode, type PersistMode, type SiConfig } from './config.js';
import { onQuickExit, type ExitSource } from './exit-signal.js';
import { loadCatalog, onDocumentLangChange, resolveLocale, type Catalog, type CatalogSet, type Locale, type Translation } from './i18n.js';
import { sweepExpiredData } from './storage.js';
import type { coreEn } from './strings.js';

/** One reason a widget cannot work as configured: `message` for the person, `detail` for the console. */
export interface ConfigProblem {
  message: string;
  detail: string;
}

/**
 * The base of every widget (see the top of this file).
 *
 * @cssstate exited - A quick exit started in another tab of this site: the widget is hidden and blank.
 */
export abstract class SiElement<C extends Catalog & typeof coreEn> extends LitElement {
  /** The element's English catalog and the loader of its Spanish one. */
  protected abstract readonly catalogs: CatalogSet<C>;
  /** The element's internals: its `:state()`s, and its form value where it takes part in a form. */
  protected readonly internals = this.attachInternals();

  private stopWatchingDocumentLang?: () => void;
  private stopWatchingExits?: () => void;
  /** Work the next `updateComplete` waits for: a language or content that is still loading. */
  private readonly pendingWork = new Set<Promise<unknown>>();
  private readonly warned = new Set<string>();

  /** Settings from the nearest `<si-config>`, if any. */
  @state() protected config?: SiConfig;
  /** Ends the subscription to `<si-config>`; set once one answered. */
  private stopConfig?: () => void;

  /** The language in use and its strings. */
  @state() protected locale: Locale = 'en';
  @state() protected t!: Translation<C>;

  /** The widget's language (`en` or `es`); without it, `<si-config locale>` and then the page's `lang` decide. */
  @property() override lang = '';

  override connectedCallback(): void {
    sweepExpiredData(); // once per page: expired si: entries go even when no widget of their kind reads them
    super.connectedCallback();
    this.askForConfig();
    // A <si-config> that upgrades later announces itself (`context-provider`): ask it then.
    if (!this.stopConfig) document.addEventListener('context-provider', this.onProvider);
    this.stopWatchingDocumentLang = onDocumentLangChange(() => this.requestUpdate());
    this.stopWatchingExits = onQuickExit(this.onQuickExit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('context-provider', this.onProvider);
    this.stopConfig?.();
    this.stopConfig = undefined;
    this.stopWatchingDocumentLang?.();
    this.stopWatchingExits?.();
  }

  /** Asks the nearest `<si-config>` for its settings, with @lit/context's `context-request` event, subscribing to changes. */
  private askForConfig(): void {
    this.dispatchEvent(
      Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
        context: configContext,
        contextTarget: this,
        callback: this.onConfig,
        subscribe: true,
      }),
    );
  }

  private readonly onConfig = (value: SiConfig | undefined, unsubscribe?: () => void): void => {
    // Another provider took over: let the old one go.
    if (this.stopConfig !== unsubscribe) this.stopConfig?.();
    this.stopConfig = unsubscribe;
    if (unsubscribe) document.removeEventListener('context-provider', this.onProvider);
    this.config = value;
  };

  private readonly onProvider = (event: Event): void => {
    if ((event as Event & { context?: unknown }).context === configContext) this.askForConfig();
  };

  /** A quick exit started: render again from what is kept (nothing, once wiped); hidden when it started in another tab. */
  private readonly onQuickExit = (source: ExitSource): void => {
    if (source === 'elsewhere') this.toggleState('exited', true);
    this.requestUpdate();
  };

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
    this.waitFor(
      catalog.then(
        (loaded) => {
          const stillWanted = resolveLocale(this.lang, this.config?.locale, document.documentElement.lang);
          if (stillWanted !== wanted) return;
          this.locale = wanted;
          this.t = loaded;
        },
        (error: unknown) => this.warnOnce(`Could not load the "${wanted}" strings; showing English.`, error),
      ),
    );
  }

  /** Resolves once rendering has settled, including work still under way (see `waitFor`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    while (this.pendingWork.size > 0) {
      await Promise.allSettled([...this.pendingWork]);
      settled = await super.getUpdateComplete();
    }
    return settled;
  }

  /** Makes `updateComplete` wait for `work` (a language or content still loading), so tests and hosts see the settled widget. */
  protected waitFor(work: Promise<unknown>): void {
    // Failures are the caller's to handle; here they only end the wait.
    const tracked: Promise<unknown> = work.then(
      () => this.pendingWork.delete(tracked),
      () => this.pendingWork.delete(tracked),
    );
    this.pendingWork.add(tracked);
  }

  /** Turns a custom state (`:state(name)` in CSS) on or off. */
  protected toggleState(name: string, on: boolean): void {
    try {
      if (on) this.internals.states.add(name);
      else this.internals.states.delete(name);
    } catch {
      // A browser without custom states still shows everything; only the :state() hook is missing.
    }
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
  protected renderConfigMessage(problems: readonly ConfigProblem[]): TemplateResult | typeof nothing {
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
