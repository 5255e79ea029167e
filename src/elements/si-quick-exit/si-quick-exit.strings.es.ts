import type { Translation } from '../../core/i18n.js';
import { coreEs } from '../../core/strings.es.js';
import type { en } from './si-quick-exit.strings.js';

// "Shift", as most US keyboards label the key (not "Mayús").
export const es: Translation<typeof en> = {
  ...coreEs,
  emergency: 'Emergencia',
  exit: 'Salir',
  exitRest: 'de esta página',
  pressesLeft: (count: number) => `Pulse la tecla Shift ${count} ${count === 1 ? 'vez' : 'veces'} más para salir.`,
  expired: 'Se canceló la salida con la tecla Shift.',
  loading: 'Cargando.',
  shiftHint: 'También puede pulsar la tecla Shift 3 veces para salir.',
  historyNote: 'Salir no borra el historial del navegador; una ventana privada deja menos rastros.',
  safetyLink: 'Cómo navegar con más seguridad',
  badExitUrl: 'La dirección de salida (exit-url) debe ser una dirección https:// completa. El botón sigue funcionando y sale a la página predeterminada.',
  badSafetyHref: 'El enlace a la página de seguridad (safety-href) debe ser una dirección https://; por eso no se muestra.',
};
export default es;
