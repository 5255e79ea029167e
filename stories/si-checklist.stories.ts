import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/si-checklist/define.js';
import { customContent, invalidContent } from './support/checklist-examples.js';
import { until } from '../test/shared/until.js';
import { CHECKLIST_STUB, installChecklistStub, partOf, tick, writeNote } from './support/checklist-stub.js';

interface Args {
  set: string;
  src: string;
  org: string;
  persist: string;
  endpoint: string;
  name: string;
  lang: string;
  headingLevel: string;
  /** The host's own content, as the JSON text of an inline `<script type="application/json">` child. */
  content: string;
}

type Story = StoryObj<Partial<Args>>;
type Play = NonNullable<Story['play']>;
const checklistIn = (canvas: HTMLElement) => canvas.querySelector('si-checklist')!;

/** The inline content child, built as a node: the JSON is data the checklist reads, never markup. */
function inlineContent(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.append(document.createTextNode(json));
  return script;
}

const sendTo =
  (reached: (checklist: HTMLElement) => boolean): Play =>
  async ({ canvasElement }) => {
    installChecklistStub();
    const checklist = checklistIn(canvasElement as HTMLElement);
    await tick(checklist, 1, 2);
    await writeNote(checklist, 2, 'Two consultants on contract; a staff role is in next year’s budget.');
    partOf<HTMLButtonElement>(checklist, '[part~="send-button"]').click();
    await until(() => reached(checklist));
  };

const statusIs = (state: string) => (checklist: HTMLElement) => checklist.shadowRoot!.querySelector(`[part~="status"][data-state="${state}"]`) !== null;

export default {
  title: 'Widgets/Checklist',
  component: 'si-checklist',
  args: { set: '', src: '', org: 'Madera County CSEC Program', persist: 'none', endpoint: '', name: '', lang: '', headingLevel: '', content: '' },
  argTypes: {
    set: { control: 'select', options: ['', 'survivor-informed-practice', 'partnership'] },
    persist: { control: 'select', options: ['none', 'session', 'local'] },
  },
  render: (storyArgs) => {
    const args = storyArgs as Args;
    installChecklistStub();
    return html`<si-checklist
      set=${ifDefined(args.set || undefined)}
      src=${ifDefined(args.src || undefined)}
      org=${ifDefined(args.org || undefined)}
      persist=${ifDefined(args.persist || undefined)}
      endpoint=${ifDefined(args.endpoint || undefined)}
      name=${ifDefined(args.name || undefined)}
      lang=${ifDefined(args.lang || undefined)}
      heading-level=${ifDefined(args.headingLevel || undefined)}
      >${args.content ? inlineContent(args.content) : nothing}</si-checklist
    >`;
  },
} satisfies Meta;

/** The four steps toward a survivor-informed practice, nothing checked yet. */
export const Default: Story = {};

/** Guidance on survivor leaders in a partnership. */
export const Partnership: Story = { args: { set: 'partnership', org: 'Larimer County Human Trafficking Task Force' } };

/** Two of four steps checked: the progress bar part-way. */
export const ProgressPartWay: Story = {
  play: async ({ canvasElement }) => tick(checklistIn(canvasElement as HTMLElement), 1, 3),
};

/** Every step checked. */
export const AllDone: Story = {
  play: async ({ canvasElement }) => tick(checklistIn(canvasElement as HTMLElement), 1, 2, 3, 4),
};

/** A step with a note written, and another step's note opened but still empty. */
export const WithNotes: Story = {
  play: async ({ canvasElement }) => {
    const checklist = checklistIn(canvasElement as HTMLElement);
    await tick(checklist, 1);
    await writeNote(checklist, 1, 'Self-assessment done in March with our survivor advisory board.');
    partOf<HTMLButtonElement>(checklist, '[part~="item"]:nth-child(3) [part~="note-toggle"]').click();
  },
};

/** The "clear everything?" question, asked inline before anything is cleared. */
export const ConfirmClear: Story = {
  play: async ({ canvasElement }) => {
    const checklist = checklistIn(canvasElement as HTMLElement);
    await tick(checklist, 2);
    partOf<HTMLButtonElement>(checklist, '[part~="clear-button"]').click();
  },
};

/** The host's own checklist, from an inline `<script type="application/json">` child. */
export const CustomInlineContent: Story = { args: { content: JSON.stringify(customContent) } };

/** Content with mistakes: each one named by its place in the JSON, and nothing of the checklist shown. */
export const InvalidContent: Story = { args: { content: JSON.stringify(invalidContent) } };

/** Content from `src` that cannot be loaded: a clear message and a way to try again. */
export const ContentUnreachable: Story = {
  args: { src: '/no-such-checklist-content.json' },
  play: async ({ canvasElement }) => {
    const checklist = checklistIn(canvasElement as HTMLElement);
    await until(() => checklist.shadowRoot!.querySelector('[part~="load-status"] + button') !== null, 'the retry button');
  },
};

/** With an endpoint: a "Send your checklist" section naming who receives it and what is sent, its button and a live status. */
export const WithEndpoint: Story = { args: { endpoint: `${CHECKLIST_STUB}/accept` } };

/** Waiting for the endpoint to answer. */
export const Sending: Story = {
  args: { endpoint: `${CHECKLIST_STUB}/pending` },
  play: sendTo(statusIs('sending')),
};

/** The endpoint accepted the results: the reference is shown, the answers stay. */
export const Sent: Story = {
  args: { endpoint: `${CHECKLIST_STUB}/accept` },
  play: sendTo(statusIs('sent')),
};

/** The endpoint is unavailable (503, retry in a minute): the results wait and the answers stay. */
export const Queued: Story = {
  args: { endpoint: `${CHECKLIST_STUB}/unavailable` },
  play: sendTo(statusIs('queued')),
};

/** The endpoint refused the results for good (403): the answers stay, with a way to try again. */
export const Failed: Story = {
  args: { endpoint: `${CHECKLIST_STUB}/forbidden` },
  play: sendTo(statusIs('failed')),
};

/** An unknown `set`: a configuration message instead of the checklist. */
export const ConfigurationError: Story = { args: { set: 'self-care', persist: 'forever', headingLevel: '0' } };

/** The title one level down (`heading-level="3"`), with the send section's heading below it. */
export const HeadingLevel: Story = { args: { headingLevel: '3', endpoint: `${CHECKLIST_STUB}/accept` } };

/** An endpoint that is not https: the checklist works, sending is off with a message. */
export const InsecureEndpoint: Story = { args: { endpoint: 'http://intake.example.org/checklists' } };

/** The Spanish checklist, whatever the page's language. */
export const Spanish: Story = { args: { lang: 'es' } };
