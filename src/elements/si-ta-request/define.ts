import { defineElement } from '../../core/define.js';
// Brings the `si-*` events' types (HTMLElementEventMap) to an app that imports only this element.
import '../../core/events.js';
import { SiTaRequestElement } from './si-ta-request.js';

defineElement('si-ta-request', SiTaRequestElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-ta-request': SiTaRequestElement;
  }
}
