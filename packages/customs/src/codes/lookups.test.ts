import { checkDataFile } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { codeListSchema, labelled } from './code-list-schema.ts';
import { COUNTRIES, CURRENCIES, CUSTOMS_OFFICES, TRANSPORT_MODES } from './code-lists.ts';
import { customsCountryCode, customsCurrencyCode, customsUnitCode, isTransportMode, legalUnitsFor } from './lookups.ts';

describe('customs code lists', () => {
  it('map ISO codes to the legacy 3-digit customs codes', () => {
    expect(customsCountryCode('US')).toBe('502');
    expect(customsCountryCode('jp')).toBe('116');
    expect(customsCountryCode('XX')).toBeUndefined();
    expect(customsCurrencyCode('USD')).toBe('502');
    expect(customsCurrencyCode('EUR')).toBe('300');
    expect(customsCurrencyCode('RMB')).toBe('142');
    expect(customsCurrencyCode('CNY')).toBe('142');
  });

  it('map catalogue units to customs units and HS codes to their legal units', () => {
    expect(customsUnitCode('pc')).toBe('007');
    expect(customsUnitCode('pair')).toBe('025');
    expect(customsUnitCode('m')).toBe('030');
    expect(customsUnitCode('把')).toBe('016');
    expect(customsUnitCode('furlong')).toBeUndefined();
    expect(legalUnitsFor('5407520000')).toMatchObject({ unit1: '030', unit2: '035' });
    expect(legalUnitsFor('8211920000')).toMatchObject({ unit1: '016' });
    expect(legalUnitsFor('9999999999')).toBeUndefined();
  });

  it('cover the demo park: Yangjiang, Huangpu, Ningbo and Shaoxing offices, every transport mode, each file naming its source', () => {
    expect(CUSTOMS_OFFICES.entries.map((entry) => entry.zh)).toEqual(expect.arrayContaining(['阳江海关', '黄埔海关', '宁波海关', '绍兴海关']));
    expect(TRANSPORT_MODES.entries.every((entry) => isTransportMode(entry.code))).toBe(true);
    for (const list of [COUNTRIES, CURRENCIES, CUSTOMS_OFFICES, TRANSPORT_MODES]) expect(list.source.reference).toMatch(/\S/);
  });

  it('refuse a broken file at load, naming it', () => {
    const schema = codeListSchema({ required: ['code', 'zh', 'en'], properties: { code: { type: 'string', pattern: '^\\d$' }, ...labelled } });
    expect(() => checkDataFile('resources/customs/wrap-types.json', schema, { source: { name: 'x', reference: 'y' }, entries: [{ code: '12', zh: '纸箱', en: 'Carton' }] })).toThrow(
      /wrap-types\.json is not valid: \/entries\/0\/code/,
    );
  });
});
