import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/si-quick-exit/define.js';
import { scrollUntilFixedExit } from './support/fixed-exit.js';

const meta = {
  title: 'Widgets/Quick exit',
  component: 'si-quick-exit',
  args: { skipLink: false, noShiftShortcut: false, exitUrl: undefined, safetyHref: undefined },
  render: (args) => html`<si-quick-exit
    ?skip-link=${args.skipLink}
    ?no-shift-shortcut=${args.noShiftShortcut}
    exit-url=${ifDefined(args.exitUrl)}
    safety-href=${ifDefined(args.safetyHref)}
    ><a href="https://www.weather.gov/">Exit this page</a></si-quick-exit
  >`,
} satisfies Meta;
export default meta;

/** The button alone, exiting to the neutral default page. */
export const ExitOnly: StoryObj = {};

/** With a link to the host's safety page in the note. */
export const WithSafetyLink: StoryObj = { args: { safetyHref: 'https://example.org/browse-safely' } };

/** With the skip link (Tab once to see it). */
export const WithSkipLink: StoryObj = { args: { skipLink: true, exitUrl: 'https://www.weather.gov/' } };

/** The skip link as it looks when focused. */
export const SkipLinkFocused: StoryObj = {
  args: { skipLink: true },
  play: async ({ canvasElement }) => {
    const exit = canvasElement.querySelector('si-quick-exit')!;
    await exit.updateComplete;
    exit.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="skip-link"]')!.focus();
  },
};

/** Scrolled away from the button: the fixed Exit button in the corner of the screen does the same. */
export const FixedButton: StoryObj = {
  render: (args) => html`${meta.render(args)}
    <div class="story-page-below" style="block-size: 250vh"></div>`,
  play: async ({ canvasElement }) => {
    await scrollUntilFixedExit(canvasElement.querySelector('si-quick-exit')!);
  },
};

/** For screen reader users: Shift ×3 turned off (Shift pauses speech in some screen readers); the note no longer offers it. */
export const NoShiftShortcut: StoryObj = { args: { noShiftShortcut: true } };

/** A wrong exit address: a message for the site team, and the button still exits (to the default). */
export const ConfigurationError: StoryObj = { args: { exitUrl: 'http://example.org/', safetyHref: 'javascript:alert(1)' } };
