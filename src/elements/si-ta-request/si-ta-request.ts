import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { PersistMode } from '../../core/config.js';
import { checkEndpoint } from '../../core/delivery/endpoint-policy.js';
import { renderHoneypot } from '../../core/delivery/honeypot.js';
import { endpointProblems } from '../../core/delivery/status.js';
import { fieldPath, SubmissionController, type DeliveryStatus } from '../../core/delivery/submission-controller.js';
import { SiChangeEvent, type FieldError } from '../../core/events.js';
import type { Translation } from '../../core/i18n.js';
import { localIsoDate } from '../../core/files.js';
import { PersistedState } from '../../core/persisted-state.js';
import { after } from '../../core/timers.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import { countySets } from '../../content/counties.js';
import { taAudiences, taTopics } from '../../content/ta-request.js';
import {
  AUDIENCE_SIZES,
  FORMATS,
  LENGTHS,
  MATCH_FUNDS,
  ORGANIZATION_TYPES,
  REQUEST_TYPES,
  taRequestDataSchema,
  type TaRequestData,
} from '../../schemas/ta-request.js';
import { catalogs, type en } from './si-ta-request.strings.js';
import { styles } from './si-ta-request.styles.js';

type Strings = Translation<typeof en>;
type RequestType = (typeof REQUEST_TYPES)[number];
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;

/** What the person has entered, as the form holds it (strings as typed, lists as ticked). */
export interface TaRequestAnswers {
  requesterName: string;
  requesterRole: string;
  agency: string;
  organizationType: string;
  county: string;
  email: string;
  phone: string;
  requestTypes: string[];
  canMatchFunds: string;
  topics: string[];
  audiences: string[];
  audienceOther: string;
  audienceSize: string;
  format: string;
  length: string;
  date1: string;
  date2: string;
  date3: string;
  goals: string;
  accessibilityNeeds: string;
  languageNeeds: string;
}
export type TaRequestField = keyof TaRequestAnswers;
type ListField = 'requestTypes' | 'topics' | 'audiences';
type DateField = 'date1' | 'date2' | 'date3';

/** A message for a field, worded in the language in use when it is shown. */
type FieldMessage = (t: Strings) => string;
type Phase = 'editing' | 'sending' | 'sent' | 'queued' | 'failed';

/** Fields in the order they appear, which is also the error summary's order. */
const FIELDS: readonly TaRequestField[] = [
  'requesterName',
  'requesterRole',
  'agency',
  'organizationType',
  'county',
  'email',
  'phone',
  'requestTypes',
  'canMatchFunds',
  'topics',
  'audiences',
  'audienceOther',
  'audienceSize',
  'format',
  'length',
  'date1',
  'date2',
  'date3',
  'goals',
  'accessibilityNeeds',
  'languageNeeds',
];
const LISTS: readonly TaRequestField[] = ['requestTypes', 'topics', 'audiences'];
const CHOICE_GROUPS: readonly TaRequestField[] = [...LISTS, 'canMatchFunds', 'audienceSize', 'format', 'length'];
const DATES: readonly DateField[] = ['date1', 'date2', 'date3'];
const GOALS_MAX = 1500;
/** The screen-reader count speaks only when this close to the limit, once typing pauses. */
const COUNT_NEAR = 150;
const COUNT_PAUSE_MS = 1000;
const DEFAULT_LEAD_DAYS = 30;
const DRAFT_KEY = 'ta-request:draft';

const emptyAnswers = (requestTypes: string[] = []): TaRequestAnswers => ({
  requesterName: '',
  requesterRole: '',
  agency: '',
  organizationType: '',
  county: '',
  email: '',
  phone: '',
  requestTypes,
  canMatchFunds: '',
  topics: [],
  audiences: [],
  audienceOther: '',
  audienceSize: '',
  format: '',
  length: '',
  date1: '',
  date2: '',
  date3: '',
  goals: '',
  accessibilityNeeds: '',
  languageNeeds: '',
});

const snake = <S extends string>(id: S) => id.replaceAll('-', '_') as Snake<S>;
/** The answers' fields, each validated on its own on blur. */
const shape = () => taRequestDataSchema().shape;

/** Today plus `days`, as a local calendar date `YYYY-MM-DD` (at noon, so a daylight-saving change cannot move the day). */
function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setHours(12, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return localIsoDate(date);
}

/** A comma-separated list from an attribute: trimmed, without blanks or repeats; undefined when unusable. */
function parseList(raw: string, maxItems: number, maxLength: number): string[] | undefined {
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length === 0 || items.length > maxItems || items.some((item) => item.length > maxLength)) return undefined;
  return items;
}

/**
 * It asks for the agency's details and its need (never anyone's survivor status or story), checks the
 * answers in place with GOV.UK-style messages and an error summary, keeps a draft only as `persist`
 * allows, and sends the request to `endpoint` as a `ta-request` (version 1) through the shared
 * delivery layer: retried with one idempotency key, queued when offline, and left on screen until the
 * endpoint has accepted it.
 *
 * @tagname si-ta-request
 * @summary A request form for training and technical assistance that a county embeds in one line.
 *
 * @slot privacy - Who will see the request and how long it is kept, shown before the send button. Replaces the default text, which names `org`.
 *
 * @csspart heading - The form's heading.
 * @csspart form - The form.
 * @csspart error-summary - The "There is a problem" summary that lists every error.
 * @csspart consultant-note - The note that survivor consultants are paid professionals.
 * @csspart privacy - Who will see the request.
 * @csspart send-button - The send button.
 * @csspart clear-button - The "Clear my answers" button.
 * @csspart clear-confirm - The "clear every answer?" question and its two buttons (it says so when clearing also cancels a request waiting to be sent).
 * @csspart status - The live region that says what is happening.
 * @csspart notice - The panel shown while a request waits to be sent or could not be sent.
 * @csspart retry-button - "Try again now", shown when trying again by hand can help.
 * @csspart confirmation - The panel shown once the endpoint has accepted the request.
 * @csspart config-message - Shown in place of the form when an attribute is wrong.
 *
 * @cssprop --si-ta-request-max-width - The form's maximum width (default 42rem).
 * @cssprop --si-color-primary - Buttons, links and focus accents.
 * @cssprop --si-color-danger - Error messages and the error summary.
 * @cssprop --si-color-success - The confirmation panel's border.
 * @cssprop --si-font-family - The font.
 *
 * @cssstate sending - The request is on its way.
 * @cssstate sent - The endpoint accepted the request.
 * @cssstate queued - The request waits to be sent again.
 * @cssstate failed - The endpoint refused the request; the answers stay on screen.
 * @cssstate invalid - Some answers need a change; the error summary lists them.
 *
 * @fires si-change - The person changed an answer (`detail.name`, `detail.value`).
 * @fires si-submit - Before sending; cancelable (`detail.payload`).
 * @fires si-submitted - The endpoint accepted the request (`detail.reference`).
 * @fires si-queued - Not delivered yet; it will be sent again automatically.
 * @fires si-submit-error - The endpoint rejected answers or refused the request; the answers stay on screen.
 */
export class SiTaRequestElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  /** The answers typed so far, kept as `persist` allows until the endpoint accepts them. */
  private readonly draft = new PersistedState<Record<TaRequestField, unknown>>(() => ({ mode: this.persistMode, key: this.draftKey }));
  private readonly delivery = new SubmissionController<TaRequestData>(this, {
    type: 'ta-request',
    schemaVersion: 1,
    widget: 'si-ta-request',
    endpoint: () => this.setting('endpoint', this.endpoint.trim()),
    persist: () => this.persistMode ?? 'none',
    locale: () => this.locale,
    config: () => this.config,
    onDelivered: (payload) => this.delivered(payload.data),
  });

  @query('.error-summary') private summary?: HTMLElement;

  @state() private answers: TaRequestAnswers = emptyAnswers();
  @state() private errors: Partial<Record<TaRequestField | 'form', FieldMessage>> = {};
  @state() private summaryShown = false;
  @state() private countMessage = '';
  @state() private statusMessage = '';
  @state() private confirmingClear = false;

  /** Where requests are sent (https; http only on localhost). Falls back to `<si-config endpoint>`. */
  @property() endpoint = '';
  /** The organization that receives requests, named in the privacy text and the confirmation. */
  @property() org = '';
  /** Where the draft and a request waiting to be sent are kept: `none` (default: this page only), `session` or `local`. */
  @property() persist = '';
  /** `CA` or `CO` to offer that state's counties in a list. */
  @property() region = '';
  /** The host's own comma-separated list of counties or regions (wins over `region`). */
  @property() counties = '';
  /** The request types offered, comma-separated: training, technical-assistance, consultation, survivor-consultant. */
  @property({ attribute: 'request-types' }) requestTypes = '';
  /** The host's own comma-separated topics, instead of the default list. */
  @property() topics = '';
  /** How many days ahead the earliest date must be (0–365, default 30). */
  @property({ attribute: 'lead-days' }) leadDays = '';
  /** A link to the host's privacy notice (https, or a path on this site). */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  private cancelCount?: () => void;
  /** The delivery status last acted on, and whether the request is waiting (so background retries do not flicker "Sending"). */
  private seenStatus?: DeliveryStatus;
  private waiting = false;
  private focusConfirmation = false;
  private sentQuietly = false;
  /** Answers the person has changed: only these are checked when they leave a field. */
  private touched = new Set<TaRequestField>();

  // ---- lifecycle ---------------------------------------------------------------------------------

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelCount?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const moved = this.draft.moved();
    if (moved) this.restoreDraft(moved === 'first');
    const status = this.delivery.status;
    if (status !== this.seenStatus) {
      this.seenStatus = status;
      if (status.state === 'queued') this.waiting = true;
      else if (status.state !== 'sending') this.waiting = false;
      // Focus goes to the confirmation only from inside the form; otherwise the live region says it.
      if (status.state === 'sent') this.focusConfirmation = this.sentQuietly = !!this.shadowRoot?.activeElement;
      // Focus moves to the summary only when the person is in the form (not for a rejection found in the outbox on load).
      if (status.state === 'failed' && status.reason === 'rejected') this.showFieldErrors(status.errors, !!this.shadowRoot?.activeElement);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusConfirmation && this.phase === 'sent') {
      this.focusConfirmation = false;
      this.renderRoot.querySelector<HTMLElement>('#confirmation-title')?.focus();
    }
    for (const phase of ['sending', 'sent', 'queued', 'failed'] as const) this.toggleState(phase, this.phase === phase);
    this.toggleState('invalid', Object.keys(this.errors).length > 0);
  }

  /** What the person sees of delivery: a retry in the background of a waiting request still reads as waiting. */
  private get phase(): Phase {
    const status = this.delivery.status;
    if (status.state === 'sending') return this.waiting ? 'queued' : 'sending';
    if (status.state === 'sent' || status.state === 'queued') return status.state;
    if (status.state === 'failed' && (status.reason === 'refused' || status.reason === 'redirect')) return 'failed';
    return 'editing';
  }

  // ---- settings ----------------------------------------------------------------------------------

  /** The persist mode in use, or undefined when the attribute is wrong. */
  private get persistMode(): PersistMode | undefined {
    return this.persistSetting(this.persist, 'none');
  }

  private get draftKey(): string {
    return this.id ? `${DRAFT_KEY}:${this.id}` : DRAFT_KEY;
  }

  private get orgName(): string {
    return this.setting('org', this.org.trim(), '') || this.t.orgFallback;
  }

  private get leadDayCount(): number | undefined {
    const raw = this.leadDays.trim();
    if (!raw) return DEFAULT_LEAD_DAYS;
    return /^\d{1,3}$/.test(raw) && Number(raw) <= 365 ? Number(raw) : undefined;
  }

  private get earliestDate(): string {
    return isoDateFromToday(this.leadDayCount ?? DEFAULT_LEAD_DAYS);
  }

  private get offeredRequestTypes(): RequestType[] | undefined {
    const raw = this.requestTypes.trim();
    if (!raw) return [...REQUEST_TYPES];
    const wanted = raw.split(/[\s,]+/).filter(Boolean);
    if (!wanted.every((id) => (REQUEST_TYPES as readonly string[]).includes(id))) return undefined;
    return REQUEST_TYPES.filter((id) => wanted.includes(id));
  }

  /** The counties to choose from, or undefined for a free-text answer (or a wrong attribute). */
  private get countyOptions(): { counties: readonly string[]; region?: string; name?: string } | undefined {
    if (this.counties.trim()) {
      const counties = parseList(this.counties, 300, 120);
      return counties ? { counties } : undefined;
    }
    const set = countySets[this.region.trim().toUpperCase()];
    return set && Object.hasOwn(countySets, set.region) ? { counties: set.counties, region: set.region, name: set.name } : undefined;
  }

  private get topicOptions(): Array<{ value: string; label: string }> {
    const own = this.topics.trim() ? parseList(this.topics, 30, 120) : undefined;
    if (own) return own.map((topic) => ({ value: topic, label: topic }));
    return taTopics.map((topic) => ({ value: topic.id, label: this.t.topicLabel(topic.id) }));
  }

  private configProblems(): ConfigProblem[] {
    const t = this.t;
    const problems: ConfigProblem[] = [];
    const add = (message: string, detail: string) => problems.push({ message, detail });
    const region = this.region.trim();
    if (region && !Object.hasOwn(countySets, region.toUpperCase())) add(t.cfgRegion, `region="${region.slice(0, 40)}" is not CA or CO.`);
    if (this.counties.trim() && !parseList(this.counties, 300, 120))
      add(t.cfgCounties, 'counties must list 1 to 300 names of at most 120 characters, separated by commas.');
    if (this.topics.trim() && !parseList(this.topics, 30, 120))
      add(t.cfgTopics, 'topics must list 1 to 30 topics of at most 120 characters, separated by commas.');
    if (this.leadDayCount === undefined) add(t.cfgLeadDays, `lead-days="${this.leadDays.slice(0, 40)}" is not a whole number from 0 to 365.`);
    if (!this.offeredRequestTypes) add(t.cfgRequestTypes, `request-types="${this.requestTypes.slice(0, 80)}" must use ${REQUEST_TYPES.join(', ')}.`);
    if (this.privacyHref.trim() && checkEndpoint(this.privacyHref, location.href).problem)
      add(t.cfgPrivacyHref, 'privacy-href must be https, http on localhost, or a relative link, without user:password.');
    if (!this.persistMode) add(t.cfgPersist, `persist="${this.persist.slice(0, 40)}" must be none, session or local.`);
    problems.push(...endpointProblems(this.delivery, t));
    return problems;
  }

  // ---- answers and drafts ------------------------------------------------------------------------

  /** Puts a stored draft back. Without one, a first render starts empty and a later re-key (persist changed) keeps what is on screen. */
  private restoreDraft(first: boolean): void {
    const stored = this.draft.read();
    if (!first && !stored) return;
    const answers = emptyAnswers(this.defaultRequestTypes());
    if (stored) {
      for (const field of FIELDS) {
        const value = stored[field];
        if (LISTS.includes(field)) {
          if (Array.isArray(value)) (answers[field] as string[]) = value.filter((item): item is string => typeof item === 'string').slice(0, 40);
        } else if (typeof value === 'string') {
          (answers[field] as string) = value.slice(0, 5000);
        }
      }
    }
    this.answers = answers;
  }

  /** A form that offers one request type has it ticked from the start. */
  private defaultRequestTypes(): string[] {
    const offered = this.offeredRequestTypes;
    return offered?.length === 1 ? [...offered] : [];
  }

  private saveDraft(): void {
    this.draft.write(this.answers);
  }

  private setAnswer<F extends TaRequestField>(field: F, value: TaRequestAnswers[F]): void {
    this.answers = { ...this.answers, [field]: value };
    this.saveDraft();
  }

  // ---- validation --------------------------------------------------------------------------------

  private textProblem(
    field: 'requesterName' | 'requesterRole' | 'agency' | 'county' | 'audienceOther' | 'goals' | 'accessibilityNeeds' | 'languageNeeds',
    required: boolean,
  ): FieldMessage | undefined {
    const value = this.answers[field].trim();
    if (!value) {
      if (!required) return undefined;
      if (field === 'county') return (t) => (this.countyOptions ? t.err_county_list : t.err_county);
      return (t) => t[`err_${field as 'requesterName' | 'requesterRole' | 'agency' | 'audienceOther' | 'goals'}`];
    }
    if (shape()[field].safeParse(value).success) return undefined;
    if (field === 'goals') return (t) => t.err_goals_long(GOALS_MAX);
    return (t) => t[`err_${field}_long`];
  }

  private dateProblem(field: DateField): FieldMessage | undefined {
    const choice = (DATES.indexOf(field) + 1) as 1 | 2 | 3;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#f-${field}`);
    if (input?.validity.badInput) return (t) => t.err_date_invalid;
    const value = this.answers[field];
    if (!value) return choice === 1 ? (t) => t.err_date1 : undefined;
    if (!shape().preferredDates.def.element.safeParse(value).success) return (t) => t.err_date_invalid;
    const earliest = this.earliestDate;
    if (value < earliest) return (t) => t.err_date_early(choice, earliest);
    if (DATES.slice(0, choice - 1).some((other) => this.answers[other] === value)) return (t) => t.err_date_repeat;
    return undefined;
  }

  /** The problem with one answer, if any: the same rules the payload schema enforces, worded for people. */
  private problemOf(field: TaRequestField): FieldMessage | undefined {
    const answers = this.answers;
    switch (field) {
      case 'requesterName':
      case 'requesterRole':
      case 'agency':
      case 'goals':
        return this.textProblem(field, true);
      case 'county':
        return this.countyOptions && answers.county && !this.countyOptions.counties.includes(answers.county)
          ? (t) => t.err_county_list
          : this.textProblem('county', true);
      case 'audienceOther':
        return answers.audiences.includes('other') ? this.textProblem(field, true) : undefined;
      case 'accessibilityNeeds':
      case 'languageNeeds':
        return this.textProblem(field, false);
      case 'email': {
        const email = answers.email.trim();
        if (!email) return (t) => t.err_email;
        return shape().email.safeParse(email).success ? undefined : (t) => t.err_email_format;
      }
      case 'phone': {
        const phone = answers.phone.trim();
        return !phone || shape().phone.safeParse(phone).success ? undefined : (t) => t.err_phone_format;
      }
      case 'organizationType':
      case 'audienceSize':
      case 'format':
      case 'length': {
        const ok = (shape()[field].options as readonly string[]).includes(answers[field]);
        return ok ? undefined : (t) => t[`err_${field}`];
      }
      case 'requestTypes':
      case 'topics':
      case 'audiences':
        return answers[field].length > 0 ? undefined : (t) => t[`err_${field}`];
      case 'date1':
      case 'date2':
      case 'date3':
        return this.dateProblem(field);
      case 'canMatchFunds':
        return undefined;
    }
  }

  private validateField(field: TaRequestField): void {
    const problem = this.problemOf(field);
    const { [field]: _previous, ...others } = this.errors;
    this.errors = problem ? { ...others, [field]: problem } : others;
  }

  /** Checks every answer; returns the payload when all are right. */
  private validateAll(): TaRequestData | undefined {
    const errors: Partial<Record<TaRequestField, FieldMessage>> = {};
    for (const field of FIELDS) {
      const problem = this.problemOf(field);
      if (problem) errors[field] = problem;
    }
    this.errors = errors;
    if (Object.keys(errors).length > 0) return undefined;
    const data = this.payloadData();
    const parsed = taRequestDataSchema().safeParse(data);
    if (parsed.success) return parsed.data;
    // The rules above mirror the schema; should they ever drift, the schema still has the last word.
    this.warnOnce('The answers passed the form checks but not the ta-request schema.', parsed.error.issues);
    this.errors = { form: (t) => t.deliveryInvalid };
    return undefined;
  }

  /** The answers as the `ta-request` payload: trimmed, with unasked and blank optional answers left out. */
  private payloadData(): TaRequestData {
    const a = this.answers;
    const options = this.countyOptions;
    const offered = this.offeredRequestTypes ?? [];
    const requestTypes = REQUEST_TYPES.filter((type) => offered.includes(type) && a.requestTypes.includes(type));
    const topicValues = this.topicOptions.map((topic) => topic.value);
    const optional = (value: string) => value.trim() || undefined;
    const data = {
      requesterName: a.requesterName.trim(),
      requesterRole: a.requesterRole.trim(),
      agency: a.agency.trim(),
      organizationType: a.organizationType,
      county: a.county.trim(),
      region: options?.region,
      email: a.email.trim(),
      phone: optional(a.phone),
      requestTypes,
      topics: topicValues.filter((topic) => a.topics.includes(topic)),
      audiences: taAudiences.map((audience) => audience.id).filter((id) => a.audiences.includes(id)),
      audienceOther: a.audiences.includes('other') ? optional(a.audienceOther) : undefined,
      audienceSize: a.audienceSize,
      format: a.format,
      length: a.length,
      preferredDates: DATES.map((field) => a[field]).filter(Boolean),
      goals: a.goals.trim(),
      accessibilityNeeds: optional(a.accessibilityNeeds),
      languageNeeds: optional(a.languageNeeds),
      canMatchFunds: requestTypes.includes('survivor-consultant') && a.canMatchFunds ? a.canMatchFunds : undefined,
    };
    // Leave out what was not answered, so the JSON has no `undefined` holes.
    return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as TaRequestData;
  }

  /** Puts the endpoint's field errors (`field` as `email`, `data.email`, `/data/preferredDates/1`…) on their fields. */
  private showFieldErrors(fieldErrors: readonly FieldError[], focus: boolean): void {
    const errors: Partial<Record<TaRequestField | 'form', FieldMessage>> = {};
    const unplaced: string[] = [];
    for (const { field, message } of fieldErrors) {
      const path = fieldPath(String(field));
      let target = path[0] as TaRequestField | 'preferredDates' | undefined;
      if (target === 'preferredDates') target = DATES[Math.min(2, Math.max(0, Number(path[1]) || 0))];
      if (target && (FIELDS as readonly string[]).includes(target) && !errors[target]) errors[target] = () => message;
      else unplaced.push(message);
    }
    if (unplaced.length > 0 || Object.keys(errors).length === 0) {
      const general = unplaced.join(' ');
      errors.form = (t) => general || t.deliveryRejected;
    }
    this.errors = errors;
    void this.showSummary(focus);
  }

  private async showSummary(focus = true): Promise<void> {
    this.summaryShown = true;
    await this.updateComplete;
    if (focus) this.summary?.focus();
  }

  // ---- handlers ----------------------------------------------------------------------------------

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as TaRequestField;
    if (!(FIELDS as readonly string[]).includes(field)) return;
    this.statusMessage = '';
    this.touched.add(field);
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const others = this.answers[field as ListField].filter((item) => item !== target.value);
      this.setAnswer(field as ListField, target.checked ? [...others, target.value] : others);
    } else if (target instanceof HTMLInputElement && target.type === 'radio') {
      if (target.checked) this.setAnswer(field, target.value);
    } else {
      this.setAnswer(field, target.value);
    }
    if (field === 'goals') this.scheduleCountMessage();
    // A follow-up question that is no longer asked takes its error with it.
    if (field === 'audiences' && this.errors.audienceOther) this.validateField('audienceOther');
    // Choosing fixes a choice question at once; typed answers are checked when the person leaves the field.
    if (this.errors[field] && (CHOICE_GROUPS.includes(field) || target instanceof HTMLSelectElement)) this.validateField(field);
  }

  private onChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    const field = target.name as TaRequestField;
    if (!(FIELDS as readonly string[]).includes(field)) return;
    const change = new SiChangeEvent({ name: field, value: this.answers[field] });
    this.dispatchEvent(change);
  }

  /** Checks an answer when the person leaves it, once they have typed or chosen something (or it already shows an error). */
  private onFocusOut(event: FocusEvent): void {
    const target = event.target as HTMLInputElement;
    const field = target.name as TaRequestField;
    if (!(FIELDS as readonly string[]).includes(field)) return;
    const next = event.relatedTarget as HTMLInputElement | null;
    if (CHOICE_GROUPS.includes(field) && next?.name === field) return; // still inside the same group
    if (this.touched.has(field) || this.errors[field] || target.validity?.badInput) this.validateField(field);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.phase === 'sending') return;
    const data = this.validateAll();
    if (!data) {
      await this.showSummary();
      return;
    }
    this.summaryShown = false;
    await this.delivery.submit(data);
  }

  private onSummaryLink(event: MouseEvent, field: TaRequestField): void {
    event.preventDefault();
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusIdOf(field)}`);
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }

  private scheduleCountMessage(): void {
    this.cancelCount?.();
    this.cancelCount = after(COUNT_PAUSE_MS, () => {
      const left = GOALS_MAX - this.answers.goals.length;
      this.countMessage = left > COUNT_NEAR ? '' : left >= 0 ? this.t.countLeft(left) : this.t.countOver(-left);
    });
  }

  private onClearStart(): void {
    this.confirmingClear = true;
    this.statusMessage = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="clear-confirm"]')?.focus());
  }

  private onClearCancel(): void {
    this.confirmingClear = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="clear-button"]')?.focus());
  }

  private onClearKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onClearCancel();
  }

  /** Empties the form, forgets the draft and cancels a request waiting to be sent; says which it did. */
  private async onClear(): Promise<void> {
    const focusBack = this.confirmingClear;
    this.confirmingClear = false;
    this.draft.clear();
    this.answers = emptyAnswers(this.defaultRequestTypes());
    this.errors = {};
    this.touched.clear();
    this.summaryShown = false;
    this.countMessage = '';
    const cancelled = this.delivery.discard();
    await this.updateComplete;
    this.statusMessage =
      cancelled === 'on-its-way' ? this.t.clearedOnItsWay(this.orgName) : cancelled === 'cancelled' ? this.t.clearedCancelled : this.t.cleared;
    if (focusBack) this.renderRoot.querySelector<HTMLElement>('[part~="clear-button"]')?.focus();
  }

  private async onSendAnother(): Promise<void> {
    this.statusMessage = '';
    this.delivery.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#f-requesterName')?.focus();
  }

  private onRetry(): void {
    this.delivery.retry();
  }

  /** The endpoint accepted the request: nothing of it is kept any longer. */
  private delivered(sent: TaRequestData): void {
    // A queued request can arrive after the person changed their answers: what they typed since stays.
    const onScreen = taRequestDataSchema().safeParse(this.payloadData());
    if (!onScreen.success || JSON.stringify(onScreen.data) !== JSON.stringify(sent)) return;
    this.draft.clear();
    this.answers = emptyAnswers(this.defaultRequestTypes());
    this.errors = {};
    this.touched.clear();
    this.summaryShown = false;
    this.statusMessage = '';
  }

  // ---- public methods ----------------------------------------------------------------------------

  /** Empties the form, forgets the stored draft and cancels a request waiting to be sent, as "Clear my answers" does once the person confirms. */
  clear(): void {
    void this.onClear();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  private focusIdOf(field: TaRequestField): string {
    return CHOICE_GROUPS.includes(field) ? `f-${field}-0` : `f-${field}`;
  }

  private describedBy(field: TaRequestField, ...ids: Array<string | false | undefined>): string | undefined {
    const all = [...ids.filter(Boolean), this.errors[field] && `f-${field}-error`].filter(Boolean);
    return all.length ? all.join(' ') : undefined;
  }

  private renderError(field: TaRequestField): TemplateResult | typeof nothing {
    const problem = this.errors[field];
    if (!problem) return nothing;
    return html`<p class="error-message" id="f-${field}-error"><span class="visually-hidden">${this.t.errorPrefix}</span> ${problem(this.t)}</p>`;
  }

  private renderText(
    field: 'requesterName' | 'requesterRole' | 'agency' | 'county' | 'email' | 'phone' | 'audienceOther' | 'accessibilityNeeds' | 'languageNeeds',
    label: string,
    options: { hint?: string; type?: string; autocomplete?: string; short?: boolean; multiline?: boolean } = {},
  ): TemplateResult {
    const id = `f-${field}`;
    const invalid = this.errors[field] ? 'true' : undefined;
    const describedBy = this.describedBy(field, options.hint && `${id}-hint`);
    return html`<div class="field ${invalid ? 'field--error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id="${id}-hint">${options.hint}</p>` : nothing} ${this.renderError(field)}
      ${
        options.multiline
          ? html`<textarea class="input" id=${id} name=${field} rows="3" .value=${live(this.answers[field])} aria-describedby=${ifDefined(describedBy)} aria-invalid=${ifDefined(invalid)}></textarea>`
          : html`<input
            class="input ${options.short ? 'input--short' : ''}"
            id=${id}
            name=${field}
            type=${options.type ?? 'text'}
            autocomplete=${options.autocomplete ?? 'off'}
            spellcheck=${options.type === 'email' ? 'false' : 'true'}
            .value=${live(this.answers[field])}
            aria-describedby=${ifDefined(describedBy)}
            aria-invalid=${ifDefined(invalid)}
          />`
      }
    </div>`;
  }

  private renderSelect(
    field: 'organizationType' | 'county',
    label: string,
    hint: string | undefined,
    choose: string,
    options: ReadonlyArray<{ value: string; label: string }>,
  ): TemplateResult {
    const id = `f-${field}`;
    const invalid = this.errors[field] ? 'true' : undefined;
    const value = this.answers[field];
    return html`<div class="field ${invalid ? 'field--error' : ''}">
      <label class="label" for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${this.renderError(field)}
      <select class="input" id=${id} name=${field} aria-describedby=${ifDefined(this.describedBy(field, hint && `${id}-hint`))} aria-invalid=${ifDefined(invalid)}>
        <option value="" .selected=${value === ''}>${choose}</option>
        ${options.map((option) => html`<option value=${option.value} .selected=${value === option.value}>${option.label}</option>`)}
      </select>
    </div>`;
  }

  private renderChoices(
    field: ListField | 'canMatchFunds' | 'audienceSize' | 'format' | 'length',
    legend: string,
    options: ReadonlyArray<{ value: string; label: string; hint?: string; after?: TemplateResult | typeof nothing }>,
    hint?: string,
    describedBy?: string,
  ): TemplateResult {
    const id = `f-${field}`;
    const multiple = LISTS.includes(field);
    const invalid = this.errors[field] ? 'true' : undefined;
    const chosen = this.answers[field];
    return html`<fieldset class="field ${invalid ? 'field--error' : ''}" id=${id} aria-describedby=${ifDefined(this.describedBy(field, describedBy, hint && `${id}-hint`))}>
      <legend class="label">${legend}</legend>
      ${hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing} ${this.renderError(field)}
      <div class="choices">
        ${options.map((option, index) => {
          const optionId = `${id}-${index}`;
          const checked = multiple ? (chosen as string[]).includes(option.value) : chosen === option.value;
          return html`<div class="choice">
              <input
                id=${optionId}
                type=${multiple ? 'checkbox' : 'radio'}
                name=${field}
                value=${option.value}
                .checked=${live(checked)}
                aria-describedby=${ifDefined(option.hint ? `${optionId}-hint` : undefined)}
                aria-invalid=${ifDefined(invalid)}
              />
              <div>
                <label for=${optionId}>${option.label}</label>
                ${option.hint ? html`<p class="hint" id="${optionId}-hint">${option.hint}</p>` : nothing}
              </div>
            </div>
            ${checked ? (option.after ?? nothing) : nothing}`;
        })}
      </div>
    </fieldset>`;
  }

  private renderDates(): TemplateResult {
    const t = this.t;
    const invalid = DATES.some((field) => this.errors[field]);
    const earliest = this.earliestDate;
    return html`<fieldset class="field ${invalid ? 'field--error' : ''}" aria-describedby="f-dates-hint">
      <legend class="label">${t.dates}</legend>
      <p class="hint" id="f-dates-hint">${t.datesHint(this.leadDayCount ?? DEFAULT_LEAD_DAYS, earliest)}</p>
      <div class="dates">
        ${DATES.map((field) => {
          const id = `f-${field}`;
          return html`<div>
            <label class="label" for=${id}>${t[field]}</label>
            ${this.renderError(field)}
            <input
              class="input input--short"
              id=${id}
              name=${field}
              type="date"
              min=${earliest}
              .value=${live(this.answers[field])}
              aria-describedby=${ifDefined(this.describedBy(field))}
              aria-invalid=${ifDefined(this.errors[field] ? 'true' : undefined)}
            />
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderGoals(): TemplateResult {
    const t = this.t;
    const left = GOALS_MAX - this.answers.goals.length;
    const invalid = this.errors.goals ? 'true' : undefined;
    return html`<div class="field ${invalid ? 'field--error' : ''}">
      <label class="label" for="f-goals">${t.goals}</label>
      <p class="hint" id="f-goals-hint">${t.goalsHint}</p>
      ${this.renderError('goals')}
      <textarea
        class="input"
        id="f-goals"
        name="goals"
        rows="5"
        .value=${live(this.answers.goals)}
        aria-describedby=${ifDefined(this.describedBy('goals', 'f-goals-hint', 'f-goals-limit'))}
        aria-invalid=${ifDefined(invalid)}
      ></textarea>
      <p class="visually-hidden" id="f-goals-limit">${t.countLimit(GOALS_MAX)}</p>
      <p class="count ${left < 0 ? 'count--over' : ''}" aria-hidden="true">${left >= 0 ? t.countLeft(left) : t.countOver(-left)}</p>
      <p class="visually-hidden" aria-live="polite">${this.countMessage}</p>
    </div>`;
  }

  private renderSummary(): TemplateResult | typeof nothing {
    const listed = (['form', ...FIELDS] as const).filter((field) => this.errors[field]);
    if (!this.summaryShown || listed.length === 0) return nothing;
    return html`<div class="error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">${this.t.errorSummaryHeading}</h3>
      <ul>
        ${listed.map((field) =>
          field === 'form'
            ? html`<li>${this.errors.form!(this.t)}</li>`
            : html`<li><a href="#${this.focusIdOf(field)}" @click=${(event: MouseEvent) => this.onSummaryLink(event, field)}>${this.errors[field]!(this.t)}</a></li>`,
        )}
      </ul>
    </div>`;
  }

  private renderPrivacy(): TemplateResult {
    const href = this.privacyHref.trim() ? checkEndpoint(this.privacyHref, location.href).url : undefined;
    return html`<section class="privacy" part="privacy" aria-labelledby="privacy-title">
      <h3 id="privacy-title">${this.t.privacyHeading}</h3>
      <slot name="privacy"><p>${this.t.privacyDefault(this.orgName)}</p></slot>
      ${href ? html`<p><a href=${href} target="_blank" rel="noopener noreferrer">${this.t.privacyLink}</a></p>` : nothing}
    </section>`;
  }

  /** What delivery means for the person now; inside the live region, so each change is announced once. */
  private renderStatus(): TemplateResult {
    const t = this.t;
    const status = this.delivery.status;
    const phase = this.phase;
    const canRetry = (status.state === 'queued' && status.reason !== 'offline' && status.retryAt === undefined) || phase === 'failed';
    let content: TemplateResult | string = this.statusMessage;
    if (phase === 'sending') content = t.sending;
    else if (phase === 'sent') content = this.sentQuietly ? '' : t.sentHeading;
    else if (phase === 'queued')
      content = html`<div class="panel panel--queued" part="notice">
        <h3>${t.queuedHeading}</h3>
        <p>${t.queuedBody(this.orgName)}</p>
        <p>${this.persistMode === 'local' ? t.queuedLocal : this.persistMode === 'session' ? t.queuedSession : t.queuedKeepOpen}</p>
        <p>${t.queuedExit(this.orgName)}</p>
      </div>`;
    else if (phase === 'failed')
      content = html`<div class="panel panel--failed" part="notice">
        <h3>${t.failedHeading}</h3>
        <p>${t.failedBody(this.orgName)}</p>
      </div>`;
    return html`<div part="status" class="status" role="status">${content}</div>
      ${canRetry ? html`<button class="button button--secondary" part="retry-button" type="button" @click=${this.onRetry}>${t.deliveryRetry}</button>` : nothing}`;
  }

  private renderConfirmation(): TemplateResult {
    const t = this.t;
    const status = this.delivery.status;
    const reference = status.state === 'sent' ? status.reference : undefined;
    return html`<div class="panel panel--sent" part="confirmation">
      <h2 id="confirmation-title" tabindex="-1">${t.sentHeading}</h2>
      ${reference ? html`<p>${t.reference} <strong class="reference">${reference}</strong></p>` : nothing}
      <p>${t.sentBody(this.orgName)}</p>
      <button class="button button--secondary" type="button" @click=${this.onSendAnother}>${t.sendAnother}</button>
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.t;
    const offered = this.offeredRequestTypes ?? [];
    const counties = this.countyOptions;
    const consultant = this.answers.requestTypes.includes('survivor-consultant') && offered.includes('survivor-consultant');
    const mode = this.persistMode;
    return html`<h2 part="heading">${t.heading}</h2>
      ${this.renderSummary()}
      <form part="form" novalidate @input=${this.onInput} @change=${this.onChange} @focusout=${this.onFocusOut} @submit=${this.onSubmit}>
        <p>${t.intro}</p>
        <p class="hint">${mode === 'session' ? t.keptSession : mode === 'local' ? t.keptLocal : t.keptNone}</p>

        <h3>${t.aboutYou}</h3>
        ${this.renderText('requesterName', t.requesterName, { autocomplete: 'name' })}
        ${this.renderText('requesterRole', t.requesterRole, { autocomplete: 'organization-title' })}
        ${this.renderText('agency', t.agency, { autocomplete: 'organization' })}
        ${this.renderSelect(
          'organizationType',
          t.organizationType,
          undefined,
          t.organizationTypeChoose,
          ORGANIZATION_TYPES.map((type) => ({ value: type, label: t[`orgType_${snake(type)}`] })),
        )}
        ${
          counties
            ? this.renderSelect(
                'county',
                t.countyList,
                counties.name ? t.countyListHint(counties.name) : t.countyHostHint,
                t.countyChoose,
                counties.counties.map((county) => ({ value: county, label: county })),
              )
            : this.renderText('county', t.countyFree, { hint: t.countyFreeHint })
        }
        ${this.renderText('email', t.email, { hint: t.emailHint, type: 'email', autocomplete: 'email' })}
        ${this.renderText('phone', t.phone, { hint: t.phoneHint, type: 'tel', autocomplete: 'tel', short: true })}

        <h3>${t.aboutNeed}</h3>
        ${this.renderChoices(
          'requestTypes',
          t.requestTypes,
          offered.map((type) => ({ value: type, label: t[`requestType_${snake(type)}`], hint: t[`requestType_${snake(type)}_hint`] })),
          offered.length > 1 ? t.selectAll : undefined,
        )}
        ${
          consultant
            ? html`<div class="note" part="consultant-note" id="consultant-note">
                <p><strong>${t.consultantNoteHeading}</strong></p>
                <p>${t.consultantNote}</p>
              </div>
              ${this.renderChoices(
                'canMatchFunds',
                t.matchFunds,
                MATCH_FUNDS.map((answer) => ({ value: answer, label: t[`matchFunds_${snake(answer)}`] })),
                t.matchFundsHint,
                'consultant-note',
              )}`
            : nothing
        }
        ${this.renderChoices('topics', t.topics, this.topicOptions, t.selectAll)}
        ${this.renderChoices(
          'audiences',
          t.audiences,
          taAudiences.map((audience) => ({
            value: audience.id,
            label: t.audienceLabel(audience.id),
            after: audience.id === 'other' ? html`<div class="conditional">${this.renderText('audienceOther', t.audienceOther)}</div>` : nothing,
          })),
          t.selectAll,
        )}
        ${this.renderChoices(
          'audienceSize',
          t.audienceSize,
          AUDIENCE_SIZES.map((size) => ({ value: size, label: t[`size_${snake(size)}`] })),
        )}
        ${this.renderChoices(
          'format',
          t.format,
          FORMATS.map((format) => ({ value: format, label: t[`format_${snake(format)}`] })),
        )}
        ${this.renderChoices(
          'length',
          t.length,
          LENGTHS.map((length) => ({ value: length, label: t[`length_${snake(length)}`] })),
        )}
        ${this.renderDates()} ${this.renderGoals()}
        ${this.renderText('accessibilityNeeds', t.accessibilityNeeds, { hint: t.accessibilityNeedsHint, multiline: true })}
        ${this.renderText('languageNeeds', t.languageNeeds, { hint: t.languageNeedsHint })} ${renderHoneypot(t.honeypotLabel)} ${this.renderPrivacy()}
        <div class="actions">
          <button class="button" part="send-button" type="submit" aria-disabled=${this.delivery.busy ? 'true' : 'false'}>${t.send}</button>
          <button class="button button--secondary" part="clear-button" type="button" ?hidden=${this.confirmingClear} @click=${this.onClearStart}>${t.clear}</button>
        </div>
        ${
          this.confirmingClear
            ? html`<div
                part="clear-confirm"
                class="confirm"
                role="group"
                aria-labelledby="clear-question"
                aria-describedby=${ifDefined(this.delivery.waiting ? 'clear-waiting' : undefined)}
                tabindex="-1"
                @keydown=${this.onClearKeydown}
              >
                <p id="clear-question">${t.clearQuestion}</p>
                ${this.delivery.waiting ? html`<p id="clear-waiting">${t.clearWaiting}</p>` : nothing}
                <div class="actions">
                  <button class="button button--danger" type="button" @click=${this.onClear}>${t.clearYes}</button>
                  <button class="button button--secondary" type="button" @click=${this.onClearCancel}>${t.clearNo}</button>
                </div>
              </div>`
            : nothing
        }
      </form>`;
  }

  protected override render(): TemplateResult {
    const problems = this.configProblems();
    if (problems.length > 0) return html`${this.renderConfigMessage(problems)}`;
    return html`<div class="root" lang=${this.locale}>${this.phase === 'sent' ? this.renderConfirmation() : this.renderForm()} ${this.renderStatus()}</div>`;
  }
}
