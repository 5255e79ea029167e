/**
 * The default instrument of `<si-self-assessment>`, loaded when a widget first shows it: the English
 * text (`self-assessment.en.ts`) and, for a widget in Spanish, the Spanish text beside it
 * (`self-assessment.es.ts`). Neither is in the widget's own module, so a page that does not show a
 * self-assessment downloads neither, and the loader requests the English one with the widget.
 */
import type { Locale } from '../core/i18n.js';
import type { Instrument, Localized } from './instrument-schema.js';
import type { selfAssessmentEn } from './self-assessment.en.js';

/** The Spanish text of the default instrument, by the English instrument's ids (`self-assessment.es.ts`). */
export interface InstrumentTranslation {
  title: string;
  intro: string;
  credit: string;
  areas: Record<string, { title: string; description: string; statements: Record<string, { text: string; nextStep: string }> }>;
}

/** The English instrument with the Spanish text beside every English text. Throws on a missing translation. */
export function withSpanish(instrument: typeof selfAssessmentEn, es: InstrumentTranslation): Instrument {
  const both = (en: string, translated: string | undefined): Localized => {
    if (!translated) throw new Error(`No Spanish text for "${en}"`);
    return { en, es: translated };
  };
  return {
    ...instrument,
    lang: undefined,
    title: both(instrument.title, es.title),
    intro: both(instrument.intro, es.intro),
    credit: both(instrument.credit, es.credit),
    areas: instrument.areas.map((area) => {
      const translated = es.areas[area.id];
      return {
        id: area.id,
        title: both(area.title, translated?.title),
        description: both(area.description, translated?.description),
        statements: area.statements.map((statement) => {
          const spanish = translated?.statements[statement.id];
          return { id: statement.id, text: both(statement.text, spanish?.text), nextStep: both(statement.nextStep, spanish?.nextStep) };
        }),
      };
    }),
  };
}

const loading = new Map<Locale, Promise<Instrument>>();

/** The default instrument for a widget in `locale`: English, or English and Spanish; downloaded on first use. */
export function loadBuiltInInstrument(locale: Locale): Promise<Instrument> {
  let pending = loading.get(locale);
  if (!pending) {
    const english = import('./self-assessment.en.js').then((module) => module.default);
    pending = locale === 'es' ? Promise.all([english, import('./self-assessment.es.js')]).then(([en, es]) => withSpanish(en, es.default)) : english;
    loading.set(locale, pending);
    pending.catch(() => loading.delete(locale));
  }
  return pending;
}
