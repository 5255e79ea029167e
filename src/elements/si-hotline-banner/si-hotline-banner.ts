import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hotlines, isHotlinePreset } from '../../content/hotlines.js';
import type { PersistMode } from '../../core/config.js';
import { PersistedState } from '../../core/persisted-state.js';
import { SiDismissEvent } from '../../core/events.js';
import { secureUrl } from '../../core/links.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import '../si-quick-exit/define.js';
import { parseNumber, type PhoneNumber } from './phone.js';
import { styles } from './si-hotline-banner.styles.js';
import { catalogs, type en } from './si-hotline-banner.strings.js';

const POSITIONS = ['inline', 'top', 'bottom'];
const KEYWORD = /^[\p{L}\p{N} ]{1,20}$/u;

/** Ends a phrase with a full stop unless it has its own punctuation. */
const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * Numbers are links that work on phones (`tel:`, `sms:`), shown as written and read digit by digit by
 * screen readers. A number or address that is not valid is left out and a configuration message says
 * so; there is never a broken link. The preset's note (confidential, anonymous tips...) is shown only
 * while `name` and `phone` are the preset's own, since it describes that service.
 *
 * Write the banner's text inside the element (the number, say) as a fallback: it shows before the script
 * arrives and without it. Once upgraded the banner renders in its shadow root and the fallback is not
 * rendered (no slot takes it), so nothing is read twice. To avoid a layout shift, give
 * `si-hotline-banner:not(:defined)` the same `display: block` and `min-height` the banner has on your page.
 *
 * `position="top"` / `"bottom"` makes it sticky (it takes its own space, never covers content, respects
 * safe areas; place a bottom banner last in `<body>`, and give the page a `scroll-padding-top` or
 * `-bottom` as tall as the banner so it never hides what has focus); on small screens it stays inline. Dismissing
 * hides the hotline details but keeps the quick exit (use `no-quick-exit` to have none); the dismissal is
 * remembered only as `persist` allows (`none` by default: not at all).
 *
 * @tagname si-hotline-banner
 * @summary Hotline contacts (call, text, TTY, chat), hours, languages and "in immediate danger, call 911",
 * with a quick exit. Presets: `national` (default), `colorado`, `california`; every field can be overridden.
 *
 * @slot - Fallback content shown only before the element upgrades or without JavaScript; not rendered after.
 * @csspart banner - The banner (a region named after the hotline).
 * @csspart name - The hotline's name.
 * @csspart contacts - The list of contact links.
 * @csspart emergency - The "in immediate danger, call 911" line.
 * @csspart quick-exit - The `<si-quick-exit>` inside the banner.
 * @csspart dismiss - The hide button (with `dismissible`).
 * @csspart config-message - Shown when an attribute is wrong.
 * @cssprop --si-hotline-banner-background - The banner's background (default the surface-alt token).
 * @cssprop --si-hotline-banner-border - The banner's top and bottom border colour (default the primary token).
 * @cssprop --si-hotline-banner-z-index - Stacking of a sticky banner (default 100).
 * @cssprop --si-hotline-banner-min-block-size - The least height of the banner while shown (not once hidden). Give it the height your page's `si-hotline-banner:not(:defined)` rule reserves, so nothing on the page moves when the banner appears (README, "Keep the page from jumping").
 * @cssstate dismissed - A person hid the banner; only its quick exit is left.
 * @fires {SiDismissEvent} si-dismiss - A person hid the banner.
 * @fires {SiExitEvent} si-exit - The quick exit started (from the inner `<si-quick-exit>`). Not cancelable.
 */
export class SiHotlineBannerElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  /** The dismissal, remembered as `persist` allows (not at all by default). */
  private readonly remembered = new PersistedState<{ dismissed: boolean }>(() => ({ mode: this.persistMode, key: this.storageKey }));

  @state() private dismissed = false;

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
  /** Overrides the languages. */
  @property() languages?: string | null;
  /** Hides the "in immediate danger, call 911" line. */
  @property({ type: Boolean, attribute: 'hide-emergency' }) hideEmergency = false;
  /** Leaves out the quick exit. */
  @property({ type: Boolean, attribute: 'no-quick-exit' }) noQuickExit = false;
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const moved = this.remembered.moved();
    if (!this.dismissible) this.dismissed = false;
    else if (moved && !this.dismissed) this.dismissed = this.remembered.read()?.dismissed === true;
    this.toggleState('dismissed', this.dismissed);
  }

  /** A wrong `persist` keeps nothing, as the configuration message says. */
  private get persistMode(): PersistMode {
    return this.persistSetting(this.persist, 'none') ?? 'none';
  }

  private get storageKey(): string {
    return `hotline-banner:dismissed:${this.id || this.preset}`;
  }

  private readonly onDismiss = () => {
    this.dismissed = true;
    this.remembered.write({ dismissed: true });
    this.dispatchEvent(new SiDismissEvent());
  };

  private renderNumber(number: PhoneNumber) {
    return html`<span aria-hidden="true">${number.text}</span><span class="visually-hidden">${number.spoken}</span>`;
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
      if (text && !parsed) problem(t.badNumber(attribute), `${attribute}="${text}" is not a number that can be dialled; it is left out.`);
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
    const facts = [this.hours ?? t.preset(id, 'hours'), this.languages ?? t.preset(id, 'languages'), ownService ? t.preset(id, 'note') : ''];
    const quickExit = this.noQuickExit
      ? nothing
      : html`<si-quick-exit part="quick-exit" lang=${this.locale} .exitUrl=${this.exitUrl} .safetyHref=${this.safetyHref}></si-quick-exit>`;

    if (this.dismissed) return html`<div class="bar dismissed" lang=${this.locale}>${quickExit}</div>`;
    return html`<section class="bar" part="banner" aria-label=${name || t.hotline} lang=${this.locale}>
      <div class="info">
        ${this.renderConfigMessage(problems)}
        ${name ? html`<p class="name" part="name">${name}</p>` : nothing}
        <ul class="contacts" part="contacts">
          ${
            phone
              ? html`<li>
                <a href="tel:${phone.dial}">${t.call} ${this.renderNumber(phone)}</a>
                ${ownService && preset.phoneWords ? html`(${preset.phoneWords})` : nothing}
              </li>`
              : nothing
          }
          ${
            sms
              ? html`<li>
                <a href="sms:${sms.dial}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}">${keyword ? t.textKeyword(keyword) : t.text} ${this.renderNumber(sms)}</a>
              </li>`
              : nothing
          }
          ${tty ? html`<li><a href="tel:${tty.dial}">${t.tty} ${this.renderNumber(tty)}</a></li>` : nothing}
          ${chat ? html`<li><a class="chat" href=${chat}>${t.chat}</a></li>` : nothing}
        </ul>
        ${facts.some(Boolean) ? html`<p>${facts.filter(Boolean).map(sentence).join(' ')}</p>` : nothing}
        ${
          this.hideEmergency
            ? nothing
            : html`<p class="emergency" part="emergency">
              <strong>${t.danger}</strong> <a href="tel:911">${t.call} ${this.renderNumber(parseNumber('911')!)}</a>
            </p>`
        }
      </div>
      <div class="actions">
        ${quickExit}
        ${
          this.dismissible
            ? html`<button type="button" class="button button--secondary" part="dismiss" @click=${this.onDismiss}>
              ${t.hide}<span class="visually-hidden"> ${t.hideWhat}</span>
            </button>`
            : nothing
        }
      </div>
    </section>`;
  }
}
