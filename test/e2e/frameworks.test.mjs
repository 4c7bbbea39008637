// The React and Vue examples (examples/react, examples/vue), bundled here with
// esbuild against the built ESM package, then driven in system Chromium: the
// framework state must follow decisions taken in cookie-seal's own UI.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { access, copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { THIRD_PARTY, launchBrowser, newPage } from './helpers/browser.mjs';
import { bannerButton, preferences, quiet, waitForBanner } from './helpers/consent.mjs';
import { startServer } from './helpers/server.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

/** What a Vue user puts in vite.config.ts (see examples/vue/App.vue). */
const VUE_COMPILER_OPTIONS = { isCustomElement: (tag) => tag.startsWith('seal-') };

/** Compiles `<script setup lang="ts">` single-file components, as @vitejs/plugin-vue would. */
const vueSfc = {
  name: 'vue-sfc',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const { descriptor, errors } = parse(await readFile(path, 'utf8'), {
        filename: path,
        templateParseOptions: VUE_COMPILER_OPTIONS,
      });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
      const script = compileScript(descriptor, {
        id: 'example',
        inlineTemplate: true,
        templateOptions: { compilerOptions: VUE_COMPILER_OPTIONS },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

const EXAMPLES = [
  { name: 'react', entry: 'main.tsx', plugins: [] },
  { name: 'vue', entry: 'main.ts', plugins: [vueSfc] },
];

/**
 * Bundles one example as an application would. `cookie-seal` resolves
 * through the package's own "exports" (the examples live inside the
 * package), so a missing export fails the build like it would for a user.
 */
async function buildExample({ name, entry, plugins }, outRoot) {
  const outdir = join(outRoot, name);
  const result = await build({
    entryPoints: [join(ROOT, 'examples', name, entry)],
    absWorkingDir: ROOT,
    entryNames: '[name]',
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    jsx: 'automatic',
    outdir,
    plugins,
    metafile: true,
    logLevel: 'silent',
    // Development builds: React and Vue report misuse (unknown elements, bad props) on the console.
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  await copyFile(join(ROOT, 'examples', name, 'index.html'), join(outdir, 'index.html'));
  return Object.keys(result.metafile.inputs);
}

let outRoot;
let server;
let browser;
const inputs = {};

before(async () => {
  await access(join(ROOT, 'dist/esm/index.js')).catch(() => {
    throw new Error('dist/esm/index.js is missing: run `npm run build` before the end-to-end tests');
  });
  outRoot = await mkdtemp(join(tmpdir(), 'seal-frameworks-'));
  for (const example of EXAMPLES) inputs[example.name] = await buildExample(example, outRoot);
  server = await startServer({ mounts: [['/frameworks/', outRoot]] });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (outRoot) await rm(outRoot, { recursive: true, force: true });
});

/** A first-time visitor on one example page, with framework warnings recorded next to the errors. */
async function open(name) {
  const session = await newPage(browser);
  const warnings = [];
  session.page.on('console', (msg) => {
    if (msg.type() === 'warning') warnings.push(msg.text());
  });
  await session.page.goto(`${server.origin}/frameworks/${name}/`);
  await waitForBanner(session.page);
  return { ...session, warnings };
}

const status = (page, id, text) => page.locator(`#${id}`, { hasText: text }).waitFor({ timeout: 10_000 });

function assertQuiet({ errors, warnings }) {
  assert.deepEqual(errors.page, [], 'no uncaught errors');
  assert.deepEqual(errors.console, [], 'no console errors');
  assert.deepEqual(warnings.filter((w) => /\[Vue warn\]|React/.test(w)), [], 'no framework warnings');
}

test('the examples bundle the ESM build of the package, without a framework in its dependencies', async () => {
  for (const { name } of EXAMPLES) {
    assert.ok(inputs[name].includes('dist/esm/index.js'), `${name}: 'cookie-seal' is dist/esm/index.js`);
  }
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const runtime = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  assert.deepEqual(runtime.filter((d) => /^(react|react-dom|vue)$/.test(d)), []);
});

test("a bundle of `import 'cookie-seal/define'` registers every element", async () => {
  // Bundlers drop modules that package.json "sideEffects" does not list; the registrations must survive that.
  const outdir = join(outRoot, 'define');
  await build({
    stdin: { contents: "import 'cookie-seal/define';", resolveDir: join(ROOT, 'examples'), loader: 'js' },
    bundle: true,
    format: 'esm',
    outfile: join(outdir, 'define.js'),
    logLevel: 'silent',
  });
  await writeFile(join(outdir, 'index.html'), '<!doctype html><html lang="en"><title>define</title><script type="module" src="./define.js"></script></html>');
  const { page, errors, context } = await newPage(browser);
  await page.goto(`${server.origin}/frameworks/define/`);
  const names = ['seal-banner', 'seal-embed', 'seal-menu', 'seal-placeholder', 'seal-popover', 'seal-preferences'];
  assert.deepEqual(await page.evaluate((n) => n.filter((tag) => !customElements.get(tag)), names), [], 'elements not registered');
  assert.deepEqual(errors.page, []);
  await context.close();
});

for (const { name } of EXAMPLES) {
  test(`${name}: nothing loads before consent; Accept all in the banner turns the app's state on and loads analytics once`, async () => {
    const session = await open(name);
    const { page, network, context } = session;
    await status(page, 'analytics-status', 'Analytics: off');
    await status(page, 'video-status', 'YouTube: not allowed');
    await quiet(page);
    assert.deepEqual(network.thirdParty().map((r) => r.url), [], 'no third-party request before consent');

    // The banner is not part of the app: only the seal-change event can tell it.
    await bannerButton(page, /accept all/i).click();
    await status(page, 'analytics-status', 'Analytics: on');
    await status(page, 'video-status', 'YouTube: allowed');
    const ga = await network.waitFor(THIRD_PARTY.analytics);
    assert.equal(ga.url, 'https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE01');
    await page.waitForFunction(() => window.__gaLoaded === true);
    await page.frameLocator('seal-embed iframe').locator('#yt-stub').waitFor({ state: 'visible' });
    await quiet(page);
    assert.equal(network.to(THIRD_PARTY.analytics).length, 1, 'the tag is added once (StrictMode and re-renders included)');

    // The app's own "Cookie settings" button reopens the preference center, and focus comes back to it.
    const settings = page.locator('main').getByRole('button', { name: 'Cookie settings' });
    await settings.click();
    const dialog = preferences(page);
    await dialog.waitFor({ state: 'visible' });
    assert.equal(await dialog.getByRole('switch', { name: /^analytics/i }).getAttribute('aria-checked'), 'true');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await settings.evaluate((el) => el === document.activeElement), true, 'focus returns to the app button');
    assertQuiet(session);
    await context.close();
  });

  test(`${name}: the <seal-embed> Allow button grants YouTube alone and the app follows; the app's button opens the preference center to add analytics`, async () => {
    const session = await open(name);
    const { page, network, context } = session;
    const embed = page.locator('seal-embed');
    const allow = embed.getByRole('button', { name: 'Allow YouTube' });
    await allow.waitFor({ state: 'visible', timeout: 10_000 });
    assert.match(await embed.getByRole('group').innerText(), /Setting type by hand/, 'the placeholder names the video');
    await status(page, 'video-status', 'YouTube: not allowed');

    await allow.click();
    await page.frameLocator('seal-embed iframe').locator('#yt-stub').waitFor({ state: 'visible' });
    await status(page, 'video-status', 'YouTube: allowed');
    await status(page, 'analytics-status', 'Analytics: off');
    await quiet(page);
    assert.deepEqual(network.to(THIRD_PARTY.analytics), [], 'allowing YouTube does not load analytics');

    await page.locator('main').getByRole('button', { name: 'Cookie settings' }).click();
    const dialog = preferences(page);
    await dialog.waitFor({ state: 'visible' });
    const analytics = dialog.getByRole('switch', { name: /^analytics/i });
    assert.equal(await analytics.getAttribute('aria-checked'), 'false');
    await analytics.click();
    await dialog.getByRole('button', { name: /save choices/i }).click();
    await dialog.waitFor({ state: 'hidden' });
    await status(page, 'analytics-status', 'Analytics: on');
    await network.waitFor(THIRD_PARTY.analytics);
    await status(page, 'video-status', 'YouTube: allowed');
    assertQuiet(session);
    await context.close();
  });
}
