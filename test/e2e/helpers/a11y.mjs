// Accessibility helpers for the end-to-end tests: axe-core run inside the
// page (open shadow roots included), the demo served with a changed config,
// and colour maths on computed styles.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/** Every WCAG 2.x A and AA rule axe knows, 2.2 included. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the whole page and returns its violations, each reduced to
 * what a failing assertion needs to say: rule, impact and the offending nodes.
 * @param {import('playwright-core').Page} page
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, WCAG_TAGS);
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' >>> '), summary: n.failureSummary })),
  }));
}

/**
 * Serves demo pages with `overrides` merged into their `#cookie-seal-config`
 * block, so a test can try a banner position, theme or language on the real
 * demo without a copy of it. Page routes win over the recorder's context route.
 * @param {import('playwright-core').Page} page
 * @param {Record<string, unknown>} overrides
 */
export async function withConfig(page, overrides) {
  await page.route(
    (url) => url.hostname === '127.0.0.1' && (url.pathname.endsWith('/') || url.pathname.endsWith('.html')),
    async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(
        /(<script type="application\/json" id="cookie-seal-config">)([\s\S]*?)(<\/script>)/,
        (_, open, json, close) => `${open}${JSON.stringify({ ...JSON.parse(json), ...overrides })}${close}`,
      );
      await route.fulfill({ response, body });
    },
  );
}

/** sRGB relative luminance of a CSS `rgb()`/`rgba()` string (alpha ignored). */
export function luminance(color) {
  const [r, g, b] = parseRgb(color).slice(0, 3).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two opaque CSS colours. */
export function contrast(a, b) {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** [r, g, b, a] of a computed colour (`rgb(…)`, `rgba(…)` or `color(srgb …)`). */
export function parseRgb(color) {
  const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)/.exec(color);
  if (srgb) return [+srgb[1] * 255, +srgb[2] * 255, +srgb[3] * 255, srgb[4] === undefined ? 1 : +srgb[4]];
  const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(color);
  if (!m) throw new Error(`not an rgb colour: ${color}`);
  return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]];
}
