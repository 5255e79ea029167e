import type { Meta, StoryObj } from '@storybook/web-components';
import { html, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/elements/si-values-badge/define.js';

type Theme = 'light' | 'dark' | 'high-contrast';

interface Args {
  /** Unset, the story follows Storybook's `theme` toolbar global (`default`, `dark`, `high-contrast`). */
  theme?: Theme;
  variant: string;
  set: string;
  values: string;
  org: string;
  href: string;
  assessed: string;
  assessmentHref: string;
  lang: string;
  /** Host's own values, rendered as `<si-value>` children. */
  custom: Array<{ name: string; description: string }>;
}

/** The host sets the `--si-color-*` tokens on a wrapper; each theme story does the same. */
const themes: Record<Theme, Record<string, string>> = {
  light: {
    '--si-color-scheme': 'light',
    '--si-color-text': '#1b1b1b',
    '--si-color-text-muted': '#454545',
    '--si-color-surface': '#ffffff',
    '--si-color-surface-alt': '#f2f4f7',
    '--si-color-border': '#5c5c5c',
    '--si-color-primary': '#1a4480',
    '--si-color-on-primary': '#ffffff',
    '--si-color-danger': '#b50909',
    '--si-color-focus': '#ffbe2e',
  },
  dark: {
    '--si-color-scheme': 'dark',
    '--si-color-text': '#f1f1f1',
    '--si-color-text-muted': '#c9c9c9',
    '--si-color-surface': '#1b1b1b',
    '--si-color-surface-alt': '#2d2e2f',
    '--si-color-border': '#a9aeb1',
    '--si-color-primary': '#8cb9ff',
    '--si-color-on-primary': '#1b1b1b',
    '--si-color-danger': '#ff8f86',
    '--si-color-focus': '#ffbe2e',
  },
  'high-contrast': {
    '--si-color-scheme': 'dark',
    '--si-color-text': '#ffffff',
    '--si-color-text-muted': '#ffffff',
    '--si-color-surface': '#000000',
    '--si-color-surface-alt': '#1a1a1a',
    '--si-color-border': '#ffffff',
    '--si-color-primary': '#ffff00',
    '--si-color-on-primary': '#000000',
    '--si-color-danger': '#ff8080',
    '--si-color-focus': '#00ffff',
  },
};

const wrapper = (theme: Theme) =>
  styleMap({ ...themes[theme], background: 'var(--si-color-surface)', color: 'var(--si-color-text)', padding: '1rem', minHeight: '8rem' });

const badge = (args: Args) => html`<si-values-badge
  variant=${args.variant || nothing}
  set=${args.set || nothing}
  values=${args.values || nothing}
  org=${args.org || nothing}
  href=${args.href || nothing}
  assessed=${args.assessed || nothing}
  assessment-href=${args.assessmentHref || nothing}
  lang=${args.lang || nothing}
  >${args.custom.map((value) => html`<si-value name=${value.name}>${value.description}</si-value>`)}</si-values-badge
>`;

/** Opens the first badge in the story, as a person clicking it would. */
async function openBadge({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector('si-values-badge')!;
  await element.updateComplete;
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="badge"]')!.click();
  await element.updateComplete;
}

export default {
  title: 'Widgets/Values badge',
  component: 'si-values-badge',
  args: {
    variant: 'badge',
    set: 'guiding-values',
    values: '',
    org: '',
    href: '',
    assessed: '',
    assessmentHref: '',
    lang: '',
    custom: [],
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    variant: { control: 'inline-radio', options: ['badge', 'card'] },
    set: { control: 'inline-radio', options: ['guiding-values', 'trauma-informed'] },
  },
  render: (args, context: unknown) => {
    const globalTheme = (context as { globals?: { theme?: string } } | undefined)?.globals?.theme;
    const theme: Theme = (args as Args).theme ?? (globalTheme === 'dark' || globalTheme === 'high-contrast' ? globalTheme : 'light');
    return html`<div style=${wrapper(theme)}>${badge(args as Args)}</div>`;
  },
} satisfies Meta;

/** The compact badge, closed: the eight guiding values are one click or key press away. */
export const Default: StoryObj<Partial<Args>> = {};

/** The badge opened, its panel overlaying the page below it. */
export const Opened: StoryObj<Partial<Args>> = {
  args: { org: 'Tri-County Anti-Trafficking Coalition' },
  play: openBadge,
};

/** The values listed in full, for an "about us" page. */
export const Card: StoryObj<Partial<Args>> = {
  args: { variant: 'card' },
};

/** SAMHSA's six principles of a trauma-informed approach. */
export const TraumaInformed: StoryObj<Partial<Args>> = {
  args: { set: 'trauma-informed', variant: 'card' },
};

/** Only the values a host picks, in the host's order. */
export const Subset: StoryObj<Partial<Args>> = {
  args: { variant: 'card', values: 'survivor-informed victim-centered employs-survivors' },
};

/** An organization's own list, written as `<si-value>` children. */
export const CustomValues: StoryObj<Partial<Args>> = {
  args: {
    variant: 'card',
    org: 'Riverbend Youth Services',
    custom: [
      {
        name: 'Nothing about survivors without survivors',
        description: 'Survivor consultants review every program before it starts, and they are paid for that work.',
      },
      { name: 'Choice first', description: 'Young people decide what they share, with whom and when.' },
      { name: 'Plain words', description: 'We explain our services without jargon, in English and Spanish.' },
    ],
  },
};

/** Who commits, their policy page and when they last assessed themselves. */
export const WithOrgAndPolicy: StoryObj<Partial<Args>> = {
  args: {
    variant: 'card',
    org: 'Tri-County Anti-Trafficking Coalition',
    href: '/policies/survivor-engagement',
    assessed: '2025-05-14',
    assessmentHref: '/about/self-assessment-2025',
  },
};

/** The same, in the opened badge. */
export const OpenedWithOrgAndPolicy: StoryObj<Partial<Args>> = {
  args: { ...WithOrgAndPolicy.args, variant: 'badge' },
  play: openBadge,
};

/** What the website team sees when an attribute is wrong: an unknown value and a script link. */
export const ConfigurationError: StoryObj<Partial<Args>> = {
  args: { values: 'survivor-informed kindness', href: 'javascript:alert(1)' },
};

/** The light theme, set with `--si-color-*` on a wrapper. */
export const LightTheme: StoryObj<Partial<Args>> = {
  args: { ...WithOrgAndPolicy.args, variant: 'badge', theme: 'light' },
  play: openBadge,
};

/** A dark theme, set with `--si-color-*` on a wrapper. */
export const DarkTheme: StoryObj<Partial<Args>> = {
  args: { ...WithOrgAndPolicy.args, variant: 'badge', theme: 'dark' },
  play: openBadge,
};

/** A high-contrast theme, set with `--si-color-*` on a wrapper. */
export const HighContrastTheme: StoryObj<Partial<Args>> = {
  args: { ...WithOrgAndPolicy.args, variant: 'badge', theme: 'high-contrast' },
  play: openBadge,
};

/** The card in the dark theme. */
export const DarkThemeCard: StoryObj<Partial<Args>> = {
  args: { ...WithOrgAndPolicy.args, variant: 'card', theme: 'dark' },
};

/** The card in the high-contrast theme. */
export const HighContrastThemeCard: StoryObj<Partial<Args>> = {
  args: { ...WithOrgAndPolicy.args, variant: 'card', theme: 'high-contrast' },
};

/** The configuration message in the dark theme. */
export const DarkThemeConfigurationError: StoryObj<Partial<Args>> = {
  args: { ...ConfigurationError.args, theme: 'dark' },
};
