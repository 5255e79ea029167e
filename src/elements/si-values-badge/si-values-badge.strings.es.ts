import type { Translation } from '../../core/i18n.js';
import { coreEs } from '../../core/strings.es.js';
import type { en } from './si-values-badge.strings.js';

const es: Translation<typeof en> = {
  ...coreEs,
  badgeLabel: (kind) => (kind === 'trauma-informed' ? 'Informado sobre el trauma' : kind === 'custom' ? 'Nuestros valores' : 'Informado por sobrevivientes'),
  badgeCaption: 'Nuestros compromisos',
  title: (kind) =>
    kind === 'trauma-informed' ? 'Nuestros principios informados sobre el trauma' : kind === 'custom' ? 'Nuestros valores' : 'Nuestros valores rectores',
  intro: (org, kind) =>
    kind === 'trauma-informed'
      ? org
        ? `${org} sigue estos principios de un enfoque informado sobre el trauma.`
        : 'Seguimos estos principios de un enfoque informado sobre el trauma.'
      : org
        ? `${org} se compromete con estos valores.`
        : 'Nos comprometemos con estos valores.',
  policyLink: 'Lea la política que respalda estos valores',
  selfAssessed: (when) => `Autoevaluación realizada en ${when}`,
  assessmentLink: 'Vea nuestra autoevaluación',
  problemSet: (value) => `No existe un conjunto de valores llamado "${value}". Use guiding-values o trauma-informed.`,
  problemValues: (ids) => `Estos valores no están en el conjunto elegido: ${ids}.`,
  problemLink: (attribute) => `El enlace de "${attribute}" no está permitido. Use una dirección https o una ruta de este sitio web.`,
  problemDate: (value) => `"${value}" no es una fecha. Escriba "assessed" como año-mes-día, por ejemplo 2025-05-14.`,
  problemVariant: (value) => `No existe la variante "${value}". Use badge o card.`,
  problemUnnamed: 'Cada valor propio (<si-value>) necesita un nombre.',
};

export default es;
