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
  .category {
    display: grid;
    gap: 10px;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .category-head {
    display: flex;
    align-items: center;
    gap: 12px;
  }
  .category-title {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 10px;
  }
  h3 {
    font-size: 1.0625em;
    font-weight: 650;
  }
  .always-on {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 600;
  }
  .description {
    color: var(--_muted);
  }
  .gpc {
    padding: 8px 12px;
    border-inline-start: 3px solid var(--_primary);
    border-radius: 4px;
    background: var(--_surface);
  }
  .switch {
    position: relative;
    padding: 0;
    border: 0;
    flex: none;
    inline-size: 44px;
    block-size: 26px;
    margin: 0;
    border-radius: 13px;
    background: var(--_control);
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  .switch::before {
    content: '';
    position: absolute;
    inset-block-start: 3px;
    inset-inline-start: 3px;
    inline-size: 20px;
    block-size: 20px;
    border-radius: 50%;
    background: var(--_bg);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.25);
    transition: translate 0.15s ease;
  }
  .switch[aria-checked='true'] {
    background: var(--_primary);
  }
  .switch[aria-checked='true']::before {
    translate: 18px;
  }
  .switch[aria-checked='true']:dir(rtl)::before {
    translate: -18px;
  }
  .switch:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .services {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
    border-radius: calc(var(--_radius) * 0.7);
    background: var(--_surface);
  }
  .service {
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 8px 12px;
  }
  .service + .service {
    border-block-start: 1px solid var(--_border);
  }
  .service-name {
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    column-gap: 8px;
    align-items: baseline;
    min-inline-size: 0;
  }
  .cookies summary {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-block-size: 32px;
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
    border-radius: 4px;
    list-style: none;
  }
  .cookies summary::-webkit-details-marker {
    display: none;
  }
  .cookies summary::before {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    rotate: -45deg;
    transition: rotate 0.15s ease;
  }
  /* Closed, the chevron points in the reading direction; open, it points down. */
  .cookies summary:dir(rtl)::before {
    rotate: 45deg;
  }
  .cookies[open] summary::before {
    rotate: 45deg;
  }
  .cookies[open] summary:dir(rtl)::before {
    rotate: -45deg;
  }
  .table-wrap {
    margin-block-start: 6px;
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.7);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    padding: 8px 10px;
    text-align: start;
    vertical-align: top;
  }
  th {
    background: var(--_surface);
    font-weight: 600;
    white-space: nowrap;
  }
  td:first-child {
    white-space: nowrap;
  }
  tbody tr + tr td {
    border-block-start: 1px solid var(--_border);
  }
  code {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  .actions {
    justify-self: stretch;
    display: grid;
    grid-template-columns: repeat(3, 1fr);
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
    .category {
      padding: 12px;
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
