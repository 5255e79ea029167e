import { defineElement } from '../../core/define.js';
import { SiChecklistElement } from './si-checklist.js';

defineElement('si-checklist', SiChecklistElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-checklist': SiChecklistElement;
  }
}
