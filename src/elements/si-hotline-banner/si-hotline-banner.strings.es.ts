import { hotlinesEs } from '../../content/hotlines.es.js';
import type { HotlinePresetId, HotlineText } from '../../content/hotlines.js';
import type { Translation } from '../../core/i18n.js';
import { es as quickExitEs } from '../si-quick-exit/si-quick-exit.strings.es.js';
import type { en } from './si-hotline-banner.strings.js';

const es: Translation<typeof en> = {
  ...quickExitEs,
  preset: (id: HotlinePresetId, field: keyof HotlineText) => hotlinesEs[id][field],
  hotline: 'Línea de ayuda',
  call: 'Llame al',
  text: 'Envíe un texto al',
  textKeyword: (keyword: string) => `Envíe ${keyword} al`,
  tty: 'TTY',
  chat: 'Chat en línea',
  danger: '¿Está en peligro inmediato?',
  more: 'Más formas de pedir ayuda',
  hide: 'Ocultar',
  hideWhat: 'el aviso de la línea de ayuda',
  hidden: 'Se ocultó el aviso de la línea de ayuda.',
  badNumber: (attribute: string) => `El número de “${attribute}” no se puede marcar; por eso no se muestra.`,
  badUrl: (attribute: string) => `La dirección de “${attribute}” debe empezar con https://; por eso no se muestra.`,
  badKeyword: 'La palabra clave del texto (sms-keyword) solo puede tener letras, números y espacios (hasta 20).',
  badChoice: (attribute: string) => `El valor de “${attribute}” no es una de sus opciones; se usa el predeterminado.`,
};
export default es;
