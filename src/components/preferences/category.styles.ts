import { css } from 'lit';

/** One category of the preference center: its switch, services, cookie table. */
export default css`
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
  td:first-child code {
    overflow-wrap: normal;
  }
  tbody tr + tr td {
    border-block-start: 1px solid var(--_border);
  }
  code {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 0.95em;
  }
  @media (max-width: 560px) {
    .category {
      padding: 12px;
    }
    /* Four columns do not fit a phone in any language: each cookie becomes a block, its name
       first and the other cells labelled, visibly and for screen readers, by their column's name. */
    thead {
      display: none;
    }
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    td {
      padding-block: 2px;
    }
    td:first-child {
      padding-block-start: 8px;
      font-weight: 600;
    }
    tr {
      padding-block-end: 8px;
    }
    tbody tr + tr {
      border-block-start: 1px solid var(--_border);
    }
    tbody tr + tr td {
      border-block-start: 0;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    td[data-label]:lang(fr)::before {
      content: attr(data-label) '\\202F: ';
    }
  }
`;
