import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hotlines, isHotlinePreset } from '../../content/hotlines.js';
import type { PersistMode } from '../../core/config.js';
import { PersistedState } from '../../core/persisted-state.js';
import { SiDismissEvent } from '../../core/events.js';
import { secureUrl } from '../../core/links.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import '../si-quick-exit/define.js';
import { exitNote, type SiQuickExitElement } from '../si-quick-exit/si-quick-exit.js';
import { parseNumber, type PhoneNumber } from './phone.js';
import { styles } from './si-hotline-banner.styles.js';
import { catalogs, type en } from './si-hotline-banner.strings.js';

const POSITIONS = ['inline', 'top', 'bottom'];
const KEYWORD = /^[\p{L}\p{N} ]{1,20}$/u;

/** Ends a phrase with a full stop unless it has its own punctuation. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Help in one line: the quick exit first (it is the first tab stop), then the hotline's call and text
 * links and "in immediate danger? call 911". TTY, chat, hours, languages and the quick exit's note sit
 * under "More ways to get help". On narrow screens (up to 30em) that fits in about 120 px with the
 * national preset, in English and in Spanish; the hotline's name, which names the region for screen
 * readers, is then shown under "More ways to get help". On wide screens the banner lines up with the
 * page's content column through `--si-hotline-banner-content-max-width`.
 *
 * Numbers are links that work on phones (`tel:`, `sms:`), shown as written; a link's name is the text it
 * shows. A number or address that is not valid is left out and a configuration message says so; there is
 * never a broken link. The preset's note (confidential, anonymous tips...) is shown only while `name` and
 * `phone` are the preset's own, since it describes that service.
 *
 * Write the banner's text inside the element (the number, say) as a fallback: it shows before the script
 * arrives and without it. Once upgraded the banner renders in its shadow root and the fallback is not
 * rendered (no slot takes it), so nothing is read twice. `reserve.css` keeps the banner's height until then
 * (README, "Keep the page from jumping").
 *
 * `position="top"` / `"bottom"` makes it sticky (it takes its own space, never covers content, respects
 * safe areas; place a bottom banner last in `<body>`). While sticky it sets `scroll-padding-top` (or
 * `-bottom`) on the page to its own height, so whatever takes focus scrolls clear of it, and removes it
 * when it is not sticky; on small screens it stays inline. Dismissing hides the hotline details, keeps
 * the quick exit, moves focus to its button and says the banner was hidden (use `no-quick-exit` to have
 * none); the dismissal is remembered only as `persist` allows (`none` by default: not at all).
 *
 * The quick exit stays in reach once the banner scrolls away: a fixed Exit button (see `<si-quick-exit>`).
 * Screen reader users may want `no-shift-shortcut`: Shift pauses speech in some screen readers.
 *
 * @tagname si-hotline-banner
 * @summary Hotline contacts (call, text, TTY, chat), hours, languages and "in immediate danger, call 911",
 * with a quick exit that stays in reach. Presets: `national` (default), `colorado`, `california`; every
 * field can be overridden.
 *
 * @slot - Fallback content shown only before the element upgrades or without JavaScript; not rendered after.
 * @csspart banner - The banner (a region named after the hotline).
 * @csspart name - The hotline's name.
 * @csspart contacts - The list of call and text links.
 * @csspart emergency - The "in immediate danger, call 911" line.
 * @csspart more-button - The "More ways to get help" button.
 * @csspart more - What it shows: TTY, chat, hours, languages, the service's note and the quick exit's note.
 * @csspart quick-exit - The `<si-quick-exit>` inside the banner.
 * @csspart dismiss - The hide button (with `dismissible`).
 * @csspart config-message - Shown when an attribute is wrong.
 * @cssprop --si-hotline-banner-background - The banner's background (default the surface-alt token).
 * @cssprop --si-hotline-banner-border - The banner's top and bottom border colour (default the primary token).
 * @cssprop --si-hotline-banner-z-index - Stacking of a sticky banner (default 100).
 * @cssprop --si-hotline-banner-min-block-size - The least height of the banner while shown (not once hidden). Give it the height your page's `si-hotline-banner:not(:defined)` rule reserves, so nothing on the page moves when the banner appears (README, "Keep the page from jumping"). `reserve.css` sets it.
 * @cssprop --si-hotline-banner-content-max-width - The widest the banner's content gets, its side padding included, centred (default: the full width). With `--si-hotline-banner-padding-inline`, give it your content column's values (say `64rem` and `1rem`) and the banner's text lines up with your page's.
 * @cssprop --si-hotline-banner-padding-inline - The space at the left and right of the banner's content (default 0.75rem; never less than the safe areas).
 * @cssstate dismissed - A person hid the banner; only its quick exit is left.
 * @cssstate expanded - "More ways to get help" is open.
 * @fires {SiDismissEvent} si-dismiss - A person hid the banner.
 * @fires {SiExitEvent} si-exit - The quick exit started (from the inner `<si-quick-exit>`). Not cancelable.
 */
export class SiHotlineBannerElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  /** The dismissal, remembered as `persist` allows (not at all by default). */
  private readonly remembered = new PersistedState<{ dismissed: boolean }>(() => ({ mode: this.persistMode, key: this.storageKey }));
  private readonly resized = new ResizeObserver(() => this.padScroll());

  @state() private dismissed = false;
  @state() private expanded = false;
  @state() private announcement = '';

  /** `national` (default), `colorado` or `california`. */
  @property() preset = 'national';
  /** Overrides the hotline's name. */
  @property() name?: string | null;
  /** Overrides the number to call; an empty value shows none. */
  @property() phone?: string | null;
  /** Overrides the number to text; an empty value shows none. */
  @property() sms?: string | null;
  /** A word to text (letters, digits, spaces); none by default, since none is verified. */
  @property({ attribute: 'sms-keyword' }) smsKeyword?: string | null;
  /** Overrides the chat address (https://); an empty value shows none. */
  @property({ attribute: 'chat-url' }) chatUrl?: string | null;
  /** Overrides the TTY number; an empty value shows none. */
  @property() tty?: string | null;
  /** Overrides the hours. */
  @property() hours?: string | null;
  /** Overrides the languages; say which contacts they apply to ("Calls in English and Vietnamese"). */
  @property() languages?: string | null;
  /** Hides the "in immediate danger, call 911" line. */
  @property({ type: Boolean, attribute: 'hide-emergency' }) hideEmergency = false;
  /** Leaves out the quick exit. */
  @property({ type: Boolean, attribute: 'no-quick-exit' }) noQuickExit = false;
  /** Turns off only the quick exit's Shift ×3 (Shift pauses speech in some screen readers); its buttons still exit. */
  @property({ type: Boolean, attribute: 'no-shift-shortcut' }) noShiftShortcut = false;
  /** Adds a button that hides the banner. */
  @property({ type: Boolean }) dismissible = false;
  /** `inline` (default), `top` or `bottom` (sticky). */
  @property() position = 'inline';
  /** Where a dismissal is remembered: `none` (default), `session` or `local`. */
  @property() persist = '';
  /** The quick exit's destination (see `<si-quick-exit>`). */
  @property({ attribute: 'exit-url' }) exitUrl = '';
  /** The host's page on browsing safely, linked from the quick exit's note. */
  @property({ attribute: 'safety-href' }) safetyHref = '';

  /** The side of the page whose `scroll-padding` the banner set, while it is sticky. */
  private padded?: 'scrollPaddingTop' | 'scrollPaddingBottom';
  private focusExit = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resized.observe(this);
    addEventListener('resize', this.padScroll);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resized.disconnect();
    removeEventListener('resize', this.padScroll);
    this.padScroll();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const moved = this.remembered.moved();
    if (!this.dismissible) this.dismissed = false;
    else if (moved && !this.dismissed) this.dismissed = this.remembered.read()?.dismissed === true;
    this.toggleState('dismissed', this.dismissed);
    this.toggleState('expanded', this.expanded);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.padScroll();
    if (!this.focusExit) return;
    this.focusExit = false;
    const exit = this.renderRoot.querySelector<SiQuickExitElement>('si-quick-exit');
    if (exit) this.waitFor(exit.updateComplete.then(() => exit.focus()));
    else this.renderRoot.querySelector<HTMLElement>('[role="status"]')?.focus();
  }

  /** A wrong `persist` keeps nothing, as the configuration message says. */
  private get persistMode(): PersistMode {
    return this.persistSetting(this.persist, 'none') ?? 'none';
  }

  private get storageKey(): string {
    return `hotline-banner:dismissed:${this.id || this.preset}`;
  }

  /** While sticky, the page scrolls what takes focus clear of the banner; the padding goes when it is not. */
  private readonly padScroll = () => {
    const root = document.documentElement.style;
    const sticky = this.isConnected && !this.dismissed && getComputedStyle(this).position === 'sticky';
    const side = this.position === 'bottom' ? 'scrollPaddingBottom' : 'scrollPaddingTop';
    if (this.padded && (!sticky || this.padded !== side)) root[this.padded] = '';
    this.padded = sticky ? side : undefined;
    if (sticky) root[side] = `${this.getBoundingClientRect().height}px`;
  };

  private readonly onDismiss = () => {
    this.dismissed = true;
    this.focusExit = true;
    this.announcement = this.t.hidden;
    this.remembered.write({ dismissed: true });
    this.dispatchEvent(new SiDismissEvent());
  };

  private readonly onMore = () => {
    this.expanded = !this.expanded;
  };

  /** A contact link, whose name is what it shows ("Call 1-888-373-7888"); `after` follows it (the letters version of a number). */
  private link(href: string, label: string, number: PhoneNumber, after: unknown = nothing) {
    return html`<li><a href=${href}>${label} ${number.text}</a>${after}</li>`;
  }

  protected override render() {
    const t = this.t;
    const id = isHotlinePreset(this.preset) ? this.preset : 'national';
    const preset = hotlines[id];
    const problems: ConfigProblem[] = [];
    const problem = (message: string, detail: string) => problems.push({ message, detail: detail.slice(0, 300) });
    const number = (attribute: string, value: string | null | undefined, fallback = '') => {
      const text = value ?? fallback;
      const parsed = text ? parseNumber(text) : undefined;
      if (text && !parsed) problem(t.badNumber(attribute), `${attribute}="${text}" is not a number that can be dialed; it is left out.`);
      return parsed;
    };
    const phone = number('phone', this.phone, preset.phone);
    const sms = number('sms', this.sms, preset.sms);
    const tty = number('tty', this.tty, preset.tty);
    const chatText = this.chatUrl ?? preset.chatUrl ?? '';
    const chat = chatText ? secureUrl(chatText, true) : undefined;
    if (chatText && !chat) problem(t.badUrl('chat-url'), `chat-url="${chatText}" is not an https:// address; it is left out.`);
    let keyword = this.smsKeyword ?? preset.smsKeyword ?? '';
    if (keyword && !KEYWORD.test(keyword)) {
      problem(t.badKeyword, `sms-keyword="${keyword}" has characters other than letters, digits and spaces; it is left out.`);
      keyword = '';
    }
    if (!isHotlinePreset(this.preset)) problem(t.badChoice('preset'), `preset="${this.preset}" is not national, colorado or california; showing national.`);
    if (!POSITIONS.includes(this.position)) problem(t.badChoice('position'), `position="${this.position}" is not inline, top or bottom; showing it inline.`);
    if (this.persistSetting(this.persist, 'none') === undefined)
      problem(t.badChoice('persist'), `persist="${this.persist}" is not none, session or local; nothing is remembered.`);

    const ownService = this.name == null && this.phone == null;
    const name = this.name ?? t.preset(id, 'name');
    const facts = [this.hours ?? t.preset(id, 'hours'), this.languages ?? t.preset(id, 'languages'), ownService ? t.preset(id, 'note') : '']
      .filter(Boolean)
      .map(sentence)
      .join(' ');
    const safety = this.safetyHref ? secureUrl(this.safetyHref, true) : undefined;
    const quickExit = this.noQuickExit
      ? nothing
      : html`<si-quick-exit
          part="quick-exit"
          lang=${this.locale}
          .exitUrl=${this.exitUrl}
          .safetyHref=${this.safetyHref}
          .noShiftShortcut=${this.noShiftShortcut}
        ></si-quick-exit>`;
    const more = tty || chat || facts || !this.noQuickExit;

    return html`<div
        class="bar ${this.dismissed ? 'dismissed' : ''}"
        part=${this.dismissed ? nothing : 'banner'}
        role=${this.dismissed ? nothing : 'region'}
        aria-label=${this.dismissed ? nothing : name || t.hotline}
        lang=${this.locale}
      >
        ${this.renderConfigMessage(problems)}
        <div class="inner">
          ${quickExit}
          ${
            this.dismissed
              ? nothing
              : html`<div class="main">
                    <p class="name" part="name" ?hidden=${!name}>${name}</p>
                    <ul class="contacts" part="contacts">
                    ${phone ? this.link(`tel:${phone.dial}`, t.call, phone, ownService && preset.phoneWords ? ` (${preset.phoneWords})` : nothing) : nothing}
                    ${sms ? this.link(`sms:${sms.dial}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}`, keyword ? t.textKeyword(keyword) : t.text, sms) : nothing}
                  </ul>
                  <div class="line">
                    ${
                      this.hideEmergency
                        ? nothing
                        : html`<p class="emergency" part="emergency"><strong>${t.danger}</strong> <a href="tel:911">${t.call} 911</a></p>`
                    }
                    ${
                      more
                        ? html`<button
                            type="button"
                            class="link-button more-button"
                            part="more-button"
                            aria-expanded=${this.expanded}
                            aria-controls="more"
                            @click=${this.onMore}
                          >${t.more}</button>`
                        : nothing
                    }
                    ${
                      this.dismissible
                        ? html`<button type="button" class="link-button" part="dismiss" @click=${this.onDismiss}>
                          ${t.hide}<span class="visually-hidden"> ${t.hideWhat}</span>
                        </button>`
                        : nothing
                    }
                  </div>
                  </div>
                  <div class="more" id="more" part="more" ?hidden=${!this.expanded}>
                    ${name ? html`<p class="more-name">${name}</p>` : nothing}
                    ${
                      tty || chat
                        ? html`<ul class="contacts">
                          ${tty ? this.link(`tel:${tty.dial}`, t.tty, tty) : nothing}
                          ${chat ? html`<li><a class="chat" href=${chat}>${t.chat}</a></li>` : nothing}
                        </ul>`
                        : nothing
                    }
                    ${facts ? html`<p>${facts}</p>` : nothing}
                    ${this.noQuickExit ? nothing : html`<p class="note">${exitNote(t, !this.noShiftShortcut, safety)}</p>`}
                  </div>`
          }
        </div>
      </div>
      <p class="visually-hidden" role="status" tabindex=${this.noQuickExit ? '-1' : nothing}>${this.announcement}</p>`;
  }
}
