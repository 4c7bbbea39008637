/** The primary subtag of a language tag, lower case: `fr-CA` → `fr`. */
export const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0];
