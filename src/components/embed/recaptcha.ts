/**
 * The few calls cookie-seal makes into Google reCAPTCHA once the visitor
 * allowed it. The script itself stays a gated tag of the page
 * (`<script type="text/plain" data-category="essential" data-service="recaptcha"
 * src="https://www.google.com/recaptcha/api.js?render=…">`): the gate starts
 * it on consent, and this module waits for it.
 *
 * Markup contract, on the `<form>` inside `<seal-embed service="recaptcha">`:
 * - v3 (invisible): `data-recaptcha-v3-sitekey="KEY"` and optionally
 *   `data-recaptcha-action="contact"` (default `submit`). The token is asked
 *   for at submit time — tokens expire after two minutes — and sent in a
 *   hidden `g-recaptcha-response` field. Load `api.js?render=KEY`.
 * - v2 (checkbox): a `<div class="g-recaptcha" data-sitekey="KEY">` in the
 *   form, rendered explicitly once reCAPTCHA is there. Load
 *   `api.js?render=explicit` (an already rendered widget is left alone).
 */

export interface Grecaptcha {
  ready(callback: () => void): void;
  execute(sitekey: string, options: { action: string }): PromiseLike<string>;
  render(container: Element, parameters: Record<string, unknown>): number;
}

export const TOKEN_FIELD = 'g-recaptcha-response';
const V3_KEY = 'data-recaptcha-v3-sitekey';

/** Long enough for a slow mobile connection, short enough to tell the visitor something went wrong. */
const WAIT_MS = 15_000;

/** The v3 site key of the form, when it uses invisible reCAPTCHA. */
export const v3Sitekey = (form: HTMLFormElement): string | null => form.getAttribute(V3_KEY) || null;

/** The v2 checkbox containers of the form not rendered yet. */
export const pendingCheckboxes = (form: ParentNode): HTMLElement[] =>
  [...form.querySelectorAll<HTMLElement>('.g-recaptcha[data-sitekey]')].filter((el) => !el.hasAttribute('data-seal-rendered'));

/**
 * Resolves with `grecaptcha` once its `ready()` fired: the gated api.js
 * starts only after consent, so the global appears some time after the grant.
 */
export function whenRecaptcha(win: Window = window, timeout = WAIT_MS): Promise<Grecaptcha> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const look = () => {
      const g = (win as Window & { grecaptcha?: Partial<Grecaptcha> }).grecaptcha;
      if (typeof g?.ready === 'function') {
        g.ready(() => resolve(g as Grecaptcha));
      } else if (Date.now() - started > timeout) {
        reject(new Error('reCAPTCHA did not load: is api.js on the page as a gated tag (data-service="recaptcha")?'));
      } else {
        setTimeout(look, 50);
      }
    };
    look();
  });
}

/** Asks reCAPTCHA v3 for a fresh token and puts it into the form's hidden field. */
export async function addV3Token(form: HTMLFormElement, g: Grecaptcha, sitekey: string): Promise<void> {
  const action = form.getAttribute('data-recaptcha-action') || 'submit';
  const token = await g.execute(sitekey, { action });
  let field = form.querySelector<HTMLInputElement>(`input[name="${TOKEN_FIELD}"]`);
  if (!field) {
    field = form.ownerDocument.createElement('input');
    field.type = 'hidden';
    field.name = TOKEN_FIELD;
    form.append(field);
  }
  field.value = token;
}

/** Renders each v2 checkbox of the form once, with its own `data-*` parameters. */
export function renderCheckboxes(form: ParentNode, g: Grecaptcha): void {
  for (const el of pendingCheckboxes(form)) {
    el.setAttribute('data-seal-rendered', '');
    // The widget may already be there (api.js in its default onload mode).
    if (el.childElementCount > 0) continue;
    try {
      const parameters: Record<string, string> = { sitekey: el.getAttribute('data-sitekey') ?? '' };
      for (const key of ['theme', 'size', 'tabindex']) {
        const value = el.getAttribute(`data-${key}`);
        if (value) parameters[key] = value;
      }
      g.render(el, parameters);
    } catch (error) {
      console.error('[cookie-seal] could not render the reCAPTCHA checkbox:', error);
    }
  }
}
