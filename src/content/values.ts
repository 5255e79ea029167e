/**
 * The value sets `<si-values-badge>` can show (FACTS.md, "Value set 1" and "Value set 2"). The values
 * themselves are facts from the sources named in each set's `source`; every name and description here
 * is written in the project's own words, in English and Spanish. Validated by test/si-values-badge.test.ts.
 */

export const VALUE_SET_IDS = ['guiding-values', 'trauma-informed'] as const;
export type ValueSetId = (typeof VALUE_SET_IDS)[number];

/** A text in every language the widgets speak. */
export interface LocalizedText {
  readonly en: string;
  readonly es: string;
}

export interface ValueItem {
  /** What a host writes in the badge's `values` attribute. Unique within its set. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

export interface ValueSet {
  readonly id: ValueSetId;
  /** Where the values come from (for maintainers; not shown). */
  readonly source: string;
  /** A short credit shown under the values, when the source should be named to the reader. */
  readonly credit?: LocalizedText;
  /** In the source's order. */
  readonly values: readonly ValueItem[];
}

/** The eight guiding values of a survivor-informed county program (seed 000), in the seed's order. */
const guidingValues: ValueSet = {
  id: 'guiding-values',
  source:
    "The guiding values adopted by CFPIC's PACT Project, California (seed 000, 'Engaging Survivors In Your Work'); " +
    "approach from seed 002 ('The PACT Approach'). Names and descriptions written in this project's own words.",
  values: [
    {
      id: 'survivor-informed',
      name: { en: 'Survivor-informed', es: 'Informado por sobrevivientes' },
      description: {
        en: 'People with lived experience, from many backgrounds, shape our work at every stage: planning it, carrying it out and judging how well it works.',
        es: 'Personas con experiencia vivida, de orígenes diversos, orientan nuestro trabajo en cada etapa: al planearlo, al llevarlo a cabo y al evaluar sus resultados.',
      },
    },
    {
      id: 'trauma-informed',
      name: { en: 'Trauma-informed', es: 'Informado sobre el trauma' },
      description: {
        en: 'We keep in mind how trauma affects the people we serve and our own staff, and we work for safety, trust, openness, cultural respect, collaboration and empowerment.',
        es: 'Tenemos presente cómo el trauma afecta a las personas que atendemos y a nuestro propio personal, y trabajamos por la seguridad, la confianza, la transparencia, el respeto cultural, la colaboración y el empoderamiento.',
      },
    },
    {
      id: 'victim-centered',
      name: { en: 'Victim-centered', es: 'Centrado en la víctima' },
      description: {
        en: 'What each victim wants, and their safety and well-being, come before anything else in our decisions and procedures, and in the advice we give others.',
        es: 'Lo que quiere cada víctima, su seguridad y su bienestar van antes que todo en nuestras decisiones y procedimientos, y en las orientaciones que damos.',
      },
    },
    {
      id: 'strengths-based',
      name: { en: 'Strengths-based', es: 'Basado en las fortalezas' },
      description: {
        en: 'We start from what each survivor brings. Each person decides whether, where and how to take part, and we offer roles that fit the skills, knowledge and training they want to use, at a pace they set.',
        es: 'Partimos de lo que aporta cada persona sobreviviente. Cada persona decide si participa, dónde y cómo, y le ofrecemos funciones acordes con las habilidades, los conocimientos y la formación que quiera aportar, al ritmo que ella misma fije.',
      },
    },
    {
      id: 'survivor-leadership',
      name: { en: 'Survivor leadership', es: 'Liderazgo de sobrevivientes' },
      description: {
        en: 'We offer survivors continuing chances to grow as professionals and as leaders.',
        es: 'Ofrecemos a las personas sobrevivientes oportunidades continuas de crecer como profesionales y como líderes.',
      },
    },
    {
      id: 'employs-survivors',
      name: { en: 'Survivors employed and fairly paid', es: 'Empleo y pago justo para sobrevivientes' },
      description: {
        en: "We value survivors' expertise and pay for it fairly and equitably, as we would any professional's.",
        es: 'Valoramos la experiencia de las personas sobrevivientes y la remuneramos de forma justa y equitativa, como la de cualquier profesional.',
      },
    },
    {
      id: 'diversity',
      name: { en: 'Diversity', es: 'Diversidad' },
      description: {
        en: 'We work with survivors who differ in gender, sexual orientation, nationality and where they live, so that many points of view shape what we do.',
        es: 'Trabajamos con personas sobrevivientes de distintos géneros, orientaciones sexuales, nacionalidades y lugares, para que muchos puntos de vista orienten lo que hacemos.',
      },
    },
    {
      id: 'peer-support',
      name: { en: 'Peer support', es: 'Apoyo entre pares' },
      description: {
        en: 'We open ways for survivors to support one another, including groups led by survivors, because shared experience adds to well-being.',
        es: 'Abrimos espacios para que las personas sobrevivientes se apoyen entre sí, incluidos grupos dirigidos por sobrevivientes, porque la experiencia compartida favorece el bienestar.',
      },
    },
  ],
};

/** SAMHSA's six principles of a trauma-informed approach (seed 004), in SAMHSA's order. */
const traumaInformed: ValueSet = {
  id: 'trauma-informed',
  source:
    "SAMHSA's Concept of Trauma and Guidance for a Trauma-Informed Approach (2014, HHS Publication No. (SMA) 14-4884, " +
    'public domain), as listed in seed 004 (Colorado partnership toolkit, where principle 3 reads "survivor support"). ' +
    "Descriptions written in this project's own words.",
  credit: {
    en: 'Based on the six principles SAMHSA set out for a trauma-informed approach (2014).',
    es: 'Basado en los seis principios de SAMHSA para un enfoque informado sobre el trauma (2014).',
  },
  values: [
    {
      id: 'safety',
      name: { en: 'Safety', es: 'Seguridad' },
      description: {
        en: 'Our spaces are physically safe, and every interaction helps people feel secure in body and mind.',
        es: 'Nuestros espacios son físicamente seguros y cada interacción ayuda a que las personas se sientan seguras física y emocionalmente.',
      },
    },
    {
      id: 'trustworthiness-transparency',
      name: { en: 'Trustworthiness and transparency', es: 'Confiabilidad y transparencia' },
      description: {
        en: 'We make decisions and run our work in the open, so that the people we serve and our staff can build trust in us and keep it.',
        es: 'Tomamos decisiones y llevamos nuestro trabajo de forma abierta, para que las personas que atendemos y nuestro personal puedan confiar en nosotros y mantener esa confianza.',
      },
    },
    {
      id: 'peer-support',
      name: { en: 'Peer support', es: 'Apoyo entre pares' },
      description: {
        en: 'Survivors helping one another, one to one or in groups, gives people hope and a sense of safety, and hearing from someone who has lived it helps them heal.',
        es: 'El apoyo entre personas sobrevivientes, de persona a persona o en grupo, da esperanza y sensación de seguridad, y escuchar a alguien que lo ha vivido ayuda a sanar.',
      },
    },
    {
      id: 'collaboration-mutuality',
      name: { en: 'Collaboration and mutuality', es: 'Colaboración y reciprocidad' },
      description: {
        en: 'Every person here, whatever their job, helps make our work trauma-informed. We share power and decisions with the people we serve instead of deciding for them, because people heal through relationships.',
        es: 'Cada persona aquí, sea cual sea su trabajo, ayuda a que nuestra labor esté informada sobre el trauma. Compartimos el poder y las decisiones con las personas que atendemos en lugar de decidir por ellas, porque se sana en las relaciones.',
      },
    },
    {
      id: 'empowerment-voice-choice',
      name: { en: 'Empowerment, voice and choice', es: 'Empoderamiento, voz y elección' },
      description: {
        en: "We believe in people's resilience and their ability to heal. The people we serve share in decisions and set their own goals, with support to speak up for themselves; staff are supported too.",
        es: 'Creemos en la resiliencia de las personas y en su capacidad de sanar. Las personas que atendemos participan en las decisiones y fijan sus propias metas, con apoyo para abogar por sí mismas; el personal también recibe apoyo.',
      },
    },
    {
      id: 'cultural-historical-gender',
      name: { en: 'Cultural, historical and gender issues', es: 'Cuestiones culturales, históricas y de género' },
      description: {
        en: 'We set stereotypes and bias aside, offer services shaped for each gender, draw on the strength people find in their own culture and traditions, and face the harm done to communities over generations.',
        es: 'Dejamos de lado estereotipos y prejuicios, ofrecemos servicios adaptados a cada género, aprovechamos la fuerza que las personas encuentran en su cultura y sus tradiciones, y reconocemos el daño causado a comunidades durante generaciones.',
      },
    },
  ],
};

export const valueSets: Readonly<Record<ValueSetId, ValueSet>> = {
  'guiding-values': guidingValues,
  'trauma-informed': traumaInformed,
};

export function isValueSetId(value: string): value is ValueSetId {
  return (VALUE_SET_IDS as readonly string[]).includes(value);
}
