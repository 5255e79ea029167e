import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isValueSetId, valueSets, type ValueSet } from '../../content/values.js';
import { allowedLink } from '../../core/links.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import { quoted } from '../../core/text.js';
import { monthAndYear } from '../../core/format.js';
import { catalogs, type en, type ValueListKind } from './si-values-badge.strings.js';
import { styles } from './si-values-badge.styles.js';

interface ShownValue {
  name: string;
  description: string;
  /** The language of a host's own value, from its place in the page; built-in values follow the widget. */
  lang?: string;
}

interface Resolved {
  problems: ConfigProblem[];
  variant: 'badge' | 'card';
  kind: ValueListKind;
  items: ShownValue[];
  credit?: string;
  policyHref?: string;
  assessmentHref?: string;
  assessedOn?: string;
}

const DEFAULT_SET = 'guiding-values';

/** Collapses runs of white space, as the page would when showing the text. */
const plain = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/** `2025-05-14` or `2025-05` → the first of that month in UTC; anything else (or an impossible date) → undefined. */
export function parseAssessedDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day = 1] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part))) as [number, number, number?];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined; // 2025-02-30 rolls over into March
  return new Date(Date.UTC(year, month - 1, 1));
}

/**
 * Shows one of two value sets, written in the project's own words in English and Spanish:
 * `guiding-values` (the default: the eight guiding values of a survivor-informed program) or
 * `trauma-informed` (SAMHSA's six principles of a trauma-informed approach). An organization with its own
 * list writes it as `<si-value name="…">description</si-value>` children instead; they are read as text,
 * and `set` and `values` are then not used. The `badge` variant opens a panel that overlays the page
 * (Escape, a click elsewhere or moving focus away closes it; Escape returns focus to the badge); the
 * `card` variant lists the values in full. Printed, the values always appear in full. A bad attribute
 * shows a short configuration message in place of the widget.
 *
 * Events: none. The badge only shows information, so there is nothing for a host to hear (an empty
 * `@fires` tag would put a nameless event into custom-elements.json).
 *
 * @tagname si-values-badge
 * @summary A compact badge that opens into the values an organization commits to, each explained in plain words.
 *
 * @slot - Optional `<si-value name="…">` children, the organization's own values, each with its description as text. They replace the built-in set and are shown as plain text, not as they are.
 *
 * @csspart badge - The badge button that opens and closes the values (badge variant).
 * @csspart panel - The panel with the values, shown below the badge (badge variant).
 * @csspart card - The box holding the values (card variant).
 * @csspart list - The list of values.
 * @csspart value - One value in the list.
 * @csspart value-name - A value's name.
 * @csspart value-description - A value's description.
 * @csspart policy-link - The link to the organization's policy (`href`).
 * @csspart assessment - The self-assessment line or link (`assessed`, `assessment-href`).
 * @csspart config-message - The message shown instead of the widget when an attribute is wrong.
 *
 * @cssprop --si-values-badge-width - The badge's width (default `17em`; never wider than its container).
 * @cssprop --si-values-badge-panel-width - The open panel's width (default `22em`; never wider than the viewport).
 * @cssprop --si-color-primary - The badge's border and mark, and links.
 * @cssprop --si-color-surface - The background of the badge, panel and card.
 * @cssprop --si-color-surface-alt - The badge's background under the pointer.
 * @cssprop --si-color-text - Text.
 * @cssprop --si-color-text-muted - The badge's caption and the source credit.
 * @cssprop --si-color-border - The panel's and card's border.
 * @cssprop --si-color-focus - The focus ring.
 *
 * @cssstate open - The badge's panel is open.
 * @cssstate card - The values are shown as a card (`variant="card"`).
 */
export class SiValuesBadgeElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  private readonly childObserver = new MutationObserver(() => this.readCustomValues());

  @query('.badge') private badgeButton?: HTMLButtonElement | null;
  @query('.panel') private panel?: HTMLElement | null;

  @state() private open = false;
  @state() private customValues: ReadonlyArray<ShownValue> = [];
  private resolved?: Resolved;

  /** The built-in values to show: `guiding-values` (default) or `trauma-informed`. */
  @property() set = DEFAULT_SET;
  /** The ids of the set's values to show, in this order, separated by spaces or commas. Empty shows the whole set. */
  @property() values = '';
  /** Who commits to these values. Falls back to `<si-config org>`. */
  @property() org = '';
  /** The organization's policy page behind these values (https, http on localhost, or a path on this site). */
  @property() href = '';
  /** When the organization last assessed itself, as an ISO date (`2025-05-14` or `2025-05`). Shown as month and year. */
  @property() assessed = '';
  /** Where the organization keeps its self-assessment (same rules as `href`). */
  @property({ attribute: 'assessment-href' }) assessmentHref = '';
  /** `badge` (default): a compact badge that opens into the values; `card`: the values listed in full. */
  @property() variant = 'badge';

  override connectedCallback(): void {
    super.connectedCallback();
    this.readCustomValues();
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['name', 'lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
    this.setOpen(false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.resolved = this.resolve();
    this.toggleState('card', this.resolved.variant === 'card');
    if (this.open && (this.resolved.problems.length > 0 || this.resolved.variant !== 'badge')) this.setOpen(false);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if ((changed as Map<PropertyKey, unknown>).has('open') && this.open) this.placePanel();
  }

  private readonly onToggle = (): void => this.setOpen(!this.open);

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.stopPropagation(); // handled here: a dialog around the badge should not close as well
    this.setOpen(false, true);
  };

  /** Moving focus out of the widget closes the panel, so it never covers what has focus next. */
  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && next !== this && !this.contains(next) && !this.shadowRoot!.contains(next)) this.setOpen(false);
  };

  private readonly onDocumentClick = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.setOpen(false);
  };

  private readonly onResize = (): void => this.placePanel();

  private setOpen(open: boolean, returnFocus = false): void {
    if (returnFocus) this.badgeButton?.focus();
    if (this.open === open) return;
    this.open = open;
    this.toggleState('open', open);
    if (open) {
      document.addEventListener('click', this.onDocumentClick);
      window.addEventListener('resize', this.onResize);
    } else {
      document.removeEventListener('click', this.onDocumentClick);
      window.removeEventListener('resize', this.onResize);
    }
  }

  /** Keeps the open panel inside the viewport, shifting it sideways when the badge sits near an edge. */
  private placePanel(): void {
    const panel = this.panel;
    if (!panel || panel.hidden) return;
    panel.style.setProperty('--_shift', '0px');
    const margin = 8;
    const { left, right } = panel.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    let shift = 0;
    if (right > viewport - margin) shift = viewport - margin - right;
    if (left + shift < margin) shift = margin - left;
    panel.style.setProperty('--_shift', `${Math.round(shift)}px`);
  }

  private readCustomValues(): void {
    this.customValues = [...this.children]
      .filter((child) => child.localName === 'si-value')
      .map((child) => ({
        name: plain(child.getAttribute('name')),
        description: plain(child.textContent),
        lang: child.closest('[lang]')?.getAttribute('lang') || undefined,
      }));
  }

  /** Everything the render needs, and every configuration problem, from the attributes and children. */
  private resolve(): Resolved {
    const t = this.t;
    const problems: ConfigProblem[] = [];
    const variantText = this.variant.trim() || 'badge';
    const variant = variantText === 'card' ? 'card' : 'badge';
    if (variantText !== 'badge' && variantText !== 'card') {
      problems.push({ message: t.problemVariant(quoted(variantText)), detail: `variant="${quoted(variantText)}" is not one of badge, card.` });
    }

    let kind: ValueListKind = 'custom';
    let items: ShownValue[] = [];
    let credit: string | undefined;
    if (this.customValues.length > 0) {
      if (this.customValues.some((value) => !value.name)) {
        problems.push({ message: t.problemUnnamed, detail: 'Every <si-value> child needs a non-empty name attribute.' });
      }
      items = this.customValues.filter((value) => value.name);
    } else {
      const setId = this.set.trim() || DEFAULT_SET;
      if (isValueSetId(setId)) {
        const set = valueSets[setId];
        kind = setId;
        credit = set.credit?.[this.locale];
        items = this.pickValues(set, problems);
      } else {
        problems.push({ message: t.problemSet(quoted(setId)), detail: `set="${quoted(setId)}" is not one of guiding-values, trauma-informed.` });
      }
    }

    const policyHref = this.link('href', this.href, problems);
    const assessmentHref = this.link('assessment-href', this.assessmentHref, problems);
    let assessedOn: string | undefined;
    if (this.assessed.trim()) {
      const date = parseAssessedDate(this.assessed);
      if (date) assessedOn = monthAndYear(date.toISOString(), this.locale);
      else problems.push({ message: t.problemDate(quoted(this.assessed)), detail: `assessed="${quoted(this.assessed)}" is not an ISO date (YYYY-MM-DD).` });
    }
    return { problems, variant, kind, items, credit, policyHref, assessmentHref, assessedOn };
  }

  private pickValues(set: ValueSet, problems: ConfigProblem[]): ShownValue[] {
    const asShown = (value: ValueSet['values'][number]): ShownValue => ({ name: value.name[this.locale], description: value.description[this.locale] });
    const wanted = [...new Set(this.values.split(/[\s,]+/).filter(Boolean))];
    if (wanted.length === 0) return set.values.map(asShown);
    const unknown = wanted.filter((id) => !set.values.some((value) => value.id === id));
    if (unknown.length > 0) {
      const ids = unknown.map(quoted).join(', ');
      problems.push({
        message: this.t.problemValues(ids),
        detail: `values: ${ids} are not ids of the "${set.id}" set (${set.values.map((value) => value.id).join(', ')}).`,
      });
      return [];
    }
    return wanted.map((id) => asShown(set.values.find((value) => value.id === id)!));
  }

  private link(attribute: string, value: string, problems: ConfigProblem[]): string | undefined {
    if (!value.trim()) return undefined;
    const href = allowedLink(value);
    if (!href)
      problems.push({
        message: this.t.problemLink(attribute),
        detail: `${attribute}="${quoted(value)}" must be https, http on localhost, or a path on this site.`,
      });
    return href;
  }

  private renderMark(): TemplateResult {
    return html`<svg class="mark" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path fill="currentColor" fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20ZM10.6 16.4 6.4 12.2l1.5-1.5 2.7 2.7 5.5-5.5 1.5 1.5-7 7Z" />
    </svg>`;
  }

  private renderValues(resolved: Resolved): TemplateResult {
    const t = this.t;
    const { items, credit, policyHref, assessmentHref, assessedOn } = resolved;
    const assessedText = assessedOn ? t.selfAssessed(assessedOn) : t.assessmentLink;
    return html`<p class="intro">${t.intro(this.setting('org', this.org.trim()) ?? '', resolved.kind)}</p>
      <ul part="list" class="list">
        ${items.map(
          (item) =>
            html`<li part="value" class="value" lang=${item.lang ?? nothing}>
              <span part="value-name" class="value__name">${item.name}</span>
              ${item.description ? html`<span part="value-description" class="value__description">${item.description}</span>` : nothing}
            </li>`,
        )}
      </ul>
      ${credit ? html`<p class="credit">${credit}</p>` : nothing}
      ${
        policyHref || assessmentHref || assessedOn
          ? html`<ul class="links">
            ${policyHref ? html`<li><a part="policy-link" href=${policyHref}>${t.policyLink}</a></li>` : nothing}
            ${
              assessmentHref
                ? html`<li><a part="assessment" href=${assessmentHref}>${assessedText}</a></li>`
                : assessedOn
                  ? html`<li part="assessment">${assessedText}</li>`
                  : nothing
            }
          </ul>`
          : nothing
      }`;
  }

  private renderBadge(resolved: Resolved): TemplateResult {
    return html`<div class="root" lang=${this.locale} @keydown=${this.onKeydown} @focusout=${this.onFocusOut}>
      <button type="button" part="badge" class="badge" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="panel" @click=${this.onToggle}>
        ${this.renderMark()}
        <span class="badge__text">
          <span class="badge__label">${this.t.badgeLabel(resolved.kind)}</span>
          <span class="badge__caption">${this.t.badgeCaption}</span>
        </span>
        <span class="badge__chevron" aria-hidden="true"></span>
      </button>
      <div id="panel" part="panel" class="panel" ?hidden=${!this.open}>${this.renderValues(resolved)}</div>
    </div>`;
  }

  private renderCard(resolved: Resolved): TemplateResult {
    return html`<div part="card" class="card" lang=${this.locale}>
      <p class="card__title">${this.renderMark()}<span>${this.t.title(resolved.kind)}</span></p>
      ${this.renderValues(resolved)}
    </div>`;
  }

  override render() {
    const resolved = this.resolved ?? this.resolve();
    if (resolved.problems.length > 0) return this.renderConfigMessage(resolved.problems);
    return resolved.variant === 'card' ? this.renderCard(resolved) : this.renderBadge(resolved);
  }
}
