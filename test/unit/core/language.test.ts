import { expect } from '@open-wc/testing';
import { localize, resolveLanguage } from '../../../src/core/language.js';

const AVAILABLE = ['en', 'fr'];

describe('resolveLanguage', () => {
  let htmlLang: string;
  beforeEach(() => {
    htmlLang = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = htmlLang;
  });

  it('uses the config language first', () => {
    document.documentElement.lang = 'en';
    expect(resolveLanguage('fr', document, ['en-US'], AVAILABLE)).to.equal('fr');
  });

  it('then the page language, matched by primary subtag', () => {
    document.documentElement.lang = 'fr-CA';
    expect(resolveLanguage('auto', document, ['en-US'], AVAILABLE)).to.equal('fr');
  });

  it('then the browser languages in order', () => {
    document.documentElement.lang = '';
    expect(resolveLanguage('auto', document, ['de-DE', 'fr-BE', 'en'], AVAILABLE)).to.equal('fr');
  });

  it('skips a config language that is not available', () => {
    document.documentElement.lang = 'fr';
    expect(resolveLanguage('de', document, [], AVAILABLE)).to.equal('fr');
  });

  it('prefers an exact regional match', () => {
    document.documentElement.lang = 'pt-BR';
    expect(resolveLanguage('auto', document, [], ['en', 'pt-PT', 'pt-BR'])).to.equal('pt-BR');
  });

  it('falls back from a region or an old code to the built-in language', () => {
    const builtIn = ['en', 'de', 'pt', 'nb', 'he'];
    document.documentElement.lang = '';
    expect(resolveLanguage('auto', document, ['pt-BR'], builtIn)).to.equal('pt');
    expect(resolveLanguage('de-AT', document, [], builtIn)).to.equal('de');
    for (const tag of ['nb-NO', 'no', 'nn-NO']) expect(resolveLanguage('auto', document, [tag], builtIn), tag).to.equal('nb');
    expect(resolveLanguage('auto', document, ['iw-IL'], builtIn)).to.equal('he');
  });

  it('falls back to English', () => {
    document.documentElement.lang = 'de';
    expect(resolveLanguage('auto', document, ['ja'], AVAILABLE)).to.equal('en');
  });
});

describe('localize', () => {
  it('picks the language, then English, then the first one', () => {
    expect(localize({ en: 'Hello', fr: 'Bonjour' }, 'fr')).to.equal('Bonjour');
    expect(localize({ en: 'Hello', fr: 'Bonjour' }, 'fr-CA')).to.equal('Bonjour');
    expect(localize({ en: 'Hello', fr: 'Bonjour' }, 'de')).to.equal('Hello');
    expect(localize({ fr: 'Bonjour', es: 'Hola' }, 'de')).to.equal('Bonjour');
  });

  it('returns a plain string as is and nothing for nothing', () => {
    expect(localize('Google', 'fr')).to.equal('Google');
    expect(localize(undefined, 'fr')).to.equal('');
    expect(localize({}, 'fr')).to.equal('');
  });
});
