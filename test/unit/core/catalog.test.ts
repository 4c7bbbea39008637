import { expect } from '@open-wc/testing';
import { CATALOG_IDS, loadEntries } from '../../../src/catalog/index.js';
import { CATALOG_CATEGORIES, defaultCategories } from '../../../src/core/categories.js';
import { withdrawnCookies } from '../../../src/core/cleanup.js';
import { parseConfig } from '../../../src/core/config-full.js';
import { describeProblem } from '../../../src/core/config-messages.js';
import { readConfig } from '../../../src/core/config.js';
import { formatLifetime, numberLocale } from '../../../src/i18n/default-texts.js';
import type { LanguagePack } from '../../../src/i18n/languages/types.js';
import arPack from '../../../src/i18n/languages/ar.js';
import enPack from '../../../src/i18n/languages/en.js';
import frPack from '../../../src/i18n/languages/fr.js';

/** The lifetime words of a language, as its `categories` piece has them. */
const lifetimes = ({ lang, pluralLocale, session, units }: LanguagePack) => ({ lang, plurals: pluralLocale, session, units });
const [ar, en, fr] = [arPack, enPack, frPack].map(lifetimes);

const parse = (input: unknown) => {
  const errors: string[] = [];
  const { config } = parseConfig(input, (m) => errors.push(m));
  return { config, errors };
};
const serviceIds = (input: unknown, category: string) =>
  parse(input).config.categories.find((c) => c.id === category)!.services.map((s) => s.id);

describe('service catalogue', () => {
  it('has the ten documented services, each with a provider, hosts and cookie lifetimes', async () => {
    expect([...CATALOG_IDS].sort()).to.deep.equal([
      'google-ads', 'google-analytics', 'google-maps', 'google-tag-manager', 'hotjar', 'matomo', 'meta-pixel', 'recaptcha', 'vimeo', 'youtube',
    ]);
    const entries = await loadEntries(CATALOG_IDS);
    expect(entries.size).to.equal(10);
    for (const [id, entry] of entries) {
      expect(entry.provider, id).to.be.a('string').and.not.equal('');
      expect(entry.hosts.length, id).to.be.above(0);
      for (const lifetime of Object.values(entry.cookies)) expect(lifetime, id).to.match(/^(session|\d+(m|h|d|mo|y))$/);
    }
    expect(entries.get('google-ads')!.consentMode).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('loads only the entries asked for, and skips ids it does not know', async () => {
    const entries = await loadEntries(['vimeo', 'not-a-service', 'vimeo', 'mine']);
    expect([...entries.keys()]).to.deep.equal(['vimeo']);
    expect(Object.keys(entries.get('vimeo')!.cookies)).to.deep.equal(['vuid', '__cf_bm']);
  });

  it('agrees with the loader: same category for every entry, cookies only in the entries', async () => {
    const loader = new Map<string, string>();
    for (const [category, ids] of Object.entries(CATALOG_CATEGORIES)) for (const id of ids) loader.set(id, category);
    const builtIn = await loadEntries(defaultCategories().flatMap((c) => c.services.map((s) => s.id)));
    for (const cat of defaultCategories()) {
      for (const svc of cat.services) {
        loader.set(svc.id, cat.id);
        expect(svc.cookies, svc.id).to.equal(undefined);
        expect(Object.keys(builtIn.get(svc.id)!.cookies), svc.id).to.not.be.empty;
      }
    }
    expect([...loader.keys()].sort()).to.deep.equal([...CATALOG_IDS].sort());
    for (const [id, entry] of await loadEntries(CATALOG_IDS)) expect(loader.get(id), id).to.equal(entry.category);
  });

  it('adds a catalogue service the config names with true, in its category, and nothing else', () => {
    const { config, errors } = parse({ services: { vimeo: true, hotjar: true, youtube: true } });
    expect(errors).to.deep.equal([]);
    expect(config.categories.find((c) => c.id === 'advertising')!.services.map((s) => s.id)).to.deep.equal(['youtube', 'vimeo']);
    expect(config.categories.find((c) => c.id === 'analytics')!.services.map((s) => s.id)).to.deep.equal(['google-analytics', 'hotjar']);
    expect(serviceIds({}, 'analytics')).to.deep.equal(['google-analytics']);
  });

  it('lets the config move a catalogue service or override its texts', () => {
    const { config, errors } = parse({ services: { 'google-maps': { category: 'preferences' }, matomo: { label: 'Our stats' } } });
    expect(errors).to.deep.equal([]);
    expect(config.categories.find((c) => c.id === 'preferences')!.services.map((s) => s.id)).to.deep.equal(['google-maps']);
    expect(config.categories.find((c) => c.id === 'analytics')!.services.find((s) => s.id === 'matomo')!.label).to.equal('Our stats');
  });

  it('refuses an unknown id named with true, with a message listing the catalogue', () => {
    const { config, errors } = parse({ services: { 'not-a-service': true } });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('"services.not-a-service.category"').and.contain('service catalogue').and.contain('hotjar');
    expect(config.categories.flatMap((c) => c.services.map((s) => s.id))).not.to.include('not-a-service');
  });

  it('refuses a catalogue service whose category the config removed', () => {
    const { errors } = parse({ categories: { advertising: false }, services: { vimeo: true } });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('services.vimeo.category');
  });

  it('gives the withdrawal clean-up the catalogue cookies of a service named with true', async () => {
    const { config } = parse({ services: { hotjar: true, vimeo: true } });
    expect(await withdrawnCookies(config, { revoked: ['analytics:hotjar'] })).to.deep.equal(['_hjSessionUser_*', '_hjSession_*', '_hjTLDTest']);
    expect(await withdrawnCookies(config, { revoked: ['advertising'] })).to.deep.equal(['VISITOR_INFO1_LIVE', 'YSC', 'vuid', '__cf_bm']);
    // The site's own cookie list wins over the catalogue's.
    const own = parse({ services: { vimeo: { cookies: [{ name: 'mine' }] } } }).config;
    expect(await withdrawnCookies(own, { revoked: ['advertising:vimeo'] })).to.deep.equal(['mine']);
  });

  it('formats lifetimes in the visitor language', () => {
    expect(formatLifetime('13mo', 'en', en)).to.equal('13 months');
    expect(formatLifetime('1y', 'en-GB', en)).to.equal('1 year');
    expect(formatLifetime('2y', 'fr', fr)).to.equal('2 ans');
    expect(formatLifetime('30m', 'en', en)).to.equal('30 minutes');
    expect(formatLifetime('2d', 'ar', ar)).to.equal('يومان');
    expect(formatLifetime('session', 'en', en)).to.equal('Session');
    expect(formatLifetime('13parsecs', 'fr', fr)).to.equal('Session');
    // A language tag of the right shape that Intl still rejects.
    expect(formatLifetime('2d', 'fr-a', fr)).to.equal('2\u00a0jours');
    expect(formatLifetime('2d', 'de-a', en)).to.equal('2 day');
  });

  it("words English, French and Arabic lifetimes as this engine's Intl.NumberFormat does", () => {
    // The tables stand in for Intl.NumberFormat (costly on first use): they must say the same. The
    // CLDR data an engine carries differs by engine and version, so all 31 languages are held to
    // one fixed reference (Node's ICU) in test/build/lifetimes.test.mjs; these three read the same
    // in every engine tested here.
    const units = { m: 'minute', h: 'hour', d: 'day', mo: 'month', y: 'year' };
    const differ: string[] = [];
    for (const table of [en, fr, ar]) {
      for (const [code, unit] of Object.entries(units)) {
        const intl = new Intl.NumberFormat(numberLocale(table.lang), { style: 'unit', unit, unitDisplay: 'long' });
        for (let n = 0; n < 400; n++) {
          const ours = formatLifetime(`${n}${code}`, table.lang, table).replace(/[\u00a0\u202f]/g, ' ');
          const theirs = intl.format(n).replace(/[\u00a0\u202f]/g, ' ');
          if (ours !== theirs) differ.push(`${table.lang} ${n}${code}: ${ours} ≠ ${theirs}`);
        }
      }
    }
    expect(differ).to.deep.equal([]);
  });

  it('writes Arabic lifetimes in Latin digits in every engine, also the long ones Intl formats', () => {
    const arabicIndic = /[\u0660-\u0669\u06f0-\u06f9]/;
    for (const lifetime of ['3d', '11mo', '399d', '1000d', '1500d', '25000m']) {
      for (const lang of ['ar', 'ar-EG', 'ar-SA']) {
        const out = formatLifetime(lifetime, lang, ar);
        expect(out, `${lang} ${lifetime}`).not.to.match(arabicIndic);
        expect(out.replace(/\D/g, ''), `${lang} ${lifetime}`).to.equal(lifetime.replace(/\D/g, ''));
      }
    }
    // A site that asks for Arabic-Indic digits by name gets them.
    expect(formatLifetime('1000d', 'ar-u-nu-arab', ar)).to.match(arabicIndic);
    expect(numberLocale('ar')).to.equal('ar-u-nu-latn');
    expect(numberLocale('fr')).to.equal('fr');
  });

  it('leaves the languages a site adds to Intl.NumberFormat', () => {
    // A German visitor gets the English table's category texts, but not its English units.
    expect(formatLifetime('13mo', 'de', en)).to.equal('13 Monate');
  });
});

describe('Consent Mode options in the config', () => {
  it('accepts advanced mode, regions and the gtag settings', () => {
    const { config, errors } = parse({ googleConsentMode: 'advanced', consentModeRegion: ['FR', 'US-CA'], adsDataRedaction: false, urlPassthrough: true });
    expect(errors).to.deep.equal([]);
    expect(config).to.include({ googleConsentMode: 'advanced', adsDataRedaction: false, urlPassthrough: true });
    expect(config.consentModeRegion).to.deep.equal(['FR', 'US-CA']);
  });

  it('refuses bad values with messages naming the field and keeps the defaults', () => {
    const { config, errors } = parse({ googleConsentMode: 'full', consentModeRegion: 'FR', urlPassthrough: 'yes' });
    expect(config.googleConsentMode).to.equal(true);
    expect(config.consentModeRegion).to.equal(undefined);
    expect(config.urlPassthrough).to.equal(undefined);
    expect(errors.join('\n')).to.contain('"googleConsentMode" must be true').and.contain('"advanced"')
      .and.contain('"consentModeRegion" must be a list of ISO 3166 codes').and.contain('"urlPassthrough" must be true or false');
    const { problems } = readConfig({ consentModeRegion: [['FR']] });
    expect(describeProblem(problems[0])).to.contain('consentModeRegion');
  });
});
