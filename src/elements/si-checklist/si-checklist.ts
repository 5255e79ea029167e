import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ChecklistContent, LocalizedText } from '../../content/checklist-schema.js';
import { checklists, isChecklistSetId } from '../../content/checklists.js';
import { renderHoneypot } from '../../core/delivery/honeypot.js';
import { endpointProblems, renderDeliveryStatus } from '../../core/delivery/status.js';
import { SubmissionController, type SubmissionOptions } from '../../core/delivery/submission-controller.js';
import type { PersistMode } from '../../core/config.js';
import { describeIssues, type ContentIssue } from '../../core/content-issues.js';
import { ContentSource, type ParsedContent } from '../../core/content-source.js';
import { SiChangeEvent } from '../../core/events.js';
import { heading, parseHeadingLevel, type HeadingLevel } from '../../core/heading.js';
import { localIsoDate, saveFile, toCsv } from '../../core/files.js';
import { longDate } from '../../core/format.js';
import type { Translation } from '../../core/i18n.js';
import { PersistedState } from '../../core/persisted-state.js';
import { printAlone } from '../../core/print.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import { quoted } from '../../core/text.js';
import type { ChecklistData } from '../../schemas/checklist.js';
import { catalogs, en } from './si-checklist.strings.js';
import { styles } from './si-checklist.styles.js';

/** What a person has answered: the checked items' ids (in the content's order) and their notes by item id. */
export interface ChecklistAnswers {
  checked: string[];
  notes: Record<string, string>;
}

interface Pending {
  key?: string;
  checked: unknown;
  notes: unknown;
}

const DEFAULT_SET = 'survivor-informed-practice';
/** The longest note: `CHECKLIST_NOTE_MAX` of src/schemas/checklist.ts (not imported, so the page does not load the payload schemas). */
const CHECKLIST_NOTE_MAX = 2000;
const CONTENT_MAX_BYTES = 256 * 1024;
const SHOWN_ISSUES = 8;

const contentKeyOf = (content: ChecklistContent) => `${content.id}:${String(content.version)}`;

/** What is wrong with one entry of content JSON, in the person's words. */
function issueMessage(t: Translation<typeof en>, { path, code, detail }: ContentIssue): string {
  switch (code) {
    case 'missing':
      return t.issueMissing;
    case 'type':
      return t.issueType(detail);
    case 'too-short':
      return t.issueTooShort;
    case 'too-long':
      return t.issueTooLong(Number(detail));
    case 'too-few':
      return t.issueTooFew(Number(detail));
    case 'too-many':
      return t.issueTooMany(Number(detail));
    case 'pattern':
      return t.issueFormat;
    case 'unknown-key':
      return t.issueUnknown(detail);
    case 'choice':
      // The checklist's only choices: a version (a number or a string) and a text (a string or `{ en, es }`).
      return path.endsWith('version') ? t.issueVersion : t.issueText;
    case 'duplicate':
      return t.issueDuplicate;
    default:
      return t.issueInvalid;
  }
}

/**
 * Host content as JSON text: the checklist, or every mistake in it (`json` when it is not JSON at all).
 * Only a host's own content comes here, so the validator (and zod) loads now, never with the page.
 */
async function parseChecklist(json: string): Promise<ParsedContent<ChecklistContent, ContentIssue[]>> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { issues: [{ path: '', code: 'json', detail: '' }] };
  }
  const { checklistContentSchema } = await import('../../content/checklist-schema.js');
  const result = checklistContentSchema().safeParse(data);
  return result.success ? { value: result.data } : { issues: describeIssues(result.error.issues, data) };
}

/**
 * A survivor-informed practice checklist a person checks off step by step, with sub-points, a note per
 * step (for the organization's practice, never personal details), progress ("2 of 4 done"), printing
 * (the checklist alone, not the page around it), and CSV / JSON downloads. Built-in sets (`set`), written in
 * the project's own words in English and Spanish: `survivor-informed-practice` (the default: the four
 * steps of the U.S. Department of State's checklist, each with its sub-points) and `partnership`
 * (guidance on survivor leaders in a partnership, from Colorado's Partnership Toolkit). A host's own
 * checklist comes from `src` (a JSON file on this site or over https, fetched without cookies or
 * referrer) or from an inline `<script type="application/json">` child; it is validated (the validator
 * loads only then), and a mistake is shown with its place in the JSON, never half-rendered. The content format is `checklistContentSchema`
 * in `src/content/checklist-schema.ts`.
 *
 * In a `<form>`: with a `name`, the checklist adds to the form's data `<name>-content` =
 * `<content id>@<version>`, then `<name>` = `<item id>` for each checked item (as a group of checkboxes
 * would), then `<name>-note-<item id>` = the note for each item with a note. It empties with the form's
 * reset. The browser's own form restore (back / forward, reload) gets nothing to bring back: answers
 * return only as `persist` allows, so a quick exit leaves none behind (DESIGN.md, safety).
 *
 * Keeping answers: `persist="none"` (the default) keeps them in this page only (gone when it is left or
 * reloaded), `session` in this browser tab until it closes (7 days at most), `local` in this browser
 * for 7 days. They are stored per content id and version (and per element `id`, when it has one),
 * cleared by "Clear my answers" (which also cancels results waiting to be sent), by a quick exit, and once
 * the endpoint has accepted them.
 *
 * With an `endpoint` (or `<si-config endpoint>`), a "Send your checklist" section says who receives it
 * (`org`) and what is sent (every checkmark and every note), and posts a `checklist` submission
 * (`src/schemas/checklist.ts`) through the shared delivery layer; without one there is nothing to send.
 *
 * @tagname si-checklist
 * @summary An interactive checklist for a survivor-informed practice, with progress, notes, print and export.
 *
 * @slot - Optional: one `<script type="application/json">` holding the host's own checklist content. It is read as data, never run; it wins over `src` and `set`.
 *
 * @csspart title - The checklist's title (an `h2` unless `heading-level` says otherwise).
 * @csspart intro - The introduction under the title.
 * @csspart progress - The progress bar and its "n of m done" text.
 * @csspart list - The list of steps.
 * @csspart item - One step.
 * @csspart checkbox - A step's checkbox.
 * @csspart item-label - A step's text (its checkbox label).
 * @csspart points - A step's sub-points.
 * @csspart note-toggle - The button that shows or hides a step's note.
 * @csspart note - A step's note field.
 * @csspart note-hint - The hint under a note field: no names or other personal details.
 * @csspart actions - The print and download buttons.
 * @csspart send - The section that says who receives the checklist and what is sent, with its button and status (only with an endpoint).
 * @csspart send-button - "Send your checklist" (only with an endpoint).
 * @csspart footer - Where answers are kept, and "Clear my answers", apart from the downloads.
 * @csspart clear-button - "Clear my answers".
 * @csspart clear-confirm - The "clear everything?" question and its two buttons.
 * @csspart status - The live delivery status (only with an endpoint).
 * @csspart retry - The "Try again now" button after a failed or waiting send.
 * @csspart load-status - "Loading…" or why the content could not be loaded (with `src`).
 * @csspart credit - The credit to the checklist's source.
 * @csspart print-header - The organization and date, shown only on paper.
 * @csspart config-message - The message shown when an attribute or the content is wrong.
 *
 * @cssprop --si-checklist-max-width - The checklist's greatest width (default `48em`).
 * @cssprop --si-checklist-progress-color - The progress bar's fill (default `--si-color-primary`).
 * @cssprop --si-color-primary - Buttons, links, the checkboxes and the progress bar.
 * @cssprop --si-color-surface - The background of the steps.
 * @cssprop --si-color-text - Text.
 * @cssprop --si-color-text-muted - Step numbers, the storage note and the credit.
 * @cssprop --si-color-border - The steps' borders and the progress bar's outline.
 * @cssprop --si-color-danger - The "clear everything?" question and its button.
 * @cssprop --si-color-focus - The focus ring.
 * @cssprop --si-color-scheme - `dark` with a dark theme, so the checkboxes and scrollbars are dark too (default `light`).
 *
 * @cssstate loading - The content from `src` is loading.
 * @cssstate invalid - The content or an attribute is wrong; a configuration message is shown.
 * @cssstate complete - Every step is checked.
 * @cssstate sent - The endpoint accepted the results.
 *
 * @fires si-change - The person checked or unchecked a step, changed a note, or cleared the checklist. `detail.name` is the item's id (`*` for a clear) and `detail.value` all the answers (`{ checked, notes }`). Never fired for changes made in code, a form reset or a restore.
 * @fires si-submit - Before sending; cancelable (`detail.payload`).
 * @fires si-submitted - The endpoint accepted the results (`detail.reference`).
 * @fires si-queued - Not delivered yet; it will be sent again automatically.
 * @fires si-submit-error - The endpoint refused the results; the answers stay on screen.
 */
export class SiChecklistElement extends SiElement<typeof en> {
  static override styles = styles;
  static formAssociated = true;

  protected readonly catalogs = catalogs;
  private readonly delivery = new SubmissionController<ChecklistData>(this, {
    type: 'checklist',
    schemaVersion: 1,
    widget: 'si-checklist',
    endpoint: () => this.endpointValue,
    persist: () => this.persistMode ?? 'none',
    locale: () => this.locale,
    config: () => this.config,
    // Accepted: nothing of it stays in storage. The answers stay on screen, to print or keep working on.
    onDelivered: () => this.kept.clear(),
    ...this.deliveryOptions(),
  });
  private readonly hostContent = new ContentSource<ChecklistContent, ContentIssue[]>(this, {
    src: () => this.src,
    parse: parseChecklist,
    maxBytes: CONTENT_MAX_BYTES,
    track: (work) => this.waitFor(work),
    onFailure: (url, reason) => this.warnOnce(`Could not load the checklist content from ${quoted(url)}: ${reason}`),
  });
  /** The answers kept as `persist` allows, per content id and version (and per element `id`). */
  private readonly kept = new PersistedState<{ checked: unknown; notes: unknown }>(() => ({ mode: this.persistMode, key: this.storageKey }));

  @state() private checked: ReadonlySet<string> = new Set();
  @state() private notes: ReadonlyMap<string, string> = new Map();
  @state() private openNotes: ReadonlySet<string> = new Set();
  @state() private confirmingClear = false;
  @state() private announcement = '';
  @state() private formDisabled = false;

  /** The built-in checklist: `survivor-informed-practice` (default) or `partnership`. */
  @property() set = DEFAULT_SET;
  /** The address of the host's own checklist content (JSON): a path on this site or an https URL. Wins over `set`. */
  @property() src = '';
  /** The form field name; with it the answers go into a host `<form>`'s data (see above). */
  @property() name = '';
  /** The organization that runs this page: named as the one the checklist is sent to, and at the top of the printout. Falls back to `<si-config org>`. */
  @property() org = '';
  /** Where answers (and results waiting to be sent) are kept: `none` (default: this page only), `session` or `local`. Falls back to `<si-config persist>`. */
  @property() persist = '';
  /** Where "Send your checklist" posts (https; http only on localhost). Falls back to `<si-config endpoint>`. Without one, nothing is sent. */
  @property() endpoint = '';
  /** The level of the checklist's title, `1` to `6` (default `2`); the send section's heading is one level below. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  private pending?: Pending;
  private focusAfterUpdate?: string;
  /** The content shown now; set in `willUpdate` from the built-in set or the host's own content. */
  private content?: ChecklistContent;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const previous = this.content;
    const source = this.hostContent.current();
    const set = this.set.trim() || DEFAULT_SET;
    this.content = source.status === 'ready' ? source.value : source.status === 'none' && isChecklistSetId(set) ? checklists[set] : undefined;
    const content = this.content;
    const moved = this.kept.moved();
    // Other content starts from its own stored answers, or from none; a new `persist` keeps what is on screen.
    if (content && moved) this.restoreAnswers(content, moved === 'first' || previous === undefined || contentKeyOf(previous) !== contentKeyOf(content));
    if (changed.has('name') || content !== previous) this.syncForm();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const content = this.content;
    // Through the CSSOM, not a style attribute: a page whose CSP forbids inline styles still sees the bar.
    const done = content ? this.doneCount(content) : 0;
    if (content) this.renderRoot.querySelector<HTMLElement>('.fill')?.style.setProperty('inline-size', `${(done / content.items.length) * 100}%`);
    this.toggleState('complete', content !== undefined && done === content.items.length);
    this.toggleState('loading', this.hostContent.state.status === 'loading');
    this.toggleState('invalid', this.attributeProblems().length > 0 || this.hostContent.state.status === 'invalid');
    this.toggleState('sent', this.delivery.status.state === 'sent');
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  /** @internal The form was reset: every checkmark and note goes, as a checkbox group's would. */
  formResetCallback(): void {
    this.confirmingClear = false;
    this.openNotes = new Set();
    this.commit(new Set(), new Map());
    this.delivery.reset();
  }

  /** @internal The form (or its fieldset) was disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  // ---- settings ------------------------------------------------------------------------------------

  /** The persist mode in use, or undefined when the attribute is wrong. */
  private get persistMode(): PersistMode | undefined {
    return this.persistSetting(this.persist, 'none');
  }

  private get storageKey(): string | undefined {
    const content = this.content;
    if (!content) return undefined;
    return `checklist:${contentKeyOf(content)}${this.id ? `:${this.id.slice(0, 100)}` : ''}`;
  }

  private get endpointValue(): string | undefined {
    return this.setting('endpoint', this.endpoint.trim()) || undefined;
  }

  private attributeProblems(): ConfigProblem[] {
    const t = this.t;
    const problems: ConfigProblem[] = [];
    if (this.persistMode === undefined) {
      problems.push({
        message: t.problemPersist(quoted(this.persist.trim())),
        detail: `persist="${quoted(this.persist.trim())}" is not one of none, session, local.`,
      });
    }
    if (parseHeadingLevel(this.headingLevel) === undefined) {
      const value = quoted(this.headingLevel.trim());
      problems.push({ message: t.problemHeadingLevel(value), detail: `heading-level="${value}" must be a number from 1 to 6.` });
    }
    const source = this.hostContent.state.status;
    if (source === 'refused' || source === 'none') {
      const src = this.src.trim();
      const set = this.set.trim() || DEFAULT_SET;
      if (source === 'refused')
        problems.push({
          message: t.problemSrc,
          detail: `src="${quoted(src)}" must be a path on this site, or https (http only on localhost), without user:password.`,
        });
      else if (!src && !isChecklistSetId(set))
        problems.push({ message: t.problemSet(quoted(set)), detail: `set="${quoted(set)}" is not one of survivor-informed-practice, partnership.` });
    }
    return problems;
  }

  // ---- content -------------------------------------------------------------------------------------

  private contentProblems(issues: ContentIssue[]): ConfigProblem[] {
    const t = this.t;
    if (issues[0]?.code === 'json') return [{ message: t.problemJson, detail: 'The checklist content is not JSON.' }];
    const problems = issues.slice(0, SHOWN_ISSUES).map((issue) => ({
      message: `${issue.path || t.problemRoot}: ${issueMessage(t, issue)}`,
      detail: `Checklist content: ${issue.path || en.problemRoot}: ${issueMessage(en, issue)}`,
    }));
    if (issues.length > SHOWN_ISSUES)
      problems.push({ message: t.problemMore(issues.length - SHOWN_ISSUES), detail: `${issues.length} problems in the checklist content.` });
    return problems;
  }

  /** A content text in the widget's language (a plain string is shown as it is). */
  private say(text: LocalizedText | undefined): string {
    if (text === undefined) return '';
    return typeof text === 'string' ? text : text[this.locale];
  }

  /** The language of a plain-string text, when the content names one; localized texts follow the widget. */
  private langOf(text: LocalizedText | undefined): string | undefined {
    return typeof text === 'string' ? this.content?.lang : undefined;
  }

  // ---- answers -------------------------------------------------------------------------------------

  /** The answers, in the content's order. Setting them (from code) fires no `si-change`. */
  get answers(): ChecklistAnswers {
    const items = this.content?.items ?? [];
    return {
      checked: items.filter((item) => this.checked.has(item.id)).map((item) => item.id),
      notes: Object.fromEntries(items.filter((item) => this.notes.get(item.id)?.trim()).map((item) => [item.id, this.notes.get(item.id)!])),
    };
  }

  set answers(value: ChecklistAnswers) {
    this.pending = { checked: value?.checked, notes: value?.notes };
    this.applyPending();
  }

  /** The host `<form>` the checklist belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** Answers from storage for new content; stored answers win only when there are some. */
  private restoreAnswers(content: ChecklistContent, freshContent: boolean): void {
    const stored = this.kept.read();
    if (stored) this.apply(content, stored.checked, stored.notes, false);
    else if (freshContent) this.apply(content, [], {}, false);
    this.applyPending();
  }

  /** Applies answers set in code or restored by the browser, once the content they belong to is here. */
  private applyPending(): void {
    const content = this.content;
    const pending = this.pending;
    if (!content || !pending) return;
    this.pending = undefined;
    if (pending.key === undefined || pending.key === contentKeyOf(content)) this.apply(content, pending.checked, pending.notes);
  }

  private doneCount(content: ChecklistContent): number {
    return content.items.filter((item) => this.checked.has(item.id)).length;
  }

  /** Keeps only what fits the content: known ids, text notes within the length limit. */
  private apply(content: ChecklistContent, checked: unknown, notes: unknown, store = true): void {
    const ids = new Set(content.items.map((item) => item.id));
    const nextChecked = new Set(Array.isArray(checked) ? checked.filter((id): id is string => typeof id === 'string' && ids.has(id)) : []);
    const nextNotes = new Map<string, string>();
    if (notes !== null && typeof notes === 'object') {
      for (const [id, note] of Object.entries(notes))
        if (ids.has(id) && typeof note === 'string' && note.trim()) nextNotes.set(id, note.slice(0, CHECKLIST_NOTE_MAX));
    }
    this.openNotes = new Set(nextNotes.keys());
    this.commit(nextChecked, nextNotes, { store });
  }

  /**
   * Every change of answers goes through here: kept as `persist` allows (`store`), given to the form, and
   * announced with `si-change` only when the person made it (`by`: the item's id, or `*`).
   */
  private commit(checked: ReadonlySet<string>, notes: ReadonlyMap<string, string>, { by, store = true }: { by?: string; store?: boolean } = {}): void {
    this.checked = checked;
    this.notes = notes;
    if (store) {
      if (checked.size === 0 && notes.size === 0) this.kept.clear();
      else this.kept.write(this.answers);
    }
    this.syncForm();
    if (by !== undefined) this.announceChange(by);
  }

  /** `si-change`: only ever called from a person's action. */
  private announceChange(name: string): void {
    const change = new SiChangeEvent<ChecklistAnswers>({ name, value: this.answers });
    this.dispatchEvent(change);
  }

  private syncForm(): void {
    const content = this.content;
    if (!content) {
      this.internals.setFormValue(null);
      return;
    }
    const answers = this.answers;
    const name = this.name.trim();
    // No restorable state for the browser: it would bring the answers back after a quick exit.
    if (!name) {
      this.internals.setFormValue(null);
      return;
    }
    const data = new FormData();
    data.append(`${name}-content`, `${content.id}@${String(content.version)}`);
    for (const id of answers.checked) data.append(name, id);
    for (const [id, note] of Object.entries(answers.notes)) if (note.trim()) data.append(`${name}-note-${id}`, note.trim());
    this.internals.setFormValue(data);
  }

  // ---- handlers ------------------------------------------------------------------------------------

  private readonly onTick = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const id = input.dataset.id!;
    const next = new Set(this.checked);
    if (input.checked) next.add(id);
    else next.delete(id);
    this.commit(next, this.notes, { by: id });
  };

  private readonly onNoteInput = (event: Event): void => {
    const field = event.target as HTMLTextAreaElement;
    const next = new Map(this.notes);
    // Kept as typed (a first space must not vanish); blank notes count as none everywhere they are used.
    if (field.value) next.set(field.dataset.id!, field.value.slice(0, CHECKLIST_NOTE_MAX));
    else next.delete(field.dataset.id!);
    this.commit(this.checked, next);
  };

  private readonly onNoteChange = (event: Event): void => {
    this.announceChange((event.target as HTMLTextAreaElement).dataset.id!);
  };

  private readonly onNoteToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLButtonElement).dataset.id!;
    const next = new Set(this.openNotes);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      this.focusAfterUpdate = `#note-${id}`;
    }
    this.openNotes = next;
  };

  private readonly onPrint = async (): Promise<void> => {
    this.requestUpdate(); // the printed date is today's
    await this.updateComplete;
    printAlone(this);
  };

  private readonly onCsv = (): void => this.download('csv');
  private readonly onJson = (): void => this.download('json');

  private readonly onClearStart = (): void => {
    this.confirmingClear = true;
    this.announcement = '';
    this.focusAfterUpdate = '.confirm';
  };

  private readonly onClearCancel = (): void => {
    this.confirmingClear = false;
    this.focusAfterUpdate = '[part~="clear-button"]';
  };

  private readonly onClearConfirm = (): void => {
    this.confirmingClear = false;
    this.openNotes = new Set();
    this.commit(new Set(), new Map(), { by: '*' });
    const cancelled = this.delivery.discard();
    this.announcement = cancelled === 'on-its-way' ? this.t.clearedOnItsWay : cancelled === 'cancelled' ? this.t.clearedCancelled : this.t.cleared;
    this.focusAfterUpdate = '[part~="clear-button"]';
  };

  private readonly onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onClearCancel();
  };

  private readonly onSend = async (): Promise<void> => {
    if (this.delivery.busy || !this.content || this.formDisabled) return;
    await this.delivery.submit(this.payloadData(this.content));
  };

  private readonly onRetryLoad = (): void => this.hostContent.retry();

  // ---- exports -------------------------------------------------------------------------------------

  private payloadData(content: ChecklistContent): ChecklistData {
    return {
      content: { id: content.id, version: String(content.version) },
      items: content.items.map((item) => {
        const note = this.notes.get(item.id)?.trim();
        return { id: item.id, checked: this.checked.has(item.id), ...(note ? { note } : {}) };
      }),
    };
  }

  private exportRows(content: ChecklistContent): string[][] {
    const t = this.t;
    return [
      [t.csvNumber, 'id', t.csvStep, t.csvPoints, t.csvDone, t.csvNote],
      ...content.items.map((item, index) => [
        String(index + 1),
        item.id,
        this.say(item.text),
        (item.points ?? []).map((point) => this.say(point)).join('; '),
        this.checked.has(item.id) ? t.yes : t.no,
        this.notes.get(item.id)?.trim() ?? '',
      ]),
    ];
  }

  private exportJson(content: ChecklistContent): unknown {
    const org = this.setting('org', this.org.trim());
    return {
      content: { id: content.id, version: String(content.version), title: this.say(content.title) },
      ...(org ? { org } : {}),
      locale: this.locale,
      exportedAt: new Date().toISOString(),
      done: this.doneCount(content),
      total: content.items.length,
      items: content.items.map((item) => ({
        id: item.id,
        text: this.say(item.text),
        points: (item.points ?? []).map((point) => this.say(point)),
        checked: this.checked.has(item.id),
        note: this.notes.get(item.id)?.trim() ?? '',
      })),
    };
  }

  /** Saves the answers as a file, made in the browser. */
  private download(kind: 'csv' | 'json'): void {
    const content = this.content;
    if (!content) return;
    const name = `${content.id}-${localIsoDate()}.${kind}`;
    if (kind === 'csv') saveFile(name, 'text/csv;charset=utf-8', toCsv(this.exportRows(content)), this.renderRoot);
    else saveFile(name, 'application/json', `${JSON.stringify(this.exportJson(content), null, 2)}\n`, this.renderRoot);
  }

  /** @internal Tests give the delivery controller a fake fetch and clock here; the element itself uses the defaults. */
  protected deliveryOptions(): Partial<SubmissionOptions<ChecklistData>> {
    return {};
  }

  // ---- render --------------------------------------------------------------------------------------

  private renderItem(item: ChecklistContent['items'][number], index: number): TemplateResult {
    const t = this.t;
    const id = item.id;
    const note = this.notes.get(id) ?? '';
    const open = this.openNotes.has(id);
    const points = item.points ?? [];
    return html`<li part="item" class="item">
      <div class="choice">
        <input
          part="checkbox"
          type="checkbox"
          id="item-${id}"
          data-id=${id}
          .checked=${this.checked.has(id)}
          ?disabled=${this.formDisabled}
          aria-describedby=${ifDefined(points.length ? `points-${id}` : undefined)}
          @change=${this.onTick}
        />
        <label part="item-label" for="item-${id}" lang=${ifDefined(this.langOf(item.text))}>${this.say(item.text)}</label>
      </div>
      ${
        points.length
          ? html`<ul part="points" class="points" id="points-${id}">
            ${points.map((point) => html`<li lang=${ifDefined(this.langOf(point))}>${this.say(point)}</li>`)}
          </ul>`
          : nothing
      }
      <button part="note-toggle" class="link-button" type="button" data-id=${id} aria-expanded=${open ? 'true' : 'false'} aria-controls="notebox-${id}" @click=${this.onNoteToggle}>
        ${open ? t.hideNote : note ? t.showNote : t.addNote}<span class="visually-hidden"> (${t.stepNumber(index + 1)})</span>
      </button>
      <div class="note" id="notebox-${id}" ?hidden=${!open}>
        <label class="label" for="note-${id}">${t.noteLabel(index + 1)}</label>
        <span part="note-hint" class="hint" id="note-hint-${id}">${t.noteHint}</span>
        <textarea
          part="note"
          class="input"
          id="note-${id}"
          data-id=${id}
          aria-describedby="note-hint-${id}"
          maxlength=${CHECKLIST_NOTE_MAX}
          .value=${note}
          ?disabled=${this.formDisabled}
          @input=${this.onNoteInput}
          @change=${this.onNoteChange}
        ></textarea>
      </div>
      ${note.trim() ? html`<p class="print-only note-print">${t.notePrinted} ${note}</p>` : nothing}
    </li>`;
  }

  /** Who receives the checklist and what goes with it, then the button and the live status (always there, so each change is heard). */
  private renderSend(level: HeadingLevel): TemplateResult | typeof nothing {
    if (!this.endpointValue) return nothing;
    const t = this.t;
    const problems = endpointProblems(this.delivery, t);
    if (problems.length) return this.renderConfigMessage(problems);
    const recipient = this.setting('org', this.org.trim()) || t.orgFallback;
    return html`<section part="send" class="send" aria-labelledby="send-heading">
      ${heading(level, 1, t.sendHeading, { id: 'send-heading', class: 'subheading' })}
      <p>${t.sendWhat(recipient)}</p>
      ${renderHoneypot(t.honeypotLabel)}
      <p>
        <button part="send-button" class="button" type="button" aria-disabled=${this.delivery.busy ? 'true' : 'false'} ?disabled=${this.formDisabled} @click=${this.onSend}>
          ${t.send}
        </button>
      </p>
      ${renderDeliveryStatus(this.delivery, t)}
    </section>`;
  }

  private renderFooter(): TemplateResult {
    const t = this.t;
    return html`<div part="footer" class="footer">
      <p class="kept">${t.keptIn(this.persistMode ?? 'none')}</p>
      <button part="clear-button" class="button button--quiet" type="button" ?hidden=${this.confirmingClear} ?disabled=${this.formDisabled} @click=${this.onClearStart}>
        ${t.clear}
      </button>
      ${
        this.confirmingClear
          ? html`<div
            part="clear-confirm"
            class="confirm"
            role="group"
            aria-labelledby="clear-question"
            aria-describedby=${ifDefined(this.delivery.waiting ? 'clear-waiting' : undefined)}
            tabindex="-1"
            @keydown=${this.onConfirmKeydown}
          >
            <p id="clear-question">${t.clearQuestion}</p>
            ${this.delivery.waiting ? html`<p id="clear-waiting" class="confirm-detail">${t.clearWaiting}</p>` : nothing}
            <div class="actions">
              <button class="button button--danger" type="button" @click=${this.onClearConfirm}>${t.clearYes}</button>
              <button class="button button--secondary" type="button" @click=${this.onClearCancel}>${t.clearNo}</button>
            </div>
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderChecklist(content: ChecklistContent, level: HeadingLevel): TemplateResult {
    const t = this.t;
    const org = this.setting('org', this.org.trim()) ?? '';
    const total = content.items.length;
    const done = this.doneCount(content);
    const today = longDate(localIsoDate(), this.locale);
    return html`<p part="print-header" class="print-only print-header">${org ? `${org} · ` : ''}${t.printedOn(today)}</p>
      ${heading(level, 0, this.say(content.title), { part: 'title', class: 'title', lang: this.langOf(content.title) })}
      ${content.intro ? html`<p part="intro" class="intro" lang=${ifDefined(this.langOf(content.intro))}>${this.say(content.intro)}</p>` : nothing}
      <p class="intro">${t.intro}</p>
      <div
        part="progress"
        class="progress"
        role="progressbar"
        aria-label=${t.progressLabel}
        aria-valuemin="0"
        aria-valuemax=${total}
        aria-valuenow=${done}
        aria-valuetext=${t.progress(done, total)}
      >
        <span class="bar"><span class="fill"></span></span>
        <span>${t.progress(done, total)}</span>
      </div>
      <ol part="list" class="list">
        ${content.items.map((item, index) => this.renderItem(item, index))}
      </ol>
      ${content.credit ? html`<p part="credit" class="credit" lang=${ifDefined(this.langOf(content.credit))}>${this.say(content.credit)}</p>` : nothing}
      <div part="actions" class="actions" role="group" aria-label=${t.actionsLabel}>
        <button class="button button--secondary" type="button" @click=${this.onPrint}>${t.print}</button>
        <button class="button button--secondary" type="button" @click=${this.onCsv}>${t.downloadCsv}</button>
        <button class="button button--secondary" type="button" @click=${this.onJson}>${t.downloadJson}</button>
      </div>
      ${this.renderSend(level)} ${this.renderFooter()}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  override render() {
    const problems = this.attributeProblems();
    const source = this.hostContent.state;
    if (source.status === 'invalid') problems.push(...this.contentProblems(source.issues));
    if (problems.length > 0) return this.renderConfigMessage(problems);
    if (this.content) return html`<div class="root" lang=${this.locale}>${this.renderChecklist(this.content, parseHeadingLevel(this.headingLevel) ?? 2)}</div>`;
    const failed = source.status === 'failed';
    return html`<div class="root" lang=${this.locale}>
      <div part="load-status" role="status">${failed ? this.t.loadFailed : this.t.loading}</div>
      ${failed ? html`<button class="button button--secondary" type="button" @click=${this.onRetryLoad}>${this.t.loadRetry}</button>` : nothing}
    </div>`;
  }
}
