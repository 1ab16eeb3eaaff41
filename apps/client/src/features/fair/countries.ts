/** Region codes Intl names that are not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const cache = new Map<string, CountryOption[]>();

export interface CountryOption {
  code: string;
  name: string;
  /** The name in the UI language, in English and the code: what a search may match. */
  search: string;
}

/** Every ISO 3166-1 alpha-2 country the browser can name, in the UI language, sorted by name. */
export function countryOptions(language: string): CountryOption[] {
  let options = cache.get(language);
  if (!options) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    options = [...LETTERS]
      .flatMap((a) => [...LETTERS].map((b) => a + b))
      .filter((code) => !NOT_COUNTRIES.has(code))
      .map((code) => ({ code, name: names.of(code) ?? code, search: `${names.of(code)} ${english.of(code)} ${code}`.toLowerCase() }))
      .filter((option) => option.name !== option.code)
      .sort((a, b) => a.name.localeCompare(b.name, language));
    cache.set(language, options);
  }
  return options;
}
