import type { LocalizedText } from '../core/types.js';

/** Picks the visitor's language from a localised config text, then its base language, then English, then any. */
export function localize(text: LocalizedText | undefined, lang: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const base = lang.split('-')[0];
  return text[lang] ?? text[base] ?? text.en ?? Object.values(text)[0];
}
