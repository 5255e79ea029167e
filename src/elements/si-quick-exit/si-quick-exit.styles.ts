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
