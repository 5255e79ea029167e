import { deliveryEs } from '../../core/delivery/delivery.strings.es.js';
import type { Translation } from '../../core/i18n.js';
import { coreEs } from '../../core/strings.es.js';
import type { en } from './si-self-assessment.strings.js';

const LEVELS = ['No implementado', 'Iniciado', 'Implementado en parte', 'Implementado'];
const LEVEL_HINTS = [
  'No: no ocurre, o solo se ha hablado de ello.',
  'Se empezó a trabajar en ello (un borrador, una prueba piloto, una decisión), pero todavía no se aplica.',
  'Se aplica en algunos de nuestros programas, equipos o sedes, o solo parte del tiempo.',
  'Sí: se aplica en todo lo que corresponde.',
];

const es: Translation<typeof en> = {
  ...coreEs,
  ...deliveryEs,
  stepsLabel: 'Áreas de la evaluación',
  areaOf: (n, total) => `Área ${n} de ${total}`,
  menuShow: 'Ver todas las áreas',
  menuHide: 'Ocultar las áreas',
  results: 'Resultados',
  statusNotStarted: 'Sin empezar',
  statusAnswered: (done, total) => `${done} de ${total} respondidas`,
  statusSkipped: 'Omitida',
  progress: (done, total) => `${done} de ${total} afirmaciones respondidas`,
  scaleHeading: 'Qué significa cada calificación',
  level: (index) => LEVELS[index] ?? String(index + 1),
  levelHint: (index) => LEVEL_HINTS[index] ?? '',
  notApplicable: 'No corresponde',
  notApplicableHint: 'No se aplica a nuestra organización, por ejemplo un servicio que no ofrecemos. No cuenta en la puntuación.',
  dontKnow: 'No sé',
  dontKnowHint: 'Nadie de quienes responden está seguro. No cuenta en la puntuación y se agrega a lo que hay que averiguar.',
  previous: 'Área anterior',
  next: 'Área siguiente',
  seeResults: 'Ver los resultados',
  skip: 'Omitir esta área',
  skippedNote: 'Omitió esta área, así que no cuenta en sus resultados. Sus respuestas aquí se conservan.',
  unskip: 'Volver a incluir esta área',
  resultsHeading: 'Sus resultados',
  reportFor: (org) => `Informe de ${org}`,
  reportDate: (date) => `Fecha: ${date}`,
  orgLabel: 'Nombre de la organización (opcional, aparece en el informe)',
  orgHint: 'Solo su organización; nunca el nombre de una persona.',
  overall: (score) => `Puntuación general: ${score} de 100. Nivel: {level}.`,
  overallBasis: (scored, total) =>
    scored === total
      ? `Es el promedio de las puntuaciones de las ${total} áreas; cada área cuenta lo mismo, tenga las afirmaciones que tenga.`
      : `Es el promedio de las puntuaciones de las ${scored} áreas que la tienen (de ${total}); cada área cuenta lo mismo, tenga las afirmaciones que tenga.`,
  countsBasis: (rated, notApplicable, dontKnow) =>
    `${rated} ${rated === 1 ? 'afirmación calificada' : 'afirmaciones calificadas'}; no cuentan en las puntuaciones ${notApplicable} “no corresponde” ni ${dontKnow} “no sé”.`,
  nothingRated: 'Todavía ninguna afirmación tiene calificación, así que no hay nada que puntuar. Califique algunas afirmaciones y vuelva.',
  tooFewRated:
    'Todavía ningún área tiene suficientes calificaciones para una puntuación. Un área necesita calificadas al menos la mitad de las afirmaciones que le corresponden, y al menos dos (todas, si le corresponden menos).',
  resultsNote:
    'Revise estos resultados en equipo, con sus personas consultoras sobrevivientes, y acuerde un plan de acción. Son un punto de partida, no una calificación. Repita la evaluación más adelante y compare.',
  bandsHeading: 'Niveles de una puntuación:',
  bandRange: (from, to) => `${from}–${to}`,
  bandsExplained: 'Un área llega a “{top}” solo cuando casi todas sus afirmaciones lo están.',
  chartLegend: 'Barra sólida: este resultado. Barra con contorno: el resultado anterior.',
  tableCaption: 'Puntuación por área, sobre 100',
  tableHint: 'Desplace la tabla hacia los lados para ver todas las columnas.',
  colArea: 'Área',
  colScore: 'Puntuación',
  colBand: 'Nivel',
  colRated: 'Calificadas',
  colNotApplicable: 'No corresponde',
  colDontKnow: 'No sé',
  colEarlier: (date) => `Anterior (${date})`,
  colChange: 'Cambio',
  notScored: 'Sin puntuación',
  skippedCell: 'Omitida',
  overallRow: 'General',
  change: (delta) => (delta > 0 ? `+${delta} (sube ${delta})` : delta < 0 ? `−${-delta} (baja ${-delta})` : '0 (sin cambio)'),
  notComparable: 'No se puede comparar',
  statementsChanged: 'Cambiaron las afirmaciones',
  areaScore: (score) => `Puntuación: ${score} de 100. Nivel: {level}.`,
  strengthsHeading: 'Fortalezas',
  strengthsNone: 'Ningún área ha llegado todavía a “{top}”.',
  stillToDo: 'Queda por hacer:',
  gapsHeading: 'Brechas y próximos pasos',
  gapsNone: 'No hay brechas: todas las áreas con puntuación están en “{top}”.',
  stepFor: 'Para “{statement}” (calificada: {level})',
  workOn: 'Acuerde con su equipo un cambio que suba esto un nivel.',
  unscoredHeading: 'Sin suficientes calificaciones para una puntuación',
  unscoredArea: (rated, needed) => `${rated} ${rated === 1 ? 'calificada' : 'calificadas'}; una puntuación necesita al menos ${needed}.`,
  findOutHeading: 'Por averiguar',
  findOutIntro:
    'Nadie de quienes respondieron lo sabía. Pregunte a quienes lo sepan (finanzas, recursos humanos, responsables de programas o sus personas consultoras sobrevivientes) y vuelva para calificarlas.',
  findOut: 'Averigüe si: “{statement}”',
  taLink: 'Solicite capacitación o asistencia técnica para estas brechas',
  compareHeading: 'Comparar con un resultado anterior',
  compareLabel: 'Resultado anterior (un archivo JSON descargado de esta evaluación)',
  compareSummary: (date) => `Comparado con el resultado del ${date}. El cambio en cada área está en la tabla.`,
  compareVersion: (earlier, now, comparable) =>
    `${earlier === now ? 'Algunas áreas del resultado anterior tenían otras afirmaciones.' : `El resultado anterior usó la versión ${earlier} de esta evaluación; esta es la versión ${now}.`} ${
      comparable === 0
        ? 'Ningún área tiene las mismas afirmaciones en ambas, así que no se puede comparar ninguna.'
        : comparable === 1
          ? 'Solo se compara el área que tiene las mismas afirmaciones en ambas; las demás indican “Cambiaron las afirmaciones”.'
          : `Solo se comparan las ${comparable} áreas que tienen las mismas afirmaciones en ambas; las demás indican “Cambiaron las afirmaciones”.`
    }`,
  compareErrorJson: 'No se pudo leer este archivo. Elija un archivo JSON descargado de esta evaluación.',
  compareErrorFormat: 'Este archivo no es un resultado descargado de esta evaluación.',
  compareErrorInstrument: 'Este archivo contiene un resultado de otra evaluación.',
  compareErrorSize: 'Este archivo es demasiado grande para ser un resultado de esta evaluación.',
  compareErrorOld:
    'Este resultado se guardó con la primera versión de esta evaluación, que tenía otras afirmaciones y las puntuaba con otras reglas, así que sus puntuaciones no se pueden comparar con estas. Consérvelo como registro de dónde estaban entonces.',
  compareStop: 'Dejar de comparar',
  compareLoaded: 'Se cargó el resultado anterior. La tabla muestra el cambio en cada área.',
  reportActions: 'Imprimir o descargar el informe',
  print: 'Imprimir',
  downloadCsv: 'Descargar CSV',
  downloadJson: 'Descargar JSON',
  downloadJsonHint: 'Guarde el archivo JSON para compararlo con su próxima evaluación.',
  sendHeading: 'Enviar sus resultados',
  sendScores: (org) => `Solo se envía a ${org} su puntuación en cada área, no sus respuestas a cada afirmación.`,
  sendAnswers: (org) => `Se envían a ${org} su puntuación en cada área y su respuesta a cada afirmación.`,
  sendNothingPersonal: 'No se envía nada sobre usted ni sobre ninguna otra persona.',
  send: 'Enviar los resultados',
  orgFallback: 'la organización responsable de esta página',
  keptIn: (where) =>
    where === 'local'
      ? 'Sus respuestas se guardan en este navegador hasta 7 días, hasta que las borre.'
      : where === 'session'
        ? 'Sus respuestas se guardan en esta pestaña del navegador hasta que la cierre.'
        : 'Sus respuestas no se guardan: desaparecen al salir de la página.',
  clear: 'Borrar mis respuestas',
  clearQuestion: '¿Borrar todas las respuestas de esta evaluación? No se puede deshacer.',
  clearYes: 'Sí, borrarlas',
  clearNo: 'Conservar mis respuestas',
  cleared: 'Se borraron todas las respuestas.',
  clearWaiting: 'Sus resultados todavía no se han enviado. Si borra, tampoco se enviarán.',
  clearedCancelled: 'Se borraron todas las respuestas, y los resultados que esperaban no se enviarán.',
  clearedOnItsWay: 'Se borraron todas las respuestas. Los resultados ya estaban en camino, así que es posible que lleguen.',
  loading: 'Cargando la evaluación…',
  csvArea: 'Área',
  csvAreaId: 'Id del área',
  csvSkipped: 'Omitida',
  csvUnanswered: 'Sin responder',
  yes: 'Sí',
  no: 'No',
  problemSrc: 'La dirección de la evaluación en "src" no está permitida. Use una dirección https o una ruta de este sitio web.',
  problemLoad: 'No se pudo cargar la evaluación desde su dirección.',
  problemDownload: 'No se pudo descargar la evaluación. Revise su conexión y vuelva a cargar la página.',
  problemJson: 'El contenido de la evaluación no es JSON válido.',
  problemPersist: (value) => `"${value}" no es una forma de guardar respuestas. Use none, session o local.`,
  problemShare: (value) => `"${value}" no es algo que se pueda compartir. Use scores o answers.`,
  problemHeadingLevel: (value) => `"${value}" no es un nivel de encabezado. Use un número del 1 al 6.`,
  problemTaHref: 'El enlace de "ta-href" no está permitido. Use una dirección https o una ruta de este sitio web.',
  problemEntry: (path, issue) => `En el contenido de la evaluación, ${path || 'el contenido'} ${issue}.`,
  problemMore: (count) => `…y ${count} más.`,
  issue: (code, detail) =>
    ({
      json: 'no es JSON válido',
      missing: 'falta o está vacío',
      'too-short': 'falta o está vacío',
      type: `debería ser ${detail === 'array' ? 'una lista [ … ]' : detail === 'object' ? 'un objeto { … }' : detail === 'string' ? 'texto' : detail === 'number' ? 'un número' : 'otra cosa'}`,
      'too-long': `es demasiado largo (como máximo ${detail} caracteres)`,
      'too-many': `tiene demasiadas entradas (como máximo ${detail})`,
      'too-few': `necesita al menos ${detail} ${detail === '1' ? 'entrada' : 'entradas'}`,
      pattern: 'solo puede usar letras, dígitos, - y _',
      'unknown-key': `tiene una clave que esta evaluación no conoce: ${detail}`,
      duplicate: `repite el id "${detail}"`,
      choice: 'debería ser texto, o { "en": …, "es": … }',
      invalid: 'no es válido',
    })[code],
};

export default es;
