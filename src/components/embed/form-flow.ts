import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { addV3Token, pendingCheckboxes, renderCheckboxes, v3Sitekey, whenRecaptcha } from './recaptcha.js';

/** What the form flow needs from `<seal-embed>`. */
export interface FormFlowHost extends ReactiveControllerHost, HTMLElement {
  /** The embed names a service the config defines. */
  readonly known: boolean;
  /** Its service is granted now. */
  readonly granted: boolean;
  /** Grants its service through the store (receipt included); settles once decided. */
  grant(): Promise<void>;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** `tick`: a v2 checkbox waits for the visitor; `failed`: reCAPTCHA did not load. */
export type FormStatus = '' | 'sending' | 'tick' | 'failed';

const isSubmitter = (el: HTMLElement | null, form: HTMLFormElement): el is HTMLButtonElement | HTMLInputElement =>
  (el instanceof HTMLButtonElement || el instanceof HTMLInputElement) && el.form === form && el.type === 'submit';

/**
 * Keeps a form usable before consent: sending it asks for consent in place,
 * and after Allow the submission continues on its own (v3: a token fetched
 * now, then the real submission; v2: the checkbox appears for the visitor).
 * Tokens are only ever requested at submit time because they expire after
 * two minutes.
 */
export class FormFlow implements ReactiveController {
  /** The inline "Allow … to send this form" prompt is open. */
  prompting = false;
  status: FormStatus = '';
  private pending: { form: HTMLFormElement; submitter: HTMLElement | null } | null = null;
  /** The form whose submission we started ourselves: its submit event goes through. */
  private passing: HTMLFormElement | null = null;
  private sending = false;
  private rendering: Promise<void> | null = null;
  private readonly host: FormFlowHost;

  constructor(host: FormFlowHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('submit', this.onSubmit);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('submit', this.onSubmit);
  }

  /** Once granted (now or on an earlier page), v2 checkboxes render as soon as reCAPTCHA is there. */
  hostUpdated(): void {
    if (this.host.granted && !this.rendering && pendingCheckboxes(this.host).length) {
      this.rendering = whenRecaptcha(this.host.ownerDocument.defaultView ?? window)
        .then((g) => renderCheckboxes(this.host, g))
        .catch((error: unknown) => {
          console.error('[cookie-seal]', error);
          this.rendering = null;
        });
    }
    // Consent given elsewhere (banner, preference center) answered the question;
    // the host already stopped showing the prompt.
    if (this.host.granted && this.prompting) {
      this.prompting = false;
      this.pending = null;
    }
  }

  allow(): void {
    const pending = this.pending;
    this.pending = null;
    this.prompting = false;
    const granted = this.host.grant();
    this.host.requestUpdate();
    // Sent once the decision is recorded (the decision rules may still be on their way).
    if (pending) void granted.then(() => this.send(pending.form, pending.submitter));
  }

  cancel(): void {
    const pending = this.pending;
    this.pending = null;
    this.prompting = false;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => pending && this.focusSubmitter(pending.form, pending.submitter));
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || form === this.passing || event.defaultPrevented || !this.host.known) return;
    if (this.host.granted) {
      // v2 and other services need nothing at submit time; v3 needs a fresh token.
      if (!v3Sitekey(form)) return;
      event.preventDefault();
      void this.send(form, event.submitter as HTMLElement | null);
      return;
    }
    event.preventDefault();
    this.pending = { form, submitter: event.submitter as HTMLElement | null };
    this.prompting = true;
    this.status = '';
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.focus('[part="prompt"]'));
  };

  private async send(form: HTMLFormElement, submitter: HTMLElement | null): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    const win = this.host.ownerDocument.defaultView ?? window;
    try {
      const sitekey = v3Sitekey(form);
      if (sitekey) {
        this.setStatus('sending');
        this.focusSubmitter(form, submitter);
        await addV3Token(form, await whenRecaptcha(win), sitekey);
      } else if (pendingCheckboxes(form).length) {
        this.setStatus('sending');
        renderCheckboxes(form, await whenRecaptcha(win));
        this.setStatus('tick');
        await this.host.updateComplete;
        this.focus('[part="status"]');
        return;
      }
      this.setStatus('');
      this.submit(form, submitter);
    } catch (error) {
      console.error('[cookie-seal]', error);
      this.setStatus('failed');
      await this.host.updateComplete;
      this.focus('[part="status"]');
    } finally {
      this.sending = false;
    }
  }

  private submit(form: HTMLFormElement, submitter: HTMLElement | null): void {
    this.passing = form;
    try {
      // requestSubmit (not submit) runs validation and the page's own submit listeners, as a click would.
      form.requestSubmit(isSubmitter(submitter, form) ? submitter : undefined);
    } finally {
      // The submit event is dispatched synchronously; an invalid form fires none.
      this.passing = null;
    }
  }

  private setStatus(status: FormStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private focus(selector: string): void {
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private focusSubmitter(form: HTMLFormElement, submitter: HTMLElement | null): void {
    const target = isSubmitter(submitter, form) ? submitter : form.querySelector<HTMLElement>('[type="submit"], button:not([type])');
    target?.focus();
  }
}
