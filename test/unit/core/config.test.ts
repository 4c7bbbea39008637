import { expect, waitUntil } from '@open-wc/testing';
import { mergeConfig, readConfig, readPageConfig, voidsDecision } from '../../../src/core/config.js';
import { configHash, configUnchecked, markConfigChecked, secondHalf } from '../../../src/core/config-checked.js';
import { useDiagnostics } from '../../../src/core/notice.js';
import { completeConfig, parseConfig } from '../../../src/core/config-full.js';
import { withSiteTexts } from '../../../src/placeholders/site-names.js';
import { embedTexts } from '../../../src/placeholders/embeds.js';
import { ConsentStore } from '../../../src/core/store.js';

const parse = (input: unknown) => {
  const reported: string[] = [];
  const { config, errors } = parseConfig(input, (m) => reported.push(m));
  expect(reported).to.deep.equal(errors);
  return { config, errors };
};
const ids = (input: unknown) => parse(input).config.categories.map((c) => c.id);

describe('parseConfig defaults', () => {
  it('gives the documented defaults for an empty config', () => {
    const { config, errors } = parse({});
    expect(errors).to.deep.equal([]);
    expect(config).to.include({
      lang: 'auto', revision: 0, cookieName: 'eu-consent', maxAgeDays: 182, position: 'bar', theme: 'auto',
      googleConsentMode: true, reloadOnWithdraw: true, settingsButton: 'auto', consentModeWait: 500,
    });
    expect(config.categories.map((c) => c.id)).to.deep.equal(['essential', 'preferences', 'interaction', 'advertising', 'analytics']);
    expect(config.consentModeMap.advertising).to.deep.equal(['ad_storage', 'ad_user_data', 'ad_personalization']);
  });

  it('ships the built-in services (their cookies come from the catalogue)', () => {
    const { config } = parse({});
    const essential = config.categories[0];
    expect(essential.required).to.equal(true);
    expect(essential.services[0]).to.include({ id: 'recaptcha', optIn: true });
    expect(config.categories.find((c) => c.id === 'analytics')!.services.map((s) => s.id)).to.deep.equal(['google-analytics']);
    const advertising = config.categories.find((c) => c.id === 'advertising')!;
    expect(advertising.services.map((s) => s.id)).to.deep.equal(['youtube']);
    // Visitor-facing texts are not in the loader: they come with the language (applyDefaultTexts).
    expect(advertising.label).to.equal(undefined);
  });

  it('gives every parse its own copy of the defaults', () => {
    parse({}).config.categories[0].services.length = 0;
    parse({}).config.consentModeMap.analytics.length = 0;
    expect(parse({}).config.categories[0].services).to.have.length(1);
    expect(parse({}).config.consentModeMap.analytics).to.deep.equal(['analytics_storage']);
  });

  it('accepts a full valid config without errors', () => {
    const { config, errors } = parse({
      lang: 'fr', revision: 4, policyUrl: '/privacy#cookies', position: 'modal', theme: 'dark',
      controller: { name: 'Acme', email: 'dpo@acme.test', address: { country: 'FR' } }, jurisdiction: 'FR',
      receiptEndpoint: 'https://consent.acme.test/v1/receipts', maxAgeDays: 90, cookieDomain: location.hostname,
      googleConsentMode: false, consentModeWait: 0, texts: { fr: { acceptAll: 'Tout accepter' } },
    });
    expect(errors).to.deep.equal([]);
    expect(config).to.include({ lang: 'fr', revision: 4, position: 'modal', maxAgeDays: 90, googleConsentMode: false });
    expect(config.controller).to.deep.equal({ name: 'Acme', email: 'dpo@acme.test', address: { country: 'FR' } });
    expect(config.texts).to.deep.equal({ fr: { acceptAll: 'Tout accepter' } });
  });

  it('reads whole numbers given as text, as data-* attributes give them', () => {
    expect(parse({ revision: '7' }).config.revision).to.equal(7);
  });
});

describe('parseConfig errors', () => {
  it('names the field and the fix, and falls back to the default', () => {
    const { config, errors } = parse({ revision: 'abc' });
    expect(config.revision).to.equal(0);
    expect(errors).to.deep.equal(['cookie-seal config: "revision" must be a whole number ≥ 0, got "abc". Using 0.']);
  });

  it('reports each bad field and keeps the good ones', () => {
    const { config, errors } = parse({ position: 'top', theme: 'pink', revision: 2, settingsButton: 'yes', lang: 'english please' });
    expect(config).to.include({ position: 'bar', theme: 'auto', revision: 2, settingsButton: 'auto', lang: 'auto' });
    expect(errors).to.have.length(4);
    expect(errors[0]).to.contain('"lang"');
    expect(errors.join('\n')).to.contain('"position" must be "bar", "box" or "modal", got "top". Using "bar".');
  });

  it('takes settingsButton "auto", true or false, and names the three when given something else', () => {
    for (const value of ['auto', true, false]) expect(parse({ settingsButton: value })).to.deep.include({ errors: [] });
    expect(parse({ settingsButton: false }).config.settingsButton).to.equal(false);
    const { config, errors } = parse({ settingsButton: 'always' });
    expect(config.settingsButton).to.equal('auto');
    expect(errors).to.deep.equal([
      'cookie-seal config: "settingsButton" must be "auto" (the button only on pages without a [data-seal-open] element), true or false, got "always". Using "auto".',
    ]);
  });

  it('clamps maxAgeDays to 395 with a warning', () => {
    const { config, errors } = parse({ maxAgeDays: 730 });
    expect(config.maxAgeDays).to.equal(395);
    expect(errors[0]).to.contain('"maxAgeDays" must be at most 395 days');
  });

  it('refuses javascript: URLs for links and endpoints', () => {
    const { config, errors } = parse({ policyUrl: 'javascript:alert(1)', receiptEndpoint: 'ftp://x' });
    expect(config.policyUrl).to.equal('');
    expect(config.receiptEndpoint).to.equal(undefined);
    expect(errors).to.have.length(2);
  });

  it('refuses a cookie domain the browser would reject', () => {
    const { config, errors } = parse({ cookieDomain: 'evil.example' });
    expect(config.cookieDomain).to.equal(undefined);
    expect(errors[0]).to.contain('"cookieDomain" must be this site\'s host');
  });

  it('points out unknown options, which are usually typos', () => {
    const { errors } = parse({ positon: 'box' });
    expect(errors).to.deep.equal(['cookie-seal config: "positon" is not a cookie-seal option; check its spelling. Ignored.']);
  });

  it('drops an invalid controller and single bad texts', () => {
    const { config, errors } = parse({ controller: { email: 'x@y' }, texts: { fr: { acceptAll: 'OK', rejectAll: 3 } } });
    expect(config.controller).to.equal(undefined);
    expect(config.texts).to.deep.equal({ fr: { acceptAll: 'OK' } });
    expect(errors).to.have.length(2);
    expect(errors[1]).to.contain('"texts.fr.rejectAll" must be a text');
  });

  for (const broken of ['oops', 42, [1, 2], true]) {
    it(`still yields a usable config from ${JSON.stringify(broken)}`, () => {
      const { config, errors } = parse(broken);
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('"config" must be an object');
      expect(config.categories.map((c) => c.id)).to.include('essential');
      expect(config.cookieName).to.equal('eu-consent');
    });
  }

  it('survives a reporter that throws', () => {
    const { config } = parseConfig({ revision: -1 }, () => {
      throw new Error('reporter down');
    });
    expect(config.revision).to.equal(0);
  });
});

describe('parseConfig categories and services', () => {
  it('overrides texts of a default category', () => {
    const { config, errors } = parse({ categories: { analytics: { label: { en: 'Statistics', fr: 'Statistiques' } } } });
    expect(errors).to.deep.equal([]);
    const analytics = config.categories.find((c) => c.id === 'analytics')!;
    expect(analytics.label).to.deep.equal({ en: 'Statistics', fr: 'Statistiques' });
    expect(analytics.services[0].id).to.equal('google-analytics');
  });

  it('adds a category after the defaults and removes one given false', () => {
    expect(ids({ categories: { newsletter: { label: 'Newsletter', description: 'Mails' }, advertising: false } }))
      .to.deep.equal(['essential', 'preferences', 'interaction', 'analytics', 'newsletter']);
  });

  it('never removes or unrequires essential', () => {
    const { config, errors } = parse({ categories: { essential: false } });
    expect(config.categories[0]).to.include({ id: 'essential', required: true });
    expect(errors[0]).to.contain('"categories.essential" cannot be removed');
    expect(parse({ categories: { essential: { required: false } } }).config.categories[0].required).to.equal(true);
  });

  it('asks for a label on a new category', () => {
    const { config, errors } = parse({ categories: { newsletter: {} } });
    expect(config.categories.at(-1)!.label).to.equal('newsletter');
    expect(errors[0]).to.contain('"categories.newsletter.label" is needed for a new category');
  });

  it('adds a service to a category, overrides one, removes one', () => {
    const { config, errors } = parse({
      services: {
        vimeo: { category: 'advertising', label: 'Vimeo', provider: 'Vimeo', cookies: [{ name: 'vuid', duration: '2 years' }] },
        'google-analytics': { label: 'GA4' },
        youtube: false,
      },
    });
    expect(errors).to.deep.equal([]);
    const advertising = config.categories.find((c) => c.id === 'advertising')!;
    expect(advertising.services.map((s) => s.id)).to.deep.equal(['vimeo']);
    expect(advertising.services[0].cookies).to.deep.equal([{ name: 'vuid', duration: '2 years' }]);
    expect(config.categories.find((c) => c.id === 'analytics')!.services[0].label).to.equal('GA4');
  });

  it('moves a service to another category', () => {
    const { config } = parse({ services: { youtube: { category: 'preferences' } } });
    expect(config.categories.find((c) => c.id === 'preferences')!.services.map((s) => s.id)).to.deep.equal(['youtube']);
    expect(config.categories.find((c) => c.id === 'advertising')!.services).to.deep.equal([]);
  });

  it('rejects a service in an unknown category, naming the categories', () => {
    const { config, errors } = parse({ services: { hotjar: { category: 'stats' } } });
    expect(config.categories.flatMap((c) => c.services.map((s) => s.id))).not.to.include('hotjar');
    expect(errors[0]).to.contain('"services.hotjar.category" must name a category (essential, preferences, interaction, advertising, analytics), got "stats"');
  });

  it('rejects bad ids, bad texts and bad cookies without losing the rest', () => {
    const { config, errors } = parse({
      // JSON.parse keeps "__proto__" as an own key, as a page's config block would.
      categories: JSON.parse('{ "__proto__": { "label": "x" }, "bad id": { "label": "x" }, "analytics": { "label": 5 } }'),
      services: { vimeo: { category: 'advertising', cookies: [{ name: 'ok' }, { purpose: 'no name' }] } },
    });
    expect(errors).to.have.length(4);
    expect(config.categories).to.have.length(5);
    expect(config.categories.find((c) => c.id === 'analytics')!.label, 'the bad label is dropped').to.equal(undefined);
    expect(config.categories.find((c) => c.id === 'advertising')!.services[1].cookies).to.deep.equal([{ name: 'ok' }]);
    expect(({} as Record<string, unknown>).label).to.equal(undefined);
  });

  it('accepts categories as an array of definitions', () => {
    const { config, errors } = parse({ categories: [{ id: 'newsletter', label: 'Newsletter', services: [{ id: 'mailchimp', label: 'Mailchimp' }] }] });
    expect(errors).to.deep.equal([]);
    expect(config.categories.at(-1)!.services.map((s) => s.id)).to.deep.equal(['mailchimp']);
  });

  it('replaces the Consent Mode types of one category', () => {
    const { config, errors } = parse({ consentModeMap: { interaction: ['analytics_storage'], analytics: ['nope'] } });
    expect(config.consentModeMap.interaction).to.deep.equal(['analytics_storage']);
    expect(config.consentModeMap.analytics).to.deep.equal(['analytics_storage']);
    expect(errors[0]).to.contain('"consentModeMap.analytics" must be a list of Consent Mode types');
  });
});

describe('the complete check builds on the loader\'s reading without changing it', () => {
  const input = {
    controller: { name: 'Atelier' },
    categories: { analytics: { label: 'Statistics', cookies: [{ name: '_own', purpose: 'Counts visits.' }] }, newsletter: { label: 'Newsletter' } },
    services: { clipshare: { category: 'advertising', label: 'ClipShare videos', provider: 'ClipShare Ltd' } },
  };

  it('returns a complete config and leaves the loader\'s reading as it was', () => {
    const { config: read } = readConfig(input);
    const before = structuredClone(read);
    const complete = completeConfig(read, input, []);
    expect(read).to.deep.equal(before);
    expect(complete.controller).to.deep.equal({ name: 'Atelier' });
    const analytics = complete.categories.find((c) => c.id === 'analytics')!;
    expect(analytics.label).to.equal('Statistics');
    expect(analytics.cookies).to.deep.equal([{ name: '_own', purpose: 'Counts visits.' }]);
    expect(complete.categories.map((c) => c.id)).to.deep.equal(read.categories.map((c) => c.id));
  });

  it('gives a placeholder the site\'s names without the complete check (a returning visit), on a copy', () => {
    const { config: read } = readConfig(input);
    const before = structuredClone(read);
    const named = withSiteTexts(read.categories, input);
    expect(read).to.deep.equal(before);
    const clipshare = named.find((c) => c.id === 'advertising')!.services.find((s) => s.id === 'clipshare')!;
    expect([clipshare.label, clipshare.provider]).to.deep.equal(['ClipShare videos', 'ClipShare Ltd']);
    expect(named.find((c) => c.id === 'newsletter')!.label).to.equal('Newsletter');
    // An iframe's placeholder shows names only: no descriptions, no cookie tables.
    expect(clipshare.description).to.equal(undefined);
    expect(named.find((c) => c.id === 'analytics')!.cookies).to.equal(undefined);
  });

  it('gives an embed the description and cookie table of a site\'s own service without the complete check, as the check keeps them', async () => {
    const own = {
      services: {
        clipshare: {
          category: 'advertising', label: 'ClipShare videos', description: { en: 'Plays our films.', fr: 'Lit nos films.' },
          cookies: [
            { name: 'cs_vis', purpose: 'Counts views.', duration: '1 year', extra: 'dropped' },
            { name: '', purpose: 'no name: not a row' },
            { name: 'cs_bad', duration: 42 },
            'not a row',
          ],
        },
        youtube: { description: 7, cookies: 'not a table' },
      },
    };
    const { config: read } = readConfig(own);
    const before = structuredClone(read);
    const store = new ConsentStore(read, { storage: { read: () => null, write() {} } });
    const { categories } = await embedTexts(store, own, 'en', new Set(['clipshare', 'youtube']));
    // Only the services asked for: the others' catalogue entries are not fetched.
    expect(categories.flatMap((c) => c.services.map((s) => s.id))).to.deep.equal(['youtube', 'clipshare']);
    expect(categories.map((c) => c.id), 'every category, for the embed to find its own').to.deep.equal(read.categories.map((c) => c.id));
    expect(read).to.deep.equal(before);
    const advertising = categories.find((c) => c.id === 'advertising')!;
    const clipshare = advertising.services.find((s) => s.id === 'clipshare')!;
    const complete = completeConfig(read, own, []).categories.find((c) => c.id === 'advertising')!.services.find((s) => s.id === 'clipshare')!;
    expect(clipshare.description).to.deep.equal(complete.description);
    expect(clipshare.cookies).to.deep.equal(complete.cookies);
    expect(clipshare.cookies).to.deep.equal([{ name: 'cs_vis', purpose: 'Counts views.', duration: '1 year' }]);
    // Values of the wrong type are not read: the catalogue's YouTube keeps its own texts and cookies.
    const youtube = advertising.services.find((s) => s.id === 'youtube')!;
    expect(youtube.description).to.be.a('object');
    expect(youtube.cookies!.length).to.be.greaterThan(0);
  });

  it('reads no name of the wrong type', () => {
    const named = withSiteTexts(readConfig({}).config.categories, { categories: { analytics: { label: 42 } }, services: { youtube: { label: ['x'] } } });
    expect(named.find((c) => c.id === 'analytics')!.label).to.equal(undefined);
    expect(named.find((c) => c.id === 'advertising')!.services.find((s) => s.id === 'youtube')!.label).to.equal(undefined);
  });
});

describe('readPageConfig', () => {
  let nodes: Element[] = [];
  const add = (el: Element) => {
    document.head.append(el);
    nodes.push(el);
    return el;
  };
  const block = (text: string) => {
    const s = document.createElement('script');
    s.type = 'application/json';
    s.id = 'cookie-seal-config';
    s.textContent = text;
    return add(s);
  };
  const loader = (attributes: Record<string, string>) => {
    const s = document.createElement('script');
    s.type = 'text/plain';
    for (const [k, v] of Object.entries(attributes)) s.setAttribute(k, v);
    return add(s) as HTMLScriptElement;
  };
  afterEach(() => {
    for (const n of nodes) n.remove();
    nodes = [];
  });

  it('reads the JSON block', () => {
    block('{ "revision": 2, "policyUrl": "/privacy" }');
    expect(readPageConfig(document, null)).to.deep.equal({ revision: 2, policyUrl: '/privacy' });
  });

  it('lets data-* attributes of the loader win over the block', () => {
    block('{ "revision": 2, "lang": "en", "theme": "light" }');
    const script = loader({
      'data-lang': 'fr', 'data-revision': '3', 'data-policy-url': '/vie-privee', 'data-position': 'box',
      'data-receipt-endpoint': 'https://c.test/v1/receipts', 'data-cookie-domain': 'example.com',
    });
    expect(readPageConfig(document, script)).to.deep.equal({
      revision: '3', lang: 'fr', theme: 'light', policyUrl: '/vie-privee', position: 'box',
      receiptEndpoint: 'https://c.test/v1/receipts', cookieDomain: 'example.com',
    });
    expect(parseConfig(readPageConfig(document, script), () => {}).config.revision).to.equal(3);
  });

  // The words come from the diagnostics chunk, a moment later.
  const diagnostics = () => useDiagnostics(() => import('../../../src/core/config-messages.js'));
  const printed = async (read: () => void) => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (m: string) => logged.push(m);
    try {
      diagnostics();
      read();
      await waitUntil(() => logged.length > 0, 'the diagnostics chunk words the problem', { timeout: 10000 });
    } finally {
      console.error = original;
    }
    return logged;
  };

  it("reports a JSON syntax error in the parser's words and falls back to the attributes", async () => {
    const text = '{ "revision": 2, }';
    // Each engine words (and places) the error its own way; the notice passes that on whole.
    let parserSays = '';
    try {
      JSON.parse(text);
    } catch (error) {
      parserSays = (error as SyntaxError).message;
    }
    expect(parserSays).to.not.equal('');
    block(text);
    const logged = await printed(() => {
      expect(readPageConfig(document, loader({ 'data-theme': 'dark' }))).to.deep.equal({ theme: 'dark' });
    });
    expect(logged).to.have.length(1);
    expect(logged[0]).to.contain('#cookie-seal-config is not valid JSON');
    expect(logged[0]).to.contain(parserSays);
  });

  it('reports a block that is not an object', async () => {
    block('[1]');
    const logged = await printed(() => expect(readPageConfig(document, null)).to.deep.equal({}));
    expect(logged[0]).to.contain('must hold a JSON object');
  });

  it('says when the block could not be read (the runtime then applies no stored decision), and only then', async () => {
    let unreadable = 0;
    block('{ "revision": 2, }');
    await printed(() => readPageConfig(document, null, () => unreadable++));
    expect(unreadable).to.equal(1);
    nodes[0].textContent = '"a string"';
    await printed(() => readPageConfig(document, null, () => unreadable++));
    expect(unreadable).to.equal(2);
    nodes[0].textContent = '{ "revision": 2 }';
    readPageConfig(document, null, () => unreadable++);
    expect(unreadable).to.equal(2);
  });

  it('gives an empty config when the page has neither', () => {
    expect(readPageConfig(document, null)).to.deep.equal({});
  });
});

describe('mergeConfig', () => {
  it('merges nested objects key by key and replaces everything else', () => {
    const merged = mergeConfig(
      { revision: 1, categories: { analytics: { label: { en: 'Stats', fr: 'Stats' } } }, texts: { fr: { a: '1' } } },
      { revision: 2, categories: { analytics: { label: { en: 'Statistics' } }, newsletter: { label: 'N' } }, texts: { en: { a: '2' } } },
    );
    expect(merged).to.deep.equal({
      revision: 2,
      categories: { analytics: { label: { en: 'Statistics', fr: 'Stats' } }, newsletter: { label: 'N' } },
      texts: { fr: { a: '1' }, en: { a: '2' } },
    });
  });

  it('does not let a __proto__ key reach the prototype', () => {
    const merged = mergeConfig({}, JSON.parse('{ "__proto__": { "polluted": true }, "theme": "dark" }'));
    expect(merged).to.deep.equal({ theme: 'dark' });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('ignores non-object input', () => {
    expect(mergeConfig({ theme: 'dark' }, 'nope')).to.deep.equal({ theme: 'dark' });
    expect(mergeConfig(null, { theme: 'dark' })).to.deep.equal({ theme: 'dark' });
  });
});

describe('which config problems void a stored decision (DESIGN §3)', () => {
  const voids = (input: unknown) => readConfig(input).problems.some(voidsDecision);

  it('those of the fields a decision is applied under: revision, cookie, lifetime, categories, services, Consent Mode', () => {
    expect(voids({ revision: 'two' })).to.equal(true);
    expect(voids({ cookieName: 'a b' })).to.equal(true);
    expect(voids({ maxAgeDays: -1 })).to.equal(true);
    expect(voids({ categories: { analytics: { required: 'yes' } } })).to.equal(true);
    expect(voids({ services: { 'my-chat': { category: 'nowhere' } } })).to.equal(true);
    expect(voids({ googleConsentMode: 'maybe' })).to.equal(true);
    expect(voids({ consentModeMap: { analytics: ['no_such_type'] } })).to.equal(true);
    expect(voids('not an object')).to.equal(true);
  });

  it('not those of how the UI looks, and not a lifetime that is only too long (it is clamped)', () => {
    expect(voids({ theme: 'pink', position: 'top', lang: 'english please', settingsButton: 'yes', policyUrl: 'javascript:x' })).to.equal(false);
    expect(voids({ maxAgeDays: 1000 })).to.equal(false);
    expect(voids({})).to.equal(false);
  });
});

describe('the note of the last config checked in this browser', () => {
  afterEach(() => localStorage.removeItem('cookie-seal-config-checked'));

  it('hashes the config short and stable, and differently when anything in it changes', () => {
    const a = configHash({ revision: 1, texts: { en: { acceptAll: 'OK' } } });
    expect(a).to.match(/^[0-9a-z]{1,7}$/);
    expect(configHash({ revision: 1, texts: { en: { acceptAll: 'OK' } } })).to.equal(a);
    expect(configHash({ revision: 1, texts: { en: { acceptAll: 'Ok' } } })).to.not.equal(a);
    expect(configHash({ revision: 2, texts: { en: { acceptAll: 'OK' } } })).to.not.equal(a);
  });

  it('marks a config as checked until a different one comes', () => {
    const a = configHash({ revision: 1 });
    const b = configHash({ revision: 2 });
    expect(configUnchecked(a)).to.equal(true);
    markConfigChecked(a);
    expect(configUnchecked(a)).to.equal(false);
    expect(configUnchecked(b)).to.equal(true);
  });

  it('sends to the chunk\'s half of the check only a config with something for it', () => {
    const half = (input: unknown) => secondHalf(input, readConfig(input).config);
    // Only fields the loader reads (and reports on) itself, valid or not.
    expect(half({})).to.equal(false);
    expect(half(null)).to.equal(false);
    expect(half({ lang: 'en', revision: '3', policyUrl: '/privacy', theme: 'dark', googleConsentMode: 'advanced', consentModeMap: { analytics: ['analytics_storage'] } })).to.equal(false);
    expect(half({ revision: 'two', position: 'sideways' })).to.equal(false);
    // Texts, categories (labels, cookie tables), the chunk's own fields and misspelt ones.
    for (const input of [{ texts: {} }, { categories: { analytics: { label: 'Stats' } } }, { controller: { name: 'A' } },
      { receiptEndpoint: '/r' }, { jurisdiction: 'FR' }, { services: { vimeo: true } }, { revison: 2 }, { toString: 1 }, JSON.parse('{"__proto__": 1}')]) {
      expect(half(input), JSON.stringify(input)).to.equal(true);
    }
  });
});
