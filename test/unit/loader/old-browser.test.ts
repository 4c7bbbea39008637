// The built loader (dist/cookie-seal.js, `npm run build` first) on a page of a browser without the
// popover API: it must start nothing, run no gated tag and throw nothing into the page.
import { expect, waitUntil } from '@open-wc/testing';
import { browserSupported } from '../../../src/core/support.js';

interface FramePage extends Window {
  __ran?: string[];
  __errors?: string[];
}

/**
 * A same-origin page that first (optionally) takes the popover API away and records uncaught
 * errors and console errors, then loads the loader and has a gated tag.
 */
async function page({ withoutPopover }: { withoutPopover: boolean }) {
  const frame = document.createElement('iframe');
  const loader = new URL('/dist/cookie-seal.js', location.href).href;
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>
      window.__errors = [];
      window.__ran = [];
      addEventListener('error', (e) => __errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
      const error = console.error;
      console.error = (...args) => { __errors.push(args.join(' ')); error(...args); };
      ${withoutPopover ? 'delete HTMLElement.prototype.showPopover;' : ''}
    </script>
    <script src="${loader}" data-lang="en"></script>
  </head><body>
    <script type="text/plain" data-category="analytics">__ran.push('analytics')</script>
  </body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as FramePage };
}

describe('the loader in a browser it does not support', () => {
  afterEach(() => document.querySelectorAll('body > iframe').forEach((f) => f.remove()));

  it('knows this browser is supported, and one without the popover API is not', () => {
    expect(browserSupported()).to.equal(true);
    const old = { HTMLElement: { prototype: {} } } as unknown as typeof globalThis;
    expect(browserSupported(old)).to.equal(false);
  });

  it('starts nothing, keeps gated tags inert and throws nothing into the page', async () => {
    const { win } = await page({ withoutPopover: true });
    // The loader is a classic script: by the load event it has run, and would have set CookieSeal.
    expect(win.CookieSeal).to.equal(undefined);
    expect(win.__ran).to.deep.equal([]);
    const tag = win.document.querySelector('script[data-category]')!;
    expect(tag.getAttribute('type')).to.equal('text/plain');
    expect(tag.hasAttribute('data-seal-state')).to.equal(false);
    expect(win.document.querySelector('seal-banner, cookie-seal-settings')).to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it('(the same page with the popover API starts and gates the tag)', async () => {
    const { win } = await page({ withoutPopover: false });
    expect(win.CookieSeal).to.be.an('object');
    // Blocked, or activated if an earlier test left a decision in this origin's cookies.
    const tag = win.document.querySelector('script[data-category]')!;
    await waitUntil(() => tag.hasAttribute('data-seal-state'), 'the gate takes the tag', { timeout: 10000 });
    expect(win.__errors).to.deep.equal([]);
  });
});
