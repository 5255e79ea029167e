/**
 * Form-field styles shared by the widgets that ask questions (TA request, checklist notes,
 * self-assessment): GOV.UK-style fields, hints, inline errors, the error summary, checkbox and radio
 * items with 44 px targets, and a character count. Use with `sharedStyles`:
 * `static styles = [sharedStyles, formStyles, css`…`]`.
 *
 * Markup: `.field` (add `.field--error`) > `label.label` / `legend.label`, `.hint`, `.error-message`,
 * `.input` (input, select, textarea); choices: `.choices` > `.choice` > `input` + `label`.
 */
import { css } from 'lit';

export const formStyles = css`
  /* A checkbox or radio's box, and where its label's text starts (what sits under a choice lines up with it). */
  :host {
    --_choice-box: calc(1em + 16px);
    --_choice-indent: calc(var(--_choice-box) + 0.75em);
  }
  form {
    margin: 0;
  }
  .field {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field--error {
    padding-left: calc(var(--_space) * 0.75);
    border-left: 0.3rem solid var(--_danger);
  }
  .label {
    display: block;
    margin: 0 0 0.25em;
    padding: 0;
    font-weight: 700;
  }
  legend.label {
    float: left;
    width: 100%;
  }
  legend.label + * {
    clear: left;
  }
  .hint {
    display: block;
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .error-message {
    display: block;
    margin: 0 0 0.5em;
    color: var(--_danger);
    font-weight: 700;
  }
  .input {
    display: block;
    width: 100%;
    max-width: 32em;
    min-height: 44px;
    padding: 0.4em 0.5em;
    border: 2px solid var(--_border);
    border-radius: 0;
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .input--short {
    max-width: 12em;
  }
  textarea.input {
    min-height: 7em;
    resize: vertical;
  }
  .input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 3px;
  }
  .input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .choices {
    display: grid;
    gap: 0.25em;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.75em;
    min-height: 44px;
  }
  /* The box takes the widget's text size (a control's own font is the browser's 13.33 px), so it grows
     with the text: 32 px at 16 px text, 48 px (one line) at 200 %. Its top margin centres it on the
     label's first line (the label's top padding, then half a line), however many lines the label takes. */
  .choice input {
    flex: none;
    width: var(--_choice-box);
    height: var(--_choice-box);
    margin: calc(0.5em + (1lh - var(--_choice-box)) / 2) 0 0;
    font: inherit;
    accent-color: var(--_primary);
  }
  /* A long word breaks rather than pushing the row wider than a narrow screen. */
  .choice label {
    display: block;
    padding: 0.5em 0;
    overflow-wrap: anywhere;
    cursor: pointer;
  }
  .choice .hint {
    margin: -0.4em 0 0.25em;
  }
  /* Its border runs down from the middle of the box that opened it. */
  .conditional {
    margin: 0.25em 0 0.5em calc(var(--_choice-box) / 2 - 2px);
    padding-left: calc(var(--_space) * 1.1);
    border-left: 4px solid var(--_border);
  }
  .count {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .count--over {
    color: var(--_danger);
    font-weight: 700;
  }
  .error-summary {
    margin: 0 0 calc(var(--_space) * 1.5);
    padding: var(--_space);
    border: 4px solid var(--_danger);
    background: var(--_surface);
  }
  .error-summary:focus {
    outline: 3px solid var(--_focus);
  }
  .error-summary h2,
  .error-summary h3 {
    margin: 0 0 0.5em;
    font-size: 1.25em;
  }
  .error-summary ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .error-summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  .button[hidden] {
    display: none;
  }
  /* "Clear every answer?": the question, what clearing also cancels, and its two buttons. */
  .confirm {
    margin: var(--_space) 0;
    padding: 0.75em;
    border: 3px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .confirm p {
    margin: 0 0 0.75em;
  }
  .confirm p:first-child {
    font-weight: 700;
  }
  .button--danger {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-danger);
  }
  @media (forced-colors: active) {
    .input,
    .error-summary,
    .confirm,
    .field--error {
      border-color: CanvasText;
    }
    .error-message,
    .count--over {
      color: CanvasText;
    }
  }
`;
