/**
 * The line each embed page writes when a widget's event reaches the framework, so the page (and the
 * end-to-end test) shows that attributes went in and `si-` events came out.
 */
import type { ChecklistAnswers } from '../../src/elements/si-checklist/si-checklist.js';
import type { SiChangeEvent, SiSubmittedEvent } from '../../src/core/events.js';

export function describeChange(event: SiChangeEvent<ChecklistAnswers>): string {
  return `si-change: ${event.detail.value.checked.length} step(s) checked`;
}

export function describeSubmitted(event: SiSubmittedEvent): string {
  return `si-submitted: reference ${event.detail.reference ?? '(none)'}`;
}

/** What the embed pages give the checklist, set through each framework. */
export const EMBED_ORG = 'Juniper Hollow County Probation';
