import { define } from '../internal/seal-element.js';
import { SealPopover } from './popover.js';

define('seal-popover', SealPopover);

declare global {
  interface HTMLElementTagNameMap {
    'seal-popover': SealPopover;
  }
}

export { SealPopover };
