import { expect } from '@open-wc/testing';
import { parseConfig } from '../../../src/core/config.js';
import { applyDefaultTexts } from '../../../src/i18n/catalog.js';
import { localize } from '../../../src/i18n/index.js';

const parse = (input: unknown) => parseConfig(input, () => {}).config;

describe('applyDefaultTexts', () => {
  it('gives the built-in categories, services and cookies their texts in the visitor language', async () => {
    const { categories } = parse({});
    await applyDefaultTexts(categories, 'fr');
    const analytics = categories.find((c) => c.id === 'analytics')!;
    expect(localize(analytics.label, 'fr')).to.equal('Analytique');
    const ga = analytics.services[0];
    expect(localize(ga.label, 'fr')).to.equal('Google Analytics');
    expect(localize(ga.cookies![0].purpose, 'fr')).to.equal('Distingue les visiteurs.');
    expect(localize(ga.cookies![0].duration, 'fr')).to.equal('2 ans');
  });

  it('never replaces a text from the config, and adds a second language to its own texts only', async () => {
    const { categories } = parse({ categories: { analytics: { label: { en: 'Statistics' } } } });
    await applyDefaultTexts(categories, 'en');
    await applyDefaultTexts(categories, 'fr');
    const analytics = categories.find((c) => c.id === 'analytics')!;
    expect(analytics.label).to.deep.equal({ en: 'Statistics' });
    expect(analytics.description).to.have.keys('en', 'fr');
  });

  it('leaves categories and services the site added as the site wrote them', async () => {
    const { categories } = parse({ categories: { newsletter: { label: 'Newsletter' } } });
    await applyDefaultTexts(categories, 'en');
    const added = categories.find((c) => c.id === 'newsletter')!;
    expect(added.label).to.equal('Newsletter');
    expect(added.description).to.equal(undefined);
  });
});
