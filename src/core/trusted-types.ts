/**
 * Trusted Types for the script sinks cookie-seal writes. A page whose CSP has
 * `require-trusted-types-for 'script'` rejects plain strings assigned to
 * `script.text` and `script.src`; the gate needs both to start an allowed tag.
 *
 * The policy passes values through unchanged on purpose: the only values it
 * sees are the text and URL of the site's own gated tags, copied from markup
 * the site already served and trusted (under a nonce, when it uses one).
 * cookie-seal never builds script content or URLs from anything else.
 * Sites list the name in their CSP: `trusted-types cookie-seal lit-html`.
 */

type Sink = 'createScript' | 'createScriptURL';
type ScriptPolicy = Record<Sink, (input: string) => unknown>;
interface TrustedTypesFactory {
  createPolicy(name: string, rules: Record<Sink, (input: string) => string>): ScriptPolicy;
}

/**
 * Created on first use. Where the page's CSP does not allow the name,
 * createPolicy throws and the gate logs that error for the tag it could not start.
 */
let policy: ScriptPolicy | undefined;
const pass = (s: string) => s;

// The DOM typings declare these sinks as string; a TrustedScript(URL) is what the browser wants.
const trusted = (sink: Sink, value: string): string => {
  policy ??= (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes?.createPolicy('cookie-seal', { createScript: pass, createScriptURL: pass });
  return (policy?.[sink](value) ?? value) as string;
};

/** Inline script text, as a TrustedScript where Trusted Types exist. */
export const trustedScript = (text: string): string => trusted('createScript', text);

/** A script URL, as a TrustedScriptURL where Trusted Types exist. */
export const trustedScriptURL = (url: string): string => trusted('createScriptURL', url);
