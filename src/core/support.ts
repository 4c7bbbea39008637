/**
 * Does this browser have what cookie-seal needs beyond ES2022 syntax (README "Browser support")?
 * The popover API is the newest of it (Chrome and Edge 114, Firefox 125, Safari 17); every engine
 * that has it also has the rest: `<dialog>`, constructable style sheets, container queries,
 * `Intl.Locale`, the ES2022 built-ins. Where it is missing the loader starts nothing: no banner it
 * could not show properly, and no gated tag runs, because without a decision none may.
 */
export function browserSupported(win: Pick<typeof globalThis, 'HTMLElement'> = window): boolean {
  return typeof (win.HTMLElement?.prototype as Partial<HTMLElement> | undefined)?.showPopover == 'function';
}
