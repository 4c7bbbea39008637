// <seal-embed>: in-place consent around the demo's forms (reCAPTCHA v3 and v2)
// and its video, against the built loader and the recorded, stubbed network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { THIRD_PARTY } from './helpers/browser.mjs';
import { idleTurn, readConsentCookie, quiet, waitForBanner } from './helpers/consent.mjs';
import { useBrowser } from './helpers/setup.mjs';

const env = useBrowser();
const SITEKEY = '6LeDEMO0AAAAAdemo-site-key-not-real';

const embed = (page) => page.locator('seal-embed');
const prompt = (page, name = /send this form/i) => embed(page).getByRole('group', { name });

async function fillContact(page) {
  await page.fill('#name', 'Ada Lovelace');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#message', 'Two hundred wedding invitations, please.');
}

/** The fields the test server received from the form (the /form-sent page). */
async function received(page) {
  await page.waitForURL(/\/form-sent$/, { timeout: 15_000 });
  return JSON.parse(await page.locator('#received').textContent());
}

test('contact (v3): nothing reaches reCAPTCHA before consent; sending asks in place, and Allow sends the form with a fresh token', async () => {
  const { page, network, errors, context } = await env.session();
  await page.goto(env.url('/contact.html'));
  await waitForBanner(page);
  await fillContact(page);
  await page.getByRole('button', { name: 'Send my request' }).click();
  const ask = prompt(page, 'Allow Google reCAPTCHA to send this form');
  await ask.waitFor({ state: 'visible' });
  assert.match(await ask.innerText(), /_GRECAPTCHA \(6 months\)/, 'the prompt names the cookie and its lifetime');
  assert.equal(await ask.evaluate((el) => el.matches(':focus')), true, 'focus moves to the prompt');
  await quiet(page);
  assert.equal(page.url(), env.url('/contact.html'), 'the form was not sent');
  assert.deepEqual(network.to(THIRD_PARTY.recaptcha).map((r) => r.url), [], 'zero reCAPTCHA requests before consent');

  await ask.getByRole('button', { name: 'Allow' }).click();
  const fields = await received(page);
  assert.equal(fields['g-recaptcha-response'], 'stub-v3-token-1', 'the token of grecaptcha.execute() travels with the form');
  assert.equal(fields.email, 'ada@example.org');
  assert.deepEqual(network.to(THIRD_PARTY.recaptcha).map((r) => r.url), [`https://www.google.com/recaptcha/api.js?render=${SITEKEY}`]);
  const { record } = await readConsentCookie(context);
  assert.equal(record.s.recaptcha, true, 'reCAPTCHA granted everywhere');
  assert.equal(record.c.analytics, false, 'nothing else granted');
  assert.equal(record.m, 'custom');
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('contact (v3): a form sent before the consent flow arrived waits for it instead of leaving without a token', async () => {
  const { page, network, context } = await env.session();
  // The placeholders chunk (the embed's consent flow) is held back until the form has been sent.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let requested;
  const chunkRequested = new Promise((resolve) => { requested = resolve; });
  await page.route('**/cookie-seal/chunks/placeholders.js', async (route) => {
    requested();
    await held;
    await route.continue();
  });
  await page.goto(env.url('/contact.html'));
  await fillContact(page);
  await chunkRequested;
  await page.getByRole('button', { name: 'Send my request' }).click();
  // The click's submit event has been handled (a navigation would have started by the time the page answers).
  await idleTurn(page);
  assert.equal(page.url(), env.url('/contact.html'), 'the form did not leave without consent');
  assert.ok(!network.localPaths().includes('/form-sent'), 'nothing was posted while the consent flow was on its way');
  release();
  const ask = prompt(page, 'Allow Google reCAPTCHA to send this form');
  await ask.waitFor({ state: 'visible', timeout: 10_000 });
  await ask.getByRole('button', { name: 'Allow' }).click();
  const fields = await received(page);
  assert.equal(fields['g-recaptcha-response'], 'stub-v3-token-1');
  assert.equal(network.to(THIRD_PARTY.recaptcha).length, 1);
  await context.close();
});

test('contact (v3): Cancel keeps everything as it was, and focus returns to the submit button', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/contact.html'));
  await waitForBanner(page);
  await fillContact(page);
  await page.getByRole('button', { name: 'Send my request' }).click();
  await prompt(page).waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await prompt(page).waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Send my request');
  await quiet(page);
  assert.equal((await readConsentCookie(context)).cookie, null, 'no decision stored');
  assert.deepEqual(network.to(THIRD_PARTY.recaptcha), []);
  await context.close();
});

test('signup (v2): Allow renders the checkbox; the visitor ticks it and sends the form', async () => {
  const { page, network, errors, context } = await env.session();
  await page.goto(env.url('/signup.html'));
  await waitForBanner(page);
  await page.fill('#name', 'Ada Lovelace');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#password', 'correct horse battery');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await prompt(page).getByRole('button', { name: 'Allow' }).click();
  const tick = page.getByRole('checkbox', { name: "I'm not a robot" });
  await tick.waitFor({ state: 'visible' });
  assert.deepEqual(network.to(THIRD_PARTY.recaptcha).map((r) => r.url), ['https://www.google.com/recaptcha/api.js?render=explicit']);
  assert.match(await embed(page).getByRole('status').innerText(), /Tick the box/);
  assert.equal(page.url(), env.url('/signup.html'), 'nothing sent before the box is ticked');
  await tick.check();
  await page.getByRole('button', { name: 'Create my account' }).click();
  const fields = await received(page);
  assert.equal(fields['g-recaptcha-response'], `stub-v2-token-${SITEKEY}`);
  assert.deepEqual(errors.page, []);
  await context.close();
});

test('a returning visitor who allowed reCAPTCHA gets the v2 checkbox at once', async () => {
  const { page, context } = await env.session();
  await page.goto(env.url('/signup.html'));
  await waitForBanner(page);
  await page.evaluate(() => window.CookieSeal.acceptAll());
  await page.goto(env.url('/signup.html?lang=fr'));
  await page.getByRole('checkbox', { name: "I'm not a robot" }).waitFor({ state: 'visible' });
  await context.close();
});

test('French: the prompt speaks French', async () => {
  const { page, context } = await env.session({ locale: 'fr-FR' });
  await page.goto(env.url('/signup.html?lang=fr'));
  await waitForBanner(page, /tout accepter/i);
  await page.getByRole('button', { name: 'Create my account' }).click();
  // Required fields are empty: the browser's validation stops the form before any submit event.
  assert.equal(await prompt(page, /envoyer ce formulaire/).count(), 0);
  await page.fill('#name', 'Ada');
  await page.fill('#email', 'ada@example.org');
  await page.fill('#password', 'correct horse battery');
  await page.getByRole('button', { name: 'Create my account' }).click();
  const ask = prompt(page, 'Autoriser Google reCAPTCHA pour envoyer ce formulaire');
  await ask.waitFor({ state: 'visible' });
  assert.ok(await ask.getByRole('button', { name: 'Annuler' }).isVisible());
  await context.close();
});

test('video: the embed says what loads and Allow YouTube loads it in place, with one placeholder only', async () => {
  const { page, network, context } = await env.session();
  await page.goto(env.url('/video.html'));
  await waitForBanner(page);
  const allow = embed(page).getByRole('button', { name: 'Allow YouTube' });
  await allow.waitFor({ state: 'visible' });
  assert.equal(await page.locator('seal-placeholder').count(), 0, 'no iframe placeholder besides the embed');
  const text = await embed(page).getByRole('group').innerText();
  assert.match(text, /A day at Atelier Marelle/);
  assert.match(text, /YouTube from Google \/ YouTube loads here/);
  assert.match(text, /VISITOR_INFO1_LIVE \(6 months\)/);
  await quiet(page);
  assert.deepEqual(network.to(THIRD_PARTY.youtube), []);
  await page.evaluate(() => { window.__samePage = true; });
  await allow.click();
  await page.frameLocator('iframe.video-frame').locator('#yt-stub').waitFor({ state: 'visible' });
  assert.equal(await page.evaluate(() => window.__samePage), true, 'no reload');
  const state = await page.evaluate(() => window.CookieSeal.get());
  assert.equal(state.services.youtube, true);
  assert.equal(state.categories.analytics, false);
  await context.close();
});
