/**
 * What the coordinator's inbox says, in English and in US public-service Spanish (usted). The
 * questions of a request keep the words the form asked them in (answers.ts takes them from the
 * widgets' own catalogs); these are the inbox's own words, and the TA request's version 2 questions
 * (`ta…`) in the stepped form's words.
 */
import type { Status } from './store.js';
import type { AuditAction } from './audit.js';
import type { AREAS } from '../schemas/ta-request-values.js';

type Area = (typeof AREAS)[number];

/** What a line of the audit log is made of (inbox.ts fills it from an entry). */
export interface AuditLine {
  who: string | null;
  action: AuditAction;
  reference: string | null;
  address: string | null;
  params: URLSearchParams;
  /** The filters of an export, described in this language. */
  filters: string;
  /** A status code in words. */
  status: (code: string | null) => string;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
const pluralEs = (count: number, one: string, many: string) => `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;

export const inboxEn = {
  product: 'Requests inbox',
  skip: 'Skip to main content',
  navLabel: 'Inbox',
  navRequests: 'Requests',
  navAudit: 'Audit log',
  signedInAs: (name: string) => `Signed in as ${name}`,
  signOut: 'Sign out',
  otherLanguage: 'Español',
  otherLanguageName: 'Ver en español',
  errorPrefix: 'Error:',
  errorSummary: 'There is a problem',

  signInTitle: 'Sign in',
  signInHeading: 'Sign in to the requests inbox',
  signInIntro: 'Only program staff with an account can read requests. Your account is set up by the person who runs this server.',
  username: 'Account name',
  password: 'Password',
  signInButton: 'Sign in',
  signInWrong: 'The account name or password is not right. Check them and try again.',
  signInMissing: 'Enter your account name and password.',
  signInLimited: (minutes: number) => `Too many attempts to sign in. Wait ${plural(minutes, 'minute', 'minutes')} and try again.`,
  signedOut: 'You have signed out.',
  sessionEnded: 'Your session ended, so you were signed out. Sign in again to carry on.',
  sharedComputer: 'On a shared computer, sign out when you finish and close the browser.',
  unsavedHeading: 'Your note was not saved',
  unsavedIntro: 'Your session ended before you saved it. Copy it from here, sign in, open the request again and paste it.',

  listTitle: 'Requests',
  listIntro: (days: number) =>
    days > 0
      ? `Newest first. Each request is deleted ${plural(days, 'day', 'days')} after it arrives, as the form tells the people who send it.`
      : 'Newest first. Requests are kept until you delete them.',
  filters: 'Filter the requests',
  filterType: 'Type',
  filterStatus: 'Status',
  filterArea: 'County or area',
  filterAreaHint: 'Part of the name is enough.',
  filterFrom: 'Received on or after',
  filterTo: 'Received on or before',
  filterReference: 'Reference',
  filterReferenceHint: 'For example, SI-7KQM-2XHV',
  anyType: 'Any type',
  anyStatus: 'Any status',
  applyFilters: 'Show requests',
  clearFilters: 'Clear filters',
  matching: (count: number) => plural(count, 'request matches', 'requests match'),
  allCount: (count: number) => plural(count, 'request', 'requests'),
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  previous: 'Previous page',
  next: 'Next page',
  pagination: 'Pages',
  exportCsv: (count: number) => `Download ${count === 1 ? 'this request' : `these ${count.toLocaleString('en-US')} requests`} as a spreadsheet (CSV)`,
  nothingYet: 'No requests have arrived yet.',
  nothingMatches: 'No requests match these filters.',
  received: 'Received',
  organization: 'Organization',
  area: 'County or area',
  status: 'Status',
  type: 'Type',
  badFilter: 'Some filters could not be used',
  badDate: (label: string) => `${label} must be a real date, like 2027-03-15.`,
  badRange: 'The first date must be on or before the second.',
  badReference: 'A reference looks like SI-7KQM-2XHV.',

  types: { 'ta-request': 'Training or assistance request', checklist: 'Checklist results', 'self-assessment': 'Self-assessment results' } as Record<
    string,
    string
  >,
  statuses: { new: 'New', 'in-progress': 'In progress', scheduled: 'Scheduled', done: 'Done', declined: 'Declined' } satisfies Record<Status, string>,

  detailTitle: (reference: string) => `Request ${reference}`,
  backToList: 'Back to the requests',
  answers: 'What they sent',
  sentFrom: 'How it was sent',
  page: 'Page of the form',
  formLanguage: 'Language of the form',
  languages: { en: 'English', es: 'Spanish' } as Record<string, string>,
  widget: 'Form and version',
  filledIn: 'Sent from the browser at',
  handling: 'Handling',
  handlingIntro: 'Only staff who can sign in see the status and the note.',
  note: 'Note',
  noteHint: (max: number) =>
    `For the team: what was agreed, who follows up. Up to ${max.toLocaleString('en-US')} characters. Do not write about anyone’s personal history.`,
  noteTooLong: (max: number, over: number) =>
    `The note must be ${max.toLocaleString('en-US')} characters or fewer. It is ${plural(over, 'character', 'characters')} too long.`,
  statusMissing: 'Select a status.',
  save: 'Save status and note',
  saved: 'The status and note are saved.',
  lastChanged: 'Last changed',
  gone: 'This request is not here. It may have been deleted, by a coordinator or because it was older than the time requests are kept.',
  deleteHeading: 'Delete this request',
  deleteIntro: 'Deleting removes the request and everything in it at once. It cannot be undone.',
  deleteLink: (reference: string) => `Delete request ${reference}`,
  deleteTitle: (reference: string) => `Delete request ${reference}?`,
  deleteConfirmIntro: 'The request, its answers, status and note will be gone for good. The audit log keeps only its reference and who deleted it.',
  deleteConfirm: 'Yes, delete it for good',
  deleteCancel: 'No, keep it',
  deleted: (reference: string) => `Request ${reference} is deleted.`,
  yes: 'Yes',
  no: 'No',
  none: 'Not answered',
  ticked: 'Done',
  notTicked: 'Not done yet',
  itemNote: 'Their note',
  checklistSet: 'Checklist',
  checklistProgress: 'Progress',
  checklistDone: (done: number, total: number) => `${done} of ${total} done`,
  assessmentInstrument: 'Self-assessment',
  overallScore: 'Overall score',
  score: (score: number | null, band: string | null) => (score === null ? 'Not rated' : `${score} out of 100${band ? ` (${band})` : ''}`),
  skipped: 'Skipped: does not apply',
  level: (level: number, levels: number) => `${level + 1} of ${levels}`,
  notApplicable: 'Not applicable',
  dontKnow: 'Don’t know',
  answersShared: 'Answer to each statement',
  scoresOnly: 'Only the scores were shared, not the answer to each statement.',
  region: 'State of the county list',
  // A TA request's two sections, and the questions its version 2 added.
  aboutYou: 'About you and your agency',
  aboutNeed: 'What you need',
  taArea: 'Where will the work take place?',
  taAreas: {
    county: 'In one county',
    statewide: 'Across the state',
    'several-counties': 'In several counties',
    'tribal-nation': 'In a tribal nation',
  } satisfies Record<Area, string>,
  taAreaDetail: { 'several-counties': 'Which counties?', 'tribal-nation': 'Which nation?' } as Partial<Record<Area, string>>,
  taCohort: 'Regional cohort',
  taOtherTopic: (words: string) => `Another topic: ${words}`,
  taNeededBy: 'By when do you need it?',

  auditTitle: 'Audit log',
  auditIntro: (days: number) =>
    `Who signed in, opened, changed, exported and deleted requests, newest first. Entries are deleted after ${plural(days, 'day', 'days')}. It names requests by reference only.`,
  auditEmpty: 'Nothing has been logged yet.',
  /** One line of the audit log; `who` is the account, or null for the receiver or an unknown name. */
  audit: (e: AuditLine): string => {
    const who = e.who ?? (e.action === 'retention' ? 'The receiver' : 'An unknown account name');
    const from = e.address ? ` from ${e.address}` : '';
    switch (e.action) {
      case 'sign-in':
        return `${who} signed in ${e.params.get('method') === 'proxy' ? 'through the single sign-on proxy' : 'with a password'}${from}.`;
      case 'sign-in-failed':
        return `${who} failed to sign in${e.params.get('reason') === 'proxy-account' ? ': the proxy named an account the inbox does not have' : ''}${from}.`;
      case 'sign-in-refused':
        return `${who} was refused after too many attempts to sign in${from}.`;
      case 'sign-out':
        return `${who} signed out.`;
      case 'view':
        return `${who} opened ${e.reference}.`;
      case 'status':
        return `${who} changed the status of ${e.reference} from ${e.status(e.params.get('from'))} to ${e.status(e.params.get('to'))}.`;
      case 'note':
        return `${who} changed the note on ${e.reference}.`;
      case 'export': {
        const count = Number(e.params.get('count'));
        return `${who} downloaded ${plural(count, 'request', 'requests')} as CSV${e.filters ? ` (${e.filters})` : ''}.`;
      }
      case 'delete':
        return `${who} deleted ${e.reference}.`;
      case 'retention':
        return `${who} deleted ${plural(Number(e.params.get('count')), 'request', 'requests')} received more than ${plural(Number(e.params.get('days')), 'day', 'days')} ago.`;
    }
  },

  forbiddenTitle: 'This page cannot be used from there',
  forbidden: 'The inbox accepts changes only from its own pages. Go back to the inbox and try again.',
  notFoundTitle: 'Page not found',
  notFound: 'There is nothing at this address in the inbox.',
  errorTitle: 'Something went wrong',
  error: 'The inbox could not do that just now. Nothing was changed. Try again in a moment.',

  csvColumns: {
    reference: 'Reference',
    received: 'Received',
    type: 'Type',
    status: 'Status',
    note: 'Note',
    formLanguage: 'Language of the form',
  },
};

export type InboxStrings = typeof inboxEn;

export const inboxEs: InboxStrings = {
  product: 'Bandeja de solicitudes',
  skip: 'Saltar al contenido principal',
  navLabel: 'Bandeja',
  navRequests: 'Solicitudes',
  navAudit: 'Registro de actividad',
  signedInAs: (name: string) => `Sesión iniciada como ${name}`,
  signOut: 'Cerrar sesión',
  otherLanguage: 'English',
  otherLanguageName: 'View in English',
  errorPrefix: 'Error:',
  errorSummary: 'Hay un problema',

  signInTitle: 'Iniciar sesión',
  signInHeading: 'Inicie sesión en la bandeja de solicitudes',
  signInIntro: 'Solo el personal del programa con una cuenta puede leer las solicitudes. La persona que administra este servidor crea su cuenta.',
  username: 'Nombre de la cuenta',
  password: 'Contraseña',
  signInButton: 'Iniciar sesión',
  signInWrong: 'El nombre de la cuenta o la contraseña no son correctos. Revíselos y vuelva a intentarlo.',
  signInMissing: 'Escriba el nombre de su cuenta y su contraseña.',
  signInLimited: (minutes: number) => `Hubo demasiados intentos de iniciar sesión. Espere ${pluralEs(minutes, 'minuto', 'minutos')} y vuelva a intentarlo.`,
  signedOut: 'Cerró la sesión.',
  sessionEnded: 'Su sesión terminó y se cerró. Vuelva a iniciar sesión para continuar.',
  sharedComputer: 'En una computadora compartida, cierre la sesión al terminar y cierre el navegador.',
  unsavedHeading: 'Su nota no se guardó',
  unsavedIntro: 'Su sesión terminó antes de que la guardara. Cópiela de aquí, inicie sesión, vuelva a abrir la solicitud y péguela.',

  listTitle: 'Solicitudes',
  listIntro: (days: number) =>
    days > 0
      ? `Las más recientes primero. Cada solicitud se borra ${pluralEs(days, 'día', 'días')} después de llegar, como el formulario les indica a las personas que la envían.`
      : 'Las más recientes primero. Las solicitudes se guardan hasta que usted las borre.',
  filters: 'Filtrar las solicitudes',
  filterType: 'Tipo',
  filterStatus: 'Estado',
  filterArea: 'Condado o zona',
  filterAreaHint: 'Basta con una parte del nombre.',
  filterFrom: 'Recibidas desde el',
  filterTo: 'Recibidas hasta el',
  filterReference: 'Referencia',
  filterReferenceHint: 'Por ejemplo, SI-7KQM-2XHV',
  anyType: 'Cualquier tipo',
  anyStatus: 'Cualquier estado',
  applyFilters: 'Mostrar solicitudes',
  clearFilters: 'Quitar los filtros',
  matching: (count: number) => (count === 1 ? '1 solicitud coincide' : `${count.toLocaleString('en-US')} solicitudes coinciden`),
  allCount: (count: number) => pluralEs(count, 'solicitud', 'solicitudes'),
  pageOf: (page: number, pages: number) => `Página ${page} de ${pages}`,
  previous: 'Página anterior',
  next: 'Página siguiente',
  pagination: 'Páginas',
  exportCsv: (count: number) => `Descargar ${count === 1 ? 'esta solicitud' : `estas ${count.toLocaleString('en-US')} solicitudes`} como hoja de cálculo (CSV)`,
  nothingYet: 'Todavía no ha llegado ninguna solicitud.',
  nothingMatches: 'Ninguna solicitud coincide con estos filtros.',
  received: 'Recibida',
  organization: 'Organización',
  area: 'Condado o zona',
  status: 'Estado',
  type: 'Tipo',
  badFilter: 'No se pudieron usar algunos filtros',
  badDate: (label: string) => `«${label}» debe ser una fecha real, como 2027-03-15.`,
  badRange: 'La primera fecha debe ser igual o anterior a la segunda.',
  badReference: 'Una referencia tiene esta forma: SI-7KQM-2XHV.',

  types: {
    'ta-request': 'Solicitud de capacitación o asistencia',
    checklist: 'Resultados de la lista de verificación',
    'self-assessment': 'Resultados de la autoevaluación',
  },
  statuses: { new: 'Nueva', 'in-progress': 'En curso', scheduled: 'Programada', done: 'Terminada', declined: 'Rechazada' },

  detailTitle: (reference: string) => `Solicitud ${reference}`,
  backToList: 'Volver a las solicitudes',
  answers: 'Lo que enviaron',
  sentFrom: 'Cómo se envió',
  page: 'Página del formulario',
  formLanguage: 'Idioma del formulario',
  languages: { en: 'inglés', es: 'español' },
  widget: 'Formulario y versión',
  filledIn: 'Enviada desde el navegador el',
  handling: 'Seguimiento',
  handlingIntro: 'Solo el personal que puede iniciar sesión ve el estado y la nota.',
  note: 'Nota',
  noteHint: (max: number) =>
    `Para el equipo: lo acordado y quién da seguimiento. Hasta ${max.toLocaleString('en-US')} caracteres. No escriba sobre la historia personal de nadie.`,
  noteTooLong: (max: number, over: number) =>
    `La nota debe tener ${max.toLocaleString('en-US')} caracteres o menos. Le sobran ${pluralEs(over, 'carácter', 'caracteres')}.`,
  statusMissing: 'Seleccione un estado.',
  save: 'Guardar el estado y la nota',
  saved: 'Se guardaron el estado y la nota.',
  lastChanged: 'Último cambio',
  gone: 'Esta solicitud no está aquí. Puede que se haya borrado, por una persona coordinadora o porque superó el tiempo que se guardan las solicitudes.',
  deleteHeading: 'Borrar esta solicitud',
  deleteIntro: 'Al borrarla, la solicitud y todo su contenido desaparecen de inmediato. No se puede deshacer.',
  deleteLink: (reference: string) => `Borrar la solicitud ${reference}`,
  deleteTitle: (reference: string) => `¿Borrar la solicitud ${reference}?`,
  deleteConfirmIntro:
    'La solicitud, sus respuestas, su estado y su nota desaparecerán para siempre. El registro de actividad guarda solo su referencia y quién la borró.',
  deleteConfirm: 'Sí, borrarla para siempre',
  deleteCancel: 'No, conservarla',
  deleted: (reference: string) => `Se borró la solicitud ${reference}.`,
  yes: 'Sí',
  no: 'No',
  none: 'Sin respuesta',
  ticked: 'Hecho',
  notTicked: 'Todavía no',
  itemNote: 'Su nota',
  checklistSet: 'Lista de verificación',
  checklistProgress: 'Avance',
  checklistDone: (done: number, total: number) => `${done} de ${total} hechos`,
  assessmentInstrument: 'Autoevaluación',
  overallScore: 'Puntuación general',
  score: (score: number | null, band: string | null) => (score === null ? 'Sin calificar' : `${score} de 100${band ? ` (${band})` : ''}`),
  skipped: 'Omitida: no corresponde',
  level: (level: number, levels: number) => `${level + 1} de ${levels}`,
  notApplicable: 'No corresponde',
  dontKnow: 'No sé',
  answersShared: 'Respuesta a cada afirmación',
  scoresOnly: 'Solo se compartieron las puntuaciones, no la respuesta a cada afirmación.',
  region: 'Estado de la lista de condados',
  aboutYou: 'Sobre usted y su agencia',
  aboutNeed: 'Lo que necesita',
  taArea: '¿Dónde se hará el trabajo?',
  taAreas: { county: 'En un condado', statewide: 'En todo el estado', 'several-counties': 'En varios condados', 'tribal-nation': 'En una nación tribal' },
  taAreaDetail: { 'several-counties': '¿En qué condados?', 'tribal-nation': '¿En qué nación?' },
  taCohort: 'Cohorte regional',
  taOtherTopic: (words: string) => `Otro tema: ${words}`,
  taNeededBy: '¿Para cuándo lo necesita?',

  auditTitle: 'Registro de actividad',
  auditIntro: (days: number) =>
    `Quién inició sesión y quién abrió, cambió, exportó y borró solicitudes, lo más reciente primero. Cada entrada se borra después de ${pluralEs(days, 'día', 'días')}. Nombra las solicitudes solo por su referencia.`,
  auditEmpty: 'Todavía no hay nada registrado.',
  audit: (e: AuditLine): string => {
    const who = e.who ?? (e.action === 'retention' ? 'El receptor' : 'Un nombre de cuenta que no existe');
    const from = e.address ? ` desde ${e.address}` : '';
    switch (e.action) {
      case 'sign-in':
        return `${who} inició sesión ${e.params.get('method') === 'proxy' ? 'a través del proxy de inicio de sesión único' : 'con contraseña'}${from}.`;
      case 'sign-in-failed':
        return `${who} no pudo iniciar sesión${e.params.get('reason') === 'proxy-account' ? ': el proxy indicó una cuenta que la bandeja no tiene' : ''}${from}.`;
      case 'sign-in-refused':
        return `${who} fue rechazado tras demasiados intentos de iniciar sesión${from}.`;
      case 'sign-out':
        return `${who} cerró la sesión.`;
      case 'view':
        return `${who} abrió ${e.reference}.`;
      case 'status':
        return `${who} cambió el estado de ${e.reference} de «${e.status(e.params.get('from'))}» a «${e.status(e.params.get('to'))}».`;
      case 'note':
        return `${who} cambió la nota de ${e.reference}.`;
      case 'export': {
        const count = Number(e.params.get('count'));
        return `${who} descargó ${pluralEs(count, 'solicitud', 'solicitudes')} como CSV${e.filters ? ` (${e.filters})` : ''}.`;
      }
      case 'delete':
        return `${who} borró ${e.reference}.`;
      case 'retention':
        return `${who} borró ${pluralEs(Number(e.params.get('count')), 'solicitud recibida', 'solicitudes recibidas')} hace más de ${pluralEs(Number(e.params.get('days')), 'día', 'días')}.`;
    }
  },

  forbiddenTitle: 'Esta página no se puede usar desde allí',
  forbidden: 'La bandeja acepta cambios solo desde sus propias páginas. Vuelva a la bandeja e inténtelo de nuevo.',
  notFoundTitle: 'No se encontró la página',
  notFound: 'No hay nada en esta dirección de la bandeja.',
  errorTitle: 'Algo salió mal',
  error: 'La bandeja no pudo hacerlo en este momento. No se cambió nada. Vuelva a intentarlo en un momento.',

  csvColumns: {
    reference: 'Referencia',
    received: 'Recibida',
    type: 'Tipo',
    status: 'Estado',
    note: 'Nota',
    formLanguage: 'Idioma del formulario',
  },
};

export const INBOX_STRINGS = { en: inboxEn, es: inboxEs } as const;
