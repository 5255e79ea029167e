import { css } from 'lit';
import { printStyles } from '../../core/print.js';
import { formStyles } from '../../core/styles/forms.js';
import { sharedStyles } from '../../core/styles/shared.js';

/** Headings are styled by class: their level follows the host's `heading-level`. */
export const styles = [
  ...sharedStyles,
  formStyles,
  printStyles,
  css`
    :host {
      --_bar: var(--si-checklist-progress-color, var(--_primary));
      max-inline-size: var(--si-checklist-max-width, 48em);
    }
    .title {
      margin: 0 0 0.25em;
      font-size: 1.4em;
      font-weight: 700;
      line-height: 1.25;
    }
    .subheading {
      margin: 0 0 0.5em;
      font-size: 1.15em;
      font-weight: 700;
      line-height: 1.25;
    }
    .intro,
    .kept {
      margin: 0 0 0.5em;
    }
    .kept,
    .credit {
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
      margin: 0.75em 0 1em;
      font-weight: 700;
    }
    .bar {
      flex: 1 1 10em;
      max-inline-size: 20em;
      block-size: 0.75em;
      border: 2px solid var(--_border);
      border-radius: 999px;
      background: var(--_surface);
      overflow: hidden;
    }
    .fill {
      display: block;
      block-size: 100%;
      inline-size: 0;
      background: var(--_bar);
    }
    .list {
      display: grid;
      gap: 0.75em;
      margin: 0 0 1em;
      padding: 0;
      list-style: none;
      counter-reset: step;
    }
    /* A long word breaks rather than pushing a step wider than a narrow screen at large text. */
    .item {
      overflow-wrap: anywhere;
      padding: 0.5em 0.75em 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .item .choice label {
      font-weight: 700;
    }
    .step {
      color: var(--_muted);
      font-weight: 400;
    }
    /* A step's points, note and note button line up with its text, past the checkbox. */
    .points {
      margin: 0 0 0.5em var(--_choice-indent);
      padding: 0 0 0 1em;
    }
    .link-button {
      min-block-size: 44px;
      margin-inline-start: calc(var(--_choice-indent) - 0.25em);
      padding: 0.25em 0.25em;
    }
    .note {
      margin: 0.25em 0 0 var(--_choice-indent);
    }
    .note .input {
      min-block-size: 5em;
    }
    .note .hint {
      font-size: 0.9375em;
    }
    .actions {
      margin: 0 0 1em;
    }
    /* The confirmation itself is the shared one (core/styles/forms.ts); here it sits flush in the footer. */
    .confirm {
      margin: 0 0 1em;
    }
    /* Sending is its own section, and clearing sits apart at the end, away from the downloads. */
    .send {
      margin: 0 0 1em;
      padding: 0.75em;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
    }
    .send p {
      margin: 0 0 0.75em;
    }
    .send .delivery-status:not(:empty) {
      margin-block-start: 0.5em;
    }
    .send p:last-of-type {
      margin-block-end: 0;
    }
    .footer {
      margin-block-start: 1.5em;
      padding-block-start: 0.75em;
      border-block-start: 1px solid var(--_border);
    }
    .button--quiet {
      border-color: var(--_border);
      background: var(--_surface);
      color: var(--_text);
      font-weight: 400;
    }
    .print-only,
    .button[hidden] {
      display: none;
    }

    @media (forced-colors: active) {
      .bar {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
      }
      .fill {
        background: Highlight;
      }
      .item,
      .confirm {
        border-color: CanvasText;
      }
    }

    /* On paper: the title, the organization and date, each step with its tick, sub-points and note. */
    @media print {
      :host {
        max-inline-size: none;
        color: #000;
      }
      .actions,
      .footer,
      .send,
      .link-button,
      .note,
      .kept,
      .bar {
        display: none !important;
      }
      .print-only {
        display: block;
      }
      .print-header {
        margin: 0 0 0.5em;
      }
      .item {
        break-inside: avoid;
        border: 1px solid #000;
      }
      .note-print {
        margin: 0.25em 0 0 var(--_choice-indent);
        white-space: pre-wrap;
      }
    }
  `,
];
