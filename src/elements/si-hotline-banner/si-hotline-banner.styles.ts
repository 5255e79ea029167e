import { css } from 'lit';
import { sharedStyles } from '../../core/styles/shared.js';

/*
 * Narrow screens (below 52em): a grid of two rows, the call and text links beside the Exit button, then
 * "in immediate danger" with "More ways to get help"; the name moves under "More ways". Wide screens: the
 * name, the links and that line flow in one column, the Exit button beside them. reserve.css keeps these
 * heights per width (test/e2e/reserve.e2e.ts).
 */
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
      padding-block: 0.375rem;
      border-block: 2px solid var(--si-hotline-banner-border, var(--_primary));
      background: var(--si-hotline-banner-background, var(--_surface-alt));
      /* The space the page reserved before the script arrived, so the page does not move (README). */
      min-block-size: var(--si-hotline-banner-min-block-size, 0);
    }
    :host([position='top']) .bar {
      padding-top: max(0.375rem, env(safe-area-inset-top));
    }
    :host([position='bottom']) .bar {
      padding-bottom: max(0.375rem, env(safe-area-inset-bottom));
    }
    .dismissed {
      border: 0;
      background: none;
      min-block-size: 0;
    }
    .inner {
      --_pad: var(--si-hotline-banner-padding-inline, 0.75rem);
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      gap: 0 0.5rem;
      align-items: center;
      /* Lines up with the host's content column: the same max width, padding included, and the same padding. */
      max-inline-size: var(--si-hotline-banner-content-max-width, none);
      margin-inline: auto;
      padding-inline: max(var(--_pad), env(safe-area-inset-left)) max(var(--_pad), env(safe-area-inset-right));
    }
    si-quick-exit {
      grid-area: 1 / 2;
    }
    si-quick-exit::part(note) {
      display: none;
    }
    .main {
      display: contents;
    }
    p,
    ul {
      margin: 0;
    }
    .name {
      display: none;
    }
    .name,
    .more-name {
      font-weight: 700;
    }
    .contacts {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      padding: 0;
      list-style: none;
    }
    .main .contacts {
      grid-area: 1 / 1;
    }
    .contacts a {
      display: inline-block;
      font-weight: 600;
    }
    .line {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 1rem;
      font-size: 0.875rem;
    }
    .link-button {
      min-block-size: 24px;
    }
    /* A small triangle that points down while closed and up while open. */
    .more-button::after {
      content: '';
      display: inline-block;
      margin-inline-start: 0.375em;
      border-inline: 0.3em solid transparent;
      border-block-start: 0.35em solid;
      vertical-align: 0.1em;
    }
    .more-button[aria-expanded='true']::after {
      transform: rotate(180deg);
    }
    .more {
      grid-column: 1 / -1;
      padding-block: 0.25rem;
      font-size: 0.875rem;
    }
    .more > * {
      margin-block-end: 0.25rem;
    }
    @media (max-width: 30em) {
      /* "Exit" alone; the rest of its name stays for screen readers. */
      si-quick-exit::part(label-rest) {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
    @media (min-width: 52em) {
      .main {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 1.25rem;
      }
      .name {
        display: block;
      }
      .line {
        font-size: 1rem;
      }
      .more-name {
        display: none;
      }
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
      si-quick-exit,
      .link-button {
        display: none;
      }
      .more {
        display: block !important;
      }
      .chat::after {
        content: ' (' attr(href) ')';
      }
    }
  `,
];
