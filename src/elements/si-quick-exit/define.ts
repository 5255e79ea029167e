import { defineElement } from '../../core/define.js';
// Brings the `si-*` events' types (HTMLElementEventMap) to an app that imports only this element.
import '../../core/events.js';
import { SiQuickExitElement } from './si-quick-exit.js';

defineElement('si-quick-exit', SiQuickExitElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-quick-exit': SiQuickExitElement;
  }
}
