import { deliveryEs } from '../../core/delivery/delivery.strings.es.js';
import type { Translation } from '../../core/i18n.js';
import { coreEs } from '../../core/strings.es.js';
import type { en } from './si-checklist.strings.js';

const es: Translation<typeof en> = {
  ...coreEs,
  ...deliveryEs,
  intro: 'Marque cada paso que su organización ya tiene en marcha.',
  keptIn: (where) =>
    where === 'local'
      ? 'Sus marcas y notas se guardan en este navegador hasta 7 días, o hasta que las borre.'
      : where === 'session'
        ? 'Sus marcas y notas se guardan en esta pestaña del navegador hasta que la cierre.'
        : 'No se guarda nada de lo que escriba aquí: desaparece al salir de la página.',
  progressLabel: 'Progreso',
  progress: (done, total) => `${done} de ${total} completados`,
  addNote: 'Agregar una nota',
  showNote: 'Mostrar la nota',
  hideNote: 'Ocultar la nota',
  stepNumber: (n) => `paso ${n}`,
  noteLabel: (n) => `Su nota sobre el paso ${n}`,
  noteHint: 'Solo sobre la práctica de su organización: sin nombres ni otros datos personales de nadie.',
  notePrinted: 'Nota:',
  actionsLabel: 'Imprimir o guardar',
  print: 'Imprimir',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  clear: 'Borrar mis respuestas',
  clearQuestion: '¿Borrar todas las marcas y notas de esta lista? No se puede deshacer.',
  clearYes: 'Sí, borrarlas',
  clearNo: 'Conservar mis respuestas',
  cleared: 'Se borraron todas las marcas y notas.',
  clearWaiting: 'Sus resultados todavía no se han enviado. Si borra, tampoco se enviarán.',
  clearedCancelled: 'Se borraron todas las marcas y notas, y los resultados que esperaban no se enviarán.',
  clearedOnItsWay: 'Se borraron todas las marcas y notas. Los resultados ya estaban en camino, así que es posible que lleguen.',
  sendHeading: 'Enviar su lista',
  sendWhat: (recipient) =>
    `Al enviarla, ${recipient} recibe los pasos que marcó y todas las notas que escribió, tal como las escribió. No se envía nada más sobre usted.`,
  orgFallback: 'la organización responsable de esta página',
  send: 'Enviar su lista',
  printedOn: (date) => `Impreso el ${date}`,
  csvNumber: 'Número',
  csvStep: 'Paso',
  csvPoints: 'Detalles',
  csvDone: 'Completado',
  csvNote: 'Nota',
  yes: 'Sí',
  no: 'No',
  loading: 'Cargando la lista…',
  loadFailed: 'No se pudo cargar la lista. Revise su conexión e inténtelo de nuevo.',
  loadRetry: 'Intentar cargarla de nuevo',
  problemSet: (value) => `No existe una lista llamada "${value}". Use survivor-informed-practice o partnership.`,
  problemPersist: (value) => `"${value}" no es una forma de guardar respuestas. Use none, session o local.`,
  problemHeadingLevel: (value) => `"${value}" no es un nivel de encabezado. Use un número del 1 al 6.`,
  problemSrc: 'La dirección de la lista en "src" no está permitida. Use una dirección https o una ruta de este sitio web.',
  problemJson: 'El contenido de la lista no es JSON válido.',
  problemMore: (count) => `…y ${count} más.`,
  problemRoot: 'el contenido',
  issueMissing: 'falta',
  issueType: (expected) =>
    expected === 'array'
      ? 'debe ser una lista [ … ]'
      : expected === 'object'
        ? 'debe ser un objeto { … }'
        : expected === 'string'
          ? 'debe ser un texto'
          : expected === 'boolean'
            ? 'debe ser true o false'
            : 'debe ser un número',
  issueTooShort: 'no puede estar vacío',
  issueTooLong: (max) => `es demasiado largo (${max} caracteres como máximo)`,
  issueTooFew: (min) => `necesita al menos ${min} ${min === 1 ? 'elemento' : 'elementos'}`,
  issueTooMany: (max) => `tiene demasiados elementos (${max} como máximo)`,
  issueFormat: 'usa caracteres no permitidos (solo letras, dígitos, - y _)',
  issueText: 'debe ser un texto, o un objeto con textos "en" y "es"',
  issueVersion: 'debe ser una versión como 1 o "2025-05"',
  issueUnknown: (keys) => `tiene claves que esta lista no conoce: ${keys}`,
  issueDuplicate: 'repite el id de un elemento anterior',
  issueInvalid: 'no es válido',
};

export default es;
