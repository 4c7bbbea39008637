import { css } from 'lit';

export default css`
  :host {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    overflow: visible;
    inline-size: max-content;
    max-inline-size: calc(100vw - 16px);
  }
  [role='menu'] {
    display: grid;
    min-inline-size: 220px;
    max-block-size: calc(100dvh - 16px);
    overflow: auto;
    padding: 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    box-shadow: var(--_shadow);
  }
  [role='menuitem'] {
    display: flex;
    align-items: center;
    min-block-size: 44px;
    padding: 8px 14px;
    border: 0;
    border-radius: calc(var(--_radius) * 0.6);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--_surface);
  }
  [role='menuitem']:focus-visible {
    outline-offset: -2px;
  }
`;
