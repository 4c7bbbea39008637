// The scan: crawl before any choice, then the same pages after Reject all
// and after Accept all, each phase in a fresh browser context.
import { chromium } from 'playwright-core';
import { choose, findBanner } from './consent/choose.js';
import { followable, pageKey } from './crawl/links.js';
import { createLimit, within } from './limit.js';
import { phaseContext, visitPage } from './record/visit.js';
import { hostOf, siteOf } from './site.js';
import { analyse } from './analyse.js';

/** A failure of the scan itself (exit code 2), with a sentence for the site owner. */
export class ScanError extends Error {}

export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/**
 * @typedef {{ url: string, pages: number, depth: number, concurrency: number, lang?: string,
 *   timeoutMs: number, browserArgs: string[] }} ScanOptions
 * @typedef {{ phase: string, done: number, total: number, url: string }} Progress
 */

/**
 * @param {ScanOptions} options
 * @param {{ onProgress?: (p: Progress) => void }} [hooks]
 */
export async function scan(options, hooks = {}) {
  const startedAt = new Date();
  const progress = hooks.onProgress ?? (() => {});
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_FLAGS, ...options.browserArgs],
      timeout: 30_000,
    });
  } catch (err) {
    throw new ScanError(`could not start Chromium at ${process.env.CHROME_PATH || '/usr/bin/chromium'} (set CHROME_PATH): ${String(err.message).split('\n')[0]}`);
  }
  try {
    const limit = createLimit(options.concurrency);
    // One visit may never take longer than this, whatever the page does (an endless script blocks evaluate()).
    const hardMs = options.timeoutMs * 2 + 15_000;
    const guarded = (phase, url, visitOptions) => limit(() => within(
      visitPage(phase, url, { timeoutMs: options.timeoutMs, ...visitOptions }),
      hardMs,
      () => ({ url, finalUrl: url, host: hostOf(url), error: `the page stopped responding (no answer within ${Math.round(hardMs / 1000)} s)`, ms: hardMs, cookies: [], storage: [], indexedDB: [], requests: [], frames: [], cookieSeal: null, status: null }),
    ));

    // Phase 1: before any choice, crawling as we go.
    const before = await phaseContext(browser, options);
    const seen = new Set([pageKey(options.url)]);
    let planned = 1;
    let bannerProbe = null;
    const start = await guarded(before, options.url, {
      links: options.depth > 0,
      probe: async (page) => { bannerProbe = await findBanner(page, options.lang); },
    });
    progress({ phase: 'before', done: 1, total: options.pages, url: options.url });
    if (start.error) throw new ScanError(`${options.url}: ${start.error}`);
    if (start.status >= 400) throw new ScanError(`${options.url}: the start page answered HTTP ${start.status}`);
    const startHost = hostOf(start.finalUrl);
    // The choices need only the start page: make them while the crawl goes on
    // (they share the concurrency limit), each in its own fresh context.
    const makeChoice = async (which) => {
      const phase = await phaseContext(browser, options);
      const choicePage = await guarded(phase, start.finalUrl, { act: (page) => choose(page, which, options.lang) });
      return { phase, choicePage };
    };
    const choices = { reject: makeChoice('reject'), accept: makeChoice('accept') };
    choices.reject.catch(() => {});
    choices.accept.catch(() => {});
    /** @type {{ url: string, depth: number }[]} */
    const queue = [];
    const pages = [start];
    /** @type {{ url: string, reason: string, record: any }[]} */
    const skipped = [];
    const enqueue = (record, depth) => {
      for (const href of record.links ?? []) {
        if (planned >= options.pages) break;
        const url = followable(href, record.finalUrl, startHost);
        if (!url) continue;
        const key = pageKey(url);
        if (seen.has(key)) continue;
        seen.add(key);
        planned++;
        queue.push({ url, depth });
      }
    };
    seen.add(pageKey(start.finalUrl));
    enqueue(start, 1);
    // Breadth first: a level's pages are all visited before the next level's links are followed.
    let done = 1;
    for (let depth = 1; depth <= options.depth && queue.length; depth++) {
      const level = queue.splice(0, queue.length).filter((q) => q.depth === depth);
      const records = await Promise.all(level.map(async (q) => {
        const r = await guarded(before, q.url, { links: depth < options.depth });
        progress({ phase: 'before', done: ++done, total: planned, url: q.url });
        return r;
      }));
      for (const r of records) {
        // A link that redirects to another site (a link shortener, a login provider) is not this site's page.
        if (!r.error && siteOf(hostOf(r.finalUrl)) !== siteOf(startHost)) {
          skipped.push({ url: r.url, reason: `redirects to another site (${r.finalUrl})`, record: r });
          continue;
        }
        pages.push(r);
        if (depth < options.depth && !r.error) enqueue(r, depth + 1);
      }
    }
    await before.context.close().catch(() => {});

    // Phases 2 and 3, side by side (they share the concurrency limit).
    const urls = pages.filter((p) => !p.error).map((p) => p.finalUrl);
    const afterChoice = async (which) => {
      const { phase, choicePage } = await choices[which];
      let phasePages = [];
      if (choicePage.choice?.done) {
        let n = 0;
        phasePages = await Promise.all(urls.map(async (url) => {
          const r = await guarded(phase, url, {});
          progress({ phase: which, done: ++n, total: urls.length, url });
          return r;
        }));
      } else progress({ phase: which, done: urls.length, total: urls.length, url: start.finalUrl });
      await phase.context.close().catch(() => {});
      return { choicePage, pages: phasePages };
    };
    const [reject, accept] = await Promise.all([afterChoice('reject'), afterChoice('accept')]);

    return analyse({
      options, startedAt, finishedAt: new Date(), browserVersion: browser.version(),
      site: siteOf(startHost), banner: bannerProbe ?? { way: 'none' }, skipped: skipped.map(({ url, reason }) => ({ url, reason })),
      phases: {
        before: { pages, offsite: skipped.map((x) => x.record) },
        reject,
        accept,
      },
    });
  } finally {
    await within(browser.close(), 10_000, () => undefined);
  }
}
