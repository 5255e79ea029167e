/**
 * survivor-informed-widgets: importing this module defines every element.
 * Import `survivor-informed-widgets/<element>/define.js` instead to load one element alone.
 */
import './elements/si-checklist/define.js';
import './elements/si-config/define.js';
import './elements/si-hotline-banner/define.js';
import './elements/si-quick-exit/define.js';
import './elements/si-self-assessment/define.js';
import './elements/si-ta-request/define.js';
import './elements/si-values-badge/define.js';

export { SiChecklistElement, type ChecklistAnswers } from './elements/si-checklist/si-checklist.js';
export { SiConfigElement } from './elements/si-config/si-config.js';
export { SiHotlineBannerElement } from './elements/si-hotline-banner/si-hotline-banner.js';
export { SiQuickExitElement } from './elements/si-quick-exit/si-quick-exit.js';
export { SiSelfAssessmentElement } from './elements/si-self-assessment/si-self-assessment.js';
export { SiTaRequestElement } from './elements/si-ta-request/si-ta-request.js';
export { SiValuesBadgeElement } from './elements/si-values-badge/si-values-badge.js';
export { SiValueElement } from './elements/si-values-badge/si-value.js';
export * from './core/events.js';
export type { SiConfig, PersistMode } from './core/config.js';
export type { DeliveryStatus, QueueReason, FailReason } from './core/delivery/submission-controller.js';
// The payloads' types only: their zod schemas are in `survivor-informed-widgets/schemas`, for servers,
// so importing the library builds none of them.
export type { ChecklistData, Envelope, SelfAssessmentData, SubmissionType, TaRequestData } from './schemas/index.js';
