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

/** Does a rule's market list (country codes, or `EU` for every member state) cover this market? */
export function marketCovered(ruleMarkets: readonly string[], market: string): boolean {
  return ruleMarkets.includes(market) || (ruleMarkets.includes('EU') && (EU_MEMBERS as readonly string[]).includes(market));
}
