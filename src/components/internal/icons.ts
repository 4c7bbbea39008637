import { svg } from 'lit/html.js';
import { CROSS_PATH } from './dom.js';

/** A cross for close buttons in Lit templates (the banner builds its own, `closeCross()`); decorative, the button carries the name. */
export const closeIcon = svg`<svg viewBox="0 0 20 20" aria-hidden="true" focusable="false"><path d=${CROSS_PATH} stroke="currentColor" stroke-width="1.8" stroke-linecap="round" fill="none"/></svg>`;
