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
      --_max-width: var(--si-self-assessment-max-width, 48rem);
      --_bar: var(--si-self-assessment-bar-color, var(--_primary));
    }
    .root {
      max-inline-size: var(--_max-width);
      container: assessment / inline-size;
    }
    .title,
    .section-title,
    .subheading,
    .gap-title {
      margin: 0 0 0.5em;
      line-height: 1.25;
      font-weight: 700;
      overflow-wrap: break-word;
    }
    .title {
      font-size: 1.5em;
    }
    .section-title {
      font-size: 1.3em;
    }
    .subheading {
      margin-block-start: 1.5em;
      font-size: 1.15em;
    }
    .gap-title {
      margin-block-start: 1em;
      font-size: 1em;
    }
    p {
      margin: 0 0 0.75em;
    }
    [tabindex='-1']:focus {
      outline: none;
    }
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .muted,
    .credit {
      color: var(--_muted);
    }
    .credit {
      font-size: 0.875em;
    }

    /* The stepper: every area with its status, then the results. On a narrow screen it folds into one
       "Area 2 of 10" button that opens the list. */
    .menu-toggle {
      display: none;
      inline-size: 100%;
      min-block-size: 44px;
      align-items: center;
      justify-content: space-between;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: 0 0 0.5em;
      padding: 0.4em 0.75em;
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .menu-toggle__where {
      font-weight: 700;
    }
    .menu-toggle__action {
      color: var(--_primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .menu-toggle__action::after {
      content: ' ▾';
      text-decoration: none;
    }
    .menu-toggle[aria-expanded='true'] .menu-toggle__action::after {
      content: ' ▴';
    }
    .steps {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
      gap: 0.4em;
      margin: 0 0 var(--_space);
      padding: 0;
      list-style: none;
    }
    .step {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      inline-size: 100%;
      min-block-size: 44px;
      padding: 0.35em 0.6em;
      border: 1px solid var(--_border);
      border-inline-start-width: 0.3rem;
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .step:hover {
      background: var(--_surface-alt);
    }
    .step[aria-current='step'] {
      border-color: var(--_primary);
      border-width: 2px 2px 2px 0.5rem;
      font-weight: 700;
    }
    .step__status {
      font-size: 0.875em;
      font-weight: 400;
      color: var(--_muted);
    }
    @container assessment (max-width: 36em) {
      .menu-toggle {
        display: flex;
      }
      .steps:not(.steps--open) {
        display: none;
      }
      .steps {
        grid-template-columns: 1fr;
        gap: 0.25em;
      }
      .step {
        flex-direction: row;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0 0.75em;
      }
      /* The button says which area this is. */
      .section .eyebrow {
        display: none;
      }
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1em;
      margin: 0 0 var(--_space);
    }
    .progress progress {
      inline-size: min(100%, 14em);
      accent-color: var(--_primary);
    }

    .section {
      padding-block-start: 0.25em;
    }
    .eyebrow {
      display: block;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--_muted);
    }
    .scale-help {
      margin: 0 0 var(--_space);
      padding: 0.5em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .scale-help summary {
      min-block-size: 44px;
      display: flex;
      align-items: center;
      font-weight: 700;
      cursor: pointer;
    }
    .scale-help dl {
      margin: 0.25em 0 0.5em;
    }
    /* Each level and its meaning on one run of text, so the scale stays short enough to keep open. */
    .scale-help dt {
      display: inline;
      font-weight: 700;
    }
    .scale-help dt::after {
      content: ': ';
    }
    .scale-help dd {
      display: inline;
      margin: 0;
    }
    .scale-help dd::after {
      content: '';
      display: block;
      margin-block-end: 0.35em;
    }
    .statement {
      margin: 0 0 var(--_space);
      padding: 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    /* Floated, so that a statement of several lines stays inside its box instead of cutting its top border. */
    .statement__text {
      float: inline-start;
      inline-size: 100%;
      margin: 0 0 0.25em;
      padding: 0;
      font-weight: 700;
      overflow-wrap: break-word;
    }
    .statement__text + * {
      clear: both;
    }
    .scale {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
    }
    .scale__other {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1em;
      padding-inline-start: 1em;
      border-inline-start: 2px solid var(--_border);
    }
    .note {
      padding: 0.75em;
      border-inline-start: 0.3rem solid var(--_primary);
      background: var(--_surface-alt);
    }
    .actions {
      margin: var(--_space) 0;
    }

    /* Results */
    .overall {
      font-size: 1.15em;
      font-weight: 700;
    }
    .chart {
      margin: var(--_space) 0;
      padding: 0;
      container-type: inline-size;
    }
    /* Narrow: each label above its bar; wide: the label beside it. */
    .chart__row {
      display: grid;
      grid-template-columns: 1fr 2.5em;
      align-items: center;
      gap: 0 0.5em;
      margin-block-end: 0.35em;
    }
    .chart__label {
      grid-column: 1 / -1;
      font-size: 0.875em;
      line-height: 1.2;
    }
    @container (min-width: 34em) {
      .chart__row {
        grid-template-columns: minmax(6em, 14em) 1fr 2.5em;
        gap: 0.5em;
      }
      .chart__label {
        grid-column: auto;
      }
    }
    .chart__score {
      font-weight: 700;
      text-align: end;
    }
    .chart svg {
      display: block;
      inline-size: 100%;
      block-size: 1.5em;
    }
    .chart__track {
      fill: var(--_surface-alt);
      stroke: var(--_border);
      stroke-width: 1;
      vector-effect: non-scaling-stroke;
    }
    .chart__value {
      fill: var(--_bar);
    }
    .chart__earlier {
      fill: none;
      stroke: var(--_text);
      stroke-width: 2;
      stroke-dasharray: 4 2;
      vector-effect: non-scaling-stroke;
    }
    .chart__band {
      stroke: var(--_border);
      stroke-width: 1;
      stroke-dasharray: 2 2;
      vector-effect: non-scaling-stroke;
    }
    /* A table wider than the screen scrolls, and shows it: a shade on the side that has more to see. */
    .table-wrap {
      overflow-x: auto;
      margin: var(--_space) 0 0.25em;
      background:
        linear-gradient(to right, var(--_surface) 40%, transparent) left / 2.5em 100% no-repeat local,
        linear-gradient(to left, var(--_surface) 40%, transparent) right / 2.5em 100% no-repeat local,
        radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.3), transparent) left / 1em 100% no-repeat scroll,
        radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.3), transparent) right / 1em 100% no-repeat scroll;
      background-color: var(--_surface);
    }
    .table-hint {
      display: none;
      font-size: 0.875em;
    }
    @container assessment (max-width: 36em) {
      .table-hint {
        display: block;
      }
    }
    table {
      border-collapse: collapse;
      min-inline-size: 100%;
      font-size: 0.9375em;
    }
    caption {
      margin-block-end: 0.5em;
      font-weight: 700;
      text-align: start;
    }
    th,
    td {
      padding: 0.4em 0.45em;
      border-block-end: 1px solid var(--_border);
      text-align: start;
      vertical-align: top;
    }
    td.number,
    th.number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    tfoot th,
    tfoot td {
      border-block-start: 2px solid var(--_text);
      font-weight: 700;
    }
    .gap {
      margin-block-end: var(--_space);
    }
    .steps-list {
      margin: 0.25em 0 0.75em;
      padding-inline-start: 1.25em;
    }
    .steps-list li {
      margin-block-end: 0.4em;
    }
    .for {
      display: block;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .strengths > li,
    .unscored > li {
      margin-block-end: 0.5em;
    }
    .report-meta {
      font-weight: 600;
    }
    .confirm {
      padding: 0.75em;
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .footer {
      margin-block-start: calc(var(--_space) * 2);
      padding-block-start: var(--_space);
      border-block-start: 1px solid var(--_border);
    }
    .loading {
      min-block-size: 4em;
    }

    @media (forced-colors: active) {
      .step,
      .statement,
      .scale-help {
        border-color: CanvasText;
      }
      .step[aria-current='step'] {
        border-color: Highlight;
      }
      .chart__value {
        fill: CanvasText;
      }
      .chart__track {
        fill: Canvas;
        stroke: CanvasText;
      }
      .chart__earlier {
        stroke: CanvasText;
      }
    }

    /* The printed report: the results, without the controls. */
    @media print {
      .stepper,
      .scale-help,
      .table-hint,
      .progress,
      .actions,
      .report-controls,
      .compare-controls,
      .send,
      .footer,
      .org-field {
        display: none !important;
      }
      .compare--idle {
        display: none;
      }
      .chart {
        print-color-adjust: exact;
      }
      .table-wrap {
        overflow: visible;
        background: none;
      }
      .gap,
      tr {
        break-inside: avoid;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
