import type { Translation } from '../i18n.js';
import type { deliveryEn } from './delivery.strings.js';

export const deliveryEs: Translation<typeof deliveryEn> = {
  deliverySending: 'Enviando…',
  deliverySent: 'Enviado. Gracias.',
  deliverySentReference: (reference: string) => `Enviado. Gracias. Su número de referencia es ${reference}.`,
  deliveryRetrying: 'Todavía no se envió: no pudimos conectar con el servicio. Lo intentaremos de nuevo en un momento. Sus respuestas siguen aquí.',
  deliveryOffline: 'Parece que no tiene conexión. Lo enviaremos cuando vuelva a estar en línea. Sus respuestas siguen aquí.',
  deliveryWaitingSaved:
    'Todavía no se envió. Está guardado en este navegador y se enviará cuando vuelva a estar en línea o la próxima vez que abra esta página. Sus respuestas siguen aquí.',
  deliveryWaiting: 'Todavía no se envió. Mantenga esta página abierta y lo enviaremos cuando vuelva a estar en línea. Sus respuestas siguen aquí.',
  deliveryInvalid: 'Algunas respuestas necesitan un cambio. Revise las preguntas marcadas.',
  deliveryRejected: 'El servicio no pudo aceptar algunas respuestas. Revise las preguntas marcadas y vuelva a enviar.',
  deliveryRefused: (status: number) =>
    `No se pudo enviar (error ${status}). Sus respuestas siguen aquí. Inténtelo más tarde o comuníquese con la organización de otra manera.`,
  deliveryNoEndpoint: 'Este formulario no puede enviar porque no está bien configurado. Sus respuestas siguen aquí.',
  deliveryExitNote: 'Si usa “Salir de esta página” antes de que se envíe, se envía una última vez al salir y luego se borra de este navegador.',
  deliveryRetry: 'Intentar de nuevo ahora',
  honeypotLabel: 'Deje este campo vacío',
  endpointMissing: 'No hay una dirección para enviar este formulario.',
  endpointRefused: 'La dirección para enviar este formulario no es segura, así que el envío está desactivado.',
};
