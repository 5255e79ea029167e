/**
 * A stored request as the coordinator reads it: every answer as text, under the question the form
 * asked (the widgets' own catalogs and content sets, so the inbox and the form never word a question
 * two ways), in the coordinator's language. The inbox's detail view and its CSV export both read this.
 * Values are plain strings; escaping and revealing invisible characters is for whoever shows them.
 */
import { en as taEn } from '../elements/si-ta-request/si-ta-request.strings.js';
import taEs from '../elements/si-ta-request/si-ta-request.strings.es.js';
import { checklists, isChecklistSetId } from '../content/checklists.js';
import { selfAssessmentEn } from '../content/self-assessment.en.js';
import selfAssessmentEs from '../content/self-assessment.es.js';
import { longDate } from '../core/format.js';
import { en as assessmentEn } from '../elements/si-self-assessment/si-self-assessment.strings.js';
import assessmentEs from '../elements/si-self-assessment/si-self-assessment.strings.es.js';
import type { ChecklistData, SelfAssessmentData, TaRequestData } from '../schemas/index.js';
import { OTHER_TOPIC } from '../schemas/ta-request-values.js';
import type { Envelope } from '../schemas/envelope.js';
import type { InboxLang } from './accounts.js';
import { INBOX_STRINGS } from './inbox-strings.js';

export interface Answer {
  /** Stable across languages: the CSV's column. */
  key: string;
  label: string;
  /** One line, or several (a list of choices); empty when the person left it blank. */
  value: string | string[];
}

export interface AnswerSection {
  title?: string;
  answers: Answer[];
}

/** What the list shows of a request beside its reference. */
export interface Summary {
  organization?: string;
  area?: string;
}

const snake = (value: string) => value.replace(/-/g, '_');

function taSections(data: TaRequestData, lang: InboxLang): AnswerSection[] {
  const t = lang === 'es' ? taEs : taEn;
  const s = INBOX_STRINGS[lang];
  const pick = (prefix: string, value: string) => (t as unknown as Record<string, string>)[`${prefix}${snake(value)}`] ?? value;
  const text = (key: keyof TaRequestData, label: string): Answer => ({ key, label, value: (data[key] as string | undefined) ?? '' });
  // Asked only in some requests (the event questions with training, the county with a county area):
  // shown when sent, so a request shows the questions its sender was asked and no empty others.
  const given = <T>(value: T | undefined, answer: (value: T) => Answer): Answer[] => (value === undefined ? [] : [answer(value)]);
  const topic = (id: string) => (id === OTHER_TOPIC && data.topicOther !== undefined ? s.taOtherTopic(data.topicOther) : t.topicLabel(id));
  return [
    {
      title: s.aboutYou,
      answers: [
        text('requesterName', t.requesterName),
        text('requesterRole', t.requesterRole),
        text('agency', t.agency),
        { key: 'organizationType', label: t.organizationType, value: pick('orgType_', data.organizationType) },
        ...given(data.area, (area) => ({ key: 'area', label: s.taArea, value: s.taAreas[area] ?? area })),
        ...given(data.county, (county) => ({ key: 'county', label: t.countyFree, value: county })),
        ...given(data.areaDetail, (detail) => ({ key: `areaDetail:${data.area}`, label: s.taAreaDetail[data.area] ?? s.taArea, value: detail })),
        ...given(data.region, (region) => ({ key: 'region', label: s.region, value: region })),
        ...given(data.cohort, (cohort) => ({ key: 'cohort', label: s.taCohort, value: cohort })),
        text('email', t.email),
        text('phone', t.phone),
      ],
    },
    {
      title: s.aboutNeed,
      answers: [
        { key: 'requestTypes', label: t.requestTypes, value: data.requestTypes.map((type) => pick('requestType_', type)) },
        ...given(data.canMatchFunds, (funds) => ({ key: 'canMatchFunds', label: t.matchFunds, value: pick('matchFunds_', funds) })),
        { key: 'topics', label: t.topics, value: data.topics.map(topic) },
        ...given(data.audiences, (audiences) => ({ key: 'audiences', label: t.audiences, value: audiences.map((audience) => t.audienceLabel(audience)) })),
        ...given(data.audienceOther, (other) => ({ key: 'audienceOther', label: t.audienceOther, value: other })),
        ...given(data.audienceSize, (size) => ({ key: 'audienceSize', label: t.audienceSize, value: pick('size_', size) })),
        ...given(data.format, (format) => ({ key: 'format', label: t.format, value: pick('format_', format) })),
        ...given(data.length, (length) => ({ key: 'length', label: t.length, value: pick('length_', length) })),
        ...given(data.preferredDates, (dates) => ({ key: 'preferredDates', label: t.dates, value: dates.map((date) => longDate(date, lang)) })),
        ...given(data.neededBy, (date) => ({ key: 'neededBy', label: s.taNeededBy, value: longDate(date, lang) })),
        text('goals', t.goals),
        text('accessibilityNeeds', t.accessibilityNeeds),
        text('languageNeeds', t.languageNeeds),
      ],
    },
  ];
}

function checklistSections(data: ChecklistData, lang: InboxLang): AnswerSection[] {
  const s = INBOX_STRINGS[lang];
  const set = isChecklistSetId(data.content.id) && checklists[data.content.id].version === data.content.version ? checklists[data.content.id] : undefined;
  const itemText = new Map(set?.items.map((item) => [item.id, item.text[lang]]));
  const done = data.items.filter((item) => item.checked).length;
  return [
    {
      answers: [
        { key: 'content', label: s.checklistSet, value: set ? set.title[lang] : `${data.content.id} (${data.content.version})` },
        { key: 'done', label: s.checklistProgress, value: s.checklistDone(done, data.items.length) },
      ],
    },
    {
      answers: data.items.flatMap((item) => [
        { key: `item:${item.id}`, label: itemText.get(item.id) ?? item.id, value: item.checked ? s.ticked : s.notTicked },
        ...(item.note ? [{ key: `item:${item.id}:note`, label: `${itemText.get(item.id) ?? item.id}: ${s.itemNote}`, value: item.note }] : []),
      ]),
    },
  ];
}

function assessmentSections(data: SelfAssessmentData, lang: InboxLang): AnswerSection[] {
  const s = INBOX_STRINGS[lang];
  const known = data.instrument.id === selfAssessmentEn.id && data.instrument.version === selfAssessmentEn.version;
  const areaTitle = (id: string) =>
    (known ? (lang === 'es' ? selfAssessmentEs.areas[id]?.title : selfAssessmentEn.areas.find((area) => area.id === id)?.title) : undefined) ?? id;
  const statementText = (area: string, id: string) =>
    (known
      ? lang === 'es'
        ? selfAssessmentEs.areas[area]?.statements[id]?.text
        : selfAssessmentEn.areas.find((candidate) => candidate.id === area)?.statements.find((statement) => statement.id === id)?.text
      : undefined) ?? id;
  // A level of the built-in scale by its name, as the widget names it; of another scale, by its place.
  const levelName = (level: number) => (known && data.levels === 4 ? (lang === 'es' ? assessmentEs : assessmentEn).level(level) : s.level(level, data.levels));
  const score = (tally: { score: number | null; band: number | null }) => s.score(tally.score, tally.band === null ? null : levelName(tally.band));
  const sections: AnswerSection[] = [
    {
      answers: [
        {
          key: 'instrument',
          label: s.assessmentInstrument,
          value: known ? (lang === 'es' ? selfAssessmentEs.title : selfAssessmentEn.title) : `${data.instrument.id} (${data.instrument.version})`,
        },
        ...(data.organization !== undefined ? [{ key: 'organization', label: s.organization, value: data.organization }] : []),
        { key: 'overall', label: s.overallScore, value: score(data.overall) },
        ...data.areas.map((area) => ({ key: `area:${area.id}`, label: areaTitle(area.id), value: area.skipped ? s.skipped : score(area) })),
      ],
    },
  ];
  if (data.answers) {
    sections.push({
      title: s.answersShared,
      answers: data.answers.map((answer) => ({
        key: `statement:${answer.statement}`,
        label: statementText(answer.area, answer.statement),
        value: answer.answer === 'not-applicable' ? s.notApplicable : answer.answer === 'dont-know' ? s.dontKnow : levelName(answer.answer),
      })),
    });
  } else {
    sections.push({ answers: [{ key: 'answers', label: s.answersShared, value: s.scoresOnly }] });
  }
  return sections;
}

/** Every answer of a request, in sections, in the coordinator's language. */
export function answersOf(envelope: Envelope, lang: InboxLang): AnswerSection[] {
  switch (envelope.type) {
    case 'ta-request':
      return taSections(envelope.data as TaRequestData, lang);
    case 'checklist':
      return checklistSections(envelope.data as ChecklistData, lang);
    case 'self-assessment':
      return assessmentSections(envelope.data as SelfAssessmentData, lang);
    default:
      // A type a newer intake stored: every value as JSON text, so nothing is hidden.
      return [
        {
          answers: Object.entries((envelope.data ?? {}) as Record<string, unknown>).map(([key, value]) => ({
            key,
            label: key,
            value: typeof value === 'string' ? value : JSON.stringify(value),
          })),
        },
      ];
  }
}

/**
 * The organization and area a request names, for the list: the county, else the counties or nation
 * named, else the kind of area in the coordinator's language.
 */
export function summaryOf(envelope: Envelope, lang: InboxLang = 'en'): Summary {
  const data = (envelope.data ?? {}) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const areas: Record<string, string> = INBOX_STRINGS[lang].taAreas;
  const kind = envelope.type === 'ta-request' && typeof data.area === 'string' ? areas[data.area] : undefined;
  return { organization: text(data.agency) ?? text(data.organization), area: text(data.county) ?? text(data.areaDetail) ?? kind };
}
