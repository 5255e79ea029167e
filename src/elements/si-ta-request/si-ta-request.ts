import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { PersistMode } from '../../core/config.js';
import { checkEndpoint } from '../../core/delivery/endpoint-policy.js';
import { renderHoneypot } from '../../core/delivery/honeypot.js';
import { endpointProblems, renderDeliveryStatus } from '../../core/delivery/status.js';
import { fieldPath, SubmissionController, type DeliveryStatus } from '../../core/delivery/submission-controller.js';
import { SiChangeEvent, type FieldError } from '../../core/events.js';
import { isEmail, isIsoDate, isPhone, textProblem } from '../../core/forms/checks.js';
import { choiceField, errorSummary, selectField, textField, type Choice, type SummaryError } from '../../core/forms/fields.js';
import { localIsoDate } from '../../core/files.js';
import { heading, parseHeadingLevel, type HeadingLevel } from '../../core/heading.js';
import type { Translation } from '../../core/i18n.js';
import { PersistedState } from '../../core/persisted-state.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import { quoted } from '../../core/text.js';
import { after } from '../../core/timers.js';
import { countySets } from '../../content/counties.js';
import { taAudiences, taTopics } from '../../content/ta-request.js';
import { taRequestProblems } from '../../schemas/ta-request-check.js';
import {
  AREAS,
  AUDIENCE_SIZES,
  EVENT_REQUEST_TYPE,
  FORMATS,
  LENGTHS,
  MATCH_FUNDS,
  ORGANIZATION_TYPES,
  OTHER_TOPIC,
  REQUEST_TYPES,
  TA_REQUEST_SCHEMA_VERSION,
} from '../../schemas/ta-request-values.js';
import type { TaRequestData } from '../../schemas/ta-request.js';
import { catalogs, type en } from './si-ta-request.strings.js';
import { styles } from './si-ta-request.styles.js';

type Strings = Translation<typeof en>;
type RequestType = (typeof REQUEST_TYPES)[number];
type Snake<S extends string> = S extends `${infer A}-${infer B}` ? `${A}_${Snake<B>}` : S;
const snake = <S extends string>(id: S) => id.replaceAll('-', '_') as Snake<S>;

/** What the person has entered, as the form holds it (strings as typed, lists as ticked). */
export interface TaRequestAnswers {
  requesterName: string;
  requesterRole: string;
  agency: string;
  organizationType: string;
  area: string;
  county: string;
  areaDetail: string;
  cohort: string;
  email: string;
  phone: string;
  requestTypes: string[];
  canMatchFunds: string;
  topics: string[];
  topicOther: string;
  goals: string;
  audiences: string[];
  audienceOther: string;
  audienceSize: string;
  format: string;
  length: string;
  date1: string;
  date2: string;
  date3: string;
  neededBy: string;
  accessibilityNeeds: string;
  languageNeeds: string;
}
export type TaRequestField = keyof TaRequestAnswers;
type ListField = 'requestTypes' | 'topics' | 'audiences';
type DateField = 'date1' | 'date2' | 'date3';
type TextField =
  'requesterName' | 'requesterRole' | 'agency' | 'county' | 'areaDetail' | 'topicOther' | 'goals' | 'audienceOther' | 'accessibilityNeeds' | 'languageNeeds';

/** The question pages, in order; the last one shows every answer before sending. */
const STEPS = ['about-you', 'your-need', 'when-and-how', 'check'] as const;
type Step = (typeof STEPS)[number];
type QuestionStep = Exclude<Step, 'check'>;

/** Each page's questions, in the order they appear (also the error summary's order). */
const STEP_FIELDS: Record<QuestionStep, readonly TaRequestField[]> = {
  'about-you': ['requesterName', 'requesterRole', 'agency', 'organizationType', 'area', 'county', 'areaDetail', 'cohort', 'email', 'phone'],
  'your-need': ['requestTypes', 'canMatchFunds', 'topics', 'topicOther', 'goals'],
  'when-and-how': [
    'audiences',
    'audienceOther',
    'audienceSize',
    'format',
    'length',
    'date1',
    'date2',
    'date3',
    'neededBy',
    'accessibilityNeeds',
    'languageNeeds',
  ],
};
const FIELDS = Object.values(STEP_FIELDS).flat();
const LISTS: readonly TaRequestField[] = ['requestTypes', 'topics', 'audiences'];
/** Questions answered by ticking or choosing: their focus target is the first choice. */
const CHOICE_GROUPS: readonly TaRequestField[] = [...LISTS, 'area', 'canMatchFunds', 'audienceSize', 'format', 'length'];
const DATES: readonly DateField[] = ['date1', 'date2', 'date3'];
/** Text answers and their limits (the payload schema's), in code points. */
const TEXT_LIMITS: Record<TextField, number> = {
  requesterName: 120,
  requesterRole: 120,
  agency: 200,
  county: 120,
  areaDetail: 200,
  topicOther: 200,
  goals: 1500,
  audienceOther: 200,
  accessibilityNeeds: 1000,
  languageNeeds: 300,
};
const OPTIONAL_TEXT: readonly TextField[] = ['areaDetail', 'accessibilityNeeds', 'languageNeeds'];
/** The screen-reader count speaks only when this close to the limit, once typing pauses. */
const COUNT_NEAR = 150;
const COUNT_PAUSE_MS = 1000;
/** NHTTAC asks for events 90 days ahead (FACTS.md); a host with another policy sets `lead-days`. */
const DEFAULT_LEAD_DAYS = 90;
const DRAFT_KEY = 'ta-request:draft';

const emptyAnswers = (requestTypes: string[] = []): TaRequestAnswers => ({
  requesterName: '',
  requesterRole: '',
  agency: '',
  organizationType: '',
  area: '',
  county: '',
  areaDetail: '',
  cohort: '',
  email: '',
  phone: '',
  requestTypes,
  canMatchFunds: '',
  topics: [],
  topicOther: '',
  goals: '',
  audiences: [],
  audienceOther: '',
  audienceSize: '',
  format: '',
  length: '',
  date1: '',
  date2: '',
  date3: '',
  neededBy: '',
  accessibilityNeeds: '',
  languageNeeds: '',
});

/** How long the organization keeps a request, from `retention` ("12 months"), worded in each language. */
export interface RetentionPeriod {
  count: number;
  unit: 'day' | 'week' | 'month' | 'year';
}

/** A message for a field, worded in the language in use when it is shown. */
type FieldMessage = (t: Strings) => string;
type Errors = Partial<Record<TaRequestField | 'form', FieldMessage>>;
/** The endpoint's own words on an answer: kept until that answer changes, since the form's checks cannot tell when it is fixed. */
const fromEndpoint = (message: string): FieldMessage => Object.assign(() => message, { fromEndpoint: true });
const isFromEndpoint = (message: FieldMessage | undefined) => !!message && 'fromEndpoint' in message;

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
 * A request for training or technical assistance in a few short question pages (GOV.UK's pattern,
 * inside the widget): about you, your need, then when and how (the event questions only for training),
 * then "Check your answers" with a change link per answer, then Send. It asks for the agency's details
 * and its need, never anyone's survivor status or story. Errors show when the person presses Continue or
 * Send and each clears as soon as its answer is fixed. The draft is kept only as `persist` allows, and
 * the request goes to `endpoint` as a `ta-request` (version 2) through the shared delivery layer:
 * retried with one idempotency key, queued when offline, and left on screen until the endpoint accepts it.
 * The pages add no entries to the browser's history.
 *
 * @tagname si-ta-request
 * @summary A request form for training and technical assistance that a county embeds in one line.
 *
 * @slot privacy - Who will see the request and how long it is kept, shown on the check page before Send. Replaces the default text, which names `org` and `retention`.
 *
 * @csspart heading - The form's heading (an `h2` unless `heading-level` says otherwise).
 * @csspart step-heading - The current page's heading, with "Step 2 of 4"; it takes focus on every move.
 * @csspart back - The Back button of pages 2 to 4.
 * @csspart form - The form.
 * @csspart error-summary - The "There is a problem" summary that lists the page's errors.
 * @csspart consultant-note - The note that survivor consultants are paid professionals.
 * @csspart answers - The list of answers on the check page.
 * @csspart change - Each answer's change link on the check page.
 * @csspart privacy - Who will see the request and how long it is kept.
 * @csspart continue-button - The Continue button of pages 1 to 3.
 * @csspart send-button - The send button on the check page.
 * @csspart clear-button - The "Clear my answers" button.
 * @csspart clear-confirm - The "clear every answer?" question and its two buttons (it says so when clearing also cancels a request waiting to be sent).
 * @csspart status - The live region that says what is happening to the request.
 * @csspart retry - "Try again now", shown when trying again by hand can help.
 * @csspart confirmation - The panel shown once the endpoint has accepted the request.
 * @csspart config-message - Shown in place of the form when an attribute is wrong.
 *
 * @cssprop --si-ta-request-max-width - The form's maximum width (default 42rem).
 * @cssprop --si-color-primary - Buttons, links and focus accents.
 * @cssprop --si-color-danger - Error messages and the error summary.
 * @cssprop --si-color-success - The confirmation panel's border.
 * @cssprop --si-font-family - The font.
 * @cssprop --si-color-scheme - `dark` with a dark theme, so the checkboxes, radios, lists, date pickers and scrollbars are dark too (default `light`).
 *
 * @cssstate sending - The request is on its way.
 * @cssstate sent - The endpoint accepted the request.
 * @cssstate queued - The request waits to be sent again.
 * @cssstate failed - The endpoint refused or rejected the request; the answers stay on screen.
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
  /** The answers typed so far and the page the person is on, kept as `persist` allows until the endpoint accepts them. */
  private readonly draft = new PersistedState<Record<TaRequestField | 'step', unknown>>(() => ({ mode: this.persistMode, key: this.draftKey }));
  private readonly delivery = new SubmissionController<TaRequestData>(this, {
    type: 'ta-request',
    schemaVersion: TA_REQUEST_SCHEMA_VERSION,
    widget: 'si-ta-request',
    endpoint: () => this.setting('endpoint', this.endpoint.trim()),
    persist: () => this.persistMode ?? 'none',
    locale: () => this.locale,
    config: () => this.config,
    onDelivered: (payload) => this.delivered(payload.data),
  });

  @state() private answers: TaRequestAnswers = emptyAnswers();
  @state() private step: Step = 'about-you';
  @state() private errors: Errors = {};
  @state() private countMessage = '';
  @state() private statusMessage = '';
  @state() private confirmingClear = false;

  /** Where requests are sent (https; http only on localhost). Falls back to `<si-config endpoint>`. */
  @property() endpoint = '';
  /** The organization that receives requests, named in the privacy text and the confirmation. */
  @property() org = '';
  /** How long `org` keeps a request: a number and days, weeks, months or years ("12 months"). Without it the privacy text makes no claim. */
  @property() retention = '';
  /** Where the draft and a request waiting to be sent are kept: `none` (default: this page only), `session` or `local`. */
  @property() persist = '';
  /** `CA` or `CO` to offer that state's counties in a list. */
  @property() region = '';
  /** The host's own comma-separated list of counties or regions (wins over `region`). */
  @property() counties = '';
  /** The host's regional cohorts, comma-separated; the form then asks which one the agency is in (optional). */
  @property() cohorts = '';
  /** The request types offered, comma-separated: training, technical-assistance, consultation, survivor-consultant. */
  @property({ attribute: 'request-types' }) requestTypes = '';
  /** The host's own comma-separated topics, instead of the default list ("Other" is always offered). */
  @property() topics = '';
  /** How many days ahead a training's earliest date must be, the host's planning policy (0–365, default 90). */
  @property({ attribute: 'lead-days' }) leadDays = '';
  /** A link to the host's privacy notice (https, or a path on this site). */
  @property({ attribute: 'privacy-href' }) privacyHref = '';
  /** The level of the form's heading, 1 to 6 (default 2); each page's heading is one level below. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  private cancelCount?: () => void;
  /** The delivery status last acted on (focus and field errors follow a change of it once). */
  private seenStatus?: DeliveryStatus;
  /** A change link was followed: Continue goes back to the check page once the later pages are complete. */
  private returnToCheck = false;
  /** What takes focus after the next render: a page heading, a control, the error summary or the confirmation. */
  private focusAfterRender?: string;

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
      const inForm = !!this.shadowRoot?.activeElement;
      // Focus goes to the confirmation only from inside the form; otherwise the live region says it.
      if (status.state === 'sent' && inForm) this.focusAfterRender = '#confirmation-title';
      // Focus moves to the summary only when the person is in the form (not for a rejection found in the outbox on load).
      if (status.state === 'failed' && status.reason === 'rejected') this.showFieldErrors(status.errors, inForm);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
      if (target && !target.matches('[tabindex="-1"]')) target.scrollIntoView?.({ block: 'center' });
    }
    const state = this.delivery.status.state;
    for (const name of ['sending', 'sent', 'queued', 'failed'] as const) this.toggleState(name, state === name);
    this.toggleState('invalid', Object.keys(this.errors).length > 0);
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

  private get earliestEventDate(): string {
    return isoDateFromToday(this.leadDayCount ?? DEFAULT_LEAD_DAYS);
  }

  private get offeredRequestTypes(): RequestType[] | undefined {
    const raw = this.requestTypes.trim();
    if (!raw) return [...REQUEST_TYPES];
    const wanted = raw.split(/[\s,]+/).filter(Boolean);
    if (!wanted.every((id) => (REQUEST_TYPES as readonly string[]).includes(id))) return undefined;
    return REQUEST_TYPES.filter((id) => wanted.includes(id));
  }

  /** The counties to choose from, or undefined for a typed answer (or a wrong attribute). */
  private get countyOptions(): { counties: readonly string[]; region?: string; name?: string } | undefined {
    if (this.counties.trim()) {
      const counties = parseList(this.counties, 300, 120);
      return counties ? { counties } : undefined;
    }
    const set = countySets[this.region.trim().toUpperCase()];
    return set && Object.hasOwn(countySets, set.region) ? { counties: set.counties, region: set.region, name: set.name } : undefined;
  }

  private get cohortOptions(): string[] | undefined {
    return this.cohorts.trim() ? parseList(this.cohorts, 20, 120) : undefined;
  }

  /** `retention` as a count and a unit, or undefined when it is not set or not understood. */
  private get retentionPeriod(): RetentionPeriod | undefined {
    const match = /^(\d{1,3}) +(day|week|month|year)s?$/i.exec(this.retention.trim());
    const count = Number(match?.[1]);
    return match && count > 0 ? { count, unit: match[2].toLowerCase() as RetentionPeriod['unit'] } : undefined;
  }

  private get topicOptions(): Choice[] {
    const own = this.topics.trim() ? parseList(this.topics, 30, 120) : undefined;
    const topics = own
      ? own.map((topic) => ({ value: topic, label: topic }))
      : taTopics.map((topic) => ({ value: topic.id, label: this.t.topicLabel(topic.id) }));
    return [...topics.filter((topic) => topic.value !== OTHER_TOPIC), { value: OTHER_TOPIC, label: this.t.topicOther }];
  }

  private configProblems(): ConfigProblem[] {
    const t = this.t;
    const problems: ConfigProblem[] = [];
    const add = (message: string, detail: string) => problems.push({ message, detail });
    const region = this.region.trim();
    if (region && !Object.hasOwn(countySets, region.toUpperCase())) add(t.cfgRegion, `region=${quoted(region)} is not CA or CO.`);
    if (this.counties.trim() && !parseList(this.counties, 300, 120))
      add(t.cfgCounties, 'counties must list 1 to 300 names of at most 120 characters, separated by commas.');
    if (this.cohorts.trim() && !this.cohortOptions) add(t.cfgCohorts, 'cohorts must list 1 to 20 names of at most 120 characters, separated by commas.');
    if (this.topics.trim() && !parseList(this.topics, 30, 120))
      add(t.cfgTopics, 'topics must list 1 to 30 topics of at most 120 characters, separated by commas.');
    if (this.leadDayCount === undefined) add(t.cfgLeadDays, `lead-days=${quoted(this.leadDays)} is not a whole number from 0 to 365.`);
    if (!this.offeredRequestTypes) add(t.cfgRequestTypes, `request-types=${quoted(this.requestTypes)} must use ${REQUEST_TYPES.join(', ')}.`);
    if (this.retention.trim() && !this.retentionPeriod)
      add(t.cfgRetention, `retention=${quoted(this.retention)} must be a number and days, weeks, months or years, such as "12 months".`);
    if (this.privacyHref.trim() && checkEndpoint(this.privacyHref, location.href).problem)
      add(t.cfgPrivacyHref, 'privacy-href must be https, http on localhost, or a relative link, without user:password.');
    if (!this.persistMode) add(t.cfgPersist, `persist=${quoted(this.persist)} must be none, session or local.`);
    if (parseHeadingLevel(this.headingLevel) === undefined) add(t.cfgHeadingLevel, `heading-level=${quoted(this.headingLevel)} must be a number from 1 to 6.`);
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
    this.step = STEPS.find((step) => step === stored?.step) ?? 'about-you';
  }

  /** A form that offers one request type has it ticked from the start. */
  private defaultRequestTypes(): string[] {
    const offered = this.offeredRequestTypes;
    return offered?.length === 1 ? [...offered] : [];
  }

  private saveDraft(): void {
    this.draft.write({ ...this.answers, step: this.step });
  }

  private setAnswer<F extends TaRequestField>(field: F, value: TaRequestAnswers[F]): void {
    this.answers = { ...this.answers, [field]: value };
    this.saveDraft();
  }

  /** A request for training asks the event questions; the others ask by when. */
  private get isEvent(): boolean {
    return this.answers.requestTypes.includes(EVENT_REQUEST_TYPE) && (this.offeredRequestTypes ?? []).includes(EVENT_REQUEST_TYPE);
  }

  /** Whether the question is asked, given the host's settings and the answers so far. */
  private asks(field: TaRequestField): boolean {
    const a = this.answers;
    switch (field) {
      case 'county':
        return a.area === 'county';
      case 'areaDetail':
        return a.area === 'several-counties' || a.area === 'tribal-nation';
      case 'cohort':
        return !!this.cohortOptions;
      case 'canMatchFunds':
        return a.requestTypes.includes('survivor-consultant') && (this.offeredRequestTypes ?? []).includes('survivor-consultant');
      case 'topicOther':
        return a.topics.includes(OTHER_TOPIC);
      case 'audienceOther':
        return this.isEvent && a.audiences.includes('other');
      case 'audiences':
      case 'audienceSize':
      case 'format':
      case 'length':
      case 'date1':
      case 'date2':
      case 'date3':
        return this.isEvent;
      case 'neededBy':
        return !this.isEvent;
      default:
        return true;
    }
  }

  // ---- validation --------------------------------------------------------------------------------

  private textError(field: TextField): FieldMessage | undefined {
    const problem = textProblem(this.answers[field].trim(), TEXT_LIMITS[field], !OPTIONAL_TEXT.includes(field));
    if (problem === 'missing')
      return field === 'county'
        ? (t) => (this.countyOptions ? t.err_county_list : t.err_county)
        : (t) => t[`err_${field as Exclude<TextField, 'areaDetail' | 'accessibilityNeeds' | 'languageNeeds'>}`];
    if (problem === 'too-long') return (t) => t[`err_${field}_long`];
    return undefined;
  }

  private dateError(field: DateField | 'neededBy'): FieldMessage | undefined {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#f-${field}`);
    if (input?.validity.badInput) return (t) => t.err_date_invalid;
    const value = this.answers[field];
    if (field === 'neededBy') {
      if (!value) return undefined;
      if (!isIsoDate(value)) return (t) => t.err_date_invalid;
      const today = isoDateFromToday(0);
      return value < today ? (t) => t.err_needed_by_past : undefined;
    }
    const choice = (DATES.indexOf(field) + 1) as 1 | 2 | 3;
    if (!value) return choice === 1 ? (t) => t.err_date1 : undefined;
    if (!isIsoDate(value)) return (t) => t.err_date_invalid;
    const earliest = this.earliestEventDate;
    if (value < earliest) return (t) => t.err_date_early(choice, earliest);
    if (DATES.slice(0, choice - 1).some((other) => this.answers[other] === value)) return (t) => t.err_date_repeat;
    return undefined;
  }

  /** The problem with one answer, if any: the payload schema's rules, worded for people. */
  private problemOf(field: TaRequestField): FieldMessage | undefined {
    if (!this.asks(field)) return undefined;
    const a = this.answers;
    const oneOf = (values: readonly string[], message: FieldMessage) => (values.includes(a[field] as string) ? undefined : message);
    switch (field) {
      case 'requesterName':
      case 'requesterRole':
      case 'agency':
      case 'areaDetail':
      case 'topicOther':
      case 'goals':
      case 'audienceOther':
      case 'accessibilityNeeds':
      case 'languageNeeds':
        return this.textError(field);
      case 'county': {
        const options = this.countyOptions;
        return options && a.county && !options.counties.includes(a.county) ? (t) => t.err_county_list : this.textError('county');
      }
      case 'cohort':
        return !a.cohort || this.cohortOptions?.includes(a.cohort) ? undefined : (t) => t.err_cohort;
      case 'email': {
        const email = a.email.trim();
        if (!email) return (t) => t.err_email;
        return isEmail(email) ? undefined : (t) => t.err_email_format;
      }
      case 'phone': {
        const phone = a.phone.trim();
        return !phone || isPhone(phone) ? undefined : (t) => t.err_phone_format;
      }
      case 'organizationType':
        return oneOf(ORGANIZATION_TYPES, (t) => t.err_organizationType);
      case 'area':
        return oneOf(AREAS, (t) => t.err_area);
      case 'audienceSize':
        return oneOf(AUDIENCE_SIZES, (t) => t.err_audienceSize);
      case 'format':
        return oneOf(FORMATS, (t) => t.err_format);
      case 'length':
        return oneOf(LENGTHS, (t) => t.err_length);
      case 'canMatchFunds':
        return undefined;
      case 'requestTypes':
      case 'topics':
      case 'audiences':
        return a[field].length > 0 ? undefined : (t) => t[`err_${field}`];
      case 'date1':
      case 'date2':
      case 'date3':
      case 'neededBy':
        return this.dateError(field);
    }
  }

  /** The problems of a page's questions, in their order. */
  private problemsOf(step: QuestionStep): Errors {
    const errors: Errors = {};
    for (const field of STEP_FIELDS[step]) {
      const problem = this.problemOf(field);
      if (problem) errors[field] = problem;
    }
    return errors;
  }

  /** The answers as the `ta-request` payload: trimmed, with unasked and blank optional answers left out. */
  private payloadData(): TaRequestData {
    const a = this.answers;
    const asked = (field: TaRequestField, value: unknown) => (this.asks(field) ? value : undefined);
    const optional = (field: TaRequestField) => asked(field, (a[field] as string).trim() || undefined);
    const offered = this.offeredRequestTypes ?? [];
    const topicValues = this.topicOptions.map((topic) => topic.value);
    const data = {
      requesterName: a.requesterName.trim(),
      requesterRole: a.requesterRole.trim(),
      agency: a.agency.trim(),
      organizationType: a.organizationType,
      area: a.area,
      county: optional('county'),
      areaDetail: optional('areaDetail'),
      region: asked('county', this.countyOptions?.region),
      cohort: optional('cohort'),
      email: a.email.trim(),
      phone: optional('phone'),
      requestTypes: REQUEST_TYPES.filter((type) => offered.includes(type) && a.requestTypes.includes(type)),
      canMatchFunds: optional('canMatchFunds'),
      topics: topicValues.filter((topic) => a.topics.includes(topic)),
      topicOther: optional('topicOther'),
      goals: a.goals.trim(),
      audiences: asked(
        'audiences',
        taAudiences.map((audience) => audience.id).filter((id) => a.audiences.includes(id)),
      ),
      audienceOther: optional('audienceOther'),
      audienceSize: optional('audienceSize'),
      format: optional('format'),
      length: optional('length'),
      preferredDates: asked('date1', DATES.map((field) => a[field]).filter(Boolean)),
      neededBy: optional('neededBy'),
      accessibilityNeeds: optional('accessibilityNeeds'),
      languageNeeds: optional('languageNeeds'),
    };
    // Leave out what was not answered, so the JSON has no `undefined` holes.
    return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined)) as TaRequestData;
  }

  /** Puts the endpoint's field errors (`field` as `email`, `data.email`, `/data/preferredDates/1`…) on their questions, and goes to the first. */
  private showFieldErrors(fieldErrors: readonly FieldError[], focus: boolean): void {
    const errors: Errors = {};
    const unplaced: string[] = [];
    for (const { field, message } of fieldErrors) {
      const path = fieldPath(String(field));
      let target = path[0] as TaRequestField | 'preferredDates' | undefined;
      if (target === 'preferredDates') target = DATES[Math.min(2, Math.max(0, Number(path[1]) || 0))];
      if (target && FIELDS.includes(target) && !errors[target]) errors[target] = fromEndpoint(message);
      else unplaced.push(message);
    }
    if (unplaced.length > 0 || Object.keys(errors).length === 0) {
      const general = unplaced.join(' ');
      errors.form = (t) => general || t.deliveryRejected;
    }
    this.errors = errors;
    const first = FIELDS.find((field) => errors[field]);
    if (first) this.step = this.stepOf(first);
    // Continue then leads through each page with an error and back to the check page.
    this.returnToCheck = !!first;
    if (focus) this.focusAfterRender = '.error-summary';
  }

  private stepOf(field: TaRequestField): QuestionStep {
    return (Object.keys(STEP_FIELDS) as QuestionStep[]).find((step) => STEP_FIELDS[step].includes(field))!;
  }

  // ---- moving between pages ----------------------------------------------------------------------

  /** Shows a page and puts focus on its heading (or on `focus`), without touching the browser's history. */
  private goTo(step: Step, focus = '#step-heading'): void {
    this.step = step;
    this.confirmingClear = false;
    this.focusAfterRender = focus;
    this.saveDraft();
  }

  /** The endpoint's messages on answers outside `step` (all of them without one), which stay while the person moves between pages. */
  private endpointErrors(step?: QuestionStep): Errors {
    return Object.fromEntries(
      Object.entries(this.errors).filter(([field, message]) => isFromEndpoint(message) && (!step || !STEP_FIELDS[step].includes(field as TaRequestField))),
    );
  }

  private onContinue(): void {
    const step = this.step as QuestionStep;
    const errors = this.problemsOf(step);
    this.errors = { ...this.endpointErrors(step), ...errors };
    if (Object.keys(errors).length > 0) {
      this.focusAfterRender = '.error-summary';
      return;
    }
    const index = STEPS.indexOf(step);
    if (this.returnToCheck) {
      // Back to the check page, unless a later page now has a question to answer (training was just ticked,
      // say) or an answer the endpoint refused.
      const unanswered = (STEPS.slice(index + 1, -1) as QuestionStep[]).find(
        (later) => Object.keys(this.problemsOf(later)).length > 0 || STEP_FIELDS[later].some((field) => this.errors[field]),
      );
      if (!unanswered) this.returnToCheck = false;
      this.goTo(unanswered ?? 'check');
      return;
    }
    this.goTo(STEPS[index + 1]);
  }

  private onBack(): void {
    this.errors = this.endpointErrors();
    this.goTo(STEPS[Math.max(0, STEPS.indexOf(this.step) - 1)]);
  }

  private onChangeLink(field: TaRequestField): void {
    this.returnToCheck = true;
    this.errors = this.endpointErrors();
    this.goTo(this.stepOf(field), `#${this.focusIdOf(field)}`);
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.step !== 'check') return this.onContinue();
    if (this.delivery.busy) return;
    // The host's settings may have changed since the pages were checked: every page is checked again.
    for (const step of STEPS.slice(0, -1) as QuestionStep[]) {
      const errors = this.problemsOf(step);
      if (Object.keys(errors).length > 0) {
        this.errors = errors;
        this.goTo(step, '.error-summary');
        return;
      }
    }
    const data = this.payloadData();
    const problems = taRequestProblems(data);
    if (problems.length > 0) {
      // The page checks mirror the schema; should they ever drift, the schema still has the last word.
      this.warnOnce('The answers passed the form checks but not the ta-request schema.', problems);
      this.errors = { form: (t) => t.deliveryInvalid };
      this.focusAfterRender = '.error-summary';
      return;
    }
    this.errors = {};
    await this.delivery.submit(data);
  }

  // ---- handlers ----------------------------------------------------------------------------------

  private onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.name as TaRequestField;
    if (!FIELDS.includes(field)) return;
    this.statusMessage = '';
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const others = this.answers[field as ListField].filter((item) => item !== target.value);
      this.setAnswer(field as ListField, target.checked ? [...others, target.value] : others);
    } else if (target instanceof HTMLInputElement && target.type === 'radio') {
      if (target.checked) this.setAnswer(field, target.value);
    } else {
      this.setAnswer(field, target.value);
    }
    if (field === 'goals') this.scheduleCountMessage();
    this.clearFixedErrors(field);
  }

  /** An error goes as soon as its answer is fixed (or no longer asked); new errors wait for Continue or Send. */
  private clearFixedErrors(changed: TaRequestField): void {
    const kept: Errors = {};
    for (const [field, message] of Object.entries(this.errors) as Array<[TaRequestField | 'form', FieldMessage]>) {
      if (field === 'form') kept.form = message;
      else if (isFromEndpoint(message) && field !== changed && this.asks(field)) kept[field] = message;
      else if (!isFromEndpoint(message) || field === changed) {
        const problem = this.problemOf(field);
        if (problem) kept[field] = problem;
      }
    }
    if (Object.keys(kept).length !== Object.keys(this.errors).length || Object.keys(kept).some((field) => !(field in this.errors))) this.errors = kept;
  }

  private onChange(event: Event): void {
    const target = event.target as HTMLInputElement;
    const field = target.name as TaRequestField;
    if (!FIELDS.includes(field)) return;
    const change = new SiChangeEvent({ name: field, value: this.answers[field] });
    this.dispatchEvent(change);
  }

  private onSummaryLink(target: string): void {
    const field = FIELDS.find((name) => this.focusIdOf(name) === target);
    // An error on another page (one the endpoint found) or on the check page: go to its question there.
    if (field && (this.step === 'check' || this.stepOf(field) !== this.step)) return this.onChangeLink(field);
    const control = this.renderRoot.querySelector<HTMLElement>(`#${target}`);
    control?.focus();
    control?.scrollIntoView?.({ block: 'center' });
  }

  private scheduleCountMessage(): void {
    this.cancelCount?.();
    this.cancelCount = after(COUNT_PAUSE_MS, () => {
      const left = TEXT_LIMITS.goals - [...this.answers.goals].length;
      this.countMessage = left > COUNT_NEAR ? '' : left >= 0 ? this.t.countLeft(left) : this.t.countOver(-left);
    });
  }

  private onClearStart(): void {
    this.confirmingClear = true;
    this.statusMessage = '';
    this.focusAfterRender = '[part~="clear-confirm"]';
  }

  private onClearCancel(): void {
    this.confirmingClear = false;
    this.focusAfterRender = '[part~="clear-button"]';
  }

  private onClearKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onClearCancel();
  }

  /** Empties the form, forgets the draft and cancels a request waiting to be sent; says which it did. */
  private onClear(): void {
    this.draft.clear();
    this.answers = emptyAnswers(this.defaultRequestTypes());
    this.errors = {};
    this.returnToCheck = false;
    this.countMessage = '';
    const cancelled = this.delivery.discard();
    this.statusMessage =
      cancelled === 'on-its-way' ? this.t.clearedOnItsWay(this.orgName) : cancelled === 'cancelled' ? this.t.clearedCancelled : this.t.cleared;
    const focus = this.confirmingClear;
    this.confirmingClear = false;
    this.step = 'about-you';
    if (focus) this.focusAfterRender = '#step-heading';
  }

  private onSendAnother(): void {
    this.statusMessage = '';
    this.delivery.reset();
    this.goTo('about-you');
  }

  /** The endpoint accepted the request: nothing of it is kept any longer. */
  private delivered(sent: TaRequestData): void {
    // A queued request can arrive after the person changed their answers: what they typed since stays.
    if (JSON.stringify(this.payloadData()) !== JSON.stringify(sent)) return;
    this.draft.clear();
    this.answers = emptyAnswers(this.defaultRequestTypes());
    this.errors = {};
    this.returnToCheck = false;
    this.statusMessage = '';
    this.step = 'about-you';
  }

  // ---- public methods ----------------------------------------------------------------------------

  /** Empties the form, forgets the stored draft and cancels a request waiting to be sent, as "Clear my answers" does once the person confirms. */
  clear(): void {
    this.onClear();
  }

  // ---- rendering ---------------------------------------------------------------------------------

  private focusIdOf(field: TaRequestField): string {
    return CHOICE_GROUPS.includes(field) ? `f-${field}-0` : `f-${field}`;
  }

  /** What every field template needs about one answer. */
  private base(field: TaRequestField, label: string, hint?: string) {
    return {
      name: field,
      label,
      hint,
      error: this.errors[field]?.(this.t),
      errorPrefix: this.t.errorPrefix,
      required: !OPTIONAL_TEXT.includes(field as TextField) && !['phone', 'cohort', 'canMatchFunds', 'date2', 'date3', 'neededBy'].includes(field),
    };
  }

  private text(
    field: TextField | 'email' | 'phone',
    label: string,
    options: { hint?: string; type?: 'email' | 'tel'; autocomplete?: string; short?: boolean; rows?: number } = {},
  ) {
    return textField({ ...this.base(field, label, options.hint), ...options, value: this.answers[field] });
  }

  private choices(
    field: ListField | 'area' | 'canMatchFunds' | 'audienceSize' | 'format' | 'length',
    label: string,
    choices: readonly Choice[],
    hint?: string,
  ) {
    return choiceField({ ...this.base(field, label, hint), value: this.answers[field], choices });
  }

  private options<V extends string>(values: readonly V[], label: (value: V) => string): Choice[] {
    return values.map((value) => ({ value, label: label(value) }));
  }

  private renderAboutYou(t: Strings): TemplateResult {
    const counties = this.countyOptions;
    const cohorts = this.cohortOptions;
    const county = counties
      ? selectField({
          ...this.base('county', t.countyList, counties.name ? t.countyListHint(counties.name) : undefined),
          value: this.answers.county,
          choose: t.countyChoose,
          choices: counties.counties.map((name) => ({ value: name, label: name })),
        })
      : this.text('county', t.countyFree);
    const detail = (label: string) => this.text('areaDetail', label);
    return html`${this.text('requesterName', t.requesterName, { autocomplete: 'name' })}
    ${this.text('requesterRole', t.requesterRole, { autocomplete: 'organization-title' })} ${this.text('agency', t.agency, { autocomplete: 'organization' })}
    ${selectField({
      ...this.base('organizationType', t.organizationType),
      value: this.answers.organizationType,
      choose: t.organizationTypeChoose,
      choices: this.options(ORGANIZATION_TYPES, (type) => t[`orgType_${snake(type)}`]),
    })}
    ${this.choices('area', t.area, [
      { value: 'county', label: t.area_county, reveal: county },
      { value: 'statewide', label: t.area_statewide },
      { value: 'several-counties', label: t.area_several_counties, reveal: detail(t.areaDetail_several) },
      { value: 'tribal-nation', label: t.area_tribal_nation, reveal: detail(t.areaDetail_tribal) },
    ])}
    ${
      cohorts
        ? selectField({
            ...this.base('cohort', t.cohort, t.cohortHint),
            value: this.answers.cohort,
            choose: t.cohortNone,
            choices: cohorts.map((name) => ({ value: name, label: name })),
          })
        : nothing
    }
    ${this.text('email', t.email, { hint: t.emailHint, type: 'email', autocomplete: 'email' })}
    ${this.text('phone', t.phone, { hint: t.phoneHint, type: 'tel', autocomplete: 'tel', short: true })}`;
  }

  private renderYourNeed(t: Strings): TemplateResult {
    const offered = this.offeredRequestTypes ?? [];
    const left = TEXT_LIMITS.goals - [...this.answers.goals].length;
    return html`${this.choices(
      'requestTypes',
      t.requestTypes,
      offered.map((type) => ({ value: type, label: t[`requestType_${snake(type)}`], hint: t[`requestType_${snake(type)}_hint`] })),
      offered.length > 1 ? t.selectAll : undefined,
    )}
    ${
      this.asks('canMatchFunds')
        ? html`<div class="note" part="consultant-note" id="consultant-note">
            <p><strong>${t.consultantNoteHeading}</strong></p>
            <p>${t.consultantNote}</p>
          </div>
          ${choiceField({
            ...this.base('canMatchFunds', t.matchFunds, t.matchFundsHint),
            describedBy: 'consultant-note',
            value: this.answers.canMatchFunds,
            choices: this.options(MATCH_FUNDS, (answer) => t[`matchFunds_${snake(answer)}`]),
          })}`
        : nothing
    }
    ${this.choices(
      'topics',
      t.topics,
      this.topicOptions.map((topic) => (topic.value === OTHER_TOPIC ? { ...topic, reveal: this.text('topicOther', t.topicOtherLabel) } : topic)),
      t.selectAll,
    )}
    ${textField({
      ...this.base('goals', t.goals, t.goalsHint),
      describedBy: 'f-goals-limit',
      value: this.answers.goals,
      rows: 5,
      after: html`<p class="visually-hidden" id="f-goals-limit">${t.countLimit(TEXT_LIMITS.goals)}</p>
        <p class="count ${left < 0 ? 'count--over' : ''}" aria-hidden="true">${left >= 0 ? t.countLeft(left) : t.countOver(-left)}</p>
        <p class="visually-hidden" aria-live="polite">${this.countMessage}</p>`,
    })}`;
  }

  private renderWhenAndHow(t: Strings): TemplateResult {
    const needs = html`${this.text('accessibilityNeeds', t.accessibilityNeeds, { hint: t.accessibilityNeedsHint, rows: 3 })}
    ${this.text('languageNeeds', t.languageNeeds, { hint: t.languageNeedsHint })}`;
    if (!this.isEvent) {
      return html`${textField({ ...this.base('neededBy', t.neededBy, t.neededByHint), value: this.answers.neededBy, type: 'date', short: true, min: isoDateFromToday(0) })}
      ${needs}`;
    }
    const earliest = this.earliestEventDate;
    const datesInvalid = DATES.some((field) => this.errors[field]);
    return html`${this.choices(
      'audiences',
      t.audiences,
      taAudiences.map((audience) => ({
        value: audience.id,
        label: t.audienceLabel(audience.id),
        reveal: audience.id === 'other' ? this.text('audienceOther', t.audienceOther) : undefined,
      })),
      t.selectAll,
    )}
    ${this.choices(
      'audienceSize',
      t.audienceSize,
      this.options(AUDIENCE_SIZES, (size) => t[`size_${snake(size)}`]),
    )}
    ${this.choices(
      'format',
      t.format,
      this.options(FORMATS, (format) => t[`format_${snake(format)}`]),
    )}
    ${this.choices(
      'length',
      t.length,
      this.options(LENGTHS, (length) => t[`length_${snake(length)}`]),
    )}
    <fieldset class="field ${datesInvalid ? 'field--error' : ''}" aria-describedby="f-dates-hint">
      <legend class="label">${t.dates}</legend>
      <p class="hint" id="f-dates-hint">${t.datesHint(this.orgName, this.leadDayCount ?? DEFAULT_LEAD_DAYS, earliest)}</p>
      <div class="dates">
        ${DATES.map((field) => textField({ ...this.base(field, t[field]), value: this.answers[field], type: 'date', short: true, min: earliest }))}
      </div>
    </fieldset>
    ${needs}`;
  }

  /** The check page's rows: each question with its answer as the person will read it, and the field its change link goes to. */
  private answerRows(t: Strings): Array<{ step: QuestionStep; key: string; value: string; field: TaRequestField }> {
    const a = this.answers;
    const data = this.payloadData();
    const none = t.notGiven;
    const list = (values: readonly string[] | undefined) => (values?.length ? values.join('\n') : none);
    const topicLabels = new Map(this.topicOptions.map((topic) => [topic.value, topic.label]));
    const area = [a.area ? t[`area_${snake(a.area as (typeof AREAS)[number])}`] : none, data.county, data.areaDetail].filter(Boolean).join('\n');
    const rows: Array<{ step: QuestionStep; key: string; value: string | undefined; field: TaRequestField; asked?: boolean }> = [
      { step: 'about-you', key: t.requesterName, value: data.requesterName, field: 'requesterName' },
      { step: 'about-you', key: t.requesterRole, value: data.requesterRole, field: 'requesterRole' },
      { step: 'about-you', key: t.agency, value: data.agency, field: 'agency' },
      {
        step: 'about-you',
        key: t.organizationType,
        value: a.organizationType && t[`orgType_${snake(a.organizationType as (typeof ORGANIZATION_TYPES)[number])}`],
        field: 'organizationType',
      },
      { step: 'about-you', key: t.area, value: area, field: 'area' },
      { step: 'about-you', key: t.cohort, value: data.cohort, field: 'cohort', asked: this.asks('cohort') },
      { step: 'about-you', key: t.email, value: data.email, field: 'email' },
      { step: 'about-you', key: t.phone, value: data.phone, field: 'phone' },
      { step: 'your-need', key: t.requestTypes, value: list(data.requestTypes.map((type) => t[`requestType_${snake(type)}`])), field: 'requestTypes' },
      {
        step: 'your-need',
        key: t.matchFunds,
        value: data.canMatchFunds && t[`matchFunds_${snake(data.canMatchFunds)}`],
        field: 'canMatchFunds',
        asked: this.asks('canMatchFunds'),
      },
      {
        step: 'your-need',
        key: t.topics,
        value: list(data.topics.map((topic) => (topic === OTHER_TOPIC ? `${t.topicOther}: ${data.topicOther ?? ''}` : (topicLabels.get(topic) ?? topic)))),
        field: 'topics',
      },
      { step: 'your-need', key: t.goals, value: data.goals, field: 'goals' },
    ];
    if (this.isEvent) {
      const audiences = (data.audiences ?? []).map((id) => (id === 'other' ? `${t.audienceLabel(id)}: ${data.audienceOther ?? ''}` : t.audienceLabel(id)));
      rows.push(
        { step: 'when-and-how', key: t.audiences, value: list(audiences), field: 'audiences' },
        { step: 'when-and-how', key: t.audienceSize, value: data.audienceSize && t[`size_${snake(data.audienceSize)}`], field: 'audienceSize' },
        { step: 'when-and-how', key: t.format, value: data.format && t[`format_${snake(data.format)}`], field: 'format' },
        { step: 'when-and-how', key: t.length, value: data.length && t[`length_${snake(data.length)}`], field: 'length' },
        { step: 'when-and-how', key: t.dates, value: list(data.preferredDates?.map((date) => t.formatDate(date))), field: 'date1' },
      );
    } else {
      rows.push({ step: 'when-and-how', key: t.neededBy, value: data.neededBy && t.formatDate(data.neededBy), field: 'neededBy' });
    }
    rows.push(
      { step: 'when-and-how', key: t.accessibilityNeeds, value: data.accessibilityNeeds, field: 'accessibilityNeeds' },
      { step: 'when-and-how', key: t.languageNeeds, value: data.languageNeeds, field: 'languageNeeds' },
    );
    return rows.filter((row) => row.asked !== false).map((row) => ({ ...row, value: row.value || none }));
  }

  private renderCheck(t: Strings, level: HeadingLevel): TemplateResult {
    const rows = this.answerRows(t);
    const sections = (STEPS.slice(0, -1) as QuestionStep[]).map(
      (step) => html`${heading(level, 2, t[`step_${snake(step)}`], { class: 'answers-heading' })}
        <dl class="answers" part="answers">
          ${rows
            .filter((row) => row.step === step)
            .map(
              (row) =>
                html`<div class="answers__row">
                  <dt>${row.key}</dt>
                  <dd class="answers__value">${row.value}</dd>
                  <dd class="answers__change">
                    <button type="button" class="link-button" part="change" @click=${() => this.onChangeLink(row.field)}>
                      ${t.change}<span class="visually-hidden"> ${row.key}</span>
                    </button>
                  </dd>
                </div>`,
            )}
        </dl>`,
    );
    return html`${sections} ${this.renderPrivacy(t, level)} ${renderHoneypot(t.honeypotLabel)}`;
  }

  private renderPrivacy(t: Strings, level: HeadingLevel): TemplateResult {
    const href = this.privacyHref.trim() ? checkEndpoint(this.privacyHref, location.href).url : undefined;
    const retention = this.retentionPeriod;
    // Without a retention period, a notice or the host's own text, the page cannot say how long requests are kept.
    if (!retention && !href && !this.querySelector(':scope > [slot="privacy"]'))
      this.warnOnce('Set retention (e.g. "12 months"), privacy-href or the privacy slot: the privacy text cannot say how long requests are kept.');
    return html`<section class="privacy" part="privacy" aria-labelledby="privacy-title">
      ${heading(level, 2, t.privacyHeading, { id: 'privacy-title' })}
      <slot name="privacy"><p>${t.privacyWho(this.orgName)} ${retention ? t.privacyRetention(retention.count, retention.unit) : ''}</p></slot>
      ${href ? html`<p><a href=${href} target="_blank" rel="noopener noreferrer">${t.privacyLink}</a></p>` : nothing}
    </section>`;
  }

  private renderStep(t: Strings, level: HeadingLevel): TemplateResult {
    const step = this.step;
    const index = STEPS.indexOf(step);
    const summaryErrors: SummaryError[] = (['form', ...FIELDS] as const)
      .filter((field) => this.errors[field])
      .map((field) => ({ target: field === 'form' ? 'f-send' : this.focusIdOf(field), message: this.errors[field]!(t) }));
    const mode = this.persistMode;
    const onCheck = step === 'check';
    const busy = this.delivery.busy;
    return html`${index > 0 ? html`<button type="button" class="link-button back" part="back" @click=${this.onBack}>${t.back}</button>` : nothing}
      ${heading(level, 1, html`<span class="step-count">${t.stepOf(index + 1, STEPS.length)}</span> ${t[`step_${snake(step)}`]}`, {
        id: 'step-heading',
        part: 'step-heading',
        class: 'step-heading',
        focusable: true,
      })}
      ${errorSummary(heading(level, 2, t.errorSummaryHeading, { id: 'error-summary-title' }), summaryErrors, (target) => this.onSummaryLink(target))}
      <form part="form" novalidate @input=${this.onInput} @change=${this.onChange} @submit=${this.onSubmit}>
        ${index === 0 ? html`<p>${t.intro}</p><p class="hint">${mode === 'session' ? t.keptSession : mode === 'local' ? t.keptLocal : t.keptNone}</p>` : nothing}
        ${step === 'about-you' ? this.renderAboutYou(t) : step === 'your-need' ? this.renderYourNeed(t) : step === 'when-and-how' ? this.renderWhenAndHow(t) : this.renderCheck(t, level)}
        <div class="actions">
          ${
            onCheck
              ? html`<button class="button" id="f-send" part="send-button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>${t.send}</button>`
              : html`<button class="button" part="continue-button" type="submit">${t.continue}</button>`
          }
          <button class="button button--secondary" part="clear-button" type="button" ?hidden=${this.confirmingClear} @click=${this.onClearStart}>${t.clear}</button>
        </div>
        ${this.confirmingClear ? this.renderClearConfirm(t) : nothing}
      </form>`;
  }

  private renderClearConfirm(t: Strings): TemplateResult {
    const waiting = this.delivery.waiting;
    return html`<div
      part="clear-confirm"
      class="confirm"
      role="group"
      aria-labelledby="clear-question"
      aria-describedby=${ifDefined(waiting ? 'clear-waiting' : undefined)}
      tabindex="-1"
      @keydown=${this.onClearKeydown}
    >
      <p id="clear-question">${t.clearQuestion}</p>
      ${waiting ? html`<p id="clear-waiting" class="confirm-detail">${t.clearWaiting}</p>` : nothing}
      <div class="actions">
        <button class="button button--danger" type="button" @click=${this.onClear}>${t.clearYes}</button>
        <button class="button button--secondary" type="button" @click=${this.onClearCancel}>${t.clearNo}</button>
      </div>
    </div>`;
  }

  private renderConfirmation(t: Strings, level: HeadingLevel): TemplateResult {
    const status = this.delivery.status;
    const reference = status.state === 'sent' ? status.reference : undefined;
    return html`<div class="panel panel--sent" part="confirmation">
      ${heading(level, 1, t.sentHeading, { id: 'confirmation-title', focusable: true })}
      ${reference ? html`<p>${t.reference} <strong class="reference">${reference}</strong></p>` : nothing}
      <p>${t.sentBody(this.orgName)}</p>
      <button class="button button--secondary" type="button" @click=${this.onSendAnother}>${t.sendAnother}</button>
    </div>`;
  }

  protected override render(): TemplateResult {
    const problems = this.configProblems();
    if (problems.length > 0) return html`${this.renderConfigMessage(problems)}`;
    const t = this.t;
    const level = parseHeadingLevel(this.headingLevel) ?? 2;
    const sent = this.delivery.status.state === 'sent';
    return html`<div class="root" lang=${this.locale}>
      ${heading(level, 0, t.heading, { part: 'heading', class: 'title' })} ${sent ? this.renderConfirmation(t, level) : this.renderStep(t, level)}
      ${renderDeliveryStatus(this.delivery, t)}
      <p class="visually-hidden" role="status">${this.statusMessage}</p>
    </div>`;
  }
}
