import { expect } from '@open-wc/testing';
import { createReceipts } from '../../../src/receipts/index.js';
import { setup } from './helpers.js';

/** Captures the file `download()` offers instead of letting the browser save it. */
function interceptDownload(): Promise<{ filename: string; data: Record<string, unknown> }> {
  return new Promise((resolve) => {
    const onClick = (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      void fetch(link.href).then((r) => r.json()).then((data) => resolve({ filename: link.download, data }));
    };
    document.addEventListener('click', onClick, true);
  });
}

describe('receipts download', () => {
  it('offers a JSON file with a readable summary, the payloads and the JWS strings', async () => {
    const { store, receipts } = setup();
    await receipts.record(store.acceptAll());
    await receipts.record(store.rejectAll());
    const file = interceptDownload();
    await receipts.download();
    const { filename, data } = await file;
    expect(filename).to.match(/^consent-receipts-\d{4}-\d{2}-\d{2}\.json$/);
    const list = await receipts.receipts();
    expect(data.visitorId).to.equal(store.state.visitorId);
    expect(data.chainValid).to.equal(true);
    expect(data.receipts).to.deep.equal(list.map((r) => ({ jws: r.jws, payload: r.payload, serverJws: null })));
    const summary = data.summary as string[];
    expect(summary).to.have.length(2);
    expect(summary[0]).to.match(/ — Rejected all — essential cookies only$/);
    expect(summary[1]).to.contain(' — Accepted all — allowed: Session & security, Preferences, Interaction history');
    const year = String(new Date().getFullYear());
    expect(summary[0]).to.contain(year);
    expect(document.querySelector('a[download]')).to.equal(null);
  });

  it('writes the summary in the visitor language', async () => {
    const { store, config, dbName, note } = setup();
    const receipts = createReceipts(store, { config, lang: 'fr', dbName, note });
    await receipts.record(store.set({ analytics: true }));
    const file = interceptDownload();
    await receipts.download();
    const { data } = await file;
    const [line] = data.summary as string[];
    expect(line).to.contain('Choix personnalisés enregistrés — autorisé\u202f: Session et sécurité et Analytique');
    const month = new Intl.DateTimeFormat('fr', { month: 'short' }).format(new Date());
    expect(line).to.contain(month);
  });

  for (const lang of ['de', 'pl', 'el', 'he']) {
    it(`writes the summary in ${lang}, from its language pack`, async () => {
      const { store, config, dbName, note } = setup();
      const receipts = createReceipts(store, { config, lang, dbName, note });
      await receipts.record(store.rejectAll());
      const file = interceptDownload();
      await receipts.download();
      const { data } = await file;
      const pack = (await import(`../../../src/i18n/languages/${lang}.ts`)).default;
      expect((data.summary as string[])[0]).to.contain(`${pack.receipt.methods['reject-all']} — ${pack.receipt.nothingAllowed}`);
    });
  }
});
