/**
 * Design tokens and the base styles every widget adopts. Hosts theme with `--si-<category>-<name>`
 * custom properties set anywhere above the widget; each token is read once here into a private
 * `--_` variable so the fallbacks live in one place. Defaults are calm, plain and high-contrast.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_font: var(--si-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_font-size: var(--si-font-size, 1rem);
    --_line-height: var(--si-line-height, 1.5);
    --_text: var(--si-color-text, #1b1b1b);
    --_muted: var(--si-color-text-muted, #454545);
    --_surface: var(--si-color-surface, #ffffff);
    --_surface-alt: var(--si-color-surface-alt, #f2f4f7);
    --_border: var(--si-color-border, #5c5c5c);
    --_primary: var(--si-color-primary, #1a4480);
    --_on-primary: var(--si-color-on-primary, #ffffff);
    --_danger: var(--si-color-danger, #b50909);
    --_on-danger: var(--si-color-on-danger, #ffffff);
    --_success: var(--si-color-success, #00613a);
    --_warning-surface: var(--si-color-warning-surface, #fff5c2);
    --_focus: var(--si-color-focus, #ffbe2e);
    --_radius: var(--si-radius, 0.25rem);
    --_space: var(--si-space, 1rem);
    --_focus-ring: 0 0 0 3px var(--_focus);
    /* Native controls, date pickers, lists and scrollbars follow it: a dark theme sets "dark". Light by
       default, as the default tokens are, even on a dark page: a light picker icon on a white field is lost. */
    --_color-scheme: var(--si-color-scheme, light);
  }
`;

export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_text);
    color-scheme: var(--_color-scheme);
  }
  :host([hidden]) {
    display: none;
  }
  /* A quick exit in another tab of this site: nothing of the widget stays on screen. */
  :host(:state(exited)) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_text);
    outline-offset: 2px;
    box-shadow: var(--_focus-ring);
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .button--secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  /* A button that reads as a link (Back, Change, Show note): the widget sets its height. */
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    text-decoration-thickness: 3px;
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .config-message {
    padding: calc(var(--_space) * 0.75);
    border: 2px solid var(--_danger);
    border-left-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .config-message p,
  .config-message ul {
    margin: 0.25em 0;
  }
  .config-message__heading {
    font-weight: 700;
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    .config-message {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** Everything a widget's `static styles` starts with. */
export const sharedStyles = [tokens, base];
