import Cookies from 'js-cookie';
import type { ConsentStorage } from './store.js';
import { readStoredConsent } from './stored.js';
import type { SealConfig, StoredConsent } from './types.js';

export { validStoredConsent } from './stored.js';

export interface CookieStorageOptions {
  /** Current time in milliseconds; injectable for tests. */
  now?: () => number;
}

/**
 * The decision in one first-party cookie (`eu-consent` by default). The
 * value is compact JSON, URI-encoded by js-cookie. It ships with the consent
 * chunk; the loader reads the cookie with `readStoredConsent()` alone.
 */
export class CookieStorage implements ConsentStorage {
  private readonly name: string;
  private readonly attributes: Cookies.CookieAttributes;
  private readonly now: () => number;

  constructor(config: Pick<SealConfig, 'cookieName' | 'cookieDomain' | 'maxAgeDays'>, options: CookieStorageOptions = {}) {
    this.name = config.cookieName;
    this.now = options.now ?? Date.now;
    this.attributes = {
      path: '/',
      sameSite: 'Lax',
      secure: globalThis.location?.protocol === 'https:',
      expires: config.maxAgeDays,
      ...(config.cookieDomain ? { domain: config.cookieDomain } : {}),
    };
  }

  read(): StoredConsent | null {
    return readStoredConsent(this.name, this.now(), document.cookie);
  }

  write(record: StoredConsent): void {
    Cookies.set(this.name, JSON.stringify(record), this.attributes);
  }

  clear(): void {
    Cookies.remove(this.name, { path: '/', ...(this.attributes.domain ? { domain: this.attributes.domain } : {}) });
  }
}
