import { defineElement } from '../../core/define.js';
import { SiHotlineBannerElement } from './si-hotline-banner.js';

defineElement('si-hotline-banner', SiHotlineBannerElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-hotline-banner': SiHotlineBannerElement;
  }
}
