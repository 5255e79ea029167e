import { deliveryEn } from '../../core/delivery/delivery.strings.js';
import type { CatalogSet } from '../../core/i18n.js';
import { coreEn } from '../../core/strings.js';

/** What a person is told about where their checkmarks and notes are kept. */
export type KeptIn = 'none' | 'session' | 'local';

export const en = {
  ...coreEn,
  ...deliveryEn,
  intro: 'Check each step your organization has in place.',
  keptIn: (where: KeptIn) =>
    where === 'local'
      ? 'Your checkmarks and notes are kept in this browser for up to 7 days, until you clear them.'
      : where === 'session'
        ? 'Your checkmarks and notes are kept in this browser tab until you close it.'
        : 'Nothing you enter here is saved: it is gone when you leave the page.',
  progressLabel: 'Progress',
  progress: (done: number, total: number) => `${done} of ${total} done`,
  addNote: 'Add a note',
  showNote: 'Show note',
  hideNote: 'Hide note',
  stepNumber: (n: number) => `step ${n}`,
  noteLabel: (n: number) => `Your note on step ${n}`,
  noteHint: 'About your organization’s practice only: no names or other personal details about anyone.',
  notePrinted: 'Note:',
  actionsLabel: 'Print or save',
  print: 'Print',
  downloadCsv: 'Download CSV',
  downloadJson: 'Download JSON',
  clear: 'Clear my answers',
  clearQuestion: 'Clear every checkmark and note on this checklist? This cannot be undone.',
  clearYes: 'Yes, clear them',
  clearNo: 'Keep my answers',
  cleared: 'Every checkmark and note was cleared.',
  clearWaiting: 'Your results have not been sent yet. Clearing also cancels sending them.',
  clearedCancelled: 'Every checkmark and note was cleared, and the results that were waiting will not be sent.',
  clearedOnItsWay: 'Every checkmark and note was cleared. The results were already on their way, so they may still arrive.',
  sendHeading: 'Send your checklist',
  sendWhat: (recipient: string) =>
    `Sending gives ${recipient} which steps you checked and every note you wrote, exactly as written. Nothing else about you is sent.`,
  orgFallback: 'the organization that runs this page',
  send: 'Send your checklist',
  printedOn: (date: string) => `Printed ${date}`,
  csvNumber: 'Number',
  csvStep: 'Step',
  csvPoints: 'Details',
  csvDone: 'Done',
  csvNote: 'Note',
  yes: 'Yes',
  no: 'No',
  loading: 'Loading the checklist…',
  loadFailed: 'The checklist could not be loaded. Check your connection and try again.',
  loadRetry: 'Try loading it again',
  problemSet: (value: string) => `There is no checklist called "${value}". Use survivor-informed-practice or partnership.`,
  problemPersist: (value: string) => `"${value}" is not a way of keeping answers. Use none, session or local.`,
  problemHeadingLevel: (value: string) => `"${value}" is not a heading level. Use a number from 1 to 6.`,
  problemSrc: 'The checklist address in "src" is not allowed. Use an https address or a path on this website.',
  problemJson: 'The checklist content is not valid JSON.',
  problemMore: (count: number) => `…and ${count} more.`,
  problemRoot: 'the content',
  issueMissing: 'is missing',
  issueType: (expected: string) =>
    expected === 'array'
      ? 'should be a list [ … ]'
      : expected === 'object'
        ? 'should be an object { … }'
        : expected === 'string'
          ? 'should be text'
          : expected === 'boolean'
            ? 'should be true or false'
            : 'should be a number',
  issueTooShort: 'should not be empty',
  issueTooLong: (max: number) => `is too long (at most ${max} characters)`,
  issueTooFew: (min: number) => `needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`,
  issueTooMany: (max: number) => `has too many entries (at most ${max})`,
  issueFormat: 'uses characters that are not allowed (letters, digits, - and _ only)',
  issueText: 'should be text, or an object with "en" and "es" texts',
  issueVersion: 'should be a version such as 1 or "2025-05"',
  issueUnknown: (keys: string) => `has keys this checklist does not know: ${keys}`,
  issueDuplicate: 'repeats an id used by an earlier item',
  issueInvalid: 'is not valid',
};

export const catalogs: CatalogSet<typeof en> = { en, es: () => import('./si-checklist.strings.es.js') };
