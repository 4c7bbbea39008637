/**
 * The look of blocked content, as plain CSS text: `<seal-placeholder>` is not
 * a Lit element (it is what a returning visitor who refused an embed
 * downloads) and adopts it as a constructable style sheet; `<seal-embed>`
 * wraps `frame` with Lit's `unsafeCSS`.
 *
 * Tagged `css` (here a plain `String.raw`) so the build minifies these
 * literals like every other style (scripts/build/minify-css-literals.mjs).
 */
const css = String.raw;

/**
 * The part of the shared theme (`../internal/theme.styles.ts`) the placeholder
 * uses: the same properties with the same defaults, light and dark, the
 * button and the focus ring. Kept here rather than imported so the placeholder
 * does not fetch the banner's styles with Lit's; the component test
 * "uses the shared theme's tokens" checks that both say the same.
 */
const dark = css`
  --_surface: var(--seal-color-surface-dark, #262a31);
  --_text: var(--seal-color-text-dark, #eceef1);
  --_muted: var(--seal-color-muted-dark, #b3bac4);
  --_border: var(--seal-color-border-dark, #424953);
  --_primary: var(--seal-color-primary-dark, #9dbaff);
  --_primary-text: var(--seal-color-primary-text-dark, #0c1830);
  color-scheme: dark;
`;

export const tokens = css`
  :host {
    --_surface: var(--seal-color-surface, #f4f6f8);
    --_text: var(--seal-color-text, #1c2127);
    --_muted: var(--seal-color-muted, #55606c);
    --_border: var(--seal-color-border, #d5dae0);
    --_primary: var(--seal-color-primary, #1f4fb8);
    --_primary-text: var(--seal-color-primary-text, #ffffff);
    --_radius: var(--seal-radius, 10px);
    --_space: var(--seal-space, 16px);
    --_font: var(--seal-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif);
    color-scheme: light;
    font: 400 var(--seal-font-size, 15px) / 1.5 var(--_font);
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
    overflow-wrap: anywhere;
    -webkit-hyphens: auto;
    hyphens: auto;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 10px 20px;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_primary);
    color: var(--_primary-text);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
    transition: filter 0.15s ease, box-shadow 0.15s ease;
  }
  .btn:hover {
    filter: brightness(1.12);
  }
  .btn:active {
    filter: brightness(0.95);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
`;

/** The box itself, shared with `<seal-embed>`'s placeholder. */
export const frame = css`
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
