import { css } from 'lit';

export default css`
  /* The size and aspect ratio of the iframe it stands for come from the
     mounting code; as a grid, the box fills them and still grows when its
     content needs more room than a tiny iframe had. */
  :host {
    display: grid;
    box-sizing: border-box;
    container-type: inline-size;
  }
  .frame {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    text-align: center;
    overflow-wrap: anywhere;
  }
  svg {
    inline-size: 40px;
    block-size: 40px;
    color: var(--_muted);
  }
  .title {
    margin: 0;
    font-weight: 600;
  }
  .message {
    margin: 0;
    max-inline-size: 48ch;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 0.5);
  }
  /* Where a small iframe leaves little room, the icon goes first. */
  @container (max-width: 420px) {
    svg {
      display: none;
    }
    .frame {
      gap: calc(var(--_space) * 0.5);
      padding: calc(var(--_space) * 0.75);
    }
  }
  .secondary {
    background: transparent;
    color: var(--_primary);
  }
`;
