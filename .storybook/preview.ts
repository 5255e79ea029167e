import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import { AXE_TAGS } from '../test/shared/axe-tags.js';
import './preview.css';

setCustomElementsManifest(customElements);

/** The toolbar's language sets the page language, which every widget follows unless it has its own. */
const withLocaleAndTheme: Decorator = (story, context) => {
  document.documentElement.lang = (context.globals.locale as string) || 'en';
  document.documentElement.dataset.siTheme = (context.globals.theme as string) || 'default';
  return html`${story()}`;
};

const preview: Preview = {
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
  },
};
export default preview;
