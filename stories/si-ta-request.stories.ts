import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/si-ta-request/define.js';
import { until } from '../test/shared/until.js';
import { fillAboutYou, fillValidRequest, fillYourNeed, installStubEndpoint, next, pick, send, STUB_ENDPOINT } from './support/ta-request-stub.js';

interface Args {
  endpoint: string;
  org: string;
  region: string;
  counties: string;
  cohorts: string;
  topics: string;
  requestTypes: string;
  leadDays: string;
  privacyHref: string;
  retention: string;
  headingLevel: string;
  persist: string;
  lang: string;
  /** Host's own privacy text, rendered in the `privacy` slot. */
  privacyText: string;
}

type Story = StoryObj<Partial<Args>>;
type Play = NonNullable<Story['play']>;
const formIn = (canvas: HTMLElement) => canvas.querySelector('si-ta-request')!;

/** Fills the form and sends it to one of the stub receiver's paths, then waits for `reached`. */
const sendTo =
  (reached: (form: HTMLElement) => boolean, options: { consultant?: boolean } = {}): Play =>
  async ({ canvasElement }) => {
    installStubEndpoint();
    const form = formIn(canvasElement as HTMLElement);
    await fillValidRequest(form, options);
    await send(form);
    await until(() => reached(form));
  };

const has = (selector: string) => (form: HTMLElement) => !!form.shadowRoot!.querySelector(selector);

export default {
  title: 'Widgets/TA request',
  component: 'si-ta-request',
  args: {
    endpoint: `${STUB_ENDPOINT}/accept`,
    org: 'Madera County CSEC Program',
    region: 'CA',
    counties: '',
    cohorts: '',
    topics: '',
    requestTypes: '',
    leadDays: '',
    privacyHref: '/privacy',
    retention: '12 months',
    headingLevel: '',
    persist: 'none',
    lang: '',
    privacyText: '',
  },
  argTypes: {
    region: { control: 'select', options: ['', 'CA', 'CO'] },
    persist: { control: 'select', options: ['none', 'session', 'local'] },
  },
  render: (storyArgs) => {
    const args = storyArgs as Args;
    return html`<si-ta-request
      endpoint=${args.endpoint}
      org=${ifDefined(args.org || undefined)}
      region=${ifDefined(args.region || undefined)}
      counties=${ifDefined(args.counties || undefined)}
      cohorts=${ifDefined(args.cohorts || undefined)}
      topics=${ifDefined(args.topics || undefined)}
      request-types=${ifDefined(args.requestTypes || undefined)}
      lead-days=${ifDefined(args.leadDays || undefined)}
      privacy-href=${ifDefined(args.privacyHref || undefined)}
      retention=${ifDefined(args.retention || undefined)}
      heading-level=${ifDefined(args.headingLevel || undefined)}
      persist=${ifDefined(args.persist || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      >${args.privacyText ? html`<p slot="privacy">${args.privacyText}</p>` : ''}</si-ta-request
    >`;
  },
} satisfies Meta;

/** The first page, empty, as a county page shows it, with California's 58 counties. */
export const Empty: Story = {};

/** Colorado's 64 counties, a 45-day lead time, and the draft kept for this tab (`persist="session"`). */
export const Colorado: Story = {
  args: { region: 'CO', leadDays: '45', org: 'Larimer County Human Trafficking Task Force', persist: 'session' },
  play: async ({ canvasElement }) => {
    await pick(formIn(canvasElement as HTMLElement), 'area', 'county');
  },
};

/** The host's own areas, cohorts, topics and request types, its own privacy text in the `privacy` slot, and its heading under an `h2`. */
export const HostLists: Story = {
  args: {
    region: '',
    counties: 'Del Norte, Humboldt, Mendocino, Trinity',
    cohorts: 'North Coast cohort, Central Valley cohort, Southern cohort, Bay Area cohort',
    topics: 'Building an MDT protocol, Engaging youth voice in evaluation, Consultant eligibility policy',
    requestTypes: 'training, survivor-consultant',
    privacyText: 'Only the cohort coordinators see requests. We delete them 12 months after the training.',
    privacyHref: '',
    retention: '',
    headingLevel: '3',
  },
  play: async ({ canvasElement }) => {
    await pick(formIn(canvasElement as HTMLElement), 'area', 'county');
  },
};

/** No county list: the county is typed; a state office picks "Across the state", a tribal nation names itself. */
export const AreaChoices: Story = {
  args: { region: '', org: '', requestTypes: 'technical-assistance', privacyHref: '', retention: '' },
  play: async ({ canvasElement }) => {
    await pick(formIn(canvasElement as HTMLElement), 'area', 'tribal-nation');
  },
};

/** Continue on an empty first page: the error summary and every inline error. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    await next(formIn(canvasElement as HTMLElement));
  },
};

/** The second page: what is needed, with a survivor consultant requested (the note that consultants are paid, and the optional funding question) and the "Another topic" field. */
export const YourNeed: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement as HTMLElement);
    await fillAboutYou(form);
    await pick(form, 'requestTypes', 'training', 'survivor-consultant');
    await pick(form, 'topics', 'labor-trafficking', 'other');
  },
};

/** The third page for a training: audience, size, format, length and dates, with the host's 90-day planning time. */
export const WhenAndHowTraining: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement as HTMLElement);
    await fillAboutYou(form);
    await fillYourNeed(form);
  },
};

/** The third page for technical assistance: only by when, and access and language needs. */
export const WhenAndHowAssistance: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement as HTMLElement);
    await fillAboutYou(form);
    await fillYourNeed(form, { technicalAssistance: true });
  },
};

/** "Check your answers": every answer with its change link, who sees the request and for how long, then Send. */
export const Check: Story = {
  play: async ({ canvasElement }) => {
    await fillValidRequest(formIn(canvasElement as HTMLElement), { consultant: true });
  },
};

/** Waiting for the endpoint to answer. */
export const Sending: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/pending` },
  play: sendTo(has('[part~="send-button"][aria-disabled="true"]')),
};

/** The endpoint accepted the request: the confirmation with its reference. */
export const Sent: Story = {
  play: sendTo(has('[part~="confirmation"]')),
};

/** The endpoint is unavailable (503): the request waits and is retried; the answers stay. */
export const Queued: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/unavailable` },
  play: sendTo(has('[part~="status"][data-state="queued"]')),
};

/** No connection: the request waits for the network, kept in this browser (`persist="local"`). */
export const QueuedOffline: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/offline`, persist: 'local' },
  play: sendTo(has('[part~="status"][data-state="queued"]')),
};

/** "Clear my answers" while a request waits: the question says clearing also cancels it. */
export const ClearWhileQueued: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/offline` },
  play: async (context) => {
    await sendTo(has('[part~="status"][data-state="queued"]'))(context);
    const form = formIn(context.canvasElement as HTMLElement);
    form.shadowRoot!.querySelector<HTMLButtonElement>('[part~="clear-button"]')!.click();
    await until(() => has('#clear-waiting')(form));
  },
};

/** The endpoint refused the request for good (403): the answers stay, with a way to try again. */
export const Failed: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/forbidden` },
  play: sendTo(has('[part~="status"][data-state="failed"]')),
};

/** The endpoint rejected two answers (422): the form goes back to the page of the first, with each message on its field and in the summary. */
export const Rejected: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/reject` },
  play: sendTo(has('.error-summary')),
};

/** Wrong attributes: a configuration message instead of the form. */
export const Misconfigured: Story = {
  args: { region: 'XX', leadDays: 'soon', retention: 'a while', endpoint: 'http://intake.example.org/ta' },
};

/** The Spanish form, whatever the page's language. */
export const Spanish: Story = {
  args: { lang: 'es' },
};

/** "Revise sus respuestas" in Spanish. */
export const SpanishCheck: Story = {
  args: { lang: 'es' },
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement as HTMLElement);
    await until(() => form.shadowRoot!.querySelector('#step-heading')?.textContent?.includes('Paso') ?? false);
    await fillValidRequest(form);
  },
};
