import type { CatalogSet } from '../../core/i18n.js';
import { coreEn } from '../../core/strings.js';

export const en = {
  ...coreEn,
  emergency: 'Emergency',
  /** The button's first word, which stays on the narrowest screens; `exitRest` completes it. */
  exit: 'Exit',
  exitRest: 'this page',
  pressesLeft: (count: number) => `Press Shift ${count} more ${count === 1 ? 'time' : 'times'} to exit.`,
  expired: 'Exit this page expired.',
  loading: 'Loading.',
  shiftHint: 'You can also press Shift 3 times to leave.',
  historyNote: 'Leaving does not erase your browser history; a private window leaves fewer traces.',
  safetyLink: 'How to browse more safely',
  badExitUrl: 'The exit address (exit-url) must be a full https:// address. The button still exits, to the default page.',
  badSafetyHref: 'The safety page link (safety-href) must be an https:// address, so it is not shown.',
};

export const catalogs: CatalogSet<typeof en> = { en, es: () => import('./si-quick-exit.strings.es.js') };
