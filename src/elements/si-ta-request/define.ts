import { defineElement } from '../../core/define.js';
import { SiTaRequestElement } from './si-ta-request.js';

defineElement('si-ta-request', SiTaRequestElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-ta-request': SiTaRequestElement;
  }
}
