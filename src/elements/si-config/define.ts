import { defineElement } from '../../core/define.js';
import { SiConfigElement } from './si-config.js';

defineElement('si-config', SiConfigElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-config': SiConfigElement;
  }
}
