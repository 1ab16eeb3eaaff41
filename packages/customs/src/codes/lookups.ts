import { COUNTRIES, CURRENCIES, CUSTOMS_OFFICES, LEGAL_UNITS, TRANSPORT_MODES, UNITS, WRAP_TYPES, type CodeEntry, type CodeList, type LegalUnitEntry } from './code-lists.ts';

const byKey = <E, K extends string>(entries: E[], key: (entry: E) => K): Map<K, E> => new Map(entries.map((entry) => [key(entry), entry]));

const countryByIso = byKey(COUNTRIES.entries, (entry) => entry.iso);
const currencyByIso = byKey(CURRENCIES.entries, (entry) => entry.iso);
const unitByAlias = new Map(UNITS.entries.flatMap((entry) => [entry.code, entry.zh, ...entry.aliases].map((alias) => [alias.toLowerCase(), entry] as const)));

/** ISO 3166 alpha-2 → the legacy 3-digit customs country code (US → 502), or undefined. */
export const customsCountryCode = (iso: string): string | undefined => countryByIso.get(iso.trim().toUpperCase())?.code;

/** ISO 4217 → the legacy 3-digit customs currency code (USD → 502); RMB is read as CNY. */
export function customsCurrencyCode(iso: string): string | undefined {
  const normalised = iso.trim().toUpperCase();
  return currencyByIso.get(normalised === 'RMB' ? 'CNY' : normalised)?.code;
}

/** A catalogue unit (pc, m, pair, 把, or already a code such as 007) → the customs unit code. */
export const customsUnitCode = (unit: string): string | undefined => unitByAlias.get(unit.trim().toLowerCase())?.code;

const unitByCode = byKey(UNITS.entries, (entry) => entry.code);

/** Both units count pieces (个, 件, 把, 条…), so a quantity in one is the same number in the other. */
export const bothCountUnits = (a: string, b: string): boolean => unitByCode.get(a)?.measure === 'count' && unitByCode.get(b)?.measure === 'count';

/** The legal units (法定计量单位) of an HS code: the longest matching prefix in the table. */
export function legalUnitsFor(hsCode: string): LegalUnitEntry | undefined {
  return LEGAL_UNITS.filter((entry) => hsCode.startsWith(entry.hs)).sort((a, b) => b.hs.length - a.hs.length)[0];
}

const has = (list: CodeList<CodeEntry>) => {
  const codes = new Set(list.entries.map((entry) => entry.code));
  return (value: string): boolean => codes.has(value);
};

export const isCustomsCountry = has(COUNTRIES);
export const isCustomsCurrency = has(CURRENCIES);
export const isCustomsUnit = has(UNITS);
export const isTransportMode = has(TRANSPORT_MODES);
export const isWrapType = has(WRAP_TYPES);
export const isCustomsOffice = has(CUSTOMS_OFFICES);
