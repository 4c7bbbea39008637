import { html, nothing, svg } from 'lit';
import type { CategoryDefinition, ServiceDefinition } from '../../core/types.js';
import { format, localize, serviceCount, type Strings } from '../../i18n/index.js';
import { cookieRows, isLocked, type Choices } from './choices.js';

/** An "i" in a circle for the details of a service. */
const infoIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="7.6" stroke="currentColor" stroke-width="1.5" fill="none"/><path d="M10 9v5" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"/><circle cx="10" cy="6.3" r="1.05" fill="currentColor"/></svg>`;

/** What a category section needs from the preference center. */
export interface CategoryContext {
  strings: Strings;
  choices: Choices;
  /** Service whose details popover is open, if any. */
  openDetails: string | null;
  gpc: boolean;
  onCategory(cat: CategoryDefinition, on: boolean): void;
  onService(cat: CategoryDefinition, svc: ServiceDefinition, on: boolean): void;
  onDetails(svc: ServiceDefinition, anchor: HTMLElement): void;
}

/**
 * A WAI-ARIA switch: a button whose `aria-checked` is the state. A native
 * button keeps Space/Enter and focus for free; a locked one is disabled.
 */
function renderSwitch(
  on: boolean,
  locked: boolean,
  labelledBy: string,
  describedBy: string | undefined,
  data: { category?: string; service?: string },
  onToggle: (on: boolean) => void,
) {
  return html`<button
    type="button"
    role="switch"
    class="switch"
    part="switch"
    aria-checked=${on ? 'true' : 'false'}
    aria-labelledby=${labelledBy}
    aria-describedby=${describedBy ?? nothing}
    ?disabled=${locked}
    data-category=${data.category ?? nothing}
    data-service=${data.service ?? nothing}
    @click=${() => onToggle(!on)}
  ></button>`;
}

/** A service's visible name: its label, else its id. */
export const serviceLabel = (svc: ServiceDefinition, lang: string): string => localize(svc.label, lang) || svc.id;

function renderService(ctx: CategoryContext, cat: CategoryDefinition, svc: ServiceDefinition, id: string) {
  const { strings: s } = ctx;
  const lang = s.lang;
  const label = serviceLabel(svc, lang);
  const locked = isLocked(cat, svc);
  const provider = localize(svc.provider, lang);
  return html`<li class="service" part="service">
    <div class="service-name">
      <span id=${id}>${label}</span>
      ${provider ? html`<span class="muted">${provider}</span>` : nothing}
    </div>
    <button
      class="icon-btn info"
      type="button"
      part="info-button"
      aria-label=${format(s.serviceDetails, { service: label })}
      aria-haspopup="dialog"
      aria-expanded=${ctx.openDetails === svc.id ? 'true' : 'false'}
      @click=${(e: Event) => ctx.onDetails(svc, e.currentTarget as HTMLElement)}
    >
      ${infoIcon}
    </button>
    ${renderSwitch(locked || ctx.choices.services[svc.id] === true, locked, id, undefined, { service: svc.id }, (on) =>
      ctx.onService(cat, svc, on),
    )}
  </li>`;
}

function renderCookies(s: Strings, cat: CategoryDefinition, label: string) {
  const rows = cookieRows(cat);
  if (rows.length === 0) return nothing;
  const l = (text: Parameters<typeof localize>[0]) => localize(text, s.lang);
  return html`<details class="cookies" part="cookies">
    <summary>${s.cookiesUsed} (${rows.length})</summary>
    <div class="table-wrap" tabindex="0" role="group" aria-label=${`${s.cookiesUsed}: ${label}`}>
      <!-- The roles keep the table a table for screen readers where narrow screens stack its rows (CSS display). -->
      <table part="table" role="table">
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${s.cookieName}</th>
            <th role="columnheader" scope="col">${s.cookieProvider}</th>
            <th role="columnheader" scope="col">${s.cookiePurpose}</th>
            <th role="columnheader" scope="col">${s.cookieDuration}</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${rows.map(
            (row) => html`<tr role="row">
              <td role="cell"><code>${row.name}</code></td>
              <td role="cell" data-label=${s.cookieProvider}>${l(row.provider)}</td>
              <td role="cell" data-label=${s.cookiePurpose}>${l(row.purpose)}</td>
              <td role="cell" data-label=${s.cookieDuration}>${l(row.duration)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </details>`;
}

/** One category: heading, switch, description, services and cookie table. */
export function renderCategory(ctx: CategoryContext, cat: CategoryDefinition, index: number) {
  const { strings: s } = ctx;
  const label = localize(cat.label, s.lang) || cat.id;
  const description = localize(cat.description, s.lang);
  const locked = isLocked(cat);
  const id = `cat-${index}`;
  return html`<section class="category" part="category" aria-labelledby=${id} data-category=${cat.id}>
    <div class="category-head">
      <div class="category-title">
        <h3 id=${id}>${label}</h3>
        ${cat.services.length ? html`<span class="muted">${serviceCount(s, cat.services.length)}</span>` : nothing}
      </div>
      ${locked ? html`<span class="always-on" id=${`${id}-on`}>${s.alwaysOn}</span>` : nothing}
      ${renderSwitch(
        locked || ctx.choices.categories[cat.id] === true,
        locked,
        id,
        locked ? `${id}-on` : description ? `${id}-desc` : undefined,
        { category: cat.id },
        (on) => ctx.onCategory(cat, on),
      )}
    </div>
    ${description ? html`<p class="description" id=${`${id}-desc`}>${description}</p>` : nothing}
    ${ctx.gpc && cat.id === 'advertising' ? html`<p class="gpc">${s.gpcNotice}</p>` : nothing}
    ${cat.services.length
      ? html`<ul class="services">${cat.services.map((svc, i) => renderService(ctx, cat, svc, `${id}-svc-${i}`))}</ul>`
      : nothing}
    ${renderCookies(s, cat, label)}
  </section>`;
}
