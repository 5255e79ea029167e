/**
 * Every payload a widget can post, by `type`. Exported as `survivor-informed-widgets/schemas` so a
 * receiving server validates exactly what the widgets send; JSON Schema files are generated from these.
 */
import * as z from 'zod/mini';
import { checklistEnvelope } from './checklist.js';
import { selfAssessmentEnvelope } from './self-assessment.js';
import { taRequestEnvelope } from './ta-request.js';

export * from './checklist.js';
export * from './envelope.js';
export * from './self-assessment.js';
export * from './ta-request.js';

/** One schema per envelope `type`; the receiver picks by `type` and reports every failing field. */
export const envelopeSchemas = {
  'ta-request': taRequestEnvelope,
  checklist: checklistEnvelope,
  'self-assessment': selfAssessmentEnvelope,
} as const;

export type SubmissionType = keyof typeof envelopeSchemas;

export const anyEnvelopeSchema = z.discriminatedUnion('type', [taRequestEnvelope, checklistEnvelope, selfAssessmentEnvelope]);
