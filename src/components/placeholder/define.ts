import { define } from '../internal/define.js';
import { SealPlaceholder } from './placeholder.js';

define('seal-placeholder', SealPlaceholder);

declare global {
  interface HTMLElementTagNameMap {
    'seal-placeholder': SealPlaceholder;
  }
}

export { SealPlaceholder };
