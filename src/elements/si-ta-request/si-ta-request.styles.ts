import { css } from 'lit';
import { formStyles } from '../../core/styles/forms.js';
import { sharedStyles } from '../../core/styles/shared.js';

export const styles = [
  ...sharedStyles,
  formStyles,
  css`
    :host {
      max-width: var(--si-ta-request-max-width, 42rem);
    }
    .root > h2 {
      margin: 0 0 0.5em;
      font-size: 1.5em;
      line-height: 1.25;
    }
    h3 {
      margin: calc(var(--_space) * 2) 0 var(--_space);
      font-size: 1.25em;
    }
    p {
      margin: 0 0 var(--_space);
    }
    .note,
    .panel {
      margin: 0 0 calc(var(--_space) * 1.5);
      padding: var(--_space);
      border-left: 0.4rem solid var(--_primary);
      background: var(--_surface-alt);
    }
    .note p:last-child,
    .panel p:last-child {
      margin-bottom: 0;
    }
    .panel h2,
    .panel h3 {
      margin-top: 0;
    }
    .panel--sent {
      border: 4px solid var(--_success);
      background: var(--_surface);
    }
    .panel--queued {
      border-left-color: var(--_text);
      background: var(--_warning-surface);
    }
    .panel--failed {
      border-left-color: var(--_danger);
    }
    .status {
      margin-top: var(--_space);
    }
    .status + .button {
      margin-bottom: var(--_space);
    }
    /* The confirmation heading takes focus from script so screen readers read it; it is not a control. */
    #confirmation-title:focus {
      outline: none;
      box-shadow: none;
    }
    .reference {
      display: block;
      font-size: 1.5em;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .privacy {
      margin: calc(var(--_space) * 2) 0 var(--_space);
    }
    .dates {
      display: grid;
      gap: 0.75em;
    }
    .dates .label {
      font-weight: 400;
    }
    @media (forced-colors: active) {
      .note,
      .panel {
        border: 2px solid CanvasText;
      }
    }
  `,
];
