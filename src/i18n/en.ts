import type { Strings } from './strings.js';
import banner from './banner/en.js';
import more from './more/en.js';

/** The whole table. The UI loads its two halves separately (`banner/`, then `more/`). */
const en: Strings = { ...banner, ...more };

export default en;
