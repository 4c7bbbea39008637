import { expect } from '@open-wc/testing';
import { builtInLanguages } from '../../src/i18n/built-in.js';
import type * as Frame from './layout-frame.js';

/**
 * The banner and the preference center in every built-in language, at a
 * phone's and a desktop's width: no text overflows or is clipped, nothing
 * leaves the viewport, the three decision buttons have one size, and axe
 * finds nothing, with the language and direction on the component.
 */
const FRAME_MODULE = new URL('./layout-frame.ts', import.meta.url).href;

async function sizedFrame(width: number, height: number): Promise<{ frame: HTMLIFrameElement; api: typeof Frame }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `inline-size:${width}px;block-size:${height}px;border:0;display:block`;
  frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head><body></body></html>';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { layout?: Promise<typeof Frame> };
  // The components are defined in the frame's own realm, so its viewport is theirs.
  const script = win.document.createElement('script');
  script.type = 'module';
  script.textContent = `window.layout = import(${JSON.stringify(FRAME_MODULE)});`;
  win.document.head.append(script);
  while (!win.layout) await new Promise(requestAnimationFrame);
  return { frame, api: await win.layout };
}

const RTL = new Set(['ar', 'he']);

for (const [width, height] of [[320, 640], [1280, 800]]) {
  describe(`layout at ${width} px`, function () {
    this.timeout(120_000);
    let frame: HTMLIFrameElement;
    let api: typeof Frame;
    before(async () => ({ frame, api } = await sizedFrame(width, height)));
    after(() => frame.remove());

    for (const kind of ['banner', 'preferences'] as const) {
      for (const lang of builtInLanguages) {
        it(`${kind} in ${lang}: fits, equal decision buttons${width === 320 ? ', no axe violation' : ''}`, async () => {
          const el = await api.mount(kind, lang);
          const layout = api.measure(el);
          expect(layout.lang, 'lang on the component').to.equal(lang);
          expect(layout.dir, 'dir on the component').to.equal(RTL.has(lang) ? 'rtl' : 'ltr');
          expect(layout.overflowing, 'text wider than its box').to.deep.equal([]);
          expect(layout.outside, 'outside the viewport').to.deep.equal([]);
          expect(layout.decisionButtons).to.have.length(3);
          // Equal to within half a pixel: Firefox lays out in 1/60 px, so three equal columns can
          // come out 166.3 and 166.4 px wide.
          const spread = (i: 0 | 1) => {
            const sides = layout.decisionButtons.map((b) => Number(b.split('×')[i]));
            return Math.max(...sides) - Math.min(...sides);
          };
          expect(spread(0) <= 0.5 && spread(1) <= 0.5, `decision buttons ${layout.decisionButtons.join(', ')}`).to.equal(true);
          if (width === 320) expect(await api.violations(el)).to.deep.equal([]);
        });
      }
    }

    // The corner box and the centred modal, in the languages with the longest words and other scripts.
    for (const position of ['box', 'modal'] as const) {
      for (const lang of ['de', 'fi', 'hu', 'el', 'uk', 'ar', 'he']) {
        it(`banner as a ${position} in ${lang}: fits, equal decision buttons`, async () => {
          const layout = api.measure(await api.mount('banner', lang, position));
          expect(layout.overflowing, 'text wider than its box').to.deep.equal([]);
          expect(layout.outside, 'outside the viewport').to.deep.equal([]);
          // Equal to within half a pixel: Firefox lays out in 1/60 px, so three equal columns can
          // come out 166.3 and 166.4 px wide.
          const spread = (i: 0 | 1) => {
            const sides = layout.decisionButtons.map((b) => Number(b.split('×')[i]));
            return Math.max(...sides) - Math.min(...sides);
          };
          expect(spread(0) <= 0.5 && spread(1) <= 0.5, `decision buttons ${layout.decisionButtons.join(', ')}`).to.equal(true);
        });
      }
    }
  });
}
