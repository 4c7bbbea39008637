/**
 * Styles as plain CSS text, tagged `css` (a plain `String.raw`) so the build
 * minifies the literals (scripts/build/minify-css-literals.mjs), and adopted
 * as constructable style sheets: CSP-safe, one per text for the document,
 * shared by every element that uses it. The banner's chunk needs nothing of
 * Lit's style module for this; Lit elements take the same sheets in their
 * `static styles`.
 */
export const css = String.raw;

/** A constructable style sheet holding `text`. */
export function sheet(text: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
}
