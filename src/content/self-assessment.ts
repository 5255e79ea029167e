/**
 * The default instrument of `<si-self-assessment>`: how survivor-informed is an organization?
 *
 * The ten areas are SAMHSA's ten implementation domains of a trauma-informed approach, as seed 004 lists
 * them ("key areas to consider"). Every statement and next step is written in this project's own words
 * from the seeds (see `source`); none is taken from a published instrument (TICOMETER and ARTIC items are
 * copyrighted and never used). English lives here; the Spanish text is in `self-assessment.es.ts`, loaded
 * only when a widget shows Spanish. Both pass `instrumentSchema` (test/si-self-assessment.test.ts).
 */
import type { Instrument, Localized } from './instrument-schema.js';

export const selfAssessmentEn = {
  id: 'survivor-informed-organization',
  version: '1',
  lang: 'en',
  source:
    "Areas: SAMHSA's ten implementation domains (SAMHSA 2014, HHS pub. SMA 14-4884, public domain) as listed in seed 004 " +
    "('Survivor Engagement', Colorado Partnership Toolkit, 'Trauma-Informed Partnerships: key areas to consider'), with its six " +
    "principles and Four R's. Statements and next steps written in this project's own words from seed 000 (PACT guiding values, " +
    'consultant eligibility policy, paid consultants, matching funds), seed 003 (U.S. Department of State: assess and find gaps; ' +
    'paid staff, consultant and trainer roles; diverse survivor input; input at every stage; no final products or tight deadlines) ' +
    'and seed 004 (tokenization, over-asked leaders, voluntary justice participation, survivor leader boards, education equivalencies). ' +
    'Rating levels shaped after FACTS.md "Established self-assessments" (shape only, no items).',
  title: 'How survivor-informed are we?',
  intro:
    'Rate how far each statement is true of your organization today. Skip any area that does not apply. The results show your ' +
    'strengths, your gaps and next steps: a starting point for your team and an action plan, not a grade.',
  credit: "Areas from SAMHSA's trauma-informed approach (2014). Statements written for this tool.",
  areas: [
    {
      id: 'governance',
      title: 'Governance and leadership',
      description: "How your leaders and decision-makers bring survivors' expertise into the organization's direction.",
      statements: [
        {
          id: 'governance-voice',
          text: 'People with lived experience have a real say in decisions about our direction, not only a chance to comment afterwards.',
        },
        { id: 'governance-commitment', text: 'Our leaders have committed in writing to being survivor-informed and trauma-informed.' },
        { id: 'governance-roles', text: 'Survivors hold paid leadership roles with us: staff positions, board or advisory seats, or consultant roles.' },
        { id: 'governance-advisory', text: 'Several survivor leaders advise us together, so no one is asked to speak for all survivors.' },
      ],
      nextSteps: [
        'Name a leader who is responsible for survivor-informed practice, and give them time to do it.',
        'Set up a paid advisory group of several survivor leaders, so no single person carries the survivor perspective.',
        'Bring survivor input in while decisions are still open, not once a plan or product is final.',
      ],
    },
    {
      id: 'policy',
      title: 'Policy',
      description: 'What your written policies and procedures say about working with survivors.',
      statements: [
        { id: 'policy-pay', text: 'A written policy pays survivors for their time and expertise at the rates we pay other professionals.' },
        { id: 'policy-disclosure', text: 'Our policies make clear that no one has to share their own story or history to work or volunteer with us.' },
        { id: 'policy-ethics', text: 'We have a written policy on working ethically with survivor leaders, including how we avoid unintended harm.' },
        { id: 'policy-review', text: 'Survivors help write and review our policies and procedures.' },
      ],
      nextSteps: [
        'Write a compensation policy that pays survivor consultants, trainers and advisers as professionals.',
        "Adopt a policy on ethical collaboration with survivor leaders; another program's consultant eligibility policy can be a starting point.",
        "State in policy that sharing lived experience is always the survivor's own choice.",
      ],
    },
    {
      id: 'environment',
      title: 'Physical environment',
      description: 'How safe and welcoming your spaces, materials and website are.',
      statements: [
        { id: 'environment-safe', text: 'Our spaces feel physically and emotionally safe to the people who use them.' },
        { id: 'environment-private', text: 'People can talk with us in private, and know who can hear them and what will be written down.' },
        {
          id: 'environment-welcoming',
          text: 'Our signs and materials are welcoming, in the languages of the people we serve, and free of images that could upset or retraumatize.',
        },
        { id: 'environment-feedback', text: 'We ask survivors how our spaces and website feel to them, and act on what they tell us.' },
      ],
      nextSteps: [
        'Walk through your spaces and your website with paid survivor consultants and note what feels unsafe or unwelcoming.',
        'Offer private rooms for conversations, and a quick way to leave your website.',
        'Replace distressing images with calm, respectful ones, and translate signs and materials.',
      ],
    },
    {
      id: 'engagement',
      title: 'Engagement and involvement',
      description: 'How you seek and use the input of survivors.',
      statements: [
        { id: 'engagement-stages', text: "We seek survivors' input at every stage of a project: design, carrying it out and evaluation." },
        {
          id: 'engagement-diverse',
          text: 'We hear from a diverse community of survivors: of sex and of labor trafficking, and of many ages, genders, races, national origins, sexual orientations and abilities.',
        },
        { id: 'engagement-time', text: 'We ask early and give enough time, instead of asking for quick comments on nearly finished work.' },
        { id: 'engagement-choice', text: 'Survivors choose whether and how to take part, and can say no without any consequence.' },
        { id: 'engagement-overasked', text: 'We remember that survivor leaders get many requests, and we respect their other commitments.' },
      ],
      nextSteps: [
        'Write a plan for survivor input at each stage of your next project: design, implementation and evaluation.',
        'Widen who you hear from: survivors of labor trafficking as well as sex trafficking, and people of different backgrounds.',
        'Share drafts early and give survivors weeks, not days, to respond.',
      ],
    },
    {
      id: 'collaboration',
      title: 'Cross-sector collaboration',
      description: 'How you work with partners in other sectors, and with survivor-led groups.',
      statements: [
        { id: 'collaboration-survivor-led', text: 'We partner with survivor-led organizations and groups.' },
        {
          id: 'collaboration-partners',
          text: 'Our partners (such as child welfare, probation, law enforcement, schools and service providers) share our commitment to a survivor-informed approach.',
        },
        {
          id: 'collaboration-justice',
          text: 'In our partnerships, each survivor decides for themselves whether to take part in the criminal justice process.',
        },
        { id: 'collaboration-power', text: 'Our partnerships share power and decisions, and every partner knows its part in a trauma-informed approach.' },
      ],
      nextSteps: [
        'Find survivor-led organizations in your region, ask how they would like to work together, and pay them for their time.',
        'Agree with your partners on shared principles such as safety, transparency and choice, and write them down.',
        'Make sure no partner presses survivors to take part in investigations or court cases.',
      ],
    },
    {
      id: 'services',
      title: 'Screening, assessment and treatment services',
      description: 'How your services recognize trauma and avoid causing more of it.',
      statements: [
        { id: 'services-recognize', text: 'Our staff recognize signs of trauma in the people we serve, in their families and in one another.' },
        { id: 'services-intake', text: 'Our screening and intake ask only what we need, explain why we ask, and avoid retraumatizing people.' },
        { id: 'services-choice', text: 'The people we serve share in decisions about their own plans and goals.' },
        { id: 'services-peer', text: 'We offer, or refer people to, peer and survivor-led support.' },
        { id: 'services-culture', text: "Our services respond to people's culture, language and gender, and to historical trauma." },
      ],
      nextSteps: [
        'Review your intake and screening questions with survivor consultants, and drop every question you do not need.',
        'Tell people why each question is asked and what happens with their answers.',
        'Build referral links to peer and survivor-led support.',
      ],
    },
    {
      id: 'workforce',
      title: 'Training and workforce development',
      description: 'How you prepare, hire and support the people who do the work.',
      statements: [
        {
          id: 'workforce-training',
          text: 'All staff are trained in trauma-informed, victim-centered and survivor-informed practice, and the training is refreshed.',
        },
        { id: 'workforce-trainers', text: 'Survivors lead or co-lead some of our trainings, and are paid as trainers.' },
        { id: 'workforce-hiring', text: 'Our job openings are open to survivors, with experience counted as equivalent to education where it fits.' },
        { id: 'workforce-growth', text: 'Survivors who work with us have chances to grow: training, mentoring and leadership development.' },
        { id: 'workforce-wellbeing', text: 'We support the well-being of staff and recognize how trauma affects the people who do this work.' },
      ],
      nextSteps: [
        'Schedule trauma-informed and survivor-informed training for every team, with paid survivor trainers delivering part of it.',
        'Rewrite job descriptions so that lived experience and education equivalencies count.',
        'Offer survivor staff and consultants professional development and mentoring.',
        'Put supports in place for staff affected by secondary trauma.',
      ],
    },
    {
      id: 'monitoring',
      title: 'Progress monitoring and quality assurance',
      description: 'How you check that your practice is improving.',
      statements: [
        { id: 'monitoring-feedback', text: 'Survivors and the people we serve have safe ways to give us feedback, anonymously if they wish.' },
        { id: 'monitoring-act', text: 'We act on that feedback and tell people what changed because of it.' },
        { id: 'monitoring-repeat', text: 'We repeat a self-assessment like this one at regular intervals and compare the results.' },
      ],
      nextSteps: [
        'Set up a simple, anonymous way to give feedback, and report back what you changed because of it.',
        'Form a small workgroup with survivor members to turn these results into an action plan.',
        'Put a date on the calendar to repeat this assessment, and compare the results.',
      ],
    },
    {
      id: 'financing',
      title: 'Financing',
      description: 'How your budget pays for survivor-informed work.',
      statements: [
        { id: 'financing-budget', text: 'Our budget has a line for paying survivor consultants, trainers and advisers.' },
        { id: 'financing-fair', text: 'We pay survivors fairly and promptly, at rates that match their expertise.' },
        { id: 'financing-lasting', text: 'Funding for survivor-informed work is planned for the long term, not for one project only.' },
      ],
      nextSteps: [
        'Add a line for survivor compensation to your next budget or grant proposal.',
        'Set rates for survivor consultants that match what you pay other experts, and pay on time.',
        'Look for matching or shared funds with partners to keep survivor roles going.',
      ],
    },
    {
      id: 'evaluation',
      title: 'Evaluation',
      description: 'How survivors shape what you learn about your work.',
      statements: [
        { id: 'evaluation-design', text: 'Survivors help decide what we evaluate and how.' },
        { id: 'evaluation-paid', text: 'Survivors who help with evaluation, for example by leading focus groups, are paid for their work.' },
        { id: 'evaluation-use', text: 'We use what evaluations find to change our programs, and share the findings with the survivors who took part.' },
      ],
      nextSteps: [
        'Invite paid survivor consultants to help design your next evaluation, including its questions.',
        'Share evaluation findings with your survivor partners and ask what they would change.',
      ],
    },
  ],
} satisfies Instrument;

/** The Spanish text of the default instrument, by the English instrument's ids (`self-assessment.es.ts`). */
export interface InstrumentTranslation {
  title: string;
  intro: string;
  credit: string;
  areas: Record<string, { title: string; description: string; statements: Record<string, string>; nextSteps: string[] }>;
}

/** The English instrument with the Spanish text beside every English text. Throws on a missing translation. */
export function withSpanish(instrument: typeof selfAssessmentEn, es: InstrumentTranslation): Instrument {
  const both = (en: string, translated: string | undefined): Localized => {
    if (!translated) throw new Error(`No Spanish text for "${en}"`);
    return { en, es: translated };
  };
  return {
    ...instrument,
    lang: undefined,
    title: both(instrument.title, es.title),
    intro: both(instrument.intro, es.intro),
    credit: both(instrument.credit, es.credit),
    areas: instrument.areas.map((area) => {
      const translated = es.areas[area.id];
      return {
        id: area.id,
        title: both(area.title, translated?.title),
        description: both(area.description, translated?.description),
        statements: area.statements.map((statement) => ({ id: statement.id, text: both(statement.text, translated?.statements[statement.id]) })),
        nextSteps: area.nextSteps.map((step, index) => both(step, translated?.nextSteps[index])),
      };
    }),
  };
}

let bilingual: Promise<Instrument> | undefined;

/** The default instrument in English and Spanish; the Spanish text is downloaded on first use. */
export function loadBilingualInstrument(): Promise<Instrument> {
  bilingual ??= import('./self-assessment.es.js').then((module) => withSpanish(selfAssessmentEn, module.default));
  bilingual.catch(() => (bilingual = undefined));
  return bilingual;
}
