import { describe, expect, it } from 'vitest';
import { minorUnitDigits, minorUnitStep, toMajorUnits, toMinorUnits } from './money.ts';

describe('minor units', () => {
  it('knows each currency’s decimals from the ICU data, not a hand-kept table', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('USD')).toBe(2);
    expect(minorUnitDigits('CNY')).toBe(2);
    expect(minorUnitDigits('KWD')).toBe(3);
    expect([minorUnitStep('JPY'), minorUnitStep('USD'), minorUnitStep('KWD')]).toEqual([1, 0.01, 0.001]);
  });

  it('converts between major and minor units with those decimals', () => {
    expect(toMinorUnits(1500, 'JPY')).toBe(1500);
    expect(toMinorUnits(12.34, 'USD')).toBe(1234);
    expect(toMinorUnits(1.234, 'KWD')).toBe(1234);
    expect(toMajorUnits(1234, 'KWD')).toBe(1.234);
  });

  it('refuses what is not a currency code', () => {
    expect(() => minorUnitDigits('usd')).toThrow(/ISO 4217/);
    expect(() => minorUnitDigits('')).toThrow(RangeError);
  });
});
