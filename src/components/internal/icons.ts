import { svg } from 'lit/html.js';

/** A cross for close buttons; decorative, the button carries the name. */
export const closeIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none"/></svg>`;

/** An "i" in a circle for the details of a service. */
export const infoIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><circle cx="10" cy="10" r="7.6" stroke="currentColor" stroke-width="1.5" fill="none"/><path d="M10 9v5" stroke="currentColor" stroke-width="1.7" stroke-linecap="round"/><circle cx="10" cy="6.3" r="1.05" fill="currentColor"/></svg>`;
