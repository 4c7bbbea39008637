import type { Strings } from './strings.js';
import banner from './banner/ar.js';
import more from './more/ar.js';

/** The whole table. The UI loads its two halves separately (`banner/`, then `more/`). */
const ar: Strings = { ...banner, ...more };

export default ar;
