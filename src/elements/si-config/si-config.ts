import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { configContext, isPersistMode, type SiConfig } from '../../core/config.js';

/**
 * A widget's own attribute always wins over these. `<si-config>` renders nothing of its own and may
 * upgrade before or after the widgets it wraps.
 *
 * @tagname si-config
 * @summary Shares settings (endpoint, organization, language, persistence) with every widget inside it.
 *
 * @slot - The widgets that share these settings.
 */
export class SiConfigElement extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  @provide({ context: configContext })
  protected provided: SiConfig = {};

  /** Where posting widgets send submissions. */
  @property() endpoint = '';
  /** The organization the widgets speak for. */
  @property() org = '';
  /** The widgets' language (`en` or `es`), unless a widget sets its own `lang`. */
  @property() locale = '';
  /** Where widgets may keep drafts and undelivered submissions: `none`, `session` or `local`. */
  @property() persist = '';
  /** Send same-origin cookies with submissions (for receivers behind a session). Off by default. */
  @property({ type: Boolean, attribute: 'same-origin-credentials' }) sameOriginCredentials = false;
  /** Extra request headers for submissions, such as a CSRF token. Settable from script only. */
  @property({ attribute: false }) headers?: Readonly<Record<string, string>>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new object each time, so every subscribed widget re-renders with the new settings.
    this.provided = {
      endpoint: this.endpoint || undefined,
      org: this.org || undefined,
      locale: this.locale || undefined,
      persist: isPersistMode(this.persist) ? this.persist : undefined,
      credentials: this.sameOriginCredentials ? 'same-origin' : 'omit',
      headers: this.headers,
    };
    if (this.persist && !isPersistMode(this.persist)) {
      console.warn(`[survivor-informed-widgets] <si-config>: persist="${this.persist}" is not one of none, session, local; widgets use their defaults.`);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
