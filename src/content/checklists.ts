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
    en: 'Four steps toward making survivors’ expertise part of everything your organization does.',
    es: 'Cuatro pasos para que la experiencia de las personas sobrevivientes forme parte de todo lo que hace su organización.',
  },
  credit: {
    en: 'Based on a checklist published by the U.S. Department of State.',
    es: 'Basado en una lista de verificación publicada por el Departamento de Estado de EE. UU.',
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
  version: '2',
  source:
    "Seed 004: 'Survivor Engagement', a section of Colorado's anti-trafficking Partnership Toolkit: 'Survivorship and Your " +
    "Partnership', 'Possible roles for survivor leaders' and the tips on supporting the transition from survivor to leader. " +
    "The facts only; every text written in this project's own words (version 2 rewrote the phrases version 1 had kept from the seed).",
  title: { en: 'Survivor leaders in your partnership', es: 'Líderes sobrevivientes en su alianza' },
  intro: {
    en: 'Ways a partnership can welcome survivor leaders, support their growth and avoid asking too much of them.',
    es: 'Formas en que una alianza puede acoger a líderes sobrevivientes, apoyar su crecimiento y evitar pedirles demasiado.',
  },
  credit: {
    en: 'Based on the survivor engagement guidance of Colorado’s Partnership Toolkit.',
    es: 'Basado en la guía sobre la participación de sobrevivientes del Partnership Toolkit de Colorado.',
  },
  items: [
    {
      id: 'more-than-one',
      text: {
        en: 'Bring in several survivor leaders, never a single one who has to stand for everyone',
        es: 'Cuente con varias personas líderes sobrevivientes, nunca con una sola que tenga que representar a todas',
      },
      points: [
        {
          en: 'A standing group of survivor leaders guards against tokenism, and its members can mentor and back one another',
          es: 'Un grupo estable de líderes sobrevivientes protege contra la participación simbólica, y sus integrantes pueden orientarse y respaldarse entre sí',
        },
      ],
    },
    {
      id: 'respect-time',
      text: { en: 'Ask survivor leaders sparingly, and well ahead of time', es: 'Haga pocas solicitudes a las personas líderes sobrevivientes, y con tiempo' },
      points: [
        {
          en: 'Well-known leaders are asked by many groups and often have prior commitments',
          es: 'A las personas líderes más conocidas las buscan muchos grupos y a menudo ya tienen compromisos',
        },
        { en: 'Take a no in stride, and ask again another time', es: 'Prepárese para recibir un no, y vuelva a preguntar en otro momento' },
      ],
    },
    {
      id: 'justice-choice',
      text: {
        en: 'Leave the choice about joining a criminal case to each survivor',
        es: 'Deje en manos de cada persona sobreviviente la decisión de participar en un caso penal',
      },
      points: [
        {
          en: 'Many survivors are wary of taking part in the justice system: never pressure them',
          es: 'Muchas personas sobrevivientes desconfían de participar en el sistema de justicia: nunca las presione',
        },
        {
          en: 'Shape how your partnership handles cases around what each survivor needs; that is how trust in the process is earned back',
          es: 'Organice la forma en que su alianza maneja los casos según lo que necesita cada persona sobreviviente; así se recupera la confianza en el proceso',
        },
      ],
    },
    {
      id: 'pay',
      text: {
        en: 'Hire survivor leaders as professional consultants, at a fair rate',
        es: 'Contrate a las personas líderes sobrevivientes como consultoras profesionales, con una tarifa justa',
      },
      points: [
        {
          en: 'Their expertise comes from lived experience, which no training or report can replace',
          es: 'Su conocimiento viene de la experiencia vivida, que ninguna capacitación ni informe puede reemplazar',
        },
        {
          en: 'Open full-time jobs to survivors, and let experience count in place of formal education',
          es: 'Abra puestos de tiempo completo a personas sobrevivientes y deje que la experiencia cuente en lugar de la educación formal',
        },
      ],
    },
    {
      id: 'growth',
      text: {
        en: 'Offer survivors a supportive place to grow into leadership, where no one judges them',
        es: 'Ofrezca a las personas sobrevivientes un espacio de apoyo para crecer como líderes, donde nadie las juzgue',
      },
      points: [
        { en: 'Training and practice to build new knowledge and skills', es: 'Capacitación y práctica para adquirir nuevos conocimientos y habilidades' },
        { en: 'Room to gain confidence', es: 'Espacio para ganar confianza' },
        { en: 'Room to find out what they are good at and how much they can weather', es: 'Espacio para descubrir en qué destacan y cuánto pueden resistir' },
        {
          en: 'Work that makes a difference to others and helps them move on in their own lives',
          es: 'Un trabajo que cambie algo para otras personas y les ayude a avanzar en su propia vida',
        },
      ],
    },
    {
      id: 'roles',
      text: { en: 'Offer a range of roles, and let each survivor choose', es: 'Ofrezca funciones variadas y deje que cada persona sobreviviente elija' },
      points: [
        { en: 'Pressing for changes in policy and practice', es: 'Impulsar cambios en las políticas y las prácticas' },
        {
          en: 'Telling agencies and services what works for survivors and what does not',
          es: 'Decir a agencias y servicios qué funciona para las personas sobrevivientes y qué no',
        },
        { en: 'Mentoring other survivors', es: 'Ser mentora o mentor de otras personas sobrevivientes' },
        { en: 'Supporting others to find their own voice', es: 'Apoyar a otras personas para que encuentren su propia voz' },
      ],
    },
    {
      id: 'task-force',
      text: {
        en: 'Give experienced survivor consultants a part in the task force’s core work',
        es: 'Dé a personas consultoras sobrevivientes con experiencia un papel en el trabajo central del grupo de trabajo',
      },
      points: [
        {
          en: 'For example, hearing from people in your community how local efforts are working',
          es: 'Por ejemplo, escuchar a la gente de su comunidad sobre cómo funcionan las acciones locales',
        },
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
