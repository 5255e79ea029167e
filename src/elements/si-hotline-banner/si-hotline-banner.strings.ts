import { hotlines, type HotlinePresetId, type HotlineText } from '../../content/hotlines.js';
import type { CatalogSet } from '../../core/i18n.js';
import { en as quickExitEn } from '../si-quick-exit/si-quick-exit.strings.js';

// The quick exit's strings come along: its note is shown under "More ways to get help".
export const en = {
  ...quickExitEn,
  /** A preset's name, hours, languages or note in this language. */
  preset: (id: HotlinePresetId, field: keyof HotlineText) => hotlines[id].text[field],
  hotline: 'Hotline',
  call: 'Call',
  text: 'Text',
  textKeyword: (keyword: string) => `Text ${keyword} to`,
  tty: 'TTY',
  chat: 'Chat online',
  danger: 'In immediate danger?',
  more: 'More ways to get help',
  hide: 'Hide',
  hideWhat: 'the hotline banner',
  hidden: 'Hotline banner hidden.',
  badNumber: (attribute: string) => `The number in “${attribute}” cannot be dialed, so it is not shown.`,
  badUrl: (attribute: string) => `The address in “${attribute}” must start with https://, so it is not shown.`,
  badKeyword: 'The text keyword (sms-keyword) may only have letters, digits and spaces (up to 20).',
  badChoice: (attribute: string) => `The value of “${attribute}” is not one of its choices, so the default is used.`,
};

export const catalogs: CatalogSet<typeof en> = { en, es: () => import('./si-hotline-banner.strings.es.js') };
