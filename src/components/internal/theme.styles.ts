import { css, sheet } from './sheet.js';

// Dark values, applied under prefers-color-scheme unless theme="light", or
// always with theme="dark". Each public property has a `-dark` twin so a site
// can brand both schemes; the defaults meet 4.5:1 text and 3:1 UI contrast.
const dark = css`
  --_bg: var(--seal-color-bg-dark, #1d2026);
  --_surface: var(--seal-color-surface-dark, #262a31);
  --_text: var(--seal-color-text-dark, #eceef1);
  --_muted: var(--seal-color-muted-dark, #b3bac4);
  --_border: var(--seal-color-border-dark, #424953);
  --_control: var(--seal-color-control-dark, #8d96a3);
  --_primary: var(--seal-color-primary-dark, #9dbaff);
  --_primary-text: var(--seal-color-primary-text-dark, #0c1830);
  --_backdrop: var(--seal-color-backdrop-dark, rgb(0 0 0 / 0.6));
  color-scheme: dark;
`;

/** Design tokens shared by every element: colours, radius, font, spacing (the text, for tests and copies). */
export const themeCss = css`
  :host {
    --_bg: var(--seal-color-bg, #ffffff);
    --_surface: var(--seal-color-surface, #f4f6f8);
    --_text: var(--seal-color-text, #1c2127);
    --_muted: var(--seal-color-muted, #55606c);
    --_border: var(--seal-color-border, #d5dae0);
    --_control: var(--seal-color-control, #6b7580);
    --_primary: var(--seal-color-primary, #1f4fb8);
    --_primary-text: var(--seal-color-primary-text, #ffffff);
    --_backdrop: var(--seal-color-backdrop, rgb(16 22 32 / 0.45));
    --_radius: var(--seal-radius, 10px);
    --_space: var(--seal-space, 16px);
    --_font: var(--seal-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif);
    --_shadow: var(--seal-shadow, 0 10px 38px rgb(16 22 32 / 0.18), 0 2px 8px rgb(16 22 32 / 0.1));
    --_z: var(--seal-z-index, 2147483000);
    color-scheme: light;
    font: 400 var(--seal-font-size, 15px) / 1.5 var(--_font);
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
    /* Long compounds (German, Finnish, Hungarian…) break rather than overflow, hyphenated where the
       engine has the language's patterns (the panels carry lang). */
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
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.18em;
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
  .icon-btn {
    display: inline-grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    flex: none;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .icon-btn:hover {
    background: var(--_surface);
    color: var(--_text);
  }
  .icon-btn svg {
    inline-size: 20px;
    block-size: 20px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/** The tokens as one style sheet, adopted by every element of the page. */
export const theme = sheet(themeCss);
