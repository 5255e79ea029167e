import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Translation } from '../../core/i18n.js';
import { secureUrl } from '../../core/links.js';
import { DEFAULT_EXIT_URL, QuickExitController } from '../../core/quick-exit.js';
import { SiElement } from '../../core/si-element.js';
import { styles } from './si-quick-exit.styles.js';
import { catalogs, type en } from './si-quick-exit.strings.js';

/**
 * The note under the button (and in the hotline banner's "More ways to get help"): the Shift hint while
 * the shortcut is on, the honest word on browser history, and the host's safety page.
 */
export function exitNote(t: Translation<typeof en>, shortcut: boolean, safety: string | undefined) {
  return html`${shortcut ? `${t.shiftHint} ` : ''}${t.historyNote} ${safety ? html`<a href=${safety}>${t.safetyLink}</a>` : nothing}`;
}

/**
 * The exit goes to `exit-url`, or to https://www.weather.gov/ (a neutral public page) by default. A bad
 * `exit-url` shows a configuration message, and the button still exits to the default: an exit must
 * always work. Content placed inside the element without a `slot` (a plain link to the exit page, say) is
 * shown only before the script loads or without it; once upgraded it is not rendered, so nothing is read
 * twice. Exiting does not erase browser history, and the note under the button says so.
 *
 * Always in reach: while the button is scrolled out of view (and no other quick exit's is on screen), a
 * compact fixed Exit button stays in the bottom corner of the screen, clear of the safe areas, and moves
 * to the top corner while it would cover what has focus. It does the same as the button.
 *
 * On exit every widget on the page blanks what a person entered, so Back never finds it, and widgets in
 * other tabs of this site hide too (see README, "Quick exit").
 *
 * Screen reader users: Shift pauses speech in some screen readers, so pressing it three times may exit
 * by accident. `no-shift-shortcut` turns off only that shortcut; the buttons stay.
 *
 * @tagname si-quick-exit
 * @summary A quick way off the page: a red "Exit this page" button that stays in reach as the page
 * scrolls, Shift pressed three times, and an optional skip link. It hides the page at once, wipes
 * everything the widgets stored, blanks every widget, and replaces this page in the history with a neutral site.
 *
 * @slot note - Replaces the note under the button (keyboard hint, history warning, `safety-href` link).
 * @csspart button - The exit button.
 * @csspart label-rest - The words after "Exit" on the button ("this page"); the hotline banner hides them visually on narrow screens (they stay in the button's name).
 * @csspart fixed-button - The fixed Exit button shown while the button is out of view.
 * @csspart skip-link - The skip link (with `skip-link`), visible when focused.
 * @csspart note - The note under the button.
 * @csspart status - The visually hidden live region announcing Shift presses.
 * @csspart config-message - Shown when `exit-url` or `safety-href` is wrong.
 * @cssprop --si-color-danger - The button's colour (default #b50909).
 * @cssprop --si-color-on-danger - The button's text colour (default white).
 * @cssprop --si-quick-exit-z-index - Stacking of the fixed Exit button (default 2147483646, just under the exit's own overlay).
 * @cssstate fixed - The fixed Exit button is showing.
 * @fires {SiExitEvent} si-exit - The exit has started (button, fixed button, skip link or Shift ×3). Not cancelable.
 */
export class SiQuickExitElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  private readonly quickExit = new QuickExitController(this, {
    exitUrl: () => secureUrl(this.exitUrl) ?? DEFAULT_EXIT_URL,
    shortcut: () => !this.noShiftShortcut,
    fixedButton: () => this.renderRoot.querySelector('.fixed'),
  });

  /** Where the exit goes: an https:// address. Default https://www.weather.gov/. */
  @property({ attribute: 'exit-url' }) exitUrl = '';
  /** The host's page on browsing safely, linked from the note. */
  @property({ attribute: 'safety-href' }) safetyHref = '';
  /** Adds a skip link, visible when focused; place the element first in `<body>` to make it the first stop. */
  @property({ type: Boolean, attribute: 'skip-link' }) skipLink = false;
  /** Turns off only Shift ×3 (Shift pauses speech in some screen readers); the buttons still exit. */
  @property({ type: Boolean, attribute: 'no-shift-shortcut' }) noShiftShortcut = false;

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.quickExit.watch(this.renderRoot.querySelector('[part~="button"]') ?? undefined);
    this.toggleState('fixed', this.quickExit.fixed);
  }

  /** Focuses the Exit button (the hotline banner does, once hidden). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus(options);
  }

  private readonly onExit = (event: Event) => {
    event.preventDefault();
    this.quickExit.exit('button');
  };

  protected override render() {
    const t = this.t;
    const target = secureUrl(this.exitUrl);
    const safety = this.safetyHref ? secureUrl(this.safetyHref, true) : undefined;
    const { status, fixed, top } = this.quickExit;
    const emergency = html`<span class="visually-hidden">${t.emergency} </span>`;
    // One span, so the button's flex gap does not open between the words.
    const label = html`<span>${emergency}${t.exit}<span part="label-rest"> ${t.exitRest}</span></span>`;
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
      ${
        fixed
          ? html`<button
            type="button"
            class="button exit fixed ${top ? 'top' : ''}"
            part="fixed-button"
            @click=${this.onExit}
            @focus=${() => this.quickExit.pin(true)}
            @blur=${() => this.quickExit.pin(false)}
          >
            <span>${emergency}${t.exit}<span class="visually-hidden"> ${t.exitRest}</span></span>
          </button>`
          : nothing
      }
      <div class="note" part="note"><slot name="note">${exitNote(t, !this.noShiftShortcut, safety)}</slot></div>
      <p class="visually-hidden" part="status" role="status">
        ${status === 'expired' ? t.expired : status === 'loading' ? t.loading : status ? t.pressesLeft(status) : ''}
      </p>
    </div>`;
  }
}
