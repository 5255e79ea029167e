import type { ValueSetId } from '../../content/values.js';
import type { CatalogSet } from '../../core/i18n.js';
import { coreEn } from '../../core/strings.js';

/** A built-in value set, or the host's own values (`<si-value>` children). */
export type ValueListKind = ValueSetId | 'custom';

export const en = {
  ...coreEn,
  badgeLabel: (kind: ValueListKind) => (kind === 'trauma-informed' ? 'Trauma-informed' : kind === 'custom' ? 'Our values' : 'Survivor-informed'),
  badgeCaption: 'What we commit to',
  title: (kind: ValueListKind) => (kind === 'trauma-informed' ? 'Our trauma-informed principles' : kind === 'custom' ? 'Our values' : 'Our guiding values'),
  intro: (org: string, kind: ValueListKind) =>
    kind === 'trauma-informed'
      ? org
        ? `${org} follows these principles of a trauma-informed approach.`
        : 'We follow these principles of a trauma-informed approach.'
      : org
        ? `${org} commits to these values.`
        : 'We commit to these values.',
  policyLink: 'Read the policy behind these values',
  selfAssessed: (when: string) => `Self-assessed in ${when}`,
  assessmentLink: 'See our self-assessment',
  problemSet: (value: string) => `There is no value set called "${value}". Use guiding-values or trauma-informed.`,
  problemValues: (ids: string) => `These values are not in the chosen set: ${ids}.`,
  problemLink: (attribute: string) => `The link in "${attribute}" is not allowed. Use an https address or a path on this website.`,
  problemDate: (value: string) => `"${value}" is not a date. Write "assessed" as year-month-day, for example 2025-05-14.`,
  problemVariant: (value: string) => `There is no variant called "${value}". Use badge or card.`,
  problemUnnamed: 'Each custom value (<si-value>) needs a name.',
};

export const catalogs: CatalogSet<typeof en> = { en, es: () => import('./si-values-badge.strings.es.js') };
