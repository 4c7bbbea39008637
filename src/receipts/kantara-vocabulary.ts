/**
 * How the five default categories map onto the Kantara Consent Receipt v1.1
 * vocabularies (purpose categories and PII categories of its appendix).
 * Cookies identify a browser and record behaviour, hence "Network/Service"
 * and "Behavioral" rather than contact or biographical data.
 */
export const PURPOSE_CATEGORIES: Record<string, string[]> = {
  essential: ['1 - Core Function', '15 - Protecting Our Interests'],
  preferences: ['5 - Personalized Experience'],
  interaction: ['5 - Personalized Experience', '16 - Improve Performance'],
  advertising: ['6 - Marketing', '9 - Sharing for Marketing'],
  analytics: ['16 - Improve Performance'],
};

export const PII_CATEGORIES: Record<string, string[]> = {
  essential: ['5 - Network/Service'],
  preferences: ['5 - Network/Service'],
  interaction: ['5 - Network/Service', '15 - Behavioral'],
  advertising: ['5 - Network/Service', '15 - Behavioral', '16 - Profiling'],
  analytics: ['5 - Network/Service', '15 - Behavioral'],
};

/** Site-defined categories are described by their own label. */
export const purposeCategoriesFor = (id: string, label: string): string[] => PURPOSE_CATEGORIES[id] ?? [`Other - ${label}`];
export const piiCategoriesFor = (id: string): string[] => PII_CATEGORIES[id] ?? ['5 - Network/Service'];
