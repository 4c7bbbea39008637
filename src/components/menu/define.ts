import { define } from '../internal/seal-element.js';
import { SealMenu } from './menu.js';

define('seal-menu', SealMenu);

declare global {
  interface HTMLElementTagNameMap {
    'seal-menu': SealMenu;
  }
}

export { SealMenu };
