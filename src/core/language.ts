import { primary } from './lang-tag.js';
import type { LocalizedText } from './types.js';

/** The available language matching `tag`: exactly (`fr-CA`), else by primary subtag (`fr`). */
function match(tag: string | null | undefined, available: readonly string[]): string | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  return available.find((a) => a.toLowerCase() === lower) ?? available.find((a) => primary(a) === primary(lower));
}

/**
 * The language the UI speaks: the config's `lang` unless it is `auto`, then
 * the page's `<html lang>`, then the browser's preferred languages; English
 * when none of them is available.
 */
export function resolveLanguage(
  configLang: string,
  doc: Document,
  navigatorLanguages: readonly string[],
  available: readonly string[],
): string {
  const candidates = [configLang === 'auto' ? null : configLang, doc.documentElement?.lang, ...navigatorLanguages];
  for (const tag of candidates) {
    const found = match(tag, available);
    if (found) return found;
  }
  return 'en';
}

/** One text in `lang`, else English, else the first language given; '' when absent. */
export function localize(text: LocalizedText | undefined, lang: string): string {
  if (text === undefined || typeof text === 'string') return text ?? '';
  return text[lang] ?? text[match(lang, Object.keys(text)) ?? 'en'] ?? text.en ?? Object.values(text)[0] ?? '';
}
