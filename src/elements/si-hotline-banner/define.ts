import { defineElement } from '../../core/define.js';
// Brings the `si-*` events' types (HTMLElementEventMap) to an app that imports only this element.
import '../../core/events.js';
import { SiHotlineBannerElement } from './si-hotline-banner.js';

defineElement('si-hotline-banner', SiHotlineBannerElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-hotline-banner': SiHotlineBannerElement;
  }
}
