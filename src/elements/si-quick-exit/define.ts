import { defineElement } from '../../core/define.js';
import { SiQuickExitElement } from './si-quick-exit.js';

defineElement('si-quick-exit', SiQuickExitElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-quick-exit': SiQuickExitElement;
  }
}
