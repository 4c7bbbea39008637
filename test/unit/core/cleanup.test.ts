import { expect, waitUntil } from '@open-wc/testing';
import { decisions } from '../../../src/core/decisions.js';
import { cookieDomains, createCleanup, deleteCookies, installCleanup, withdrawnCookies } from '../../../src/core/cleanup.js';
import { ConsentStore } from '../../../src/core/store.js';
import { config, MemoryStorage } from './helpers.js';

const names = () => document.cookie.split('; ').filter(Boolean).map((c) => c.split('=')[0]);
const bake = (...list: string[]) => {
  for (const n of list) document.cookie = `${n}=1; path=/`;
};

describe('cookieDomains', () => {
  it('lists the host and each parent down to the registrable domain', () => {
    expect(cookieDomains('www.shop.example.com')).to.deep.equal(['www.shop.example.com', 'shop.example.com', 'example.com']);
    expect(cookieDomains('example.com')).to.deep.equal(['example.com']);
  });

  it('stops before a two-label country suffix', () => {
    expect(cookieDomains('www.example.co.uk')).to.deep.equal(['www.example.co.uk', 'example.co.uk']);
  });

  it('has no domain cookies for localhost and IP addresses', () => {
    expect(cookieDomains('localhost')).to.deep.equal([]);
    expect(cookieDomains('127.0.0.1')).to.deep.equal([]);
    expect(cookieDomains('[::1]')).to.deep.equal([]);
  });
});

describe('withdrawnCookies', () => {
  const cfg = config({ categories: { analytics: { cookies: [{ name: '_own' }] } } });
  it('lists the cookies of a revoked category and all its services', async () => {
    expect(await withdrawnCookies(cfg, { revoked: ['analytics', 'analytics:google-analytics'] })).to.deep.equal(['_own', '_ga', '_ga_*', '_gid']);
  });
  it('lists only the service cookies when just a service was revoked', async () => {
    expect(await withdrawnCookies(cfg, { revoked: ['essential:recaptcha'] })).to.deep.equal(['_GRECAPTCHA']);
    expect(await withdrawnCookies(cfg, { revoked: ['unknown'] })).to.deep.equal([]);
  });
});

describe('deleteCookies', () => {
  afterEach(() => deleteCookies(['_ga', '_ga_*', '_gid', 'keep', '_gadget'], document));

  it('expires matching cookies on this host, prefixes included, and keeps the others', async () => {
    bake('_ga', '_ga_ABC123', '_gid', 'keep', '_gadget');
    await waitUntil(() => names().includes('_gadget'), 'the cookies are set', { timeout: 10000 });
    const deleted = deleteCookies(['_ga', '_ga_*', '_gid']);
    expect(deleted).to.have.members(['_ga', '_ga_ABC123', '_gid']);
    // WebKit's cookie read can lag its write: wait for the deletion to show.
    await waitUntil(() => names().filter((n) => n.startsWith('_g') && n !== '_gadget').length === 0, 'the matching cookies are deleted', { timeout: 10000 });
    expect(names()).to.include.members(['keep', '_gadget']);
  });
});

describe('installCleanup', () => {
  let marker: HTMLElement | null = null;
  afterEach(() => {
    marker?.remove();
    marker = null;
    deleteCookies(['_ga', '_ga_*', '_gid', '_GRECAPTCHA', 'keep']);
  });
  const ran = (category: string) => {
    marker = document.createElement('script');
    marker.setAttribute('data-seal-state', 'activated');
    marker.dataset.category = category;
    document.body.append(marker);
  };
  /**
   * A store with the clean-up subscribed as `installCleanup()` does it, keeping each run's promise:
   * `settled()` resolves once every clean-up has finished, the reload it decided on included.
   */
  const setup = (input: Record<string, unknown> = {}, hooks: { beforeReload?: () => Promise<void> } = {}) => {
    const cfg = config(input);
    const store = new ConsentStore(cfg, { decisions, storage: new MemoryStorage() });
    let reloads = 0;
    const clean = createCleanup(cfg, { reload: () => reloads++, ...hooks });
    const runs: Promise<void>[] = [];
    const off = store.subscribe((change) => void runs.push(clean(change)));
    const settled = () => Promise.all(runs);
    return { store, off, reloads: () => reloads, settled };
  };

  it('deletes the cookies of withdrawn consent and reloads when its scripts ran', async () => {
    const cfg = config();
    const store = new ConsentStore(cfg, { decisions, storage: new MemoryStorage() });
    let reloads = 0;
    const off = installCleanup(store, cfg, { reload: () => reloads++ });
    store.acceptAll();
    ran('analytics');
    bake('_ga', '_ga_XYZ', '_GRECAPTCHA', 'keep');
    store.withdraw();
    expect(reloads).to.equal(0);
    await waitUntil(() => reloads === 1, 'the page reloads', { timeout: 10000 });
    // WebKit's cookie read can lag its write: wait for the deletion to show.
    await waitUntil(() => !names().some((n) => n.startsWith('_G') || n.startsWith('_ga')), 'the withdrawn cookies are deleted', { timeout: 10000 });
    expect(names()).to.include('keep');
    off();
  });

  it('does not reload when nothing of the withdrawn consent ran', async () => {
    const { store, reloads, settled } = setup();
    store.acceptAll();
    bake('_ga');
    store.withdraw();
    await waitUntil(() => !names().includes('_ga'), 'the cookie is deleted', { timeout: 10000 });
    await settled();
    expect(reloads()).to.equal(0);
  });

  it('does not reload when reloadOnWithdraw is off', async () => {
    const { store, reloads, settled } = setup({ reloadOnWithdraw: false });
    store.acceptAll();
    ran('analytics');
    bake('_ga');
    store.rejectAll();
    await waitUntil(() => !names().includes('_ga'), 'the cookie is deleted', { timeout: 10000 });
    await settled();
    expect(reloads()).to.equal(0);
  });

  it('waits for beforeReload, at most one second', async () => {
    let release = () => {};
    let asked = false;
    const slow = setup({}, {
      beforeReload: () => new Promise<void>((r) => {
        asked = true;
        release = r;
      }),
    });
    slow.store.acceptAll();
    ran('analytics');
    slow.store.withdraw();
    await waitUntil(() => asked, 'beforeReload is called', { timeout: 10000 });
    // Its clean-up now waits for beforeReload (settled() would wait for the reload itself).
    expect(slow.reloads()).to.equal(0);
    release();
    await waitUntil(() => slow.reloads() === 1, 'the page reloads once beforeReload is done', { timeout: 10000 });
    slow.off();

    const stuck = setup({}, { beforeReload: () => new Promise<void>(() => {}) });
    stuck.store.acceptAll();
    const withdrawn = performance.now();
    stuck.store.withdraw();
    await waitUntil(() => stuck.reloads() === 1, 'the page reloads although beforeReload never ends', { timeout: 5000 });
    // The reload waited for its second (less a tick of the engine's coarsened clock).
    expect(performance.now() - withdrawn).to.be.at.least(990);
  });

  it('does nothing for a decision that only grants', async () => {
    const { store, reloads, settled } = setup();
    bake('_ga');
    ran('analytics');
    store.acceptAll();
    await settled();
    expect(names()).to.include('_ga');
    expect(reloads()).to.equal(0);
  });
});
