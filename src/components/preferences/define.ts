import { define } from '../internal/seal-element.js';
import { SealPreferences } from './preferences.js';

define('seal-preferences', SealPreferences);

declare global {
  interface HTMLElementTagNameMap {
    'seal-preferences': SealPreferences;
  }
}

export { SealPreferences };
