import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/si-hotline-banner/define.js';
import { scrollUntilFixedExit } from './support/fixed-exit.js';

// Optional attributes are left off (undefined) so the preset's own values show.
const meta = {
  title: 'Widgets/Hotline banner',
  component: 'si-hotline-banner',
  args: {
    preset: 'national',
    position: 'inline',
    dismissible: false,
    hideEmergency: false,
    noQuickExit: false,
    noShiftShortcut: false,
    persist: undefined,
    name: undefined,
    phone: undefined,
    sms: undefined,
    smsKeyword: undefined,
    chatUrl: undefined,
    tty: undefined,
    hours: undefined,
    languages: undefined,
    exitUrl: undefined,
    safetyHref: undefined,
  },
  argTypes: {
    preset: { control: 'select', options: ['national', 'colorado', 'california'] },
    position: { control: 'inline-radio', options: ['inline', 'top', 'bottom'] },
    persist: { control: 'select', options: [undefined, 'none', 'session', 'local'] },
  },
  render: (args) => html`<si-hotline-banner
    preset=${args.preset}
    position=${args.position}
    ?dismissible=${args.dismissible}
    ?hide-emergency=${args.hideEmergency}
    ?no-quick-exit=${args.noQuickExit}
    ?no-shift-shortcut=${args.noShiftShortcut}
    persist=${ifDefined(args.persist)}
    name=${ifDefined(args.name)}
    phone=${ifDefined(args.phone)}
    sms=${ifDefined(args.sms)}
    sms-keyword=${ifDefined(args.smsKeyword)}
    chat-url=${ifDefined(args.chatUrl)}
    tty=${ifDefined(args.tty)}
    hours=${ifDefined(args.hours)}
    languages=${ifDefined(args.languages)}
    exit-url=${ifDefined(args.exitUrl)}
    safety-href=${ifDefined(args.safetyHref)}
    >National Human Trafficking Hotline: call 1-888-373-7888 or text 233733. In immediate danger, call 911.</si-hotline-banner
  >`,
} satisfies Meta;
export default meta;

/** The national hotline, in the flow of the page: the Exit button, call and text, 911, and "More ways to get help". */
export const Inline: StoryObj = {};

/** "More ways to get help" open: TTY, chat, hours, the languages of calls and texts, and the quick exit's note. */
export const MoreWaysOpen: StoryObj = {
  args: { safetyHref: 'https://example.org/browse-safely' },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('si-hotline-banner')!;
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more-button"]')!.click();
    await banner.updateComplete;
  },
};

/** Scrolled past the banner: the fixed Exit button stays in the corner of the screen. */
export const ScrolledFixedExit: StoryObj = {
  render: (args) => html`${meta.render(args)}
    <div class="story-page-below" style="block-size: 250vh"></div>`,
  play: async ({ canvasElement }) => {
    await scrollUntilFixedExit(canvasElement.querySelector('si-hotline-banner')!.shadowRoot!.querySelector('si-quick-exit')!);
  },
};

/** For screen reader users: Shift ×3 turned off (Shift pauses speech in some screen readers); the buttons still exit. */
export const NoShiftShortcut: StoryObj = { args: { noShiftShortcut: true } };

/** Sticky at the top of the viewport, clear of the notch (safe areas). */
export const Top: StoryObj = { args: { position: 'top', dismissible: true } };

/** Sticky at the bottom; place it last in `<body>`. */
export const Bottom: StoryObj = { args: { position: 'bottom', dismissible: true } };

/** After "Hide": the details are gone, the quick exit stays and has focus, and "Hotline banner hidden." is announced. */
export const Dismissed: StoryObj = {
  args: { dismissible: true },
  play: async ({ canvasElement }) => {
    const banner = canvasElement.querySelector('si-hotline-banner')!;
    await banner.updateComplete;
    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="dismiss"]')!.click();
    await banner.updateComplete;
  },
};

/** Colorado's 24/7 hotline (seed 004): call and text. */
export const Colorado: StoryObj = { args: { preset: 'colorado' } };

/** California: CAST's 24-hour hotline. */
export const California: StoryObj = { args: { preset: 'california' } };

/** A county's own line, every field set by attribute. */
export const CustomHotline: StoryObj = {
  args: {
    name: 'Tri-County Victim Services',
    phone: '(970) 555-0142',
    sms: '970-555-0143',
    smsKeyword: 'SAFE',
    chatUrl: 'https://example.org/chat',
    tty: '711',
    hours: 'Monday to Friday, 8 am to 6 pm',
    languages: 'English, Spanish and Vietnamese',
    safetyHref: 'https://example.org/safety',
  },
};

/** Without the "in immediate danger" line and without a quick exit. */
export const Minimal: StoryObj = { args: { hideEmergency: true, noQuickExit: true } };

/** A number and a chat address that cannot work: left out, with a message for the site team. */
export const ConfigurationError: StoryObj = { args: { phone: '12', chatUrl: 'javascript:alert(1)' } };
