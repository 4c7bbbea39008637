import { css } from 'lit';

export default css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(680px, calc(100vw - 32px));
    max-inline-size: none;
    max-block-size: min(860px, calc(100dvh - 32px));
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
    overflow: hidden;
    transition: opacity 0.2s ease, translate 0.2s ease;
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  @starting-style {
    dialog[open] {
      opacity: 0;
      translate: 0 8px;
    }
  }
  dialog::backdrop {
    background: var(--_backdrop);
  }
  header,
  footer {
    flex: none;
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  header {
    display: flex;
    align-items: center;
    gap: 8px;
    border-block-end: 1px solid var(--_border);
  }
  footer {
    display: grid;
    gap: 10px;
    justify-items: center;
    border-block-start: 1px solid var(--_border);
  }
  h2 {
    flex: 1;
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }
  h3,
  h4,
  p {
    margin: 0;
  }
  .body {
    flex: 1 1 auto;
    overflow-y: auto;
    overscroll-behavior: contain;
    padding: calc(var(--_space) * 1.25) calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .actions {
    justify-self: stretch;
    display: grid;
    grid-template-columns: repeat(3, 1fr);
    /* One size for the three choices in every language (see the banner's). */
    grid-auto-rows: 1fr;
    gap: 10px;
  }
  .link {
    min-block-size: 32px;
    padding: 4px 8px;
    border: 0;
    background: none;
    color: var(--_primary);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.18em;
    cursor: pointer;
  }
  .details {
    display: grid;
    gap: 8px;
  }
  .details-head {
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .details-head h4 {
    flex: 1;
    font-size: 1em;
    font-weight: 650;
  }
  .details-cookies {
    display: grid;
    gap: 8px;
    margin: 0;
  }
  .details-cookies dd {
    margin: 2px 0 0;
    color: var(--_muted);
  }
  @media (max-width: 560px) {
    dialog {
      inline-size: 100vw;
      max-block-size: 100dvh;
      block-size: 100dvh;
      border: 0;
      border-radius: 0;
    }
    header,
    footer,
    .body {
      padding-inline: var(--_space);
    }
    footer {
      padding-block: 12px;
      gap: 8px;
    }
    .actions {
      grid-template-columns: 1fr;
    }
  }
`;
