import { describe, expect, it } from 'vitest';
import { cebDate, cebDecimal, cebGuid, cebKilograms, cebMoney, cebTime } from './format.ts';

describe('CEB formats', () => {
  it('writes times in Beijing time as YYYYMMDDhhmmss and dates as YYYYMMDD', () => {
    expect(cebTime('2026-03-01T17:30:05Z')).toBe('20260302013005');
    expect(cebTime('2026-03-02T09:30:05+08:00')).toBe('20260302093005');
    expect(cebDate('2026-03-02')).toBe('20260302');
    expect(() => cebTime('yesterday')).toThrow(/ISO-8601/);
  });

  it('turns integer minor units into exact decimals', () => {
    expect(cebMoney(5036, 'USD')).toBe('50.36');
    expect(cebMoney(5030, 'USD')).toBe('50.3');
    expect(cebMoney(5, 'USD')).toBe('0.05');
    expect(cebMoney(0, 'CNY')).toBe('0');
    expect(cebMoney(1200, 'JPY')).toBe('1200');
    expect(cebMoney(900_719_925_474_099, 'USD')).toBe('9007199254740.99');
    expect(() => cebMoney(1.5, 'USD')).toThrow(/minor units/);
  });

  it('keeps at most 5 decimals for quantities and weights, and upper-cases guids', () => {
    expect(cebDecimal(2.123456)).toBe('2.12346');
    expect(cebDecimal(100)).toBe('100');
    expect(cebKilograms(80_250)).toBe('80.25');
    expect(cebGuid('0190f2a4-0000-7000-8000-00000000000a')).toBe('0190F2A4-0000-7000-8000-00000000000A');
  });
});
