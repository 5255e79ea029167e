import { defineElement } from '../../core/define.js';
import { SiSelfAssessmentElement } from './si-self-assessment.js';

defineElement('si-self-assessment', SiSelfAssessmentElement);

declare global {
  interface HTMLElementTagNameMap {
    'si-self-assessment': SiSelfAssessmentElement;
  }
}
