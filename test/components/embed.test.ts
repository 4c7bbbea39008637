import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ScriptGate } from '../../src/core/gating.js';
import type { ConsentStore } from '../../src/core/store.js';
import { mountPlaceholders, type Placeholders } from '../../src/placeholders/index.js';
import { wireEmbeds } from '../../src/placeholders/embeds.js';
import type { SealEmbed } from '../../src/components/embed/embed.js';
import { deepActive, makeStore, transitionsDone, waitUntil } from './helpers.js';

// A same-origin page, so activating an iframe loads something real and offline.
const VIDEO = '/test/unit/core/fixtures/pixel.svg';
const WITH_VIMEO = { services: { vimeo: { category: 'advertising', label: 'Vimeo' } } };
const SITEKEY = 'test-v3-key';

type FakeRecaptcha = {
  executed: { key: string; action: string }[];
  rendered: Element[];
};

/** A stand-in for Google's api.js: the calls cookie-seal makes, recorded. */
function installRecaptcha(): FakeRecaptcha {
  const fake: FakeRecaptcha = { executed: [], rendered: [] };
  (window as unknown as { grecaptcha: unknown }).grecaptcha = {
    // Asynchronous, as Google's: the callback never runs within the call.
    ready: (cb: () => void) => void Promise.resolve().then(cb),
    execute: (key: string, { action }: { action: string }) => {
      fake.executed.push({ key, action });
      return Promise.resolve(`token-${fake.executed.length}`);
    },
    render: (el: Element) => {
      fake.rendered.push(el);
      el.append(Object.assign(document.createElement('span'), { textContent: 'checkbox widget' }));
      return 0;
    },
  };
  return fake;
}

describe('seal-embed', () => {
  let box: HTMLElement;
  let gate: ScriptGate | undefined;
  let mounted: Placeholders | undefined;
  let opened: HTMLElement[];
  let submitted: { form: HTMLFormElement; token: string | null }[];

  // Records submissions that got through, without leaving the test page.
  const onSubmit = (event: SubmitEvent) => {
    const form = event.target as HTMLFormElement;
    if (event.defaultPrevented) return;
    event.preventDefault();
    submitted.push({ form, token: new FormData(form).get('g-recaptcha-response') as string | null });
  };

  /** Puts the markup on the page and wires it as the loader's placeholders chunk does. */
  async function start(store: ConsentStore, build: (box: HTMLElement) => void, lang = 'en'): Promise<SealEmbed> {
    build(box);
    gate = new ScriptGate(store);
    gate.start();
    opened = [];
    mounted = mountPlaceholders(store, { lang, gate, openPreferences: (opener) => opened.push(opener) });
    const embed = box.querySelector('seal-embed')!;
    await waitUntil(() => embed.strings !== undefined, 'the embed was not wired');
    await embed.updateComplete;
    return embed;
  }

  const video = (b: HTMLElement) => {
    const embed = document.createElement('seal-embed');
    embed.setAttribute('service', 'youtube');
    const iframe = document.createElement('iframe');
    Object.entries({ width: '560', height: '315', title: 'Workshop film', 'data-category': 'advertising', 'data-service': 'youtube', 'data-src': VIDEO })
      .forEach(([k, v]) => iframe.setAttribute(k, v));
    embed.append(iframe);
    b.append(embed);
  };

  const form = (attrs: Record<string, string>, v2 = false) => (b: HTMLElement) => {
    const embed = document.createElement('seal-embed');
    embed.setAttribute('service', 'recaptcha');
    const f = document.createElement('form');
    f.action = '/nowhere';
    Object.entries(attrs).forEach(([k, v]) => f.setAttribute(k, v));
    const input = Object.assign(document.createElement('input'), { name: 'email', value: 'ada@example.org' });
    input.setAttribute('aria-label', 'Email');
    f.append(input);
    if (v2) f.append(Object.assign(document.createElement('div'), { className: 'g-recaptcha' }));
    f.querySelector('.g-recaptcha')?.setAttribute('data-sitekey', 'test-v2-key');
    f.append(Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Send' }));
    embed.append(f);
    b.append(embed);
  };

  const part = (el: SealEmbed, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
  const text = (el: SealEmbed, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();

  beforeEach(() => {
    box = document.createElement('div');
    box.style.inlineSize = '700px';
    document.body.append(box);
    submitted = [];
    document.addEventListener('submit', onSubmit);
  });
  afterEach(() => {
    mounted?.stop();
    gate?.stop();
    box.remove();
    document.removeEventListener('submit', onSubmit);
    delete (window as unknown as { grecaptcha?: unknown }).grecaptcha;
  });

  it('says what will load, who provides it and its cookies, with no second placeholder, accessibly', async () => {
    const { store } = makeStore();
    const el = await start(store, video);
    expect(box.querySelectorAll('seal-placeholder').length).to.equal(0);
    expect(text(el, 'title')).to.equal('Workshop film');
    expect(text(el, 'message')).to.contain('YouTube from Google / YouTube loads here once you allow it.');
    expect(text(el, 'cookies')).to.contain('VISITOR_INFO1_LIVE (6 months)');
    expect(text(el, 'cookies')).to.contain('YSC (Session)');
    expect(text(el, 'allow-button')).to.equal('Allow YouTube');
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(box.querySelector('iframe')!.hasAttribute('src')).to.equal(false);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('fetches the texts of its own service only, and those of another service when an embed of it comes later', async () => {
    const { store } = makeStore(WITH_VIMEO);
    const first = await start(store, video);
    const services = (el: SealEmbed) => el.categories!.flatMap((c) => c.services.map((s) => s.id));
    expect(services(first)).to.deep.equal(['youtube']);
    const later = document.createElement('seal-embed');
    later.setAttribute('service', 'vimeo');
    later.append(Object.assign(document.createElement('p'), { textContent: 'a Vimeo film' }));
    box.append(later);
    await waitUntil(() => later.strings !== undefined, 'the later embed was not wired');
    await later.updateComplete;
    expect(services(later)).to.deep.equal(['youtube', 'vimeo']);
    // Vimeo's cookies, from its catalogue entry, fetched for the later embed.
    expect(text(later, 'cookies')).to.contain('vuid');
    expect(text(later, 'allow-button')).to.equal('Allow Vimeo');
    expect(services(first), 'the first embed keeps its texts').to.deep.equal(['youtube']);
  });

  it('takes the texts of a service set after it was wired, as frameworks set the property', async () => {
    const { store } = makeStore(WITH_VIMEO);
    const el = await start(store, video);
    expect(text(el, 'allow-button')).to.equal('Allow YouTube');
    const wiredWith = el.categories;
    el.service = 'vimeo';
    await waitUntil(() => el.categories !== wiredWith, 'the embed did not get the texts of its new service');
    await el.updateComplete;
    expect(el.getAttribute('service'), 'the property is reflected').to.equal('vimeo');
    expect(text(el, 'allow-button')).to.equal('Allow Vimeo');
    // Vimeo's cookies, from its catalogue entry, fetched for the new service.
    expect(text(el, 'cookies')).to.contain('vuid');
    el.setAttribute('service', 'youtube');
    await waitUntil(() => text(el, 'allow-button') === 'Allow YouTube', 'the embed did not follow its attribute back');
    expect(text(el, 'cookies')).to.contain('VISITOR_INFO1_LIVE (6 months)');
  });

  it('catches up with a service that changed while the texts for the one before were on their way', async () => {
    const input = { services: { ...WITH_VIMEO.services, 'google-maps': true } };
    const { store } = makeStore(input);
    const el = document.createElement('seal-embed');
    el.setAttribute('service', 'youtube');
    box.append(el);
    const embeds = wireEmbeds(store, document, { lang: 'en', input, openPreferences: () => {} });
    const wired = embeds.sync();
    // The texts cannot have come within this task: the service changes while they are on their way.
    el.setAttribute('service', 'google-maps');
    await wired;
    await el.updateComplete;
    expect(el.categories!.flatMap((c) => c.services.map((s) => s.id))).to.include('google-maps');
    expect(text(el, 'allow-button')).to.equal('Allow Google Maps');
    embeds.stop();
  });

  it('Allow grants only its service, shows the content without reload and keeps the visitor’s place', async () => {
    const { store } = makeStore(WITH_VIMEO);
    const el = await start(store, video);
    part(el, 'allow-button')!.click();
    await el.updateComplete;
    const iframe = box.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).to.equal(VIDEO);
    expect(store.isGranted('advertising', 'youtube')).to.equal(true);
    expect(store.isGranted('advertising', 'vimeo')).to.equal(false);
    expect(store.isGranted('analytics')).to.equal(false);
    expect(part(el, 'placeholder')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    expect(document.activeElement).to.equal(iframe);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('shows the content when consent comes from elsewhere, and leads to the preference center', async () => {
    const { store } = makeStore();
    const el = await start(store, video);
    part(el, 'settings-button')!.click();
    expect(opened).to.deep.equal([part(el, 'settings-button')]);
    store.acceptAll();
    await el.updateComplete;
    expect(part(el, 'placeholder')).to.equal(null);
    expect(box.querySelector('iframe')!.getAttribute('src')).to.equal(VIDEO);
  });

  it('works from the keyboard and speaks French', async () => {
    const { store } = makeStore();
    const before = Object.assign(document.createElement('button'), { textContent: 'avant' });
    box.append(before);
    const el = await start(store, video, 'fr');
    expect(text(el, 'allow-button')).to.equal('Autoriser YouTube');
    expect(text(el, 'settings-button')).to.equal('Paramètres des cookies');
    expect(text(el, 'cookies')).to.contain('Cookies déposés');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part(el, 'allow-button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(store.isGranted('advertising', 'youtube')).to.equal(true);
    expect(document.activeElement).to.equal(box.querySelector('iframe'));
  });

  it('keeps the form usable and asks in place when it is sent before consent', async () => {
    const { store } = makeStore();
    const el = await start(store, form({ 'data-recaptcha-v3-sitekey': SITEKEY }));
    expect(part(el, 'placeholder')).to.equal(null);
    box.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(submitted).to.deep.equal([]);
    expect(text(el, 'prompt')).to.contain('Allow Google reCAPTCHA to send this form');
    expect(text(el, 'prompt')).to.contain('_GRECAPTCHA (6 months)');
    expect(deepActive()).to.equal(part(el, 'prompt'));
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'prompt')).to.equal(null);
    expect(document.activeElement).to.equal(box.querySelector('button[type="submit"]'));
    expect(store.needsDecision).to.equal(true);
    expect(submitted).to.deep.equal([]);
  });

  it('v3: Allow grants reCAPTCHA, asks for a token at submit time and sends the form with it', async () => {
    const { store } = makeStore();
    const el = await start(store, form({ 'data-recaptcha-v3-sitekey': SITEKEY, 'data-recaptcha-action': 'contact' }));
    box.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    const fake = installRecaptcha();
    part(el, 'allow-button')!.click();
    expect(store.isGranted('essential', 'recaptcha')).to.equal(true);
    expect(store.current?.m).to.equal('custom');
    await waitUntil(() => submitted.length === 1, 'the form was not sent');
    expect(fake.executed).to.deep.equal([{ key: SITEKEY, action: 'contact' }]);
    expect(submitted[0].token).to.equal('token-1');
    // A second submission gets its own fresh token: tokens expire after two minutes.
    box.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => submitted.length === 2);
    expect(submitted[1].token).to.equal('token-2');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('v2: Allow renders the checkbox and tells the visitor to tick it; nothing is sent yet', async () => {
    const { store } = makeStore();
    const el = await start(store, form({}, true), 'fr');
    const fake = installRecaptcha();
    box.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    expect(text(el, 'prompt')).to.contain('Autoriser Google reCAPTCHA pour envoyer ce formulaire');
    await transitionsDone(el);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part(el, 'allow-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => fake.rendered.length === 1, 'the checkbox was not rendered');
    await waitUntil(() => text(el, 'status')!.startsWith('Cochez la case'));
    expect(fake.rendered[0]).to.equal(box.querySelector('.g-recaptcha'));
    expect(deepActive()).to.equal(part(el, 'status'));
    expect(submitted).to.deep.equal([]);
    // Once ticked, the form goes through untouched.
    box.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    expect(submitted.length).to.equal(1);
    await transitionsDone(el);
    await expect(el).to.be.accessible();
  });

  it('renders the v2 checkbox at once for a visitor who allowed reCAPTCHA on an earlier page', async () => {
    const { store } = makeStore();
    store.set({}, { services: { recaptcha: true } });
    const fake = installRecaptcha();
    await start(store, form({}, true));
    await waitUntil(() => fake.rendered.length === 1, 'the checkbox was not rendered');
  });

  it('leaves content alone when its service is not in the config, and says so', async () => {
    const { store } = makeStore();
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await start(store, (b) => {
        const embed = document.createElement('seal-embed');
        embed.setAttribute('service', 'dailymotion');
        embed.append(Object.assign(document.createElement('p'), { textContent: 'some content' }));
        b.append(embed);
      });
      expect(part(el, 'placeholder')).to.equal(null);
      expect(el.shadowRoot!.querySelector('slot')).to.not.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('service="dailymotion"');
  });
});
