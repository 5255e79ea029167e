import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components';
import { parameters as fromManifest } from '@storybook/web-components/entry-preview-argtypes';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { AXE_TAGS } from '../test/shared/axe-tags.js';
import './preview.css';

setCustomElementsManifest(customElements);

interface ManifestElement {
  tagName?: string;
  summary?: string;
  description?: string;
  cssStates?: Array<{ name: string; description?: string }>;
}

const elementOf = (tagName: string): ManifestElement | undefined =>
  customElements.modules.flatMap((module) => (module.declarations ?? []) as ManifestElement[]).find((candidate) => candidate.tagName === tagName);

/** An element's `:state()`s from custom-elements.json (`@cssstate`), which Storybook's own table leaves out. */
function cssStatesOf(tagName: string): Record<string, object> {
  return Object.fromEntries(
    (elementOf(tagName)?.cssStates ?? []).map((state) => [
      `:state(${state.name})`,
      { name: `:state(${state.name})`, description: state.description, control: false, table: { category: 'css states', type: { summary: 'boolean' } } },
    ]),
  );
}

/** The Docs page of every widget, from custom-elements.json: attributes, properties, events, slots, parts, CSS properties and states. */
const docs = {
  extractArgTypes: (tagName: string) => ({ ...fromManifest.docs.extractArgTypes(tagName), ...cssStatesOf(tagName) }),
  // The summary first (Storybook's own reader shows only the description).
  extractComponentDescription: (tagName: string) =>
    [elementOf(tagName)?.summary, fromManifest.docs.extractComponentDescription(tagName)].filter(Boolean).join('\n\n'),
};

/** The toolbar's language sets the page language, which every widget follows unless it has its own. */
const withLocaleAndTheme: Decorator = (story, context) => {
  document.documentElement.lang = (context.globals.locale as string) || 'en';
  document.documentElement.dataset.siTheme = (context.globals.theme as string) || 'default';
  return html`${story()}`;
};

const preview: Preview = {
  // A Docs page for every widget, with its stories under it.
  tags: ['autodocs'],
  decorators: [withLocaleAndTheme],
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default' },
  parameters: {
    a11y: { config: {}, options: { runOnly: { type: 'tag', values: AXE_TAGS } }, test: 'error' },
    controls: { expanded: true },
    docs,
  },
};
export default preview;
