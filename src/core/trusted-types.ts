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

/** The policy name sites allow in their `trusted-types` directive. */
export const POLICY_NAME = 'cookie-seal';

interface ScriptPolicy {
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(s: string): string; createScriptURL(s: string): string }): ScriptPolicy;
}

/** undefined: not tried yet; null: no Trusted Types in this browser, or the page's CSP refused the name. */
let policy: ScriptPolicy | null | undefined;

function getPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return policy;
  try {
    policy = factory.createPolicy(POLICY_NAME, { createScript: (s) => s, createScriptURL: (s) => s });
  } catch (error) {
    console.error(`cookie-seal: could not create the Trusted Types policy "${POLICY_NAME}"; add it to the trusted-types directive of the Content-Security-Policy, or allowed tags cannot start.`, error);
  }
  return policy;
}

// The DOM typings declare these sinks as string; a TrustedScript(URL) is what the browser wants.
/** Inline script text, as a TrustedScript where Trusted Types exist. */
export const trustedScript = (text: string): string => (getPolicy()?.createScript(text) ?? text) as string;

/** A script URL, as a TrustedScriptURL where Trusted Types exist. */
export const trustedScriptURL = (url: string): string => (getPolicy()?.createScriptURL(url) ?? url) as string;
