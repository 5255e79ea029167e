import type { Translation } from './i18n.js';
import type { coreEn } from './strings.js';

export const coreEs: Translation<typeof coreEn> = {
  configProblemHeading: 'Este widget no está bien configurado',
  configProblemHint: 'El equipo del sitio web puede corregirlo en la configuración de la página.',
};
