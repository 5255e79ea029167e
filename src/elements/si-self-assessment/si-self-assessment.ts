import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Instrument, InstrumentArea, InstrumentStatement, Localized } from '../../content/instrument-schema.js';
import { loadBuiltInInstrument } from '../../content/self-assessment.js';
import type { PersistMode } from '../../core/config.js';
import type { ContentIssue } from '../../core/content-issues.js';
import type { Locale } from '../../core/i18n.js';
import { ContentSource } from '../../core/content-source.js';
import { renderHoneypot } from '../../core/delivery/honeypot.js';
import { endpointProblems, renderDeliveryStatus } from '../../core/delivery/status.js';
import { SubmissionController } from '../../core/delivery/submission-controller.js';
import { SiChangeEvent } from '../../core/events.js';
import { heading, parseHeadingLevel, type HeadingLevel } from '../../core/heading.js';
import { PersistedState } from '../../core/persisted-state.js';
import { printAlone } from '../../core/print.js';
import { SiElement, type ConfigProblem } from '../../core/si-element.js';
import { quoted } from '../../core/text.js';
import type { SelfAssessmentData } from '../../schemas/self-assessment.js';
import { localIsoDate, saveFile, toCsv } from '../../core/files.js';
import { longDate } from '../../core/format.js';
import { allowedLink } from '../../core/links.js';
import {
  MAX_FILE_CHARS,
  parseInstrument,
  parseResultFile,
  RESULT_FORMAT,
  RESULT_FORMAT_VERSION,
  sameStatements,
  type ResultError,
  type ResultFile,
} from './report.js';
import { bandFloors, changeOf, scoreAssessment, type Answer, type AreaScore, type AssessmentScore, type Tally } from './scoring.js';
import { catalogs, type en } from './si-self-assessment.strings.js';
import { styles } from './si-self-assessment.styles.js';

type Share = 'scores' | 'answers';

interface Resolved {
  problems: ConfigProblem[];
  instrument?: Instrument;
  persist: PersistMode;
  share: Share;
  taHref?: string;
  sending: boolean;
  headingLevel: HeadingLevel;
}

/** What is kept between visits, as `persist` allows. */
interface Saved {
  version: string;
  answers: Record<string, Answer>;
  skipped: string[];
  step: number;
  organization: string;
}

/** How an earlier result lines up with this one, area by area. */
interface Comparison {
  result: ResultFile;
  /** The earlier score of each area that asked the same statements, by area id. */
  scores: Map<string, number | null>;
  /** Areas of this instrument whose statements differ from the earlier result's (or that it lacks). */
  changed: Set<string>;
}

const DEFAULT_LEVELS = 4;
const MAX_ISSUES_SHOWN = 5;

/** An answer as the payload and the downloads name it. */
const answerName = (answer: Answer): number | 'not-applicable' | 'dont-know' => (answer === 'na' ? 'not-applicable' : answer === 'dk' ? 'dont-know' : answer);

type Shown = TemplateResult | string;

/** A message with `{name}` places, filled with text that may carry its own `lang` (see the strings file). */
function fill(message: string, values: Readonly<Record<string, Shown>>): Shown[] {
  return message.split(/\{(\w+)\}/).map((part, index) => (index % 2 ? (values[part] ?? '') : part));
}

const tallyOf = ({ score, band, rated, notApplicable, dontKnow, unanswered }: Tally): Tally => ({ score, band, rated, notApplicable, dontKnow, unanswered });

/**
 * How survivor-informed is an organization? A self-assessment in areas (by default SAMHSA's ten
 * implementation domains, four to seven statements each, in the project's own words), one area at a
 * time, each statement rated on four levels (not in place, started, partly in place, in place) or
 * "not applicable" or "don't know". It is meant to be completed by a team that includes paid survivor
 * consultants, and says so. Areas can be skipped. On a narrow screen the list of areas folds into one
 * "Area 2 of 10" button that opens it. Answers are kept as `persist` allows: by default (`none`) in this
 * page only; `session` in this browser tab until it closes, `local` in this browser, each for 7 days at
 * most, until "Clear my answers" (which also cancels results waiting to be sent), a quick exit, or the
 * endpoint accepting the results.
 *
 * The results (rules in `scoring.ts`) score every area from 0 to 100 once enough of it is rated, on
 * absolute levels named with the scale's own words ("in place" from 92), and give the overall score as
 * the average of the areas. Areas below the top level are the gaps, with a next step for each statement
 * rated below the top; "don't know" answers become a list of things to find out. A chart shows the
 * same figures as the table. The results print on their own (the rest of the page is left off the
 * paper), download as CSV or JSON, and compare with an earlier JSON result: area by area where both
 * asked the same statements, and never with a result scored by the first version's rules. With an
 * `endpoint`, the results can be sent as a `self-assessment` (version 2): the scores only
 * (`share="scores"`, the default) or also every answer (`share="answers"`). It never asks about anyone's
 * survivor status or story.
 *
 * A host's own instrument comes from `src` (https or a path on this site) or an inline
 * `<script type="application/json">` child, validated against `instrumentSchema` (loaded only then);
 * a wrong one shows every wrong entry and nothing else.
 *
 * @tagname si-self-assessment
 * @summary An organizational self-assessment that turns answers into scores, gaps and next steps.
 *
 * @slot - An optional `<script type="application/json">` holding the host's own instrument. Nothing else is shown.
 *
 * @csspart base - The wrapper of everything.
 * @csspart heading - The assessment's title.
 * @csspart stepper - The list of areas (and the results), each a button showing its status.
 * @csspart menu-toggle - On a narrow screen, the "Area 2 of 10" button that shows or hides the list of areas.
 * @csspart step - One button of the stepper.
 * @csspart progress - How many statements are answered.
 * @csspart section - The area shown now.
 * @csspart scale - What each rating means (open unless the person closes it).
 * @csspart statement - One statement with its rating choices.
 * @csspart skipped-note - The note on an area that was skipped.
 * @csspart actions - Previous, next and skip.
 * @csspart results - The results.
 * @csspart overall - The overall score.
 * @csspart chart - The bar chart of the areas (hidden from screen readers: the table holds the same figures).
 * @csspart table - The table of scores.
 * @csspart strengths - The list of areas in place.
 * @csspart gap - One gap with its next steps.
 * @csspart find-out - The list of statements answered "don't know", to find out.
 * @csspart ta-link - The link to the host's training and technical assistance request page (`ta-href`).
 * @csspart compare - The comparison with an earlier result.
 * @csspart report-actions - Print and the downloads.
 * @csspart send - The form that sends the results (with an `endpoint`).
 * @csspart send-button - The send button.
 * @csspart status - The live region saying what sending is doing.
 * @csspart retry - "Try again now".
 * @csspart footer - Where answers are kept, and "Clear my answers".
 * @csspart clear-button - "Clear my answers".
 * @csspart config-message - Shown in place of the widget when an attribute or the instrument is wrong.
 *
 * @cssprop --si-self-assessment-max-width - The widget's maximum width (default 48rem).
 * @cssprop --si-self-assessment-bar-color - The chart's bars (default the primary color).
 * @cssprop --si-color-primary - Buttons, links, the current step and the bars.
 * @cssprop --si-color-surface - Backgrounds.
 * @cssprop --si-color-surface-alt - The chart's track and the notes.
 * @cssprop --si-color-text - Text.
 * @cssprop --si-color-text-muted - Statuses and hints.
 * @cssprop --si-color-border - Borders.
 * @cssprop --si-color-focus - The focus ring.
 * @cssprop --si-color-scheme - `dark` with a dark theme, so the radios, file picker and scrollbars are dark too (default `light`).
 *
 * @cssstate results - The results are shown.
 * @cssstate comparing - An earlier result is loaded for comparison.
 *
 * @fires si-change - The person rated a statement (`detail.name` is the statement id, `detail.value` the level, `not-applicable` or `dont-know`) or skipped or included an area (`detail.name` is the area id, `detail.value` is `skipped` or `included`).
 * @fires si-submit - Before the results are sent; cancelable (`detail.payload`).
 * @fires si-submitted - The endpoint accepted the results.
 * @fires si-queued - Not delivered yet; they will be sent again automatically.
 * @fires si-submit-error - The endpoint refused the results.
 */
export class SiSelfAssessmentElement extends SiElement<typeof en> {
  static override styles = styles;

  protected readonly catalogs = catalogs;
  private readonly delivery = new SubmissionController<SelfAssessmentData>(this, {
    type: 'self-assessment',
    schemaVersion: 2,
    widget: 'si-self-assessment',
    endpoint: () => this.setting('endpoint', this.endpoint.trim()),
    persist: () => this.resolved?.persist ?? 'none',
    locale: () => this.locale,
    config: () => this.config,
    // Delivered: nothing stays stored; the results stay on screen.
    onDelivered: () => this.kept.clear(),
  });
  private readonly hostInstrument = new ContentSource<Instrument, ContentIssue[]>(this, {
    src: () => this.src,
    parse: parseInstrument,
    maxBytes: MAX_FILE_CHARS,
    track: (work) => this.waitFor(work),
    onFailure: (url, reason) => this.warnOnce(`Could not load the instrument from ${quoted(url)}: ${reason}`),
  });
  /** The answers kept as `persist` allows, per instrument (and per element `id`). */
  private readonly kept = new PersistedState<Saved>(() => {
    const instrument = this.resolved?.instrument;
    return { mode: this.resolved?.persist, key: instrument && this.storageKey, revision: instrument && String(instrument.version) };
  });

  @state() private answers: Readonly<Record<string, Answer>> = {};
  @state() private skipped: ReadonlySet<string> = new Set();
  @state() private step = 0;
  @state() private organization = '';
  /** The built-in instrument, by language, once downloaded. */
  @state() private builtIn: Partial<Record<Locale, Instrument>> = {};
  @state() private earlier?: ResultFile;
  @state() private compareError?: ResultError;
  @state() private confirmingClear = false;
  @state() private announcement = '';
  @state() private menuOpen = false;
  @state() private scaleClosed = false;

  /** A host's own instrument as JSON: an https address or a path on this site. Wins over an inline instrument. */
  @property() src = '';
  /** Where results are sent (https; http only on localhost). Falls back to `<si-config endpoint>`. Without one, nothing is sent. */
  @property() endpoint = '';
  /** The organization that receives the results, named beside the send button. */
  @property() org = '';
  /** Where answers (and results waiting to be sent) are kept: `none` (default: this page only), `session` or `local`. */
  @property() persist = '';
  /** What sending shares: `scores` (default: the score of each area) or `answers` (also the answer to each statement). */
  @property() share = '';
  /** The host's page for requesting training or technical assistance, linked from the gaps (https, or a path on this site). */
  @property({ attribute: 'ta-href' }) taHref = '';
  /** The level of the assessment's title, `1` to `6` (default `2`); its areas' headings are one level below, and so on. */
  @property({ attribute: 'heading-level' }) headingLevel = '';

  private resolved?: Resolved;
  private readonly builtInLoading = new Set<Locale>();
  private spanishFailed = false;
  private builtInFailed = false;
  private restoredInstrument?: string;
  private focusAfterUpdate?: string;

  // ---- lifecycle ---------------------------------------------------------------------------------

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const resolved = (this.resolved = this.resolve());
    const instrument = resolved.instrument;
    const moved = instrument && this.kept.moved();
    if (instrument && moved) this.restore(instrument, moved === 'first');
    const onResults = !!instrument && this.step >= instrument.areas.length;
    this.toggleState('results', onResults);
    this.toggleState('comparing', onResults && !!this.earlier);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfterUpdate) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterUpdate)?.focus();
      this.focusAfterUpdate = undefined;
    }
  }

  // ---- settings and the instrument ---------------------------------------------------------------

  /** Per instrument id and version: answers to another version's statements are not carried over. */
  private get storageKey(): string {
    const instrument = this.resolved?.instrument;
    return `self-assessment:${instrument?.id ?? ''}${this.id ? `:${this.id}` : ''}`;
  }

  /** Everything the render needs, and every configuration problem, from the attributes, children and loaded content. */
  private resolve(): Resolved {
    const t = this.t;
    const problems: ConfigProblem[] = [];
    const add = (message: string, detail: string) => problems.push({ message, detail });

    const persistText = this.persist.trim();
    const persist = this.persistSetting(persistText, 'none');
    if (!persist) add(t.problemPersist(quoted(persistText)), `persist="${quoted(persistText)}" must be none, session or local.`);
    const shareText = this.share.trim() || 'scores';
    if (shareText !== 'scores' && shareText !== 'answers') add(t.problemShare(quoted(shareText)), `share="${quoted(shareText)}" must be scores or answers.`);
    const headingLevel = parseHeadingLevel(this.headingLevel);
    if (headingLevel === undefined)
      add(t.problemHeadingLevel(quoted(this.headingLevel.trim())), `heading-level="${quoted(this.headingLevel.trim())}" must be a number from 1 to 6.`);
    let taHref: string | undefined;
    if (this.taHref.trim()) {
      taHref = allowedLink(this.taHref);
      if (!taHref) add(t.problemTaHref, `ta-href="${quoted(this.taHref)}" must be https, http on localhost, or a path on this site.`);
    }
    const sending = !!this.setting('endpoint', this.endpoint.trim());
    if (sending) problems.push(...endpointProblems(this.delivery, t));

    let instrument: Instrument | undefined;
    const source = this.hostInstrument.current();
    if (source.status === 'refused') add(t.problemSrc, `src="${quoted(this.src)}" must be https, http on localhost, or a path on this site.`);
    else if (source.status === 'failed') add(t.problemLoad, `The instrument at src could not be loaded (${source.reason}).`);
    else if (source.status === 'invalid') problems.push(...this.instrumentProblems(source.issues));
    else if (source.status === 'ready') instrument = source.value;
    else if (source.status === 'loading') instrument = undefined;
    else if (this.builtInFailed) add(t.problemDownload, 'The built-in assessment could not be downloaded.');
    else {
      const locale = this.locale === 'es' && !this.spanishFailed ? 'es' : 'en';
      instrument = this.builtIn[locale];
      if (!instrument) this.loadBuiltIn(locale);
    }
    return {
      problems,
      instrument: problems.length ? undefined : instrument,
      persist: persist ?? 'none',
      share: shareText === 'answers' ? 'answers' : 'scores',
      taHref,
      sending,
      headingLevel: headingLevel ?? 2,
    };
  }

  private instrumentProblems(issues: readonly ContentIssue[]): ConfigProblem[] {
    const t = this.t;
    const problems: ConfigProblem[] = [];
    for (const issue of issues.slice(0, MAX_ISSUES_SHOWN)) {
      const message = issue.code === 'json' ? t.problemJson : t.problemEntry(issue.path, t.issue(issue.code, issue.detail));
      problems.push({ message, detail: `Instrument: ${issue.path || '(root)'} ${issue.code} ${issue.detail}`.trim() });
    }
    if (issues.length > MAX_ISSUES_SHOWN)
      problems.push({ message: t.problemMore(issues.length - MAX_ISSUES_SHOWN), detail: `Instrument: ${issues.length} problems in all.` });
    return problems;
  }

  /** Downloads the built-in instrument; without its Spanish text, the English one; without either, says so. */
  private loadBuiltIn(locale: Locale): void {
    if (this.builtInLoading.has(locale)) return;
    this.builtInLoading.add(locale);
    this.waitFor(
      loadBuiltInInstrument(locale).then(
        (instrument) => (this.builtIn = { ...this.builtIn, [locale]: instrument }),
        (error: unknown) => {
          this.builtInLoading.delete(locale);
          if (locale === 'es') {
            this.spanishFailed = true;
            this.warnOnce('Could not load the Spanish text of the assessment; showing English.', error);
          } else {
            this.builtInFailed = true;
            this.warnOnce('Could not load the assessment.', error);
          }
          this.requestUpdate();
        },
      ),
    );
  }

  /** A text of the instrument in the widget's language. */
  private text(value: Localized): string {
    return typeof value === 'string' ? value : value[this.locale];
  }

  /** The same, marked with the instrument's language when it differs from the widget's. */
  private show(value: Localized): TemplateResult | string {
    const lang = typeof value === 'string' ? this.resolved?.instrument?.lang : undefined;
    return lang && lang.split('-')[0].toLowerCase() !== this.locale ? html`<span lang=${lang}>${value as string}</span>` : this.text(value);
  }

  private maxLevel(instrument: Instrument): number {
    return (instrument.scale?.levels.length ?? DEFAULT_LEVELS) - 1;
  }

  private levels(instrument: Instrument): Array<{ label: TemplateResult | string; hint?: TemplateResult | string }> {
    if (instrument.scale) return instrument.scale.levels.map((level) => ({ label: this.show(level.label), hint: level.hint && this.show(level.hint) }));
    return Array.from({ length: DEFAULT_LEVELS }, (_, index) => ({ label: this.t.level(index), hint: this.t.levelHint(index) }));
  }

  /** A level's name as plain text (the CSV, the JSON download). */
  private levelText(instrument: Instrument, index: number): string {
    return instrument.scale ? this.text(instrument.scale.levels[index].label) : this.t.level(index);
  }

  /** A level's name as shown, in the instrument's language where it has its own scale. */
  private levelShown(instrument: Instrument, index: number): TemplateResult | string {
    return instrument.scale ? this.show(instrument.scale.levels[index].label) : this.t.level(index);
  }

  // ---- answers, storage and scores ---------------------------------------------------------------

  /**
   * Puts stored answers back. Without any, the first render (and the one after a quick exit) and a new
   * instrument start empty, and a new `persist` keeps what is on screen.
   */
  private restore(instrument: Instrument, first: boolean): void {
    const version = String(instrument.version);
    const instrumentKey = `${instrument.id}@${version}`;
    const changedInstrument = this.restoredInstrument !== undefined && this.restoredInstrument !== instrumentKey;
    this.restoredInstrument = instrumentKey;
    const stored = this.kept.read();
    if (stored?.version === version) {
      const maxLevel = this.maxLevel(instrument);
      const answers: Record<string, Answer> = {};
      const storedAnswers = (stored.answers && typeof stored.answers === 'object' ? stored.answers : {}) as Record<string, unknown>;
      for (const statement of instrument.areas.flatMap((area) => area.statements)) {
        const value = Object.hasOwn(storedAnswers, statement.id) ? storedAnswers[statement.id] : undefined;
        if (value === 'na' || value === 'dk' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= maxLevel))
          answers[statement.id] = value;
      }
      this.answers = answers;
      const skipped = Array.isArray(stored.skipped) ? stored.skipped : [];
      this.skipped = new Set(instrument.areas.map((area) => area.id).filter((id) => skipped.includes(id)));
      this.step = typeof stored.step === 'number' && Number.isInteger(stored.step) ? Math.min(Math.max(stored.step, 0), instrument.areas.length) : 0;
      this.organization = typeof stored.organization === 'string' ? stored.organization.slice(0, 200) : '';
    } else if (changedInstrument || first) {
      this.reset();
    } else {
      this.save();
    }
  }

  private save(): void {
    const instrument = this.resolved?.instrument;
    if (!instrument) return;
    const saved: Saved = {
      version: String(instrument.version),
      answers: { ...this.answers },
      skipped: [...this.skipped],
      step: this.step,
      organization: this.organization,
    };
    this.kept.write(saved);
  }

  private reset(): void {
    this.answers = {};
    this.skipped = new Set();
    this.step = 0;
    this.organization = '';
    this.earlier = undefined;
    this.compareError = undefined;
  }

  private scores(instrument: Instrument): AssessmentScore {
    return scoreAssessment(
      instrument.areas.map((area) => ({
        id: area.id,
        answers: area.statements.map((statement) => (this.skipped.has(area.id) ? undefined : this.answers[statement.id])),
      })),
      this.maxLevel(instrument),
    );
  }

  /** The earlier result lined up with this instrument: only areas that asked the same statements are compared. */
  private comparison(instrument: Instrument): Comparison | undefined {
    const result = this.earlier;
    if (!result) return undefined;
    const earlierAreas = new Map(result.areas.map((area) => [area.id, area]));
    const scores = new Map<string, number | null>();
    const changed = new Set<string>();
    for (const area of instrument.areas) {
      const before = earlierAreas.get(area.id);
      if (
        before &&
        sameStatements(
          before.statements,
          area.statements.map((statement) => statement.id),
        )
      )
        scores.set(area.id, before.score);
      else changed.add(area.id);
    }
    return { result, scores, changed };
  }

  /** The answers of the areas not skipped, as the payload and the JSON download list them. */
  private answerList(instrument: Instrument): NonNullable<SelfAssessmentData['answers']> {
    return instrument.areas.flatMap((area) =>
      this.skipped.has(area.id)
        ? []
        : area.statements.flatMap((statement) => {
            const answer = this.answers[statement.id];
            return answer === undefined ? [] : [{ area: area.id, statement: statement.id, answer: answerName(answer) }];
          }),
    );
  }

  private payload(instrument: Instrument, score: AssessmentScore, share: Share): SelfAssessmentData {
    const organization = this.organization.trim().slice(0, 200);
    return {
      instrument: { id: instrument.id, version: String(instrument.version) },
      share,
      levels: this.maxLevel(instrument) + 1,
      ...(organization ? { organization } : {}),
      overall: { ...tallyOf(score.overall), areasScored: score.overall.areasScored },
      areas: score.areas.map((area) => ({ id: area.id, skipped: this.skipped.has(area.id), ...tallyOf(area) })),
      ...(share === 'answers' ? { answers: this.answerList(instrument) } : {}),
    };
  }

  private areaStatus(area: InstrumentArea): string {
    if (this.skipped.has(area.id)) return this.t.statusSkipped;
    const done = area.statements.filter((statement) => this.answers[statement.id] !== undefined).length;
    return done === 0 ? this.t.statusNotStarted : this.t.statusAnswered(done, area.statements.length);
  }

  // ---- handlers ----------------------------------------------------------------------------------

  private goTo(step: number): void {
    this.step = step;
    this.confirmingClear = false;
    this.menuOpen = false;
    this.focusAfterUpdate = '#section-heading';
    this.save();
  }

  private onAnswer(area: InstrumentArea, statementId: string, answer: Answer): void {
    this.answers = { ...this.answers, [statementId]: answer };
    if (this.skipped.has(area.id)) this.setSkipped(area, false, false);
    this.save();
    const change = new SiChangeEvent({ name: statementId, value: answerName(answer) });
    this.dispatchEvent(change);
  }

  private setSkipped(area: InstrumentArea, skip: boolean, announce = true): void {
    const skipped = new Set(this.skipped);
    if (skip) skipped.add(area.id);
    else skipped.delete(area.id);
    this.skipped = skipped;
    this.save();
    const change = new SiChangeEvent({ name: area.id, value: skip ? 'skipped' : 'included' });
    if (announce) this.dispatchEvent(change);
  }

  private readonly onMenuToggle = (): void => {
    this.menuOpen = !this.menuOpen;
  };

  private readonly onMenuKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    event.stopPropagation();
    this.menuOpen = false;
    this.focusAfterUpdate = '[part~="menu-toggle"]';
  };

  private readonly onScaleToggle = (event: Event): void => {
    this.scaleClosed = !(event.currentTarget as HTMLDetailsElement).open;
  };

  private readonly onOrganization = (event: Event): void => {
    this.organization = (event.target as HTMLInputElement).value.slice(0, 200);
    this.save();
  };

  private readonly onPrint = (): void => printAlone(this);

  private onCsv(instrument: Instrument, score: AssessmentScore): void {
    const t = this.t;
    const row = (id: string, title: string, tally: Tally, skipped: boolean) => [
      id,
      title,
      tally.score,
      tally.band === null ? '' : this.levelText(instrument, tally.band),
      tally.rated,
      tally.notApplicable,
      tally.dontKnow,
      tally.unanswered,
      skipped ? t.yes : t.no,
    ];
    const rows = [
      [t.csvAreaId, t.csvArea, t.colScore, t.colBand, t.colRated, t.colNotApplicable, t.colDontKnow, t.csvUnanswered, t.csvSkipped],
      ...instrument.areas.map((area, index) => row(area.id, this.text(area.title), score.areas[index], this.skipped.has(area.id))),
      row('overall', t.overallRow, score.overall, false),
    ];
    saveFile(`${instrument.id}-${localIsoDate()}.csv`, 'text/csv;charset=utf-8', toCsv(rows));
  }

  private onJson(instrument: Instrument, score: AssessmentScore): void {
    const organization = this.organization.trim().slice(0, 200);
    const result = {
      format: RESULT_FORMAT,
      formatVersion: RESULT_FORMAT_VERSION,
      date: localIsoDate(),
      instrument: { id: instrument.id, version: String(instrument.version) },
      ...(organization ? { organization } : {}),
      levels: this.maxLevel(instrument) + 1,
      scale: Array.from({ length: this.maxLevel(instrument) + 1 }, (_, index) => this.levelText(instrument, index)),
      overall: { ...tallyOf(score.overall), areasScored: score.overall.areasScored },
      areas: instrument.areas.map((area, index) => ({
        id: area.id,
        title: this.text(area.title),
        skipped: this.skipped.has(area.id),
        ...tallyOf(score.areas[index]),
        statements: area.statements.map((statement) => statement.id),
      })),
      answers: this.answerList(instrument),
    };
    saveFile(`${instrument.id}-${localIsoDate()}.json`, 'application/json', `${JSON.stringify(result, null, 2)}\n`);
  }

  private onCompareFile(event: Event, instrument: Instrument): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const settle = (error?: ResultError, result?: ResultFile) => {
      this.compareError = error;
      this.earlier = result;
      const t = this.t;
      this.announcement = result ? t.compareLoaded : this.compareMessage(error!);
      if (error) this.focusAfterUpdate = '#compare-file';
    };
    if (file.size > MAX_FILE_CHARS) return settle('size');
    this.waitFor(
      file.text().then(
        (text) => {
          const parsed = parseResultFile(text, instrument.id);
          settle(parsed.error, parsed.result);
        },
        () => settle('json'),
      ),
    );
  }

  private compareMessage(error: ResultError): string {
    const t = this.t;
    return { json: t.compareErrorJson, format: t.compareErrorFormat, instrument: t.compareErrorInstrument, size: t.compareErrorSize, old: t.compareErrorOld }[
      error
    ];
  }

  private readonly onStopComparing = (): void => {
    this.earlier = undefined;
    this.compareError = undefined;
    this.announcement = '';
    this.focusAfterUpdate = '#compare-file';
  };

  private async onSend(event: Event, instrument: Instrument, score: AssessmentScore, share: Share): Promise<void> {
    event.preventDefault();
    if (this.delivery.busy) return;
    await this.delivery.submit(this.payload(instrument, score, share));
  }

  private readonly onAskClear = (): void => {
    this.confirmingClear = true;
    this.focusAfterUpdate = '#clear-no';
  };

  private readonly onKeep = (): void => {
    this.confirmingClear = false;
    this.focusAfterUpdate = '[part~="clear-button"]';
  };

  private readonly onConfirmKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.onKeep();
  };

  private readonly onClear = (): void => {
    this.kept.clear();
    this.reset();
    const cancelled = this.delivery.discard();
    this.confirmingClear = false;
    this.announcement = cancelled === 'on-its-way' ? this.t.clearedOnItsWay : cancelled === 'cancelled' ? this.t.clearedCancelled : this.t.cleared;
    this.focusAfterUpdate = '#section-heading';
  };

  // ---- rendering ---------------------------------------------------------------------------------

  private renderStepper(instrument: Instrument, step: number): TemplateResult {
    const t = this.t;
    const total = instrument.areas.length;
    const item = (index: number, title: TemplateResult | string, status: string | typeof nothing) =>
      html`<li>
        <button type="button" class="step" part="step" aria-current=${step === index ? 'step' : nothing} @click=${() => this.goTo(index)}>
          <span class="step__title">${title}</span>${status === nothing ? nothing : html`<span class="visually-hidden">, </span><span class="step__status">${status}</span>`}
        </button>
      </li>`;
    return html`<nav part="stepper" class="stepper" aria-label=${t.stepsLabel} @keydown=${this.onMenuKeydown}>
      <button
        type="button"
        class="menu-toggle"
        part="menu-toggle"
        aria-expanded=${this.menuOpen ? 'true' : 'false'}
        aria-controls="steps"
        @click=${this.onMenuToggle}
      >
        <span class="menu-toggle__where">${step < total ? t.areaOf(step + 1, total) : t.results}</span>
        <span class="menu-toggle__action">${this.menuOpen ? t.menuHide : t.menuShow}</span>
      </button>
      <ol class=${this.menuOpen ? 'steps steps--open' : 'steps'} id="steps">
        ${instrument.areas.map((area, index) => item(index, html`${index + 1}. ${this.show(area.title)}`, this.areaStatus(area)))}
        ${item(total, t.results, nothing)}
      </ol>
    </nav>`;
  }

  private renderProgress(instrument: Instrument): TemplateResult {
    const statements = instrument.areas.flatMap((area) => area.statements);
    const done = statements.filter((statement) => this.answers[statement.id] !== undefined).length;
    return html`<div class="progress" part="progress">
      <span id="progress-label">${this.t.progress(done, statements.length)}</span>
      <progress max=${statements.length} .value=${done} aria-labelledby="progress-label"></progress>
    </div>`;
  }

  private renderScale(instrument: Instrument): TemplateResult {
    const t = this.t;
    return html`<details class="scale-help" part="scale" ?open=${!this.scaleClosed} @toggle=${this.onScaleToggle}>
      <summary>${t.scaleHeading}</summary>
      <dl>
        ${this.levels(instrument).map((level) => html`<dt>${level.label}</dt><dd>${level.hint ?? nothing}</dd>`)}
        <dt>${t.notApplicable}</dt>
        <dd>${t.notApplicableHint}</dd>
        <dt>${t.dontKnow}</dt>
        <dd>${t.dontKnowHint}</dd>
      </dl>
    </details>`;
  }

  private renderArea(instrument: Instrument, index: number, level: HeadingLevel): TemplateResult {
    const t = this.t;
    const area = instrument.areas[index];
    const levels = this.levels(instrument);
    const skipped = this.skipped.has(area.id);
    const last = index === instrument.areas.length - 1;
    const choice = (statementId: string, key: string, value: Answer, label: TemplateResult | string) => html`<div class="choice">
      <input
        type="radio"
        id=${`${statementId}--${key}`}
        name=${statementId}
        .checked=${this.answers[statementId] === value}
        @change=${() => this.onAnswer(area, statementId, value)}
      />
      <label for=${`${statementId}--${key}`}>${label}</label>
    </div>`;
    return html`<section class="section" part="section" aria-labelledby="section-heading">
      <p class="eyebrow">${t.areaOf(index + 1, instrument.areas.length)}</p>
      ${heading(level, 1, this.show(area.title), { id: 'section-heading', class: 'section-title', focusable: true })}
      ${area.description ? html`<p>${this.show(area.description)}</p>` : nothing}
      ${
        skipped
          ? html`<div class="note" part="skipped-note">
            <p>${t.skippedNote}</p>
            <button class="button button--secondary" type="button" @click=${() => this.setSkipped(area, false)}>${t.unskip}</button>
          </div>`
          : nothing
      }
      ${this.renderScale(instrument)}
      ${area.statements.map(
        (statement) => html`<fieldset class="statement" part="statement">
          <legend class="statement__text">${this.show(statement.text)}</legend>
          <div class="scale">
            ${levels.map((entry, at) => choice(statement.id, `l${at}`, at, entry.label))}
            <div class="scale__other">${choice(statement.id, 'na', 'na', t.notApplicable)} ${choice(statement.id, 'dk', 'dk', t.dontKnow)}</div>
          </div>
        </fieldset>`,
      )}
      <div class="actions" part="actions">
        ${index > 0 ? html`<button class="button button--secondary" type="button" data-nav="previous" @click=${() => this.goTo(index - 1)}>${t.previous}</button>` : nothing}
        <button class="button" type="button" data-nav="next" @click=${() => this.goTo(index + 1)}>${last ? t.seeResults : t.next}</button>
        ${
          skipped
            ? nothing
            : html`<button
              class="button button--secondary"
              type="button"
              data-nav="skip"
              @click=${() => {
                this.setSkipped(area, true);
                this.goTo(index + 1);
              }}
            >
              ${t.skip}
            </button>`
        }
      </div>
    </section>`;
  }

  private renderChart(instrument: Instrument, score: AssessmentScore, comparison?: Comparison): TemplateResult {
    const floors = bandFloors(this.maxLevel(instrument)).slice(1);
    return html`<figure class="chart" part="chart" aria-hidden="true">
      ${instrument.areas.map((area, index) => {
        const value = score.areas[index].score;
        const before = comparison?.scores.get(area.id);
        return html`<div class="chart__row">
          <span class="chart__label">${this.show(area.title)}</span>
          <svg viewBox="0 0 100 12" preserveAspectRatio="none" focusable="false">
            <rect class="chart__track" x="0" y="0" width="100" height="12"></rect>
            ${value === null ? nothing : svg`<rect class="chart__value" data-area=${area.id} x="0" y="2" width=${value} height="8"></rect>`}
            ${typeof before === 'number' ? svg`<rect class="chart__earlier" data-area=${area.id} x="0" y="0.5" width=${before} height="11"></rect>` : nothing}
            ${floors.map((at) => svg`<line class="chart__band" x1=${at} x2=${at} y1="0" y2="12"></line>`)}
          </svg>
          <span class="chart__score">${value ?? '—'}</span>
        </div>`;
      })}
      ${comparison ? html`<figcaption class="muted">${this.t.chartLegend}</figcaption>` : nothing}
    </figure>`;
  }

  private renderTable(instrument: Instrument, score: AssessmentScore, comparison?: Comparison): TemplateResult {
    const t = this.t;
    const allComparable = comparison !== undefined && comparison.changed.size === 0;
    /** Earlier score and change: first after the score, so that on a narrow screen they come before the counts. */
    const compared = (id: string, now: number | null, then: number | null | undefined, changed: boolean) => {
      if (!comparison) return nothing;
      if (changed) return html`<td class="number">—</td><td>${t.statementsChanged}</td>`;
      const delta = changeOf(now, then);
      return html`<td class="number">${then ?? t.notScored}</td><td data-change=${id}>${delta === null ? t.notComparable : t.change(delta)}</td>`;
    };
    const cells = (id: string, tally: Tally, skipped: boolean, then: number | null | undefined, changed: boolean) =>
      html`<td class="number">${tally.score ?? (skipped ? t.skippedCell : t.notScored)}</td>
        ${compared(id, tally.score, then, changed)}
        <td>${tally.band === null ? '' : this.levelShown(instrument, tally.band)}</td>
        <td class="number">${tally.rated}</td>
        <td class="number">${tally.notApplicable}</td>
        <td class="number">${tally.dontKnow}</td>`;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption" aria-describedby="table-hint">
        <table part="table">
          <caption id="table-caption">${t.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${t.colArea}</th>
              <th scope="col" class="number">${t.colScore}</th>
              ${comparison ? html`<th scope="col" class="number">${t.colEarlier(longDate(comparison.result.date, this.locale))}</th><th scope="col">${t.colChange}</th>` : nothing}
              <th scope="col">${t.colBand}</th>
              <th scope="col" class="number">${t.colRated}</th>
              <th scope="col" class="number">${t.colNotApplicable}</th>
              <th scope="col" class="number">${t.colDontKnow}</th>
            </tr>
          </thead>
          <tbody>
            ${instrument.areas.map(
              (area, index) => html`<tr data-area=${area.id}>
                <th scope="row">${this.show(area.title)}</th>
                ${cells(area.id, score.areas[index], this.skipped.has(area.id), comparison?.scores.get(area.id), comparison?.changed.has(area.id) ?? false)}
              </tr>`,
            )}
          </tbody>
          <tfoot>
            <tr data-area="overall">
              <th scope="row">${t.overallRow}</th>
              ${cells('overall', score.overall, false, allComparable ? comparison.result.overall.score : undefined, false)}
            </tr>
          </tfoot>
        </table>
      </div>
      <p class="hint table-hint" id="table-hint">${t.tableHint}</p>`;
  }

  /** The next step of each statement rated below the top level, with the statement it answers. */
  private renderSteps(instrument: Instrument, area: InstrumentArea, tally: AreaScore): TemplateResult {
    const t = this.t;
    const stepOf = (statement: InstrumentStatement) => (statement.nextStep ? this.show(statement.nextStep) : t.workOn);
    return html`<ul class="steps-list">
      ${tally.below.map((position) => {
        const statement = area.statements[position];
        const answer = this.answers[statement.id] as number;
        return html`<li data-statement=${statement.id}>
          ${stepOf(statement)}
          <span class="for">${fill(t.stepFor, { statement: this.show(statement.text), level: this.levelShown(instrument, answer) })}</span>
        </li>`;
      })}
      ${(area.nextSteps ?? []).map((step) => html`<li>${this.show(step)}</li>`)}
    </ul>`;
  }

  private renderFindings(instrument: Instrument, score: AssessmentScore, level: HeadingLevel, taHref?: string): TemplateResult {
    const t = this.t;
    const maxLevel = this.maxLevel(instrument);
    const top = this.levelShown(instrument, maxLevel);
    const find = (id: string) => {
      const index = instrument.areas.findIndex((area) => area.id === id);
      return { area: instrument.areas[index], tally: score.areas[index] };
    };
    const scoreLine = (tally: AreaScore) => fill(t.areaScore(tally.score!), { level: this.levelShown(instrument, tally.band!) });
    const unknown = score.areas.flatMap((tally, index) => (tally.unknown.length ? [{ area: instrument.areas[index], tally }] : []));
    const scored = score.overall.areasScored > 0;
    return html`${
      scored
        ? html`${heading(level, 2, t.strengthsHeading, { class: 'subheading' })}
          ${
            score.strengths.length
              ? html`<ul part="strengths" class="strengths">
                ${score.strengths.map((id) => {
                  const { area, tally } = find(id);
                  return html`<li data-area=${id}>
                    ${this.show(area.title)}: ${scoreLine(tally)}
                    ${tally.below.length ? html`<span class="for">${t.stillToDo}</span>${this.renderSteps(instrument, area, tally)}` : nothing}
                  </li>`;
                })}
              </ul>`
              : html`<p>${fill(t.strengthsNone, { top })}</p>`
          }
          ${heading(level, 2, t.gapsHeading, { class: 'subheading' })}
          ${
            score.gaps.length
              ? score.gaps.map((id) => {
                  const { area, tally } = find(id);
                  return html`<div class="gap" part="gap" data-area=${area.id}>
                    ${heading(level, 3, this.show(area.title), { class: 'gap-title' })}
                    <p>${scoreLine(tally)}</p>
                    ${this.renderSteps(instrument, area, tally)}
                  </div>`;
                })
              : html`<p>${fill(t.gapsNone, { top })}</p>`
          }`
        : nothing
    }
    ${
      score.unscored.length
        ? html`${heading(level, 2, t.unscoredHeading, { class: 'subheading' })}
          <ul class="unscored">
            ${score.unscored.map((id) => {
              const { area, tally } = find(id);
              return html`<li data-area=${id}>
                ${this.show(area.title)}: ${t.unscoredArea(tally.rated, tally.needed)}
                ${tally.below.length ? this.renderSteps(instrument, area, tally) : nothing}
              </li>`;
            })}
          </ul>`
        : nothing
    }
    ${
      unknown.length
        ? html`<div part="find-out" class="find-out">
          ${heading(level, 2, t.findOutHeading, { class: 'subheading' })}
          <p>${t.findOutIntro}</p>
          ${unknown.map(
            ({ area, tally }) => html`${heading(level, 3, this.show(area.title), { class: 'gap-title' })}
              <ul class="steps-list">
                ${tally.unknown.map(
                  (position) =>
                    html`<li data-statement=${area.statements[position].id}>${fill(t.findOut, { statement: this.show(area.statements[position].text) })}</li>`,
                )}
              </ul>`,
          )}
        </div>`
        : nothing
    }
    ${taHref && score.gaps.length ? html`<p><a part="ta-link" href=${taHref}>${t.taLink}</a></p>` : nothing}`;
  }

  private renderCompare(instrument: Instrument, level: HeadingLevel, comparison?: Comparison): TemplateResult {
    const t = this.t;
    const { compareError } = this;
    const sameVersion = comparison?.result.instrument.version === String(instrument.version);
    const comparable = comparison ? instrument.areas.length - comparison.changed.size : 0;
    return html`<div part="compare" class=${comparison ? 'compare' : 'compare compare--idle'}>
      ${heading(level, 2, t.compareHeading, { class: 'subheading' })}
      ${
        comparison
          ? html`<p>${t.compareSummary(longDate(comparison.result.date, this.locale))}</p>
            ${sameVersion && comparison.changed.size === 0 ? nothing : html`<p class="note">${t.compareVersion(comparison.result.instrument.version, String(instrument.version), comparable)}</p>`}`
          : nothing
      }
      <div class="field compare-controls ${compareError ? 'field--error' : ''}">
        <label class="label" for="compare-file">${t.compareLabel}</label>
        ${compareError ? html`<p class="error-message" id="compare-error">${this.compareMessage(compareError)}</p>` : nothing}
        <input
          id="compare-file"
          class="input"
          type="file"
          accept="application/json,.json"
          aria-describedby=${compareError ? 'compare-error' : nothing}
          aria-invalid=${compareError ? 'true' : nothing}
          @change=${(event: Event) => this.onCompareFile(event, instrument)}
        />
      </div>
      ${comparison ? html`<p class="compare-controls"><button class="button button--secondary" type="button" @click=${this.onStopComparing}>${t.compareStop}</button></p>` : nothing}
    </div>`;
  }

  private renderSend(instrument: Instrument, score: AssessmentScore, share: Share, level: HeadingLevel): TemplateResult {
    const t = this.t;
    const org = this.setting('org', this.org.trim(), '') || t.orgFallback;
    return html`<form class="send" part="send" novalidate @submit=${(event: Event) => this.onSend(event, instrument, score, share)}>
      ${heading(level, 2, t.sendHeading, { class: 'subheading' })}
      <p>${share === 'answers' ? t.sendAnswers(org) : t.sendScores(org)} ${t.sendNothingPersonal}</p>
      ${renderHoneypot(t.honeypotLabel)}
      <p><button class="button" part="send-button" type="submit" aria-disabled=${this.delivery.busy ? 'true' : 'false'}>${t.send}</button></p>
      ${renderDeliveryStatus(this.delivery, t)}
    </form>`;
  }

  private renderResults(instrument: Instrument, resolved: Resolved): TemplateResult {
    const t = this.t;
    const level = resolved.headingLevel;
    const score = this.scores(instrument);
    const comparison = this.comparison(instrument);
    const organization = this.organization.trim();
    const { overall } = score;
    const floors = bandFloors(this.maxLevel(instrument));
    const bands = floors.map((floor, index) => ({
      from: floor,
      to: index + 1 < floors.length ? floors[index + 1] - 1 : 100,
      label: this.levelShown(instrument, index),
    }));
    return html`<section class="section" part="results" aria-labelledby="section-heading">
      ${heading(level, 1, t.resultsHeading, { id: 'section-heading', class: 'section-title', focusable: true })}
      <p class="report-meta">${organization ? html`${t.reportFor(organization)}<br />` : nothing}${t.reportDate(longDate(localIsoDate(), this.locale))}</p>
      <div class="field org-field">
        <label class="label" for="org-name">${t.orgLabel}</label>
        <span class="hint" id="org-hint">${t.orgHint}</span>
        <input id="org-name" class="input" type="text" maxlength="200" autocomplete="organization" aria-describedby="org-hint" .value=${this.organization} @input=${this.onOrganization} />
      </div>
      ${
        overall.score === null
          ? html`<p class="note">${overall.rated + overall.dontKnow === 0 ? t.nothingRated : t.tooFewRated}</p>
            ${overall.rated + overall.dontKnow > 0 ? this.renderFindings(instrument, score, level) : nothing}`
          : html`<p class="overall" part="overall">${fill(t.overall(overall.score), { level: this.levelShown(instrument, overall.band!) })}</p>
            <p>${t.overallBasis(overall.areasScored, instrument.areas.length)} ${t.countsBasis(overall.rated, overall.notApplicable, overall.dontKnow)}</p>
            <p class="muted">${t.resultsNote}</p>
            ${this.renderChart(instrument, score, comparison)} ${this.renderTable(instrument, score, comparison)}
            <p class="muted">
              ${t.bandsHeading}
              ${bands.map((band, index) => html`${index ? '; ' : ''}${t.bandRange(band.from, band.to)} ${band.label}`)}.
              ${fill(t.bandsExplained, { top: this.levelShown(instrument, this.maxLevel(instrument)) })}
            </p>
            ${this.renderFindings(instrument, score, level, resolved.taHref)} ${this.renderCompare(instrument, level, comparison)}
            <div class="actions report-controls" part="report-actions" role="group" aria-label=${t.reportActions}>
              <button class="button" type="button" data-print @click=${this.onPrint}>${t.print}</button>
              <button class="button button--secondary" type="button" data-download="csv" @click=${() => this.onCsv(instrument, score)}>${t.downloadCsv}</button>
              <button class="button button--secondary" type="button" data-download="json" aria-describedby="json-hint" @click=${() => this.onJson(instrument, score)}>
                ${t.downloadJson}
              </button>
            </div>
            <p class="hint report-controls" id="json-hint">${t.downloadJsonHint}</p>
            ${resolved.sending ? this.renderSend(instrument, score, resolved.share, level) : nothing}`
      }
    </section>`;
  }

  private renderFooter(persist: PersistMode): TemplateResult {
    const t = this.t;
    return html`<div class="footer" part="footer">
      <p class="muted">${t.keptIn(persist)}</p>
      ${
        this.confirmingClear
          ? html`<div
              class="confirm"
              role="group"
              aria-labelledby="clear-question"
              aria-describedby=${ifDefined(this.delivery.waiting ? 'clear-waiting' : undefined)}
              @keydown=${this.onConfirmKeydown}
            >
            <p id="clear-question">${t.clearQuestion}</p>
            ${this.delivery.waiting ? html`<p id="clear-waiting">${t.clearWaiting}</p>` : nothing}
            <div class="actions">
              <button class="button" type="button" id="clear-yes" @click=${this.onClear}>${t.clearYes}</button>
              <button class="button button--secondary" type="button" id="clear-no" @click=${this.onKeep}>${t.clearNo}</button>
            </div>
          </div>`
          : html`<button class="button button--secondary" part="clear-button" type="button" @click=${this.onAskClear}>${t.clear}</button>`
      }
    </div>`;
  }

  override render() {
    const resolved = this.resolved ?? this.resolve();
    if (resolved.problems.length > 0) return this.renderConfigMessage(resolved.problems);
    const instrument = resolved.instrument;
    if (!instrument) {
      return html`<div class="root loading" part="base" lang=${this.locale}><p role="status">${this.t.loading}</p></div>`;
    }
    const step = Math.min(this.step, instrument.areas.length);
    const level = resolved.headingLevel;
    return html`<div class="root" part="base" lang=${this.locale}>
      ${heading(level, 0, this.show(instrument.title), { part: 'heading', class: 'title' })}
      ${instrument.intro ? html`<p class="intro">${this.show(instrument.intro)}</p>` : nothing} ${this.renderStepper(instrument, step)}
      ${this.renderProgress(instrument)}
      ${step >= instrument.areas.length ? this.renderResults(instrument, resolved) : this.renderArea(instrument, step, level)}
      ${instrument.credit ? html`<p class="credit">${this.show(instrument.credit)}</p>` : nothing} ${this.renderFooter(resolved.persist)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}
