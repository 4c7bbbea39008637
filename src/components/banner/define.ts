import { define } from '../internal/define.js';
import { SealBanner } from './banner.js';

define('seal-banner', SealBanner);

declare global {
  interface HTMLElementTagNameMap {
    'seal-banner': SealBanner;
  }
}

export { SealBanner };
