import { checkDataFile } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import { codeListSchema, labelled } from './code-list-schema.ts';
import { COUNTRIES, CURRENCIES, CUSTOMS_OFFICES, TRANSPORT_MODES } from './code-lists.ts';
import { customsCountryCode, customsCurrencyCode, customsUnitCode, isTransportMode, legalUnitsFor } from './lookups.ts';

describe('customs code lists', () => {
  describe.each([
    ['country', customsCountryCode, { US: '502', jp: '116', XX: undefined }],
    ['currency', customsCurrencyCode, { USD: '502', EUR: '300', RMB: '142', CNY: '142' }],
    ['unit', customsUnitCode, { pc: '007', pair: '025', m: '030', 把: '016', furlong: undefined }],
  ] as const)('the %s lookup', (_list, lookup, examples) => {
    it.each(Object.entries(examples))('maps %j to its 3-digit customs code %s', (value, code) => {
      expect(lookup(value)).toBe(code);
    });
  });

  it('map HS codes to their legal units', () => {
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
