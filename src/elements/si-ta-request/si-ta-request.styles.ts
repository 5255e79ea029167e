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
    .root {
      container-type: inline-size;
    }
    .title {
      margin: 0 0 0.5em;
      font-size: 1.5em;
      line-height: 1.25;
    }
    .step-heading {
      margin: 0 0 var(--_space);
      font-size: 1.25em;
      line-height: 1.3;
    }
    /* "Step 2 of 4" sits above the page's name, inside its heading, so both are read when it takes focus. */
    .step-count {
      display: block;
      color: var(--_muted);
      font-size: 0.8em;
      font-weight: 400;
    }
    /* Headings take focus from script so screen readers read them; they are not controls. */
    .step-heading:focus,
    #confirmation-title:focus {
      outline: none;
      box-shadow: none;
    }
    .answers-heading,
    .privacy [id='privacy-title'],
    .error-summary [id='error-summary-title'] {
      margin: calc(var(--_space) * 1.5) 0 0.5em;
      font-size: 1.125em;
    }
    .error-summary [id='error-summary-title'] {
      margin-top: 0;
    }
    .link-button {
      min-height: 44px;
    }
    .link-button:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .back {
      margin: 0 0 0.5em;
    }
    .back::before {
      content: '‹ ';
    }
    .answers {
      margin: 0 0 var(--_space);
      padding: 0;
    }
    .answers__row {
      display: grid;
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
      gap: 0 var(--_space);
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_border);
    }
    .answers dt {
      font-weight: 700;
    }
    .answers dd {
      margin: 0;
    }
    .answers__value {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .answers__change .link-button {
      min-height: 24px;
    }
    /* On a phone, the question, its answer and the change link stack. */
    @container (max-width: 30rem) {
      .answers__row {
        grid-template-columns: minmax(0, 1fr) auto;
      }
      .answers dt {
        grid-column: 1 / -1;
      }
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
    .panel > :first-child {
      margin-top: 0;
    }
    .panel--sent {
      border: 4px solid var(--_success);
      background: var(--_surface);
    }
    /* What is happening to the request, under the buttons; the retry button follows it. */
    .delivery-status:not(:empty) {
      margin: var(--_space) 0;
      padding: 0.75em var(--_space);
      border-left: 0.4rem solid var(--_primary);
      background: var(--_surface-alt);
    }
    .delivery-status[data-state='failed']:not(:empty) {
      border-left-color: var(--_danger);
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
