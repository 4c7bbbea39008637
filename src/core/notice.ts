/**
 * Messages for the site owner. The loader carries only their codes: the
 * words live in the diagnostics chunk (`config-messages.ts`), fetched the
 * first time something needs saying, so the visitors of a well-built site
 * never download them. Without the chunk, the code itself is printed.
 */
import type * as DiagnosticsModule from './config-messages.js';

/** Fetches the diagnostics chunk (`config-messages.ts`). */
export type Diagnostics = () => Promise<typeof DiagnosticsModule>;

let diagnostics: Diagnostics | undefined;

/** Where the words come from (the runtime sets it; tests may too). */
export const useDiagnostics = (load: Diagnostics): void => void (diagnostics = load);

/** Says `code` (with the element or error it concerns) on the console, as a warning or an error. */
export function notice(code: string, subject?: unknown, error?: unknown): void {
  // A microtask later: the loader reads its config (and may complain) before it knows where chunks are.
  Promise.resolve().then(() => diagnostics!()).then(
    (m) => m.describeNotice(code, subject, error),
    () => console.error('[cookie-seal]', code, subject, error),
  );
}
