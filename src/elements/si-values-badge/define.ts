import { defineElement } from '../../core/define.js';
import { SiValueElement } from './si-value.js';
import { SiValuesBadgeElement } from './si-values-badge.js';

defineElement('si-value', SiValueElement);
defineElement('si-values-badge', SiValuesBadgeElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-value': SiValueElement;
    'si-values-badge': SiValuesBadgeElement;
  }
}
