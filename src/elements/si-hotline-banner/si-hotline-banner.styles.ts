import { css } from 'lit';
import { sharedStyles } from '../../core/styles/shared.js';

export const styles = [
  sharedStyles,
  css`
    :host([position='top']),
    :host([position='bottom']) {
      position: sticky;
      z-index: var(--si-hotline-banner-z-index, 100);
    }
    :host([position='top']) {
      top: 0;
    }
    :host([position='bottom']) {
      bottom: 0;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      padding: 0.75rem max(0.75rem, env(safe-area-inset-right)) 0.75rem max(0.75rem, env(safe-area-inset-left));
      border-block: 2px solid var(--si-hotline-banner-border, var(--_primary));
      background: var(--si-hotline-banner-background, var(--_surface-alt));
      /* The space the page reserved before the script arrived, so the page does not move (README); */
      /* what the content does not fill stays below it, not between the lines. */
      min-block-size: var(--si-hotline-banner-min-block-size, 0);
      align-content: flex-start;
    }
    :host([position='top']) .bar {
      padding-top: max(0.75rem, env(safe-area-inset-top));
    }
    :host([position='bottom']) .bar {
      padding-bottom: max(0.75rem, env(safe-area-inset-bottom));
    }
    .dismissed {
      border: 0;
      background: none;
      min-block-size: 0;
    }
    .dismissed si-quick-exit::part(note) {
      display: none;
    }
    .info {
      flex: 1 1 18rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 0.5rem;
    }
    si-quick-exit {
      max-width: 20rem;
    }
    p,
    ul {
      margin: 0 0 0.25rem;
    }
    .name {
      font-weight: 700;
    }
    .contacts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25rem;
      padding: 0;
      list-style: none;
    }
    .contacts a {
      display: inline-block;
      padding-block: 0.25em;
      font-weight: 600;
    }
    /* A sticky banner must not fill a small screen or hide what has focus: inline there. */
    @media (max-width: 30em), (max-height: 40em) {
      :host {
        position: static !important;
      }
    }
    @media print {
      :host {
        position: static !important;
      }
      .actions {
        display: none;
      }
      .chat::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
