/**
 * Entry of the consent chunk (`dist/chunks/consent.js`): everything that
 * only matters once a visitor can decide — the second half of the config
 * check, the decision rules, the cookie writer (js-cookie), and the
 * subscribers that sign receipts and delete withdrawn cookies. The loader
 * fetches it after the banner is visible, or when the preference center,
 * an embed or the API needs it; a returning visitor's page never does.
 */
import type { createCleanup } from './cleanup.js';
import { reportProblems } from './config.js';
import { completeConfig } from './config-full.js';
import { markConfigChecked } from './config-checked.js';
import type { ConfigProblem } from './config-messages.js';
import type { Diagnostics } from './notice.js';
import { decisions } from './decisions.js';
import { CookieStorage } from './storage.js';
import type { ConsentStore } from './store.js';
import type { ConsentChange, SealConfig } from './types.js';
import type { createReceipts, Receipts } from '../receipts/index.js';

export interface SessionEnv {
  lang: string;
  loadReceipts(): Promise<{ createReceipts: typeof createReceipts }>;
  /** Fetched on the first decision that revokes something: it deletes the withdrawn cookies. */
  loadCleanup(): Promise<{ createCleanup: typeof createCleanup }>;
  /** Fetched only when the config has a problem: the words of the console errors. */
  loadDiagnostics: Diagnostics;
  /** The config's hash (`configHash()`), noted once the rest of the check passes; absent when the loader's fields had a problem or the config has nothing beyond them (`secondHalf()`). */
  configHash?: string;
}

export interface Session {
  receipts(): Promise<Receipts>;
  stop(): void;
}

/** Logs a failure of an optional part without letting it reach the host page. */
const report = (what: string) => (error: unknown) => console.error(`[cookie-seal] ${what}:`, error);

/**
 * The complete checked config: `config` (the loader's reading of `input`, left as it is) with the
 * fields only the chunks read. Their problems are reported by name. A config that passes both
 * halves is noted as checked in this browser (`env.configHash`).
 */
export function checkConfig(config: SealConfig, input: unknown, env: Pick<SessionEnv, 'loadDiagnostics' | 'configHash'>): SealConfig {
  const problems: ConfigProblem[] = [];
  const checked = completeConfig(config, input, problems);
  reportProblems(problems, env.loadDiagnostics);
  if (!problems.length && env.configHash) markConfigChecked(env.configHash);
  return checked;
}

/**
 * Checks the rest of the raw `input`, then gives the store the complete config with the decision
 * rules and the cookie writer, and installs the subscribers (receipts, clean-up).
 */
export function startSession(store: ConsentStore, input: unknown, env: SessionEnv): Session {
  const config = checkConfig(store.config, input, env);

  let receipts: Promise<Receipts> | null = null;
  let cleanup: Promise<(change: ConsentChange) => void> | null = null;
  let stopped = false;
  // `note` is `provide()`'s, below: the receipts chunk only arrives after it has returned, even
  // for a decision that waited for the rules (provide() runs it, its receipt waits for the chunk).
  const loadReceipts = () => (receipts ??= env.loadReceipts().then((m) => m.createReceipts(store, { config, lang: env.lang, note })));
  const off = [
    store.subscribe((change) => void loadReceipts().then((r) => r.record(change)).catch(report('could not sign the consent receipt'))),
    store.subscribe((change) => {
      if (!change.revoked.length) return;
      (cleanup ??= env.loadCleanup().then((m) => m.createCleanup(config, {
        beforeReload: () => (receipts ? receipts.then((r) => r.settled()) : Promise.resolve()),
      })))
        .then((clean) => stopped || clean(change))
        .catch(report('could not delete the withdrawn cookies'));
    }),
  ];
  const note = store.provide(decisions, new CookieStorage(config), config);
  return {
    receipts: loadReceipts,
    stop() {
      stopped = true;
      for (const f of off) f();
    },
  };
}
