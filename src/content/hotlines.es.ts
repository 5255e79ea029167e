/** The hotline presets' text in Spanish (facts in `hotlines.ts`); loaded only with the banner's Spanish strings. */
import type { HotlinePresetId, HotlineText } from './hotlines.js';

export const hotlinesEs: Readonly<Record<HotlinePresetId, HotlineText>> = {
  national: {
    name: 'Línea Nacional contra la Trata de Personas (EE. UU.)',
    hours: 'Las 24 horas, todos los días',
    languages: 'Llamadas en español, en inglés y en más de 200 idiomas con intérpretes; textos en español y en inglés',
    note: 'Confidencial. No es la policía ni inmigración.',
  },
  colorado: {
    name: 'Línea de Colorado contra la Trata de Personas',
    hours: 'Las 24 horas, todos los días',
    languages: '',
    note: 'Acepta avisos anónimos. La atiende el Laboratory to Combat Human Trafficking.',
  },
  california: {
    name: 'Línea de CAST, 24 horas (California)',
    hours: 'Las 24 horas',
    languages: 'Hay traductores disponibles en las llamadas',
    note: 'No está vinculada a la policía.',
  },
};
