/** dist/esm/define.js — registers every element (`import 'cookie-seal/define'`). */
import '../define.js';
