/** Spanish strings of `<si-ta-request>`; loaded only when the widget is shown in Spanish. */
import type { Translation } from '../../core/i18n.js';
import { dateParts, groupDigits } from '../../core/format.js';
import { coreEs } from '../../core/strings.es.js';
import { deliveryEs } from '../../core/delivery/delivery.strings.es.js';
import { taAudiencesEs, taTopicsEs } from '../../content/ta-request.es.js';
import type { en } from './si-ta-request.strings.js';

const topics: Record<string, string> = taTopicsEs;
const audiences: Record<string, string> = taAudiencesEs;
const MESES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
/** "23 de diciembre de 2026" */
const formatDate = (iso: string) => {
  const { year, month, day } = dateParts(iso);
  return `${day} de ${MESES[month - 1]} de ${year}`;
};
const number = groupDigits;

const es: Translation<typeof en> = {
  ...coreEs,
  ...deliveryEs,
  heading: 'Solicite capacitación o asistencia técnica',
  intro: 'Cuéntenos qué necesita su agencia. Le tomará unos 10 minutos. Puede dejar en blanco las preguntas marcadas como (opcional).',
  keptSession: 'Sus respuestas se guardan en esta pestaña del navegador hasta que las envíe, las borre o cierre la pestaña.',
  keptLocal: 'Sus respuestas se guardan en este navegador hasta 7 días, o hasta que las envíe o las borre.',
  errorPrefix: 'Error:',
  errorSummaryHeading: 'Hay un problema',

  aboutYou: 'Sobre usted y su agencia',
  requesterName: 'Su nombre completo',
  requesterRole: 'Su cargo o función',
  agency: 'Nombre de su agencia u organización',
  organizationType: 'Tipo de organización',
  organizationTypeChoose: 'Elija un tipo de organización',
  orgType_anti_trafficking_organization: 'Organización contra la trata de personas',
  orgType_coalition_mdt_task_force: 'Coalición, equipo multidisciplinario (MDT) o grupo de trabajo',
  orgType_federal_government: 'Agencia del gobierno federal',
  orgType_state_government: 'Agencia del gobierno estatal',
  orgType_local_government: 'Agencia del gobierno del condado o de la ciudad',
  orgType_tribal_government: 'Gobierno tribal',
  orgType_faith_based: 'Organización religiosa',
  orgType_nonprofit_community_based: 'Organización sin fines de lucro o comunitaria',
  orgType_survivor_led: 'Organización dirigida por sobrevivientes',
  orgType_business: 'Empresa',
  orgType_other: 'Otro tipo de organización',
  countyFree: 'Condado o región',
  countyFreeHint: 'El condado o la zona que atiende su agencia.',
  countyList: 'Condado',
  countyListHint: (state: string) => `El condado de ${state} donde está su agencia o donde trabaja principalmente.`,
  countyHostHint: 'Donde está su agencia o donde trabaja principalmente.',
  countyChoose: 'Elija un condado',
  email: 'Correo electrónico',
  emailHint: 'Solo lo usaremos para responderle sobre su solicitud.',
  phone: 'Número de teléfono (opcional)',
  phoneHint: 'Por ejemplo, 555 010 1234 o +1 555 010 1234',

  aboutNeed: 'Lo que necesita',
  requestTypes: '¿Qué desea solicitar?',
  selectAll: 'Seleccione todas las opciones que correspondan.',
  requestType_training: 'Capacitación',
  requestType_training_hint: 'Una sesión para su personal o sus socios.',
  requestType_technical_assistance: 'Asistencia técnica',
  requestType_technical_assistance_hint: 'Ayuda para desarrollar un programa, un protocolo o una política.',
  requestType_consultation: 'Consulta',
  requestType_consultation_hint: 'Tiempo con una persona experta para hablar de una pregunta de su agencia.',
  requestType_survivor_consultant: 'Un consultor o una consultora sobreviviente',
  requestType_survivor_consultant_hint: 'Una persona consultora con experiencia vivida que asesora, capacita o revisa su trabajo.',
  consultantNoteHeading: 'Los consultores sobrevivientes son profesionales remunerados',
  consultantNote:
    'Las personas consultoras con experiencia vivida reciben un pago por su tiempo y sus conocimientos, como cualquier otro consultor. Ellas deciden qué compartir sobre su propia vida. Nunca les preguntaremos, ni a usted, por la historia personal de nadie.',
  matchFunds: '¿Podría su agencia ayudar a pagar a la persona consultora? (opcional)',
  matchFundsHint:
    'Algunas agencias con presupuesto aportan fondos de contrapartida para pagar a los consultores, y así los fondos llegan a más condados. Su respuesta no cambia si recibe apoyo o no.',
  matchFunds_yes: 'Sí',
  matchFunds_no: 'No',
  matchFunds_not_sure: 'No estoy seguro o segura',
  matchFunds_prefer_not_to_say: 'Prefiero no decirlo',
  topics: '¿Qué temas debe tratar?',
  topicLabel: (id: string) => topics[id] ?? id,
  audiences: '¿A quién va dirigido?',
  audienceLabel: (id: string) => audiences[id] ?? id,
  audienceOther: '¿Quién más participará?',
  audienceSize: '¿Cuántas personas participarán, más o menos?',
  size_1_10: 'De 1 a 10',
  size_11_25: 'De 11 a 25',
  size_26_50: 'De 26 a 50',
  size_51_100: 'De 51 a 100',
  size_over_100: 'Más de 100',
  format: '¿Cómo debe impartirse?',
  format_virtual: 'En línea',
  format_in_person: 'En persona',
  format_hybrid: 'Híbrido (algunas personas en persona y otras en línea)',
  length: '¿Cuánto debe durar?',
  length_under_3_hours: 'Menos de 3 horas',
  length_3_hours_or_more: '3 horas o más',
  dates: '¿Cuándo le gustaría?',
  datesHint: (days: number, earliest: string) =>
    `Necesitamos al menos ${days} ${days === 1 ? 'día' : 'días'} para organizarlo. Elija fechas a partir del ${formatDate(earliest)}. Puede indicar hasta 3 fechas.`,
  date1: 'Primera opción',
  date2: 'Segunda opción (opcional)',
  date3: 'Tercera opción (opcional)',
  goals: '¿Qué quiere lograr?',
  goalsHint: 'Por ejemplo, qué debería saber o poder hacer su personal después. No incluya datos sobre ninguna persona a la que atienda su agencia.',
  countLimit: (max: number) => `Puede escribir hasta ${number(max)} caracteres.`,
  countLeft: (n: number) => `Le ${n === 1 ? 'queda' : 'quedan'} ${number(n)} ${n === 1 ? 'carácter' : 'caracteres'}`,
  countOver: (n: number) => `Tiene ${number(n)} ${n === 1 ? 'carácter' : 'caracteres'} de más`,
  accessibilityNeeds: 'Necesidades de accesibilidad (opcional)',
  accessibilityNeedsHint: 'Por ejemplo, subtítulos, interpretación en lengua de señas, materiales en letra grande o acceso sin escalones.',
  languageNeeds: 'Necesidades de idioma (opcional)',
  languageNeedsHint: 'Por ejemplo, interpretación al español o materiales traducidos.',

  privacyHeading: 'Quién verá su solicitud',
  privacyDefault: (org: string) =>
    `Su solicitud llega solo a ${org}. La usarán para organizar y dar seguimiento a su solicitud, y no la guardarán más tiempo del necesario.`,
  privacyLink: 'Lea el aviso de privacidad (se abre en una pestaña nueva)',
  orgFallback: 'la organización responsable de este sitio web',
  send: 'Enviar solicitud',
  sending: 'Enviando su solicitud…',
  clear: 'Borrar mis respuestas',
  cleared: 'Sus respuestas se han borrado.',

  sentHeading: 'Solicitud enviada',
  reference: 'Su número de referencia',
  sentBody: (org: string) => `Su solicitud llegó a ${org}. Se pondrán en contacto con usted por correo electrónico para planificar los próximos pasos.`,
  sendAnother: 'Enviar otra solicitud',
  queuedHeading: 'Su solicitud todavía no se ha enviado',
  queuedBody: (org: string) =>
    `No pudimos comunicarnos con ${org} en este momento. Su solicitud está guardada y se enviará automáticamente. No tiene que volver a llenar el formulario.`,
  queuedKeepOpen: 'Mantenga esta página abierta hasta que indique que su solicitud se envió.',
  queuedLocal: 'Si cierra esta página, su solicitud se enviará la próxima vez que la abra en este dispositivo.',
  failedHeading: 'No se pudo enviar su solicitud',
  failedBody: (org: string) => `Sus respuestas siguen aquí. Inténtelo más tarde o comuníquese con ${org} de otra forma.`,

  err_requesterName: 'Escriba su nombre completo',
  err_requesterName_long: 'Su nombre debe tener 120 caracteres como máximo',
  err_requesterRole: 'Escriba su cargo o función',
  err_requesterRole_long: 'Su cargo o función debe tener 120 caracteres como máximo',
  err_agency: 'Escriba el nombre de su agencia u organización',
  err_agency_long: 'El nombre de su agencia debe tener 200 caracteres como máximo',
  err_organizationType: 'Seleccione el tipo de organización',
  err_county_list: 'Seleccione su condado',
  err_county: 'Escriba su condado o región',
  err_county_long: 'Su condado o región debe tener 120 caracteres como máximo',
  err_email: 'Escriba su correo electrónico',
  err_email_format: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
  err_phone_format: 'Escriba un número de teléfono, como 555 010 1234 o +1 555 010 1234',
  err_requestTypes: 'Seleccione qué desea solicitar',
  err_topics: 'Seleccione al menos un tema',
  err_audiences: 'Seleccione a quién va dirigido',
  err_audienceOther: 'Escriba quién más participará',
  err_audienceOther_long: 'La respuesta sobre quién más participará debe tener 200 caracteres como máximo',
  err_audienceSize: 'Seleccione cuántas personas participarán, más o menos',
  err_format: 'Seleccione cómo debe impartirse',
  err_length: 'Seleccione cuánto debe durar',
  err_date1: 'Escriba la fecha de su primera opción',
  err_date_invalid: 'Escriba una fecha real',
  err_date_early: (choice: 1 | 2 | 3, earliest: string) =>
    `Su ${['primera', 'segunda', 'tercera'][choice - 1]} opción debe ser a partir del ${formatDate(earliest)}`,
  err_date_repeat: 'Elija una fecha distinta de sus otras opciones',
  err_goals: 'Escriba qué quiere lograr',
  err_goals_long: (max: number) => `Lo que quiere lograr debe tener ${number(max)} caracteres como máximo`,
  err_accessibilityNeeds_long: 'Las necesidades de accesibilidad deben tener 1000 caracteres como máximo',
  err_languageNeeds_long: 'Las necesidades de idioma deben tener 300 caracteres como máximo',

  cfgRegion: 'La lista de condados (region) no es una que este formulario conozca. Use CA o CO.',
  cfgLeadDays: 'El tiempo de preparación (lead-days) debe ser un número entero de días entre 0 y 365.',
  cfgRequestTypes: 'Los tipos de solicitud (request-types) incluyen uno que este formulario no conoce.',
  cfgCounties: 'La lista de condados (counties) está vacía, es demasiado larga o tiene un nombre demasiado largo.',
  cfgTopics: 'La lista de temas (topics) está vacía, es demasiado larga o tiene un tema demasiado largo.',
  cfgPrivacyHref: 'El enlace al aviso de privacidad (privacy-href) debe empezar con https:// o apuntar a este sitio web.',
  cfgPersist: 'La opción de almacenamiento (persist) debe ser none, session o local.',
};

export default es;
