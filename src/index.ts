/**
 * survivor-informed-widgets: importing this module defines every element.
 * Import `survivor-informed-widgets/<element>/define.js` instead to load one element alone.
 */
import './elements/si-config/define.js';

export { SiConfigElement } from './elements/si-config/si-config.js';
export * from './core/events.js';
export type { SiConfig, PersistMode } from './core/config.js';
export * from './schemas/index.js';
