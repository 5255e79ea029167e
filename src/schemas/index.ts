/**
 * Every payload a widget can post, by `type`. Exported as `survivor-informed-widgets/schemas` so a
 * receiving server validates exactly what the widgets send; JSON Schema files are generated from these.
 *
 * This entry is for servers: importing it builds every schema at once. The widgets call the builders in
 * each file instead (`taRequestDataSchema()` and the others), so a page builds a schema only when a
 * widget first validates with it.
 */
import * as z from 'zod/mini';
import { checklistDataSchema, checklistEnvelopeSchema } from './checklist.js';
import { selfAssessmentDataSchema, selfAssessmentEnvelopeSchema } from './self-assessment.js';
import { taRequestDataSchema, taRequestEnvelopeSchema } from './ta-request.js';

export { LOCALES, type Envelope } from './envelope.js';
export { CHECKLIST_ITEM_ID, CHECKLIST_NOTE_MAX, type ChecklistData } from './checklist.js';
export { SELF_ASSESSMENT_ID, SELF_ASSESSMENT_SHARES, type SelfAssessmentData } from './self-assessment.js';
export {
  AUDIENCE_SIZES,
  AUDIENCES,
  FORMATS,
  LENGTHS,
  MATCH_FUNDS,
  ORGANIZATION_TYPES,
  PHONE_PATTERN,
  REQUEST_TYPES,
  type TaRequestData,
} from './ta-request.js';

export const taRequestData = taRequestDataSchema();
export const taRequestEnvelope = taRequestEnvelopeSchema();
export const checklistData = checklistDataSchema();
export const checklistEnvelope = checklistEnvelopeSchema();
export const selfAssessmentData = selfAssessmentDataSchema();
export const selfAssessmentEnvelope = selfAssessmentEnvelopeSchema();

/** One schema per envelope `type`; the receiver picks by `type` and reports every failing field. */
export const envelopeSchemas = {
  'ta-request': taRequestEnvelope,
  checklist: checklistEnvelope,
  'self-assessment': selfAssessmentEnvelope,
} as const;

export type SubmissionType = keyof typeof envelopeSchemas;

export const anyEnvelopeSchema = z.discriminatedUnion('type', [taRequestEnvelope, checklistEnvelope, selfAssessmentEnvelope]);
