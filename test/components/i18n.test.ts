import { expect } from '@open-wc/testing';
import { format, getStrings, serviceCount } from '../../src/i18n/index.js';
import en from '../../src/i18n/en.js';
import fr from '../../src/i18n/fr.js';
import ar from '../../src/i18n/ar.js';
import { warnUnknownLanguage } from '../../src/i18n/index.js';
import sinon from 'sinon';

describe('i18n', () => {
  it('English and French tables have the same keys, none empty', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(fr)) expect(value, key).to.be.a('string').and.not.equal('');
  });

  it('French uses a no-break space before « : ? ! » and typographic apostrophes', () => {
    for (const [key, value] of Object.entries(fr)) {
      expect(/[^\u00a0\u202f][:?!;»]/.test(value.replace(/https?:/g, '')), `${key}: ${value}`).to.equal(false);
      expect(value.includes("'"), `${key} uses ’`).to.equal(false);
    }
  });

  it('loads the table of the language, English for others, with overrides on top', async () => {
    expect((await getStrings('fr-CA')).acceptAll).to.equal('Tout accepter');
    const de = await getStrings('de', { de: { acceptAll: 'Alle akzeptieren', nonsense: 'x' } });
    expect(de.acceptAll).to.equal('Alle akzeptieren');
    expect(de.rejectAll).to.equal('Reject all');
    expect(de.lang).to.equal('de');
    expect('nonsense' in de).to.equal(false);
  });

  it('gives right-to-left languages their direction', async () => {
    expect((await getStrings('ar', { ar: { acceptAll: 'قبول الكل' } })).dir).to.equal('rtl');
    expect((await getStrings('en')).dir).to.equal('ltr');
    expect((await getStrings('en', { en: { dir: 'rtl' } })).dir).to.equal('rtl');
  });

  it('formats placeholders and plural forms', async () => {
    expect(format(en.embedBlocked, { provider: 'YouTube', category: 'Advertising' })).to.equal(
      'This content from YouTube is blocked until you allow Advertising.',
    );
    expect(serviceCount(en, 1)).to.equal('1 service');
    expect(serviceCount(en, 0)).to.equal('0 services');
    const frStrings = await getStrings('fr');
    expect(serviceCount(frStrings, 0)).to.equal('0\u00a0service');
    expect(serviceCount(frStrings, 2)).to.equal('2\u00a0services');
    expect(serviceCount({ ...en, lang: 'not a tag!' }, 2)).to.equal('2 services');
  });

  it('Arabic is complete, right to left, and counts services without a wrong agreement', async () => {
    expect(Object.keys(ar).sort()).to.deep.equal(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ar)) expect(value, key).to.be.a('string').and.not.equal('');
    const strings = await getStrings('ar-EG');
    expect(strings.dir).to.equal('rtl');
    expect(strings.acceptAll).to.equal('قبول الكل');
    expect(serviceCount(strings, 1)).to.equal('خدمة واحدة');
    for (const n of [0, 2, 3, 11, 100]) expect(serviceCount(strings, n)).to.equal(`عدد الخدمات: ${n}`);
  });

  it('every string of every built-in language can be overridden through texts', async () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const keys = Object.keys(en).filter((k) => k !== 'lang' && k !== 'dir');
      const overrides = Object.fromEntries(keys.map((k) => [k, `site ${lang} ${k}`]));
      const strings = await getStrings(lang, { [lang]: overrides });
      for (const key of keys) expect(strings[key as keyof typeof strings], `${lang}.${key}`).to.equal(`site ${lang} ${key}`);
    }
  });

  it('warns the site owner, naming the languages available, when a language has no texts', () => {
    const warn = sinon.stub(console, 'warn');
    try {
      expect(warnUnknownLanguage('de', 'en', { nl: {} })).to.include('"de"');
      expect(warn.calledOnce).to.equal(true);
      const message = String(warn.firstCall.args[0]);
      for (const lang of ['en', 'fr', 'ar', 'nl']) expect(message).to.include(lang);
      expect(message).to.include('texts.de');
      expect(warnUnknownLanguage('fr-CA', 'fr')).to.equal(null);
      expect(warnUnknownLanguage('auto', 'en')).to.equal(null);
      expect(warn.calledOnce).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});
