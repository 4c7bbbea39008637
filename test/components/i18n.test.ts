import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { format, getStrings, serviceCount, warnUnknownLanguage } from '../../src/i18n/index.js';
import { builtInLanguages } from '../../src/i18n/built-in.js';

describe('i18n', () => {
  it('loads the language of the tag, English for others, with overrides on top', async () => {
    expect((await getStrings('fr-CA')).acceptAll).to.equal('Tout accepter');
    expect((await getStrings('de-AT')).acceptAll).to.equal('Alle akzeptieren');
    const ja = await getStrings('ja', { ja: { acceptAll: 'すべて同意', nonsense: 'x' } });
    expect(ja.acceptAll).to.equal('すべて同意');
    expect(ja.rejectAll).to.equal('Reject all');
    expect(ja.lang).to.equal('ja');
    expect('nonsense' in ja).to.equal(false);
  });

  it('takes the banner words it is given (the banner chunk\'s) instead of fetching them, with the overrides on top', async () => {
    const fetched = await getStrings('de');
    const given = { ...fetched, lang: 'de', dir: 'ltr' as const, acceptAll: 'given', rejectAll: 'given too' };
    const de = await getStrings('de', { de: { rejectAll: 'Nein danke' } }, given);
    expect(de.acceptAll).to.equal('given');
    expect(de.rejectAll).to.equal('Nein danke');
    // The rest comes from the `more` piece as before.
    expect(de.menuPreferences).to.equal(fetched.menuPreferences);
  });

  it('serves old and regional tags from the built-in language (nb for no and nn, he for iw)', async () => {
    const nb = await getStrings('nb');
    for (const tag of ['no', 'nn-NO', 'nb-NO']) expect((await getStrings(tag)).acceptAll, tag).to.equal(nb.acceptAll);
    expect((await getStrings('iw')).acceptAll).to.equal((await getStrings('he')).acceptAll);
    expect((await getStrings('pt-BR')).lang).to.equal('pt');
  });

  it('gives right-to-left languages their direction', async () => {
    expect((await getStrings('ar')).dir).to.equal('rtl');
    expect((await getStrings('he-IL')).dir).to.equal('rtl');
    expect((await getStrings('fa', { fa: { acceptAll: 'پذیرش همه' } })).dir).to.equal('rtl');
    expect((await getStrings('en')).dir).to.equal('ltr');
    expect((await getStrings('en', { en: { dir: 'rtl' } })).dir).to.equal('rtl');
  });

  it('formats placeholders', async () => {
    const en = await getStrings('en');
    expect(format(en.embedBlocked, { provider: 'YouTube', category: 'Advertising' })).to.equal(
      'This content from YouTube is blocked until you allow Advertising.',
    );
  });

  it('counts services in the plural forms of each language', async () => {
    const count = async (lang: string, n: number) => serviceCount(await getStrings(lang), n);
    expect(await count('en', 1)).to.equal('1 service');
    expect(await count('en', 0)).to.equal('0 services');
    expect(await count('fr', 0)).to.equal('0\u00a0service');
    expect(await count('fr', 2)).to.equal('2\u00a0services');
    // Polish: one, few (2-4, 22-24…), many (5-21…).
    const pl = [1, 2, 5, 22, 25].map((n) => count('pl', n));
    const [one, few, many, few22, many25] = await Promise.all(pl);
    expect(new Set([one, few, many]).size).to.equal(3);
    expect(few22.replace('22', '2')).to.equal(few);
    expect(many25.replace('25', '5')).to.equal(many);
    // Arabic: the number is in the word for one and two.
    expect(await count('ar', 2)).to.equal('خدمتان');
    expect(await count('ar', 3)).to.equal('3 خدمات');
    expect(serviceCount({ ...(await getStrings('en')), lang: 'not a tag!' }, 2)).to.equal('2 services');
    // European Portuguese follows pt-PT's rule (0 is plural), not pt's (Brazil's: 0 like 1).
    expect(await count('pt', 0)).to.equal(await count('pt', 2).then((s) => s.replace('2', '0')));
    expect(await count('pt', 1)).not.to.equal(await count('pt', 2).then((s) => s.replace('2', '1')));
  });

  it('takes a site override for each plural form, under the old names too', async () => {
    const en = await getStrings('en', { en: { serviceCountOne: '{count} tool', serviceCountOther: '{count} tools' } });
    expect(serviceCount(en, 1)).to.equal('1 tool');
    expect(serviceCount(en, 3)).to.equal('3 tools');
    const pl = await getStrings('pl', { pl: { serviceCountFew: '{count} narzędzia' } });
    expect(serviceCount(pl, 3)).to.equal('3 narzędzia');
    expect(serviceCount(pl, 1)).to.equal(serviceCount(await getStrings('pl'), 1));
    const all = await getStrings('de', { de: { serviceCount: 'Dienste: {count}' } });
    expect(serviceCount(all, 1)).to.equal('Dienste: 1');
  });

  it('every string of every built-in language can be overridden through texts', async () => {
    for (const lang of builtInLanguages) {
      const base = await getStrings(lang);
      const keys = Object.keys(base).filter((k) => k !== 'lang' && k !== 'dir' && typeof base[k as keyof typeof base] === 'string');
      const overrides = Object.fromEntries(keys.map((k) => [k, `site ${lang} ${k}`]));
      const strings = await getStrings(lang, { [lang]: overrides });
      for (const key of keys) expect(strings[key as keyof typeof strings], `${lang}.${key}`).to.equal(`site ${lang} ${key}`);
    }
  });

  it('warns the site owner, naming the languages available, when a language has no texts', () => {
    const warn = sinon.stub(console, 'warn');
    try {
      expect(warnUnknownLanguage('ja', 'en', { th: {} })).to.include('"ja"');
      expect(warn.calledOnce).to.equal(true);
      const message = String(warn.firstCall.args[0]);
      for (const lang of ['en', 'fr', 'ar', 'de', 'th']) expect(message).to.include(lang);
      expect(message).to.include('texts.ja');
      expect(warnUnknownLanguage('fr-CA', 'fr')).to.equal(null);
      expect(warnUnknownLanguage('no', 'nb')).to.equal(null);
      expect(warnUnknownLanguage('auto', 'en')).to.equal(null);
      expect(warn.calledOnce).to.equal(true);
    } finally {
      warn.restore();
    }
  });
});
