/**
 * Tags that name a built-in language under another code: Norwegian (`no`)
 * and Nynorsk (`nn`) readers get Bokmål, `iw` is Hebrew's old code.
 */
const ALIASES: Record<string, string> = { no: 'nb', nn: 'nb', iw: 'he' };

/** The primary subtag of a language tag, lower case, old codes replaced: `fr-CA` → `fr`, `no-NO` → `nb`. */
export const primary = (tag: string): string => {
  const code = tag.toLowerCase().split(/[-_]/)[0];
  return ALIASES[code] ?? code;
};
