/**
 * Default content of the TA request form: the topics a county can ask about and the audiences it can
 * ask for, in the project's own words, each credited to the seed it comes from (FACTS.md, "The TA
 * request"). Spanish labels live in `ta-request.es.ts`, loaded only with the Spanish strings.
 */
import * as z from 'zod/mini';
import { onFirstUse } from '../core/on-first-use.js';
import { AUDIENCES } from '../schemas/ta-request.js';

export const contentItemSchema = /* @__PURE__ */ onFirstUse(() =>
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    label: z.string().check(z.minLength(1), z.maxLength(120)),
    source: z.string().check(z.minLength(1)),
  }),
);
export type ContentItem = z.infer<ReturnType<typeof contentItemSchema>>;

export const taTopics = [
  { id: 'survivor-informed-practice', label: 'Becoming a survivor-informed organization', source: 'seeds 000, 001, 003' },
  { id: 'trauma-informed-approach', label: 'A trauma-informed approach', source: 'seeds 000, 002, 004' },
  { id: 'victim-centered-practice', label: 'Victim-centered practice', source: 'seeds 000, 002' },
  { id: 'partnering-with-survivor-leaders', label: 'Working with survivor leaders as paid professionals', source: 'seeds 000, 003, 004' },
  { id: 'consultant-policies', label: 'Policies for ethical work with survivor consultants', source: 'seed 000 (consultant eligibility policy)' },
  { id: 'labor-trafficking', label: 'Recognizing and responding to labor trafficking', source: 'form design: trafficking for labor as well as sex (issue 18)' },
  { id: 'identification-and-prevention', label: 'Identifying and preventing child trafficking', source: 'seeds 000, 002' },
  { id: 'serving-exploited-youth', label: 'Serving children and youth who are sexually exploited', source: 'seed 002 (SB 855, CSEC program)' },
  { id: 'multidisciplinary-teams', label: 'Multidisciplinary teams and interagency protocols', source: 'seed 002' },
  { id: 'harm-reduction', label: 'Harm reduction', source: 'seed 002' },
  { id: 'peer-support-and-leadership', label: 'Peer support and survivor leadership development', source: 'seeds 000, 004' },
] as const satisfies readonly ContentItem[];
export type TaTopicId = (typeof taTopics)[number]['id'];

/** Seed 002: "Child Welfare, Probation, Law Enforcement, school personnel, youth serving providers, parents, caregivers, and the community". */
export const taAudiences = [
  { id: 'child-welfare', label: 'Child welfare', source: 'seed 002' },
  { id: 'probation', label: 'Probation', source: 'seed 002' },
  { id: 'law-enforcement', label: 'Law enforcement', source: 'seed 002' },
  { id: 'school-personnel', label: 'School staff', source: 'seed 002' },
  { id: 'youth-serving-providers', label: 'Youth-serving providers', source: 'seed 002' },
  { id: 'parents', label: 'Parents', source: 'seed 002' },
  { id: 'caregivers', label: 'Caregivers and foster families', source: 'seed 002' },
  { id: 'community', label: 'The wider community', source: 'seed 002' },
  { id: 'other', label: 'Someone else', source: 'form design' },
] as const satisfies ReadonlyArray<ContentItem & { id: (typeof AUDIENCES)[number] }>;
