import { checkDataFile } from '@tradewind/domain';
import countriesFile from '@tradewind/resources/customs/countries.json' with { type: 'json' };
import currenciesFile from '@tradewind/resources/customs/currencies.json' with { type: 'json' };
import customsOfficesFile from '@tradewind/resources/customs/customs-offices.json' with { type: 'json' };
import legalUnitsFile from '@tradewind/resources/customs/legal-units.json' with { type: 'json' };
import transportModesFile from '@tradewind/resources/customs/transport-modes.json' with { type: 'json' };
import unitsFile from '@tradewind/resources/customs/units.json' with { type: 'json' };
import wrapTypesFile from '@tradewind/resources/customs/wrap-types.json' with { type: 'json' };
import { code, codeListSchema, labelled } from './code-list-schema.ts';

export interface CodeSource {
  name: string;
  reference: string;
  note?: string;
}

export interface CodeEntry {
  code: string;
  zh: string;
  en: string;
}

export interface CodeList<E extends CodeEntry> {
  source: CodeSource;
  entries: E[];
}

export interface IsoCodeEntry extends CodeEntry {
  iso: string;
  /** Named in the reference material; unverified entries need confirming before production. */
  verified: boolean;
}

export interface UnitEntry extends CodeEntry {
  /** Product units of the catalogue (pc, m, pair…) that mean this customs unit. */
  aliases: string[];
  /** What the unit measures: count units (个, 件, 把, 条…) count the same things. */
  measure: 'count' | 'length' | 'area' | 'mass';
}

export interface CustomsOfficeEntry extends CodeEntry {
  region: string;
  verified: boolean;
}

export interface LegalUnitEntry {
  /** HS heading or longer prefix. */
  hs: string;
  unit1: string;
  unit2?: string;
  note: string;
}

function unique<E>(name: string, list: CodeList<E & CodeEntry>, keys: ((entry: E & CodeEntry) => string)[]): void {
  for (const key of keys) {
    const seen = new Set<string>();
    for (const entry of list.entries) {
      const value = key(entry);
      if (seen.has(value)) throw new Error(`${name} is not valid: ${value} appears twice`);
      seen.add(value);
    }
  }
}

function load<E extends CodeEntry>(name: string, data: unknown, entry: { required: string[]; properties: Record<string, object> }, keys: ((entry: E) => string)[] = []): CodeList<E> {
  const list = checkDataFile<CodeList<E>>(name, codeListSchema(entry), data);
  unique(name, list, [(item) => item.code, ...keys]);
  return list;
}

const isoEntry = (isoPattern: string) => ({
  required: ['code', 'iso', 'zh', 'en', 'verified'],
  properties: { code: code('^\\d{3}$'), iso: code(isoPattern), ...labelled, verified: { type: 'boolean' } },
});

export const COUNTRIES = load<IsoCodeEntry>('resources/customs/countries.json', countriesFile, isoEntry('^[A-Z]{2}$'), [(entry) => entry.iso]);
export const CURRENCIES = load<IsoCodeEntry>('resources/customs/currencies.json', currenciesFile, isoEntry('^[A-Z]{3}$'), [(entry) => entry.iso]);
export const UNITS = load<UnitEntry>('resources/customs/units.json', unitsFile, {
  required: ['code', 'zh', 'en', 'aliases', 'measure'],
  properties: {
    code: code('^\\d{3}$'),
    ...labelled,
    aliases: { type: 'array', items: { type: 'string', minLength: 1 } },
    measure: { enum: ['count', 'length', 'area', 'mass'] },
  },
});
export const TRANSPORT_MODES = load<CodeEntry>('resources/customs/transport-modes.json', transportModesFile, {
  required: ['code', 'zh', 'en'],
  properties: { code: code('^[0-9A-Z]$'), ...labelled },
});
export const WRAP_TYPES = load<CodeEntry>('resources/customs/wrap-types.json', wrapTypesFile, {
  required: ['code', 'zh', 'en'],
  properties: { code: code('^\\d$'), ...labelled },
});
export const CUSTOMS_OFFICES = load<CustomsOfficeEntry>('resources/customs/customs-offices.json', customsOfficesFile, {
  required: ['code', 'zh', 'en', 'region', 'verified'],
  properties: { code: code('^\\d{4}$'), ...labelled, region: { type: 'string' }, verified: { type: 'boolean' } },
});

const unitCodes = new Set(UNITS.entries.map((entry) => entry.code));

function loadLegalUnits(): LegalUnitEntry[] {
  const name = 'resources/customs/legal-units.json';
  const schema = codeListSchema({
    required: ['hs', 'unit1', 'note'],
    properties: { hs: code('^\\d{4,10}$'), unit1: code('^\\d{3}$'), unit2: code('^\\d{3}$'), note: { type: 'string' } },
  });
  const list = checkDataFile<{ source: CodeSource; entries: LegalUnitEntry[] }>(name, schema, legalUnitsFile);
  for (const entry of list.entries) {
    for (const unit of [entry.unit1, entry.unit2]) {
      if (unit !== undefined && !unitCodes.has(unit)) throw new Error(`${name} is not valid: ${entry.hs} names unit ${unit}, which units.json lacks`);
    }
  }
  return list.entries;
}

export const LEGAL_UNITS = loadLegalUnits();
