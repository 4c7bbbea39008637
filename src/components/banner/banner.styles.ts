import { css, sheet } from '../internal/sheet.js';

export default sheet(css`
  :host {
    display: contents;
  }
  :host(:not([open])) .panel {
    display: none;
  }
  .panel {
    position: fixed;
    z-index: var(--_z);
    display: grid;
    gap: calc(var(--_space) * 0.75);
    padding: calc(var(--_space) * 1.25) var(--_space);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
    max-block-size: calc(100dvh - 16px);
    overflow: auto;
    overscroll-behavior: contain;
    transition: opacity 0.2s ease, translate 0.2s ease;
  }
  @starting-style {
    .panel {
      opacity: 0;
      translate: 0 12px;
    }
  }
  .bar {
    inset-inline: 0;
    inset-block-end: 0;
    border-block-start: 1px solid var(--_border);
    padding-inline: max(var(--_space), calc((100vw - 1180px) / 2));
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas: 'head head' 'text actions';
    align-items: center;
    column-gap: calc(var(--_space) * 2.5);
  }
  .bar .head {
    grid-area: head;
  }
  .bar .text {
    grid-area: text;
  }
  .bar .actions {
    grid-area: actions;
  }
  .box {
    inset-inline-end: var(--_space);
    inset-block-end: var(--_space);
    inline-size: min(420px, calc(100vw - 2 * var(--_space)));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([data-side-start]) .box {
    inset-inline: var(--_space) auto;
  }
  dialog.panel {
    inset: 0;
    margin: auto;
    inline-size: min(540px, calc(100vw - 2 * var(--_space)));
    block-size: fit-content;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
  }
  dialog.panel::backdrop {
    background: var(--_backdrop);
  }
  .head {
    display: flex;
    align-items: start;
    gap: 8px;
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.125em;
    font-weight: 650;
    line-height: 1.35;
  }
  .close {
    margin-block: -6px;
    margin-inline-end: -6px;
  }
  p {
    margin: 0;
  }
  .text {
    display: grid;
    gap: 6px;
    color: var(--_muted);
  }
  .text .body {
    color: var(--_text);
  }
  /* A link on its own line is no inline text: it needs a 24 px target (WCAG 2.5.8). */
  .policy a {
    display: inline-block;
    padding-block: 3px;
  }
  .gpc {
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_primary);
    border-radius: 4px;
    background: var(--_surface);
    color: var(--_text);
  }
  .actions {
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    /* One size for the three choices in every language: a label that wraps makes every row taller. */
    grid-auto-rows: 1fr;
    gap: 10px;
  }
  .bar .actions {
    grid-template-columns: repeat(3, minmax(9.5em, 1fr));
  }
  .box .actions {
    grid-template-columns: 1fr;
  }
  @media (max-width: 820px) {
    .bar {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'head' 'text' 'actions';
    }
  }
  @media (max-width: 560px) {
    .actions,
    .bar .actions {
      grid-template-columns: 1fr;
    }
  }
`);
