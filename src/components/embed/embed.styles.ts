import { css } from 'lit';

/** On top of the iframe placeholder's look: a block host, the cookie list, the form prompt. */
export default css`
  :host {
    display: block;
  }
  .cookies {
    font-size: 0.93em;
    color: var(--_muted);
  }
  .cookies p,
  .cookies ul {
    margin: 0;
  }
  .cookies ul {
    padding: 0;
    list-style: none;
  }
  .prompt {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin-block-start: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .prompt .message p {
    margin: 0 0 calc(var(--_space) * 0.25);
  }
  .prompt .actions {
    justify-content: flex-start;
  }
  .status {
    margin: calc(var(--_space) * 0.5) 0 0;
  }
  .status:empty {
    margin: 0;
  }
`;
