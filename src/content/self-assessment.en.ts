/**
 * The default instrument of `<si-self-assessment>`: how survivor-informed is an organization?
 *
 * The ten areas are SAMHSA's ten implementation domains of a trauma-informed approach, as seed 004 lists
 * them ("key areas to consider"). Every statement says one thing a team can check (a written policy, a
 * budget line, what happened in the last year), and each has its own next step, shown when it is rated
 * below the top level. No statement assumes the organization knows who on its staff has lived
 * experience: roles where lived experience is part of the job are named as such, and support is
 * offered to everyone. Every text is written in this project's own words from the facts of the seeds
 * (see `source`); none comes from a published instrument (TICOMETER and ARTIC items are copyrighted and
 * never used). English lives here and the Spanish text in `self-assessment.es.ts`, each loaded only
 * when a widget shows it (`loadBuiltInInstrument` in `self-assessment.ts`), so a page without a
 * self-assessment never downloads either. Both pass `instrumentSchema` (test/si-self-assessment.test.ts).
 *
 * Version 2 (version 1 pooled the statements, scored "don't know" as absent and asked double-barrelled
 * statements): new statements and ids throughout, so results of version 1 are not compared with it.
 */
import type { Instrument } from './instrument-schema.js';

export const selfAssessmentEn = {
  id: 'survivor-informed-organization',
  version: '2',
  lang: 'en',
  source:
    "Areas: SAMHSA's ten implementation domains (SAMHSA 2014, HHS pub. SMA 14-4884, public domain) as listed in seed 004 " +
    "('Survivor Engagement', Colorado Partnership Toolkit, 'key areas to consider'). Facts behind the statements: seed 000 " +
    '(PACT guiding values; consultant eligibility policy; pros and cons of speaking about lived experience in public, the ' +
    "choice being the survivor's; paid consultants; matching funds), seed 003 (U.S. Department of State: assess and find gaps; " +
    'paid staff, consultant and trainer roles; input from survivors of sex and labor trafficking and many backgrounds, at every ' +
    'stage, not on nearly final work), seed 004 (tokenization, over-asked leaders, the justice process as the survivor’s choice, ' +
    'education equivalencies) and FACTS.md (NHTTAC SOAR: mission and culture, fundraising and outreach, human resources; assess ' +
    "as a workgroup and repeat). Written in this project's own words; rating levels shaped after FACTS.md (shape only, no items).",
  title: 'How survivor-informed is our organization?',
  intro:
    'Answer together as a team rather than alone, and make paid survivor consultants part of that team. Rate what your ' +
    'organization does today, not what it plans to do. When no one is sure, choose “Don’t know”: it becomes something to find ' +
    'out. Skip any area that does not fit your work. The results are a starting point for an action plan, not a grade.',
  credit: 'Areas from SAMHSA’s trauma-informed approach (2014). Statements written for this tool.',
  areas: [
    {
      id: 'governance',
      title: 'Governance and leadership',
      description: 'Who decides where your organization is going, and how survivor expertise reaches those decisions.',
      statements: [
        {
          id: 'gov-mission',
          text: 'Our mission statement or strategic plan commits us to survivor-informed practice.',
          nextStep: 'Add a plain commitment to survivor-informed practice to your mission statement or strategic plan when it is next reviewed.',
        },
        {
          id: 'gov-lead',
          text: 'One named leader is responsible for our survivor-informed practice.',
          nextStep: 'Name one leader who answers for survivor-informed practice, and set aside part of their working time for it.',
        },
        {
          id: 'gov-formal-role',
          text: 'Survivor advisors have a formal part in decisions about our direction, such as board seats or a standing advisory group.',
          nextStep:
            'Give survivor advisors a formal place in decisions: seats on your board, or a standing advisory group that meets before decisions are taken.',
        },
        {
          id: 'gov-several',
          text: 'More than one survivor advises us at a time, so that no one is asked to speak for every survivor.',
          nextStep: 'Work with several survivor advisors at once, so that no single person has to carry the survivor perspective alone.',
        },
        {
          id: 'gov-culture',
          text: 'Asked what survivor-informed practice means for their own job, our staff can answer in their own words.',
          nextStep: 'Give each team one meeting to talk through what survivor-informed practice changes in their own daily work.',
        },
      ],
    },
    {
      id: 'policy',
      title: 'Policy',
      description: 'What your written policies and procedures say about working with survivors.',
      statements: [
        {
          id: 'policy-pay',
          text: 'A written policy sets how we pay survivor consultants, trainers and advisors.',
          nextStep: 'Write a pay policy for survivor consultants, trainers and advisors that states the rates and how soon you pay.',
        },
        {
          id: 'policy-no-disclosure',
          text: 'Our policies say that no one has to tell their own story to work, volunteer or get help with us.',
          nextStep: 'State in your policies that telling one’s own story is never a condition of working, volunteering or getting help.',
        },
        {
          id: 'policy-consent',
          text: 'Before a survivor’s story, name or image appears in fundraising or outreach, we have their written consent for that use.',
          nextStep: 'Use a consent form for every story, name or image, saying where it will appear and for how long.',
        },
        {
          id: 'policy-withdraw',
          text: 'We have a set way to take down a survivor’s story or image when they withdraw their consent.',
          nextStep: 'Write down how a survivor takes back consent, who removes their story or image, and how quickly it is done.',
        },
        {
          id: 'policy-guide',
          text: 'A written guide covers how we invite, prepare and support survivor leaders so that working with us does them no harm.',
          nextStep:
            'Write a short guide to inviting, preparing and supporting survivor leaders; another program’s consultant eligibility policy can help you start.',
        },
      ],
    },
    {
      id: 'environment',
      title: 'Physical environment',
      description: 'How safe your spaces, materials and website feel to the people who use them.',
      statements: [
        {
          id: 'env-private',
          text: 'We have a place to talk where no one else can overhear the conversation.',
          nextStep: 'Set aside a room, or set times, where conversations cannot be overheard.',
        },
        {
          id: 'env-images',
          text: 'Our materials and website use no images that could distress or shame the people we serve.',
          nextStep: 'Go through your images and replace any that show harm, restraint or shame with calm, respectful ones.',
        },
        {
          id: 'env-languages',
          text: 'Our signs and main materials are available in the languages the people we serve speak most.',
          nextStep: 'Translate your signs and main materials into the languages your community speaks most.',
        },
        {
          id: 'env-exit',
          text: 'Our website has a quick exit that takes a visitor straight to a neutral site.',
          nextStep: 'Add a quick exit to the pages of your website that survivors are likely to visit.',
        },
        {
          id: 'env-walkthrough',
          text: 'In the past year, paid survivor consultants have reviewed our spaces or website and told us what felt unsafe.',
          nextStep: 'Ask paid survivor consultants to walk through your spaces and website, and write down what they found unsafe or unwelcoming.',
        },
      ],
    },
    {
      id: 'engagement',
      title: 'Engagement and involvement',
      description: 'How you ask survivors for their input, and what you do with it.',
      statements: [
        {
          id: 'eng-plan',
          text: 'For each new project, we write down when survivors will be asked for input, from design through evaluation.',
          nextStep: 'For your next project, write down when survivors will be asked for input: while you design it, while you run it and when you evaluate it.',
        },
        {
          id: 'eng-early',
          text: 'We ask survivors for input while our plans can still change.',
          nextStep: 'Share plans with survivor advisors while they are still rough, and give them weeks rather than days to respond.',
        },
        {
          id: 'eng-labor',
          text: 'The survivors we hear from include people who experienced labor trafficking.',
          nextStep: 'Ask survivor-led groups to help you reach people who experienced labor trafficking.',
        },
        {
          id: 'eng-backgrounds',
          text: 'The survivors we hear from include people of different ages, genders, races, countries of origin, sexual orientations and abilities.',
          nextStep: 'Look at whose voices you hear now, note who is missing, and ask survivor-led groups to help you reach them.',
        },
        {
          id: 'eng-public',
          text: 'Before anyone speaks in public for us about their own experience, we go through the benefits and risks of doing so with them.',
          nextStep: 'Before any talk or interview, go through the benefits and risks of speaking in public with the speaker, and leave the decision to them.',
        },
        {
          id: 'eng-decline',
          text: 'We tell survivors we work with that turning down a request will not affect their role, pay or services.',
          nextStep: 'Tell survivor partners in writing that saying no to any request changes nothing about their role, pay or services.',
        },
      ],
    },
    {
      id: 'collaboration',
      title: 'Cross-sector collaboration',
      description: 'How you work with partner agencies, and with groups that survivors lead.',
      statements: [
        {
          id: 'col-survivor-led',
          text: 'We have at least one working partnership with a group led by survivors.',
          nextStep: 'Find the survivor-led groups in your region and ask how they would like to work with you, on paid terms.',
        },
        {
          id: 'col-principles',
          text: 'We and our main partners have agreed in writing on how we will work with survivors.',
          nextStep: 'Agree with your main partners on shared principles, such as safety, openness and choice, and write them down.',
        },
        {
          id: 'col-justice',
          text: 'Our partners leave it to each survivor to decide whether to take part in an investigation or a court case.',
          nextStep: 'Agree with law enforcement and prosecutors that taking part in a case is always the survivor’s own decision.',
        },
        {
          id: 'col-referrals',
          text: 'Before we refer someone to a partner, we ask them what they want us to pass on.',
          nextStep: 'Before every referral, ask the person what they want passed on, and share nothing more.',
        },
      ],
    },
    {
      id: 'services',
      title: 'Screening, assessment and treatment services',
      description: 'How your services notice trauma and avoid adding to it.',
      statements: [
        {
          id: 'svc-signs',
          text: 'Staff who meet the public have been trained to recognize signs of trauma.',
          nextStep: 'Train every staff member who meets the public to notice signs of trauma and to respond calmly.',
        },
        {
          id: 'svc-questions',
          text: 'Our intake asks only the questions we need in order to provide the service.',
          nextStep: 'Go through your intake form with survivor consultants and remove every question you do not need.',
        },
        {
          id: 'svc-who-sees',
          text: 'At intake, we tell people who will see their answers.',
          nextStep: 'Add a line to your intake that says who will see the answers, and why each question is asked.',
        },
        {
          id: 'svc-goals',
          text: 'The people we serve set the goals in their own service plans.',
          nextStep: 'Change your planning forms so that the person’s own goals come first.',
        },
        {
          id: 'svc-peer',
          text: 'We can refer people to peer support that survivors run.',
          nextStep: 'Build referral links with peer support groups that survivors run.',
        },
        {
          id: 'svc-language',
          text: 'People can receive our services in their own language, from bilingual staff or professional interpreters.',
          nextStep: 'Arrange professional interpreters, and never ask family members or children to interpret.',
        },
      ],
    },
    {
      id: 'workforce',
      title: 'Training and workforce development',
      description: 'How you prepare, hire and support the people who do the work.',
      statements: [
        {
          id: 'wf-training',
          text: 'Every staff member has had training in trauma-informed practice.',
          nextStep: 'Schedule trauma-informed training for every team, and include it in the first months of every new hire.',
        },
        {
          id: 'wf-trainers',
          text: 'Survivors paid as trainers lead or co-lead part of our staff training.',
          nextStep: 'Ask paid survivor trainers to lead part of your next staff training.',
        },
        {
          id: 'wf-equivalency',
          text: 'Our job postings let experience stand in for a degree wherever the work allows.',
          nextStep: 'Rewrite your job postings so that experience can take the place of a degree wherever the work allows.',
        },
        {
          id: 'wf-growth',
          text: 'Everyone in a role that calls for lived experience has a yearly plan for training, mentoring or promotion.',
          nextStep: 'Agree on a yearly development plan with each person in a role that calls for lived experience.',
        },
        {
          id: 'wf-confidential',
          text: 'Our HR rules say that a staff member’s personal history is known only to the people they choose to tell.',
          nextStep: 'Add to your HR rules that no one passes on a staff member’s personal history without their permission, and train managers on it.',
        },
        {
          id: 'wf-supervision',
          text: 'Supervision includes regular time to talk about how the work is affecting the person.',
          nextStep: 'Make a short check-in on how the work is affecting each person part of every supervision meeting.',
        },
        {
          id: 'wf-counseling',
          text: 'Any staff member can use counseling that we pay for without having to say why.',
          nextStep: 'Offer counseling to all staff at your cost, open to anyone without a reason.',
        },
      ],
    },
    {
      id: 'monitoring',
      title: 'Progress monitoring and quality assurance',
      description: 'How you check whether your practice works, and improve it.',
      statements: [
        {
          id: 'mon-anonymous',
          text: 'The people we serve can give us feedback without giving their name.',
          nextStep: 'Set up a simple way to give feedback without a name, on paper and online.',
        },
        {
          id: 'mon-report-back',
          text: 'We tell people what we changed because of their feedback.',
          nextStep: 'Every few months, post or send a short note on what you changed because of feedback.',
        },
        {
          id: 'mon-workgroup',
          text: 'A workgroup that includes paid survivor consultants turns results like these into an action plan.',
          nextStep: 'Form a small workgroup, with paid survivor consultants in it, to turn these results into an action plan.',
        },
        {
          id: 'mon-repeat',
          text: 'We repeat this self-assessment at least once a year.',
          nextStep: 'Put a date on the calendar to repeat this assessment, and keep this result to compare with.',
        },
      ],
    },
    {
      id: 'financing',
      title: 'Financing',
      description: 'How your budget pays for survivor-informed work.',
      statements: [
        {
          id: 'fin-budget',
          text: 'Our budget has a line for paying survivor consultants, trainers and advisors.',
          nextStep: 'Add a line for survivor pay to your next budget and to your grant proposals.',
        },
        {
          id: 'fin-rates',
          text: 'Our rates for survivor consultants match what we pay other consultants with similar expertise.',
          nextStep: 'Compare your rates for survivor consultants with what you pay other experts, and close any gap.',
        },
        {
          id: 'fin-prompt',
          text: 'We pay survivor consultants within 30 days of their work.',
          nextStep: 'Set a payment deadline of 30 days or less, and keep the paperwork for small payments short.',
        },
        {
          id: 'fin-lasting',
          text: 'Money for survivor roles is planned beyond a single year or a single grant.',
          nextStep: 'Plan survivor roles over several years, and look for matching funds with partners to keep them going.',
        },
      ],
    },
    {
      id: 'evaluation',
      title: 'Evaluation',
      description: 'How survivors shape what you measure and what you learn from it.',
      statements: [
        {
          id: 'ev-questions',
          text: 'Survivors help choose what our evaluations measure.',
          nextStep: 'Invite paid survivor consultants to help choose the questions of your next evaluation.',
        },
        {
          id: 'ev-paid',
          text: 'Survivors who help with an evaluation, for example by leading focus groups, are paid for it.',
          nextStep: 'Budget payment for every survivor who helps with an evaluation.',
        },
        {
          id: 'ev-share',
          text: 'We share what an evaluation found with the survivors who took part in it.',
          nextStep: 'Send a short, plain summary of the findings to everyone who took part.',
        },
        {
          id: 'ev-use',
          text: 'In the past year, we changed a program because of what an evaluation found.',
          nextStep: 'Pick one finding of your last evaluation and agree on the change it calls for.',
        },
      ],
    },
  ],
} satisfies Instrument;

export default selfAssessmentEn;
