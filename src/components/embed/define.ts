import { define } from '../internal/seal-element.js';
import { SealEmbed } from './embed.js';

define('seal-embed', SealEmbed);

declare global {
  interface HTMLElementTagNameMap {
    'seal-embed': SealEmbed;
  }
}

export { SealEmbed };
