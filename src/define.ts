/** Registers every cookie-seal element; import `cookie-seal/define` for its side effect. */
import './ui/define.js';
