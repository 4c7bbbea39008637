// The demo's pages from one layout: demo/layout.html holds what every page shares
// (the config, the loader, the header with the language switcher, the footer),
// demo/pages/<name>.html only what is its own (title, description, extra tags in
// <head>, <main>). Writes demo/<name>.html (generated, not committed); run by `npm run build`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCodes } from './language-pieces.mjs';

const DEMO = new URL('../../demo/', import.meta.url).pathname;

/** Each built-in language by its own name ("Deutsch", "Ελληνικά"), in that language's order. */
function languageOptions() {
  return builtInCodes()
    .map((code) => [code, new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code])
    .map(([code, name]) => [code, name.charAt(0).toLocaleUpperCase(code) + name.slice(1)])
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, name]) => `              <option value="${code}" lang="${code}">${name}</option>`)
    .join('\n');
}

export function writeDemoPages() {
  const layout = readFileSync(join(DEMO, 'layout.html'), 'utf8').replace('{{languages}}', languageOptions());
  const written = [];
  for (const file of readdirSync(join(DEMO, 'pages')).filter((f) => f.endsWith('.html'))) {
    const page = readFileSync(join(DEMO, 'pages', file), 'utf8');
    const field = (name) => new RegExp(`<!-- ${name}: (.*?) -->`).exec(page)?.[1] ?? '';
    const head = /<head>\n([\s\S]*?)<\/head>\n/.exec(page)?.[1] ?? '';
    const main = /( *<main[\s\S]*<\/main>\n)/.exec(page)?.[1];
    if (!main) throw new Error(`demo/pages/${file}: no <main>`);
    const url = file === 'index.html' ? '/' : `/${file}`;
    const html = layout
      .replace('{{title}}', field('title'))
      .replace('{{description}}', field('description'))
      .replace('{{head}}', head)
      .replace('{{main}}', main)
      // The page's own link in the main navigation.
      .replace(`<li><a href="${url}">`, `<li><a href="${url}" aria-current="page">`);
    writeFileSync(join(DEMO, file), html);
    written.push(file);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`demo pages: ${writeDemoPages().join(', ')}`);
