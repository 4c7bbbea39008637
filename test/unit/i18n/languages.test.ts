import { expect } from '@open-wc/testing';
import { builtInLanguages } from '../../../src/i18n/built-in.js';
import type { LanguagePack } from '../../../src/i18n/languages/types.js';
import en from '../../../src/i18n/languages/en.js';

/**
 * Every built-in language against the English reference: the same keys, no
 * empty text, the same `{placeholders}`, the plural forms Intl.PluralRules
 * asks for, and no text left in English unless it is a name or a true cognate.
 */
const packs = new Map<string, LanguagePack>();
before(async () => {
  for (const code of builtInLanguages) packs.set(code, (await import(`../../../src/i18n/languages/${code}.ts`)).default);
});

const LDML = ['zero', 'one', 'two', 'few', 'many', 'other'];
const isPlural = (v: object) => 'other' in v && Object.keys(v).every((k) => LDML.includes(k));

/** Texts that may read as in English: brand names, and words a language shares with English. */
const SAME_AS_ENGLISH: Record<string, RegExp> = {
  '*': /^(services\.[\w-]+\.label|services\.[\w-]+\.cookies\..+\.provider|more\.embedCookie)$/,
  da: /^session$/,
  de: /^more\.cookieName$/, // "Name"
  fr: /^session$/,
  lv: /^categories\.preferences\.label$/, // "Preferences"
  sv: /^session$/,
};

/** Every text of `value`, by dotted path (cookie names keep their dots: see `get`); plural forms as one entry. */
function* texts(value: unknown, keys: string[] = []): Generator<[string, unknown]> {
  if (typeof value === 'string' || value === null || typeof value !== 'object' || isPlural(value)) {
    yield [keys.join('\u0000'), value];
    return;
  }
  for (const [key, v] of Object.entries(value)) yield* texts(v, [...keys, key]);
}

const { lang: _l, dir: _d, ...reference } = en;
const get = (obj: unknown, path: string) => path.split('\u0000').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj);
/** A path as people read it: `services.matomo.cookies._pk_id.*.purpose`. */
const dotted = (path: string) => path.replaceAll('\u0000', '.');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');

describe('built-in languages', () => {
  it('are the 31 of DESIGN §5', () => {
    expect([...builtInLanguages].sort()).to.deep.equal(
      'ar bg ca cs da de el en es et fi fr ga he hr hu is it lt lv mt nb nl pl pt ro sk sl sv tr uk'.split(' '),
    );
  });

  for (const code of builtInLanguages) {
    describe(code, () => {
      const pack = () => packs.get(code)!;

      it('names itself, its direction, and has every text of English and no other', () => {
        expect(pack().lang).to.equal(code);
        expect(pack().dir).to.equal(code === 'ar' || code === 'he' ? 'rtl' : 'ltr');
        const { lang: _a, dir: _b, pluralLocale, ...rest } = pack();
        if (pluralLocale !== undefined) expect(Intl.PluralRules.supportedLocalesOf([pluralLocale])).to.deep.equal([pluralLocale]);
        const mine = [...texts(rest)].map(([p]) => dotted(p)).sort();
        const theirs = [...texts(reference)].map(([p]) => dotted(p)).filter((p) => !p.endsWith('.provider') || mine.includes(p)).sort();
        expect(mine.filter((p) => !p.endsWith('.provider'))).to.deep.equal(theirs.filter((p) => !p.endsWith('.provider')));
        for (const [path, value] of texts(rest)) {
          if (typeof value === 'string') expect(value.trim(), dotted(path)).not.to.equal('');
        }
      });

      it('keeps every {placeholder} of English, spelt the same', () => {
        for (const [path, value] of texts(reference)) {
          const mine = get(pack(), path);
          if (typeof value === 'string' && typeof mine === 'string') expect(placeholders(mine), `${code}.${dotted(path)}: ${mine}`).to.equal(placeholders(value));
          if (typeof value === 'object' && value && typeof mine === 'object' && mine) {
            const wanted = placeholders((value as Record<string, string>).other);
            for (const [form, text] of Object.entries(mine as Record<string, string>)) {
              // Zero, one and two may say the number in the word itself ("خدمتان", two services).
              if (['zero', 'one', 'two'].includes(form) && placeholders(text) === '') continue;
              expect(placeholders(text), `${code}.${dotted(path)}.${form}: ${text}`).to.equal(wanted);
            }
          }
        }
      });

      it('has the plural forms of its language in Intl.PluralRules', () => {
        const categories = new Intl.PluralRules(pack().pluralLocale ?? code).resolvedOptions().pluralCategories as string[];
        const forms = [pack().more.serviceCount, ...Object.values(pack().units)];
        for (const f of forms) {
          for (const c of categories) expect(f, `${code} needs "${c}" in ${JSON.stringify(f)}`).to.have.property(c);
          for (const k of Object.keys(f)) expect(LDML, `${code}: "${k}" is not a plural category`).to.include(k);
        }
        for (const [unit, f] of Object.entries(pack().units)) {
          for (const [form, text] of Object.entries(f)) {
            if (!['zero', 'one', 'two'].includes(form)) expect(text, `${code}.units.${unit}.${form}`).to.include('#');
          }
        }
      });

      it('says nothing in English but names and true cognates', function () {
        if (code === 'en') this.skip();
        const allowed = (path: string) => SAME_AS_ENGLISH['*'].test(dotted(path)) || SAME_AS_ENGLISH[code]?.test(dotted(path));
        const same = [...texts(reference)]
          .filter(([path, value]) => typeof value === 'string' && get(pack(), path) === value && !allowed(path))
          .map(([path]) => dotted(path));
        expect(same, `${code} left in English`).to.deep.equal([]);
      });
    });
  }

  it('French puts a narrow no-break space before ; : ! ? and uses typographic apostrophes', () => {
    for (const [path, value] of texts(packs.get('fr'))) {
      for (const text of typeof value === 'string' ? [value] : Object.values(value as object)) {
        expect(/[^\u00a0\u202f][;:!?»]/.test(text), `${dotted(path)}: ${text}`).to.equal(false);
        expect(text.includes("'"), `${dotted(path)}: ${text}`).to.equal(false);
      }
    }
  });

  it('German quotes „so“, and Greek asks with its own question mark', () => {
    for (const [path, value] of texts(packs.get('de'))) expect(/"|“\p{L}/u.test(String(value)), `de ${dotted(path)}`).to.equal(false);
    for (const [path, value] of texts(packs.get('el'))) expect(String(value).includes('?'), `el ${dotted(path)}`).to.equal(false);
  });
});
