/**
 * The checklists `<si-checklist set="…">` shows (FACTS.md, "Where each widget's content comes from").
 * The steps are facts from the sources named in each set's `source`; every text here is written in the
 * project's own words, in English and Spanish. Each set passes `checklistContentSchema`
 * (test/si-checklist.test.ts checks it), the same schema a host's own content must pass.
 */
import type { ChecklistContent } from './checklist-schema.js';

export const CHECKLIST_SET_IDS = ['survivor-informed-practice', 'partnership'] as const;
export type ChecklistSetId = (typeof CHECKLIST_SET_IDS)[number];

interface Both {
  readonly en: string;
  readonly es: string;
}

/** A built-in set: every text in both languages, and its source always named. */
export interface BuiltInChecklist extends ChecklistContent {
  readonly id: ChecklistSetId;
  readonly version: string;
  readonly source: string;
  readonly title: Both;
  readonly intro: Both;
  readonly credit: Both;
  readonly items: Array<{ id: string; text: Both; points: Both[] }>;
}

/** Seed 003's four steps for establishing a survivor-informed practice, each with its sub-points, in the seed's order. */
const survivorInformedPractice: BuiltInChecklist = {
  id: 'survivor-informed-practice',
  version: '1',
  source:
    "Seed 003: 'Promoting Human Trafficking Survivor Leadership and Input' (U.S. Department of State, Civilian Security, " +
    "Democracy, and Human Rights), its 'Checklist for establishing a survivor-informed practice'. Written in this project's own words.",
  title: { en: 'Checklist for a survivor-informed practice', es: 'Lista de verificación para una práctica informada por sobrevivientes' },
  intro: {
    en: "Four steps toward making survivors' expertise part of everything your organization does.",
    es: 'Cuatro pasos para que la experiencia de las personas sobrevivientes forme parte de todo lo que hace su organización.',
  },
  credit: {
    en: "Adapted from the U.S. Department of State's checklist for establishing a survivor-informed practice.",
    es: 'Adaptado de la lista de verificación del Departamento de Estado de EE. UU. para establecer una práctica informada por sobrevivientes.',
  },
  items: [
    {
      id: 'assess',
      text: { en: 'Find out how survivor-informed your organization is today', es: 'Averigüe qué tan informada por sobrevivientes es hoy su organización' },
      points: [{ en: 'Name the gaps, and the openings to close them', es: 'Identifique las brechas y las oportunidades para cerrarlas' }],
    },
    {
      id: 'paid-roles',
      text: { en: 'Offer survivors paid work', es: 'Ofrezca trabajo remunerado a personas sobrevivientes' },
      points: [
        { en: 'Positions on your staff', es: 'Puestos en su personal' },
        { en: 'Consultant roles', es: 'Consultorías' },
        { en: 'Trainer roles', es: 'Funciones de capacitación' },
      ],
    },
    {
      id: 'diverse-input',
      text: { en: 'Ask for input from survivors of many different backgrounds', es: 'Pida la opinión de personas sobrevivientes de orígenes muy diversos' },
      points: [
        {
          en: 'People who survived sex trafficking and people who survived labor trafficking',
          es: 'Personas sobrevivientes de trata sexual y de trata laboral',
        },
        {
          en: 'A range of ages, genders, races, national origins, sexual orientations and disabilities, among other differences',
          es: 'Variedad de edades, géneros, razas, orígenes nacionales, orientaciones sexuales y discapacidades, entre otras diferencias',
        },
      ],
    },
    {
      id: 'input-plan',
      text: {
        en: 'Plan how survivors will shape every stage of a project',
        es: 'Planifique cómo las personas sobrevivientes darán forma a cada etapa de un proyecto',
      },
      points: [
        { en: 'Designing and developing the program', es: 'El diseño y el desarrollo del programa' },
        { en: 'Carrying it out', es: 'Su puesta en marcha' },
        { en: 'Evaluating it', es: 'Su evaluación' },
      ],
    },
  ],
};

/** Seed 004's guidance on survivor leaders in a partnership, turned into steps a partnership can check. */
const partnership: BuiltInChecklist = {
  id: 'partnership',
  version: '1',
  source:
    "Seed 004: 'Survivor Engagement', a section of Colorado's anti-trafficking Partnership Toolkit: 'Survivorship and Your " +
    "Partnership', 'Possible roles for survivor leaders' and the tips on supporting the transition from survivor to leader. " +
    "Written in this project's own words.",
  title: { en: 'Survivor leaders in your partnership', es: 'Líderes sobrevivientes en su alianza' },
  intro: {
    en: 'Ways a partnership can welcome survivor leaders, support their growth and avoid asking too much of them.',
    es: 'Formas en que una alianza puede acoger a líderes sobrevivientes, apoyar su crecimiento y evitar pedirles demasiado.',
  },
  credit: {
    en: "Adapted from the survivor engagement guidance in Colorado's Partnership Toolkit.",
    es: 'Adaptado de la guía sobre la participación de sobrevivientes del Partnership Toolkit de Colorado.',
  },
  items: [
    {
      id: 'more-than-one',
      text: {
        en: 'Involve more than one survivor, so no one has to speak for all survivors',
        es: 'Incluya a más de una persona sobreviviente, para que nadie tenga que hablar en nombre de todas',
      },
      points: [
        {
          en: 'A board of survivor leaders helps prevent tokenism and offers peer mentoring and support',
          es: 'Un consejo de líderes sobrevivientes ayuda a evitar la participación simbólica y ofrece mentoría y apoyo entre pares',
        },
      ],
    },
    {
      id: 'respect-time',
      text: { en: "Respect survivor leaders' time", es: 'Respete el tiempo de las personas líderes sobrevivientes' },
      points: [
        {
          en: 'Established leaders get many requests and may already be committed elsewhere',
          es: 'Quienes ya son líderes reciben muchas solicitudes y pueden tener otros compromisos',
        },
        { en: 'Be ready for a no when you ask', es: 'Esté preparado para recibir un no cuando pregunte' },
      ],
    },
    {
      id: 'justice-choice',
      text: {
        en: 'Let each survivor decide whether to take part in the criminal justice process',
        es: 'Deje que cada persona sobreviviente decida si participa en el proceso de justicia penal',
      },
      points: [
        {
          en: 'Many survivors are reluctant to volunteer for it; do not press them',
          es: 'Muchas personas sobrevivientes prefieren no ofrecerse; no las presione',
        },
        {
          en: "Let each survivor's needs guide your justice practice, to help rebuild trust in the process",
          es: 'Deje que las necesidades de cada persona sobreviviente guíen su práctica de justicia, para ayudar a recuperar la confianza en el proceso',
        },
      ],
    },
    {
      id: 'pay',
      text: {
        en: 'Treat survivor leaders as professional consultants, and pay them fairly',
        es: 'Trate a las personas líderes sobrevivientes como consultoras profesionales y págueles de forma justa',
      },
      points: [
        { en: 'What they know cannot be had from any other source', es: 'Lo que saben no se puede obtener de ninguna otra fuente' },
        {
          en: 'Consider full-time positions for survivors, and count experience as equal to education in job openings',
          es: 'Considere puestos de tiempo completo para personas sobrevivientes y cuente la experiencia como equivalente a la formación en sus ofertas de empleo',
        },
      ],
    },
    {
      id: 'growth',
      text: {
        en: 'Give survivors a supportive space, free of judgment, to grow into leadership',
        es: 'Ofrezca a las personas sobrevivientes un espacio de apoyo, sin juicios, para crecer como líderes',
      },
      points: [
        { en: 'Chances to learn and build skills', es: 'Oportunidades de aprender y desarrollar habilidades' },
        { en: 'Chances to build confidence and self-esteem', es: 'Oportunidades de ganar confianza y autoestima' },
        { en: 'Chances to discover their own strength and resilience', es: 'Oportunidades de descubrir su propia fuerza y resiliencia' },
        {
          en: 'Chances to make a difference for others, and to move forward',
          es: 'Oportunidades de marcar la diferencia para otras personas y de seguir adelante',
        },
      ],
    },
    {
      id: 'roles',
      text: { en: 'Offer a range of roles, and let each survivor choose', es: 'Ofrezca funciones variadas y deje que cada persona sobreviviente elija' },
      points: [
        { en: 'Advocating for change', es: 'Abogar por el cambio' },
        { en: 'Giving feedback to professionals, agencies and support services', es: 'Dar su opinión a profesionales, agencias y servicios de apoyo' },
        { en: 'Mentoring and supporting peers', es: 'Acompañar y apoyar a sus pares' },
        { en: 'Helping others speak up', es: 'Ayudar a otras personas a alzar la voz' },
      ],
    },
    {
      id: 'task-force',
      text: {
        en: 'Bring experienced survivor consultants into key task force work',
        es: 'Integre a personas consultoras sobrevivientes con experiencia en las tareas clave del grupo de trabajo',
      },
      points: [
        { en: 'For example, gathering feedback on activities at the local level', es: 'Por ejemplo, recoger opiniones sobre las actividades a nivel local' },
      ],
    },
  ],
};

export const checklists: Readonly<Record<ChecklistSetId, BuiltInChecklist>> = {
  'survivor-informed-practice': survivorInformedPractice,
  partnership,
};

export function isChecklistSetId(value: string): value is ChecklistSetId {
  return (CHECKLIST_SET_IDS as readonly string[]).includes(value);
}
