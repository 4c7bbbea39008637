import { svg } from 'lit/html.js';

/** A cross for close buttons; decorative, the button carries the name. */
export const closeIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none"/></svg>`;

