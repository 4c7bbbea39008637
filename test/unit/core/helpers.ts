import { parseConfig } from '../../../src/core/config-full.js';
import type { ConsentStorage } from '../../../src/core/store.js';
import type { SealConfig, StoredConsent } from '../../../src/core/types.js';

/** Keeps the decision in memory, so store tests do not depend on cookies. */
export class MemoryStorage implements ConsentStorage {
  record: StoredConsent | null;
  writes = 0;
  constructor(record: StoredConsent | null = null) {
    this.record = record;
  }
  read() {
    return this.record;
  }
  write(record: StoredConsent) {
    this.record = record;
    this.writes++;
  }
}

/** A validated config; fails the test if the input is reported as invalid. */
export function config(input: Record<string, unknown> = {}): SealConfig {
  const { config: parsed, errors } = parseConfig(input, () => {});
  if (errors.length) throw new Error(`unexpected config errors: ${errors.join('\n')}`);
  return parsed;
}

export const DAY = 86_400_000;
export const UUID = '0b7c1d3e-8f4a-4c2b-9d6e-1a2b3c4d5e6f';
