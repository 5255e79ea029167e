import { css } from 'lit';
import { sharedStyles } from '../../core/styles/shared.js';

export const styles = [
  sharedStyles,
  css`
    .exit {
      border-color: var(--_danger);
      background: var(--_danger);
      color: var(--_on-danger);
    }
    /* Out of the page's flow, in the bottom corner, clear of notches and rounded corners (safe areas). */
    .fixed {
      position: fixed;
      z-index: var(--si-quick-exit-z-index, 2147483646);
      right: max(0.75rem, env(safe-area-inset-right));
      bottom: max(0.75rem, env(safe-area-inset-bottom));
      margin: 0;
      box-shadow:
        0 0 0 2px var(--_on-danger),
        0 2px 6px rgb(0 0 0 / 0.35);
    }
    .top {
      top: max(0.75rem, env(safe-area-inset-top));
      bottom: auto;
    }
    .skip:not(:focus) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .skip:focus {
      display: block;
      margin-bottom: 0.5em;
      padding: 0.5em 1em;
      background: var(--_danger);
      color: var(--_on-danger);
      font-weight: 700;
    }
    .note {
      margin: 0.25em 0 0;
      color: var(--_muted);
      font-size: 0.875em;
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
