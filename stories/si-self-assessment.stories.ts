import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/elements/si-self-assessment/define.js';
import {
  assessmentIn,
  chooseFile,
  CUSTOM_INSTRUMENT,
  EARLIER_RESULT,
  EARLIER_VERSION_RESULT,
  fill,
  FIRST_FORMAT_RESULT,
  installAssessmentEndpoint,
  INVALID_INSTRUMENT,
  nav,
  rateArea,
  SA_ENDPOINT,
} from './support/self-assessment-stub.js';
import { until } from '../test/shared/until.js';

interface Args {
  src: string;
  headingLevel: string;
  endpoint: string;
  org: string;
  persist: string;
  share: string;
  taHref: string;
  lang: string;
  /** A host's own instrument, rendered as an inline `<script type="application/json">` child. */
  instrument: string;
}

type Story = StoryObj<Partial<Args>>;
type Play = NonNullable<Story['play']>;

const toResults: Play = async ({ canvasElement }) => fill(assessmentIn(canvasElement));

const meta = {
  title: 'Widgets/Self-assessment',
  component: 'si-self-assessment',
  args: {
    src: '',
    headingLevel: '',
    endpoint: '',
    org: 'Tri-County Anti-Trafficking Coalition',
    // Stories keep nothing between them; use session or local to try resuming.
    persist: 'none',
    share: 'scores',
    taHref: '/training-request',
    lang: '',
    instrument: '',
  },
  argTypes: {
    persist: { control: 'select', options: ['none', 'session', 'local'] },
    share: { control: 'select', options: ['scores', 'answers'] },
  },
  render: (storyArgs) => {
    const args = storyArgs as Args;
    return html`<si-self-assessment
      src=${args.src || nothing}
      endpoint=${args.endpoint || nothing}
      org=${args.org || nothing}
      persist=${args.persist || nothing}
      share=${args.share || nothing}
      ta-href=${args.taHref || nothing}
      heading-level=${args.headingLevel || nothing}
      lang=${args.lang || nothing}
      >${args.instrument ? html`<script type="application/json" .textContent=${args.instrument}></script>` : nothing}</si-self-assessment
    >`;
  },
} satisfies Meta<Partial<Args>>;

export default meta;

/** The first area, nothing answered yet. */
export const Start: Story = {};

/** Half-way: the first area answered, the second partly, the third skipped, the fourth on screen. */
export const MidWay: Story = {
  play: async ({ canvasElement }) => {
    const element = assessmentIn(canvasElement);
    await element.updateComplete;
    await rateArea(element, [3, 2, 1, 'na']);
    await nav(element, 'next');
    await rateArea(element, [0, 'dk']);
    await nav(element, 'next');
    await nav(element, 'skip');
  },
};

/** Every area rated: scores, chart and table, strengths (two areas at 92, "in place", each with its one step left), gaps with a next step per statement, one thing to find out, print and downloads. */
export const Results: Story = { play: toResults };

/** Every scored area "in place": no gaps, and no offer of help with gaps that do not exist. */
export const ResultsNoGaps: Story = {
  play: async ({ canvasElement }) => fill(assessmentIn(canvasElement), (area, statement) => (area === 4 ? 'na' : statement === 0 && area === 2 ? 2 : 3)),
};

/** Mostly "don't know": no score yet, and the list of what to find out. */
export const ResultsToFindOut: Story = {
  play: async ({ canvasElement }) => {
    const element = assessmentIn(canvasElement);
    await element.updateComplete;
    await rateArea(element, [3, 'dk', 'dk', 'dk', 'dk']);
    await nav(element, 'next');
    await rateArea(element, [1, 'dk']);
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step"]')].at(-1)!.click();
    await element.updateComplete;
  },
};

/** The results step before anything is rated. */
export const ResultsNothingRated: Story = {
  play: async ({ canvasElement }) => {
    const element = assessmentIn(canvasElement);
    await element.updateComplete;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step"]')].at(-1)!.click();
    await element.updateComplete;
  },
};

/** The results compared with an earlier result of the same version, loaded from its JSON file. */
export const Comparison: Story = {
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify(EARLIER_RESULT));
  },
};

/** An earlier result of another version: only the areas that asked the same statements are compared, and the widget says so. */
export const ComparisonOtherVersion: Story = {
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify(EARLIER_VERSION_RESULT));
  },
};

/** A result saved by the first version (other statements, other rules): refused, with the reason. */
export const ComparisonFirstVersion: Story = {
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify(FIRST_FORMAT_RESULT));
  },
};

/** A file that is not a result of this assessment was chosen for comparison. */
export const ComparisonWrongFile: Story = {
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify({ ...EARLIER_RESULT, instrument: { id: 'another-tool', version: '1' } }));
  },
};

/** "Clear my answers?" asked inline (Escape keeps them). */
export const ConfirmClear: Story = {
  play: async ({ canvasElement }) => {
    const element = assessmentIn(canvasElement);
    await element.updateComplete;
    await rateArea(element, [2, 1]);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
    await element.updateComplete;
  },
};

/** The headings one level down (`heading-level="3"`), for a page that puts the assessment under an `h2`. */
export const HeadingLevel: Story = { args: { headingLevel: '3' }, play: toResults };

const onAPhone: Story['render'] = (args, context) =>
  html`<div style="inline-size: 360px; max-inline-size: 100%">${(meta.render as NonNullable<Story['render']>)(args, context)}</div>`;

/** On a phone (360 px): "Area 2 of 10" with the list of areas opened from its button. */
export const PhoneMenuOpen: Story = {
  render: onAPhone,
  play: async ({ canvasElement }) => {
    const element = assessmentIn(canvasElement);
    await element.updateComplete;
    await nav(element, 'next');
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="menu-toggle"]')!.click();
    await element.updateComplete;
  },
};

/** On a phone (360 px): the results compared, the table scrolling sideways with the change next to the score. */
export const PhoneResults: Story = {
  render: onAPhone,
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify(EARLIER_RESULT));
  },
};

const sendTo =
  (state: string): Play =>
  async (context) => {
    installAssessmentEndpoint();
    await toResults(context);
    const element = assessmentIn(context.canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
    await until(() => element.shadowRoot!.querySelector('[part~="status"]')?.getAttribute('data-state') === state, `the results to be ${state}`);
  };

/** With an endpoint: waiting for it to answer. */
export const Sending: Story = { args: { endpoint: `${SA_ENDPOINT}/pending` }, play: sendTo('sending') };

/** With an endpoint: the results were sent (scores only) and the receiver gave a reference. */
export const Sent: Story = { args: { endpoint: `${SA_ENDPOINT}/accept` }, play: sendTo('sent') };

/** The endpoint is unavailable (503, retry in a minute): the results wait and stay on screen. */
export const Queued: Story = { args: { endpoint: `${SA_ENDPOINT}/unavailable` }, play: sendTo('queued') };

/** The endpoint refused the results for good (403): they stay on screen, with a way to try again. */
export const Failed: Story = { args: { endpoint: `${SA_ENDPOINT}/forbidden` }, play: sendTo('failed') };

/** With an endpoint and `share="answers"`, before sending: the text says every answer is shared. */
export const ShareAnswers: Story = {
  args: { endpoint: `${SA_ENDPOINT}/accept`, share: 'answers' },
  play: toResults,
};

/** A host's own instrument, inline: two areas and a three-level scale. */
export const CustomInstrument: Story = {
  args: { instrument: JSON.stringify(CUSTOM_INSTRUMENT), taHref: '' },
};

/** A host's own instrument with mistakes: every wrong entry is named, nothing else is shown. */
export const InvalidInstrument: Story = {
  args: { instrument: JSON.stringify(INVALID_INSTRUMENT) },
};

/** Wrong attributes: a configuration message instead of the widget. */
export const ConfigurationError: Story = {
  args: { persist: 'forever', share: 'everything', taHref: 'javascript:alert(1)', headingLevel: 'h2' },
};
