import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/si-quick-exit/define.js';

export default {
  title: 'Widgets/Quick exit',
  component: 'si-quick-exit',
  args: { skipLink: false, exitUrl: undefined, safetyHref: undefined },
  render: (args) => html`<si-quick-exit ?skip-link=${args.skipLink} exit-url=${ifDefined(args.exitUrl)} safety-href=${ifDefined(args.safetyHref)}
    ><a href="https://www.weather.gov/">Exit this page</a></si-quick-exit
  >`,
} satisfies Meta;

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

/** A wrong exit address: a message for the site team, and the button still exits (to the default). */
export const ConfigurationError: StoryObj = { args: { exitUrl: 'http://example.org/', safetyHref: 'javascript:alert(1)' } };
