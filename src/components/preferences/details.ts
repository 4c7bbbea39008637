import { html, nothing } from 'lit';
import type { ServiceDefinition } from '../../core/types.js';
import { localize, type Strings } from '../../i18n/index.js';
import { closeIcon } from '../internal/icons.js';
import { serviceLabel } from './category.js';

/** Loads the popover element (and floating-ui) the first time details are asked for. */
export const loadPopover = () => import('../popover/define.js');

/** The content of a service's details popover: who provides it, why, and its cookies. */
export function renderDetails(s: Strings, svc: ServiceDefinition, anchor: HTMLElement, onClose: () => void, onHide: (e: Event) => void) {
  const l = (text: Parameters<typeof localize>[0]) => localize(text, s.lang);
  const provider = l(svc.provider);
  const description = l(svc.description);
  const cookies = svc.cookies ?? [];
  return html`<seal-popover .anchor=${anchor} data-service=${svc.id} aria-labelledby="details-title" @seal-hide=${onHide}>
    <div class="details">
      <div class="details-head">
        <h4 id="details-title">${serviceLabel(svc, s.lang)}</h4>
        <button class="icon-btn" type="button" aria-label=${s.close} @click=${onClose}>${closeIcon}</button>
      </div>
      ${provider ? html`<p><span class="muted">${s.provider}</span> ${provider}</p>` : nothing}
      ${description ? html`<p>${description}</p>` : nothing}
      ${cookies.length
        ? html`<dl class="details-cookies">
            ${cookies.map(
              (c) => html`<div>
                <dt><code>${c.name}</code>${c.duration ? html` <span class="muted">· ${l(c.duration)}</span>` : nothing}</dt>
                ${c.purpose ? html`<dd>${l(c.purpose)}</dd>` : nothing}
              </div>`,
            )}
          </dl>`
        : nothing}
    </div>
  </seal-popover>`;
}
