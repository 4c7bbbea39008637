import { expect } from '@open-wc/testing';
import { bannerFixture, makeStore, openPreferences, preferencesFixture } from './helpers.js';

interface Named {
  name: string;
  description?: string;
}
interface Declaration {
  tagName?: string;
  summary?: string;
  cssParts?: Named[];
  cssProperties?: Named[];
  events?: Named[];
  attributes?: Named[];
}

// custom-elements.json is written by `npm run analyze` (part of `npm run build`).
async function elements(): Promise<Map<string, Declaration>> {
  const response = await fetch('/custom-elements.json');
  expect(response.ok, 'custom-elements.json exists: run npm run analyze').to.equal(true);
  const manifest = (await response.json()) as { modules: { declarations?: Declaration[] }[] };
  const out = new Map<string, Declaration>();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName) out.set(d.tagName, d);
  return out;
}

const names = (list: Named[] | undefined) => (list ?? []).map((n) => n.name);

/** Every part token rendered in an element's shadow root. */
const renderedParts = (el: Element): string[] => [
  ...new Set([...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(/\s+/))),
];

const THEME = ['--seal-color-bg', '--seal-color-text', '--seal-color-primary', '--seal-radius', '--seal-space', '--seal-font'];

describe('custom-elements.json', () => {
  it('lists every element with a summary, documented parts, theme properties and events', async () => {
    const all = await elements();
    for (const tag of ['seal-banner', 'seal-preferences', 'seal-menu', 'seal-placeholder', 'seal-popover']) {
      const d = all.get(tag);
      expect(d, tag).to.exist;
      expect(d!.summary, `${tag} summary`).to.be.a('string').and.not.equal('');
      expect(d!.cssParts, `${tag} parts`).to.not.be.empty;
      for (const part of d!.cssParts!) expect(part.description, `${tag}::part(${part.name})`).to.be.a('string').and.not.equal('');
      expect(d!.events, `${tag} events`).to.not.be.empty;
    }
    for (const tag of ['seal-banner', 'seal-preferences', 'seal-menu', 'seal-placeholder']) {
      expect(names(all.get(tag)!.cssProperties), tag).to.include.members(THEME);
    }
    expect(names(all.get('seal-banner')!.attributes)).to.include.members(['position', 'theme', 'open']);
    expect(names(all.get('seal-preferences')!.cssParts)).to.include.members(['dialog', 'switch', 'table', 'button', 'accept-all', 'reject-all']);
  });

  it('documents every part the banner and the preference center render', async () => {
    const all = await elements();
    const { store } = makeStore({ policyUrl: '/privacy' });
    const banner = await bannerFixture(store, { position: 'box' });
    expect(names(all.get('seal-banner')!.cssParts)).to.include.members(renderedParts(banner));
    const prefs = await preferencesFixture(store);
    await openPreferences(prefs);
    const parts = renderedParts(prefs);
    expect(parts).to.include.members(['dialog', 'switch', 'table', 'category']);
    expect(names(all.get('seal-preferences')!.cssParts)).to.include.members(parts);
  });
});
