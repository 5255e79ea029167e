import { defineElement } from '../../core/define.js';
// Brings the `si-*` events' types (HTMLElementEventMap) to an app that imports only this element.
import '../../core/events.js';
import { SiSelfAssessmentElement } from './si-self-assessment.js';

defineElement('si-self-assessment', SiSelfAssessmentElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-self-assessment': SiSelfAssessmentElement;
  }
}
