import { defineElement } from '../../core/define.js';
// Brings the `si-*` events' types (HTMLElementEventMap) to an app that imports only this element.
import '../../core/events.js';
import { SiChecklistElement } from './si-checklist.js';

defineElement('si-checklist', SiChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-checklist': SiChecklistElement;
  }
}
