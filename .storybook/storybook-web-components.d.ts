// The package ships this entry without types; these are the two functions the preview wraps.
declare module '@storybook/web-components/entry-preview-argtypes' {
  import type { ArgTypes } from '@storybook/web-components';
  export const parameters: {
    docs: {
      extractArgTypes: (tagName: string) => ArgTypes | null | undefined;
      extractComponentDescription: (tagName: string) => string | null | undefined;
    };
  };
}
