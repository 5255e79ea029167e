import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/si-ta-request/define.js';
import { until } from '../test/shared/until.js';
import { fillValidRequest, installStubEndpoint, pick, send, STUB_ENDPOINT } from './support/ta-request-stub.js';

interface Args {
  endpoint: string;
  org: string;
  region: string;
  counties: string;
  topics: string;
  requestTypes: string;
  leadDays: string;
  privacyHref: string;
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
    topics: '',
    requestTypes: '',
    leadDays: '30',
    privacyHref: '/privacy',
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
      topics=${ifDefined(args.topics || undefined)}
      request-types=${ifDefined(args.requestTypes || undefined)}
      lead-days=${ifDefined(args.leadDays || undefined)}
      privacy-href=${ifDefined(args.privacyHref || undefined)}
      persist=${ifDefined(args.persist || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      >${args.privacyText ? html`<p slot="privacy">${args.privacyText}</p>` : ''}</si-ta-request
    >`;
  },
} satisfies Meta;

/** The empty form, as a county page shows it, with California's 58 counties. */
export const Empty: Story = {};

/** Colorado's 64 counties, a 45-day lead time, and the draft kept for this tab (`persist="session"`). */
export const Colorado: Story = {
  args: { region: 'CO', leadDays: '45', org: 'Larimer County Human Trafficking Task Force', persist: 'session' },
};

/** The host's own regions, topics and request types, and its own privacy text in the `privacy` slot. */
export const HostLists: Story = {
  args: {
    region: '',
    counties: 'North Coast cohort, Central Valley cohort, Southern cohort, Bay Area cohort',
    topics: 'Building an MDT protocol, Engaging youth voice in evaluation, Consultant eligibility policy',
    requestTypes: 'training, survivor-consultant',
    privacyText: 'Only the cohort coordinators see requests. We delete them 12 months after the training.',
    privacyHref: '',
  },
};

/** No county list: a free-text answer; one request type offered, already ticked. */
export const FreeTextCounty: Story = {
  args: { region: '', org: '', requestTypes: 'technical-assistance', privacyHref: '' },
};

/** A survivor consultant is requested: the note that consultants are paid, and the optional funding question. */
export const ConsultantRequested: Story = {
  play: async ({ canvasElement }) => {
    const form = formIn(canvasElement as HTMLElement);
    await pick(form, 'requestTypes', 'survivor-consultant');
  },
};

/** Sent empty: the error summary and every inline error. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    await send(formIn(canvasElement as HTMLElement));
  },
};

/** Every required answer filled in, not sent yet. */
export const Filled: Story = {
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
  play: sendTo(has('.panel--queued')),
};

/** No connection: the request waits for the network. */
export const QueuedOffline: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/offline`, persist: 'local' },
  play: sendTo(has('.panel--queued')),
};

/** The endpoint refused the request for good (403): the answers stay, with a way to try again. */
export const Failed: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/forbidden` },
  play: sendTo(has('.panel--failed')),
};

/** The endpoint rejected two answers (422): each message is shown on its field and in the summary. */
export const Rejected: Story = {
  args: { endpoint: `${STUB_ENDPOINT}/reject` },
  play: sendTo(has('.error-summary')),
};

/** Wrong attributes: a configuration message instead of the form. */
export const Misconfigured: Story = {
  args: { region: 'XX', leadDays: 'soon', endpoint: 'http://intake.example.org/ta' },
};

/** The Spanish form, whatever the page's language. */
export const Spanish: Story = {
  args: { lang: 'es' },
};
