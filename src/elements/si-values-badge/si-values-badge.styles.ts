import { css } from 'lit';
import { sharedStyles } from '../../core/styles/shared.js';

export const styles = [
  ...sharedStyles,
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
      vertical-align: top;
      --_badge-width: var(--si-values-badge-width, 17em);
      --_panel-width: var(--si-values-badge-panel-width, 22em);
    }
    :host(:state(card)) {
      display: block;
    }

    .root {
      position: relative;
    }

    /* The badge keeps one size whatever its state, so opening it never moves the page. */
    .badge {
      display: flex;
      align-items: center;
      gap: 0.6em;
      inline-size: var(--_badge-width);
      max-inline-size: 100%;
      min-block-size: 4.25em;
      margin: 0;
      padding: 0.5em 0.75em;
      border: 2px solid var(--_primary);
      border-radius: calc(var(--_radius) * 2);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .badge:hover {
      background: var(--_surface-alt);
    }
    .mark {
      flex: none;
      inline-size: 1.75em;
      block-size: 1.75em;
      color: var(--_primary);
    }
    .badge__text {
      display: flex;
      flex: 1;
      flex-direction: column;
      min-inline-size: 0;
      line-height: 1.2;
      overflow-wrap: anywhere;
    }
    .badge__label {
      font-weight: 700;
    }
    .badge__caption {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .badge__chevron {
      flex: none;
      inline-size: 0.55em;
      block-size: 0.55em;
      margin: 0 0.2em 0.25em;
      border-inline-end: 2px solid currentColor;
      border-block-end: 2px solid currentColor;
      transform: rotate(45deg);
    }
    .badge[aria-expanded='true'] .badge__chevron {
      margin-block: 0.25em 0;
      transform: rotate(-135deg);
    }

    /* The panel overlays the page below the badge; the script nudges it sideways to stay in view. */
    .panel {
      position: absolute;
      z-index: 1000;
      inset-block-start: calc(100% + 0.5em);
      left: var(--_shift, 0px);
      inline-size: min(var(--_panel-width), calc(100vw - 1rem));
      padding: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
    }
    .panel[hidden] {
      display: none;
    }

    .card {
      padding: var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .card__title {
      display: flex;
      align-items: center;
      gap: 0.5em;
      margin: 0 0 0.5em;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.25;
    }

    .intro {
      margin: 0 0 0.75em;
      font-weight: 600;
    }
    .list {
      display: grid;
      gap: 0.75em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .value__name,
    .value__description {
      display: block;
    }
    .value__name {
      font-weight: 700;
    }
    .credit {
      margin: 0.75em 0 0;
      font-size: 0.875em;
      color: var(--_muted);
    }
    .links {
      display: flex;
      flex-direction: column;
      gap: 0.25em;
      margin: 0.75em 0 0;
      padding: 0;
      list-style: none;
    }

    @media (forced-colors: active) {
      .badge,
      .panel,
      .card {
        border-color: CanvasText;
      }
      .mark {
        color: currentColor;
      }
    }

    /* On paper the values are printed in full, whatever the variant and state. */
    @media print {
      .badge {
        inline-size: auto;
        min-block-size: 0;
        padding: 0;
        border: 0;
      }
      .badge__chevron {
        display: none;
      }
      .panel,
      .panel[hidden] {
        display: block;
        position: static;
        inline-size: auto;
        padding: 0.5em 0 0;
        border: 0;
        box-shadow: none;
      }
      .value {
        break-inside: avoid;
      }
      a[href]::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
