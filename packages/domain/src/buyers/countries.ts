/**
 * Region codes Intl names that are not countries a buyer comes from: groupings, test codes,
 * withdrawn codes that would list Germany or Russia twice (DD, SU…) and reserved territories.
 */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ', 'AN', 'BU', 'CS', 'DD', 'FX', 'SU', 'TP', 'YU', 'ZR', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Names people type that are not the official ones Intl gives: Chinese sellers say 阿联酋, not
 * 阿拉伯联合酋长国, and buyers write UK or UAE.
 */
const COMMON_NAMES: Record<string, string[]> = {
  AE: ['阿联酋', 'UAE', 'Emirates', 'Dubai', '迪拜'],
  GB: ['UK', 'Britain', 'England', '英格兰'],
  US: ['USA', 'America', '美利坚'],
  SA: ['KSA', '沙特'],
  KR: ['South Korea', '南韩'],
  KP: ['North Korea', '北韩'],
  RU: ['俄国'],
  NL: ['Holland', '荷兰'],
  CZ: ['Czech Republic'],
  TR: ['Turkey', '土耳其'],
  HK: ['香港', 'Hong Kong'],
  MO: ['澳门', 'Macau'],
  TW: ['台湾', 'Taiwan'],
  VN: ['越南', 'Vietnam'],
  CD: ['刚果金', 'DR Congo', 'DRC'],
  CG: ['刚果布'],
};

export interface CountryOption {
  code: string;
  /** The name in the UI language. */
  name: string;
  /** Names in Chinese and English, common short names and the code, normalised: what a search may match. */
  search: string;
}

const normalise = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.·・-]+/g, '');
const cache = new Map<string, CountryOption[]>();

/** Every ISO 3166-1 alpha-2 country Intl can name, named in the UI language and sorted by that name. */
export function countryOptions(language: string): CountryOption[] {
  let options = cache.get(language);
  if (!options) {
    const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'code' });
    const searchable = ['zh-CN', 'en'].map((searchLanguage) => new Intl.DisplayNames([searchLanguage], { type: 'region', fallback: 'code' }));
    options = [...LETTERS]
      .flatMap((a) => [...LETTERS].map((b) => a + b))
      .filter((code) => !NOT_COUNTRIES.has(code))
      .map((code) => ({ code, name: names.of(code) ?? code, search: normalise([names.of(code), ...searchable.map((display) => display.of(code)), ...(COMMON_NAMES[code] ?? []), code].join('|')) }))
      .filter((option) => option.name !== option.code)
      .sort((a, b) => a.name.localeCompare(b.name, language));
    cache.set(language, options);
  }
  return options;
}

/** Does the typed text find this country, in either language, by common name or by code? */
export function countryMatches(option: CountryOption, typed: string): boolean {
  const query = normalise(typed);
  return query === '' || option.search.includes(query);
}
