/**
 * Building a small shadow tree with the DOM itself, for the banner: it is the
 * one element every first-time visitor downloads before they see anything, and
 * lit-html (about 3 KB gzip, and its template parsing on first render) would be
 * a fifth of those bytes. Text goes in as text nodes and attributes through
 * `setAttribute`, never through markup, so a translated string or a config
 * value cannot inject anything (and strict CSP with Trusted Types has nothing
 * to object to).
 */

/** A child: a node, a text, or nothing (`null`, `undefined`, `false` and empty texts are skipped). */
export type Child = Node | string | null | undefined | false;

/**
 * An element with attributes and children. `on<event>` entries are listeners
 * (`onclick` → `click`); `undefined` attributes are left out.
 */
export function h(tag: string, attributes: Record<string, string | EventListener | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (value !== undefined) el.setAttribute(name, value);
  }
  el.append(...children.filter((c): c is Node | string => !!c));
  return el;
}

/** The cross of every close button, drawn in a 20 × 20 box (also `icons.ts`, for Lit templates). */
export const CROSS_PATH = 'M5 5l10 10M15 5L5 15';

/** A decorative cross for close buttons (the button carries the name). */
export function closeCross(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const path = document.createElementNS(ns, 'path');
  for (const [k, v] of Object.entries({ viewBox: '0 0 20 20', 'aria-hidden': 'true', focusable: 'false' })) svg.setAttribute(k, v);
  for (const [k, v] of Object.entries({ d: CROSS_PATH, stroke: 'currentColor', 'stroke-width': '1.8', 'stroke-linecap': 'round', fill: 'none' })) path.setAttribute(k, v);
  svg.append(path);
  return svg;
}
