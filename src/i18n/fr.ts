import type { Strings } from './strings.js';
import banner from './banner/fr.js';
import more from './more/fr.js';

/** The whole table. The UI loads its two halves separately (`banner/`, then `more/`). */
const fr: Strings = { ...banner, ...more };

export default fr;
