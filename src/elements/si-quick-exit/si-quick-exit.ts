import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { secureUrl } from '../../core/links.js';
import { DEFAULT_EXIT_URL, QuickExitController } from '../../core/quick-exit.js';
import { SiElement } from '../../core/si-element.js';
import { styles } from './si-quick-exit.styles.js';
import { catalogs, type en } from './si-quick-exit.strings.js';

/**
 * The exit goes to `exit-url`, or to https://www.weather.gov/ (a neutral public page) by default. A bad
 * `exit-url` shows a configuration message, and the button still exits to the default: an exit must
 * always work. Content placed inside the element without a `slot` (a plain link to the exit page, say) is
 * shown only before the script loads or without it; once upgraded it is not rendered, so nothing is read
 * twice. Exiting does not erase browser history, and the note under the button says so.
 *
 * @tagname si-quick-exit
 * @summary A quick way off the page: a red "Exit this page" button, Shift pressed three times, and an
 * optional skip link. It hides the page at once, wipes everything the widgets stored, and replaces this
 * page in the history with a neutral site.
 *
 * @slot note - Replaces the note under the button (keyboard hint, history warning, `safety-href` link).
 * @csspart button - The exit button.
 * @csspart skip-link - The skip link (with `skip-link`), visible when focused.
 * @csspart note - The note under the button.
 * @csspart status - The visually hidden live region announcing Shift presses.
 * @csspart config-message - Shown when `exit-url` or `safety-href` is wrong.
 * @cssprop --si-color-danger - The button's colour (default #b50909).
 * @cssprop --si-color-on-danger - The button's text colour (default white).
 * @fires {SiExitEvent} si-exit - The exit has started (button, skip link or Shift ×3). Not cancelable.
 */
export class SiQuickExitElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  private readonly quickExit = new QuickExitController(this, () => secureUrl(this.exitUrl) ?? DEFAULT_EXIT_URL);

  /** Where the exit goes: an https:// address. Default https://www.weather.gov/. */
  @property({ attribute: 'exit-url' }) exitUrl = '';
  /** The host's page on browsing safely, linked from the note. */
  @property({ attribute: 'safety-href' }) safetyHref = '';
  /** Adds a skip link, visible when focused; place the element first in `<body>` to make it the first stop. */
  @property({ type: Boolean, attribute: 'skip-link' }) skipLink = false;

  private readonly onExit = (event: Event) => {
    event.preventDefault();
    this.quickExit.exit('button');
  };

  protected override render() {
    const t = this.t;
    const target = secureUrl(this.exitUrl);
    const safety = this.safetyHref ? secureUrl(this.safetyHref, true) : undefined;
    const status = this.quickExit.status;
    const label = html`<span class="visually-hidden">${t.emergency} </span>${t.exit}`;
    return html`<div lang=${this.locale}>
      ${this.skipLink ? html`<a class="skip" part="skip-link" href=${target ?? DEFAULT_EXIT_URL} @click=${this.onExit}>${label}</a>` : nothing}
      ${this.renderConfigMessage([
        ...(this.exitUrl && !target
          ? [{ message: t.badExitUrl, detail: `exit-url "${this.exitUrl.slice(0, 200)}" is not an https:// address; exiting to ${DEFAULT_EXIT_URL}.` }]
          : []),
        ...(this.safetyHref && !safety
          ? [{ message: t.badSafetyHref, detail: `safety-href "${this.safetyHref.slice(0, 200)}" is not an https:// address.` }]
          : []),
      ])}
      <button type="button" class="button exit" part="button" @click=${this.onExit}>${label}</button>
      <div class="note" part="note">
        <slot name="note">${t.note} ${safety ? html`<a href=${safety}>${t.safetyLink}</a>` : nothing}</slot>
      </div>
      <p class="visually-hidden" part="status" role="status">
        ${status === 'expired' ? t.expired : status === 'loading' ? t.loading : status ? t.pressesLeft(status) : ''}
      </p>
    </div>`;
  }
}
