import type { ContentLanguage } from './translations.ts';

export const EU_MEMBERS = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'] as const;

/** Destination markets a listing can target (ISO 3166 country codes), with their listing language. */
export const MARKETS = {
  GB: 'en',
  US: 'en',
  CA: 'en',
  AU: 'en',
  DE: 'de',
  FR: 'fr',
  ES: 'es',
  IT: 'en',
  NL: 'en',
  PL: 'en',
  JP: 'ja',
  SG: 'en',
  SA: 'ar',
  AE: 'ar',
} as const satisfies Record<string, ContentLanguage>;

export type Market = keyof typeof MARKETS;
export const MARKET_CODES = Object.keys(MARKETS) as Market[];

/** The currency shoppers of each market pay in: a new listing is priced in it. */
export const MARKET_CURRENCIES = {
  GB: 'GBP',
  US: 'USD',
  CA: 'CAD',
  AU: 'AUD',
  DE: 'EUR',
  FR: 'EUR',
  ES: 'EUR',
  IT: 'EUR',
  NL: 'EUR',
  PL: 'PLN',
  JP: 'JPY',
  SG: 'SGD',
  SA: 'SAR',
  AE: 'AED',
} as const satisfies Record<Market, string>;

/** Does a rule's market list (country codes, or `EU` for every member state) cover this market? */
export function marketCovered(ruleMarkets: readonly string[], market: string): boolean {
  return ruleMarkets.includes(market) || (ruleMarkets.includes('EU') && (EU_MEMBERS as readonly string[]).includes(market));
}
