import { expect } from '@open-wc/testing';
import { parseConfig } from '../../../src/core/config-full.js';
import { CATALOG_IDS } from '../../../src/catalog/index.js';
import { loadEntriesWithWords, serviceIds, withDefaultTexts } from '../../../src/i18n/default-texts.js';
import { builtInLanguages } from '../../../src/i18n/built-in.js';
import { localize } from '../../../src/i18n/index.js';

const parse = (input: unknown) => parseConfig(input, () => {}).config;

describe('withDefaultTexts', () => {
  it('gives the built-in categories, services and cookies their texts in the visitor language', async () => {
    const categories = await withDefaultTexts(parse({}).categories, 'fr');
    const analytics = categories.find((c) => c.id === 'analytics')!;
    expect(localize(analytics.label, 'fr')).to.equal('Analytique');
    const ga = analytics.services[0];
    expect(localize(ga.label, 'fr')).to.equal('Google Analytics');
    expect(localize(ga.cookies![0].purpose, 'fr')).to.equal('Distingue les visiteurs.');
    expect(localize(ga.cookies![0].duration, 'fr')).to.equal('2 ans');
  });

  it('never replaces a text from the config', async () => {
    const categories = await withDefaultTexts(parse({ categories: { analytics: { label: { en: 'Statistics' } } } }).categories, 'fr');
    const analytics = categories.find((c) => c.id === 'analytics')!;
    expect(analytics.label).to.deep.equal({ en: 'Statistics' });
    expect(localize(analytics.description, 'fr')).to.contain('visite');
  });

  it('leaves the config it is given as it is, down to each cookie entry', async () => {
    const config = parse({ services: { vimeo: true }, categories: { analytics: { cookies: [{ name: '_own' }] } } });
    const before = structuredClone(config.categories);
    const shown = await withDefaultTexts(config.categories, 'fr');
    expect(config.categories).to.deep.equal(before);
    expect(shown.find((c) => c.id === 'analytics')!.label).to.not.equal(undefined);
    expect(shown.find((c) => c.id === 'analytics')!.cookies![0]).to.not.equal(config.categories.find((c) => c.id === 'analytics')!.cookies![0]);
    expect(shown.find((c) => c.id === 'advertising')!.services.find((s) => s.id === 'vimeo')!.cookies).to.have.length.above(0);
  });

  it('leaves categories and services the site added as the site wrote them', async () => {
    const categories = await withDefaultTexts(parse({ categories: { newsletter: { label: 'Newsletter' } } }).categories, 'en');
    const added = categories.find((c) => c.id === 'newsletter')!;
    expect(added.label).to.equal('Newsletter');
    expect(added.description).to.equal(undefined);
  });

  it('gives a catalogue service named by the config its cookie table, lifetimes and texts', async () => {
    const { categories: config } = parse({ services: { hotjar: true, vimeo: true } });
    const categories = await withDefaultTexts(config, 'fr');
    const hotjar = categories.find((c) => c.id === 'analytics')!.services.find((s) => s.id === 'hotjar')!;
    expect(localize(hotjar.label, 'fr')).to.equal('Hotjar');
    expect(localize(hotjar.provider, 'fr')).to.equal('Hotjar');
    expect(localize(hotjar.description, 'fr')).to.contain('défilement');
    expect(hotjar.cookies!.map((c) => c.name)).to.deep.equal(['_hjSessionUser_*', '_hjSession_*', '_hjTLDTest']);
    // Intl writes French with a no-break space between number and unit.
    expect(hotjar.cookies!.map((c) => localize(c.duration, 'fr').replace(/\u00a0/g, ' '))).to.deep.equal(['1 an', '30 minutes', 'Session']);
    expect(localize(hotjar.cookies![0].purpose, 'fr')).to.equal('Distingue les visiteurs d’une visite à l’autre.');
    const vimeo = (await withDefaultTexts(config, 'en')).find((c) => c.id === 'advertising')!.services.find((s) => s.id === 'vimeo')!;
    expect(localize(vimeo.cookies![0].duration, 'en')).to.equal('2 years');
    expect(localize(vimeo.cookies![0].provider, 'en')).to.equal('Vimeo');
  });

  it('fetches only the words of the services in the config, in the visitor language', async () => {
    const { categories } = parse({ services: { youtube: false, vimeo: true } });
    const before = new Set(performance.getEntriesByType('resource').map((e) => e.name));
    const entries = await loadEntriesWithWords(serviceIds(categories), 'de-AT');
    const fetched = performance.getEntriesByType('resource').map((e) => e.name).filter((n) => !before.has(n) && n.includes('/words/'));
    expect(fetched.map((n) => /words\/(\w+)\/service-([\w-]+)\.js/.exec(n)?.slice(1).join(' ')).sort())
      .to.deep.equal(['de google-analytics', 'de recaptcha', 'de vimeo']);
    expect([...entries.keys()].sort()).to.deep.equal(['google-analytics', 'recaptcha', 'vimeo']);
    expect(entries.get('vimeo')!.local.label).to.equal('Vimeo');
  });
  it('has the words of every catalogue service and cookie in every built-in language', async () => {
    for (const lang of builtInLanguages) {
      for (const [id, entry] of await loadEntriesWithWords(CATALOG_IDS, lang)) {
        expect(entry.local.label, `${lang} ${id}`).to.be.a('string');
        expect(entry.local.description, `${lang} ${id}`).to.be.a('string');
        expect(Object.keys(entry.local.cookies), `${lang} ${id}`).to.deep.equal(Object.keys(entry.cookies));
        for (const name of Object.keys(entry.cookies)) expect(entry.local.cookies[name].purpose, `${lang} ${name}`).to.be.a('string');
      }
    }
  });

});
