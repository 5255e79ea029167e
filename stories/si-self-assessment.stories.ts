import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import '../src/elements/si-self-assessment/define.js';
import {
  assessmentIn,
  chooseFile,
  CUSTOM_INSTRUMENT,
  EARLIER_RESULT,
  fill,
  installAssessmentEndpoint,
  INVALID_INSTRUMENT,
  nav,
  rateArea,
  SA_ENDPOINT,
} from './support/self-assessment-stub.js';
import { until } from '../test/shared/until.js';

interface Args {
  src: string;
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

export default {
  title: 'Widgets/Self-assessment',
  component: 'si-self-assessment',
  args: {
    src: '',
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
      lang=${args.lang || nothing}
      >${args.instrument ? html`<script type="application/json" .textContent=${args.instrument}></script>` : nothing}</si-self-assessment
    >`;
  },
} satisfies Meta<Partial<Args>>;

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

/** Every area rated: scores, chart and table, strengths, gaps with next steps, print and downloads. */
export const Results: Story = { play: toResults };

/** The results step before anything is rated. */
export const ResultsNothingRated: Story = {
  play: async ({ canvasElement }) => {
    const element = assessmentIn(canvasElement);
    await element.updateComplete;
    [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step"]')].at(-1)!.click();
    await element.updateComplete;
  },
};

/** The results compared with an earlier result loaded from its JSON file. */
export const Comparison: Story = {
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify(EARLIER_RESULT));
  },
};

/** A file that is not a result of this assessment was chosen for comparison. */
export const ComparisonWrongFile: Story = {
  play: async (context) => {
    await toResults(context);
    await chooseFile(assessmentIn(context.canvasElement), JSON.stringify({ ...EARLIER_RESULT, instrument: { id: 'another-tool', version: '1' } }));
  },
};

/** With an endpoint: the results were sent (scores only) and the receiver gave a reference. */
export const Sent: Story = {
  args: { endpoint: `${SA_ENDPOINT}/accept` },
  play: async (context) => {
    installAssessmentEndpoint();
    await toResults(context);
    const element = assessmentIn(context.canvasElement);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send-button"]')!.click();
    await until(() => element.shadowRoot!.querySelector('[part~="status"]')?.getAttribute('data-state') === 'sent', 'the results to be sent');
  },
};

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
  args: { persist: 'forever', share: 'everything', taHref: 'javascript:alert(1)' },
};
