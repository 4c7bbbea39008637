/**
 * The built-in languages: one file each in `languages/`, split by the build
 * into the pieces under `words/<code>/` (scripts/build/language-pieces.mjs).
 * A string, not an array, because the loader carries it: a visitor pays a
 * few bytes for the list, and only their own language's words.
 */
export const BUILT_IN = 'ar bg ca cs da de el en es et fi fr ga he hr hu is it lt lv mt nb nl pl pt ro sk sl sv tr uk';

/** The codes of `BUILT_IN`. */
export const builtInLanguages: readonly string[] = BUILT_IN.split(' ');
