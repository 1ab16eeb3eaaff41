import { describe, expect, it } from 'vitest';
import { convertMinorUnits, isRateTable, rateTableAgeDays, type RateTable } from './exchange-rates.ts';

const table: RateTable = { date: '2026-11-20', base: 'USD', source: 'test', rates: { CNY: 7.1, EUR: 0.86, JPY: 154.2 } };

describe('exchange rates', () => {
  it('converts minor units through the base, minding currencies without minor units', () => {
    expect(convertMinorUnits(650, 'USD', 'EUR', table)).toBe(559);
    expect(convertMinorUnits(7100, 'CNY', 'USD', table)).toBe(1000);
    expect(convertMinorUnits(1000, 'USD', 'JPY', table)).toBe(1542);
    expect(convertMinorUnits(1542, 'JPY', 'CNY', table)).toBe(7100);
  });

  it('needs no table for the same currency and gives null for a missing rate', () => {
    expect(convertMinorUnits(650, 'USD', 'USD', null)).toBe(650);
    expect(convertMinorUnits(650, 'USD', 'EUR', null)).toBeNull();
    expect(convertMinorUnits(650, 'USD', 'BRL', table)).toBeNull();
  });

  it('tells the age of a table in days and checks the shape of a cached one', () => {
    expect(rateTableAgeDays(table, '2026-11-23')).toBe(3);
    expect(isRateTable(table)).toBe(true);
    expect(isRateTable({ ...table, rates: { EUR: -1 } })).toBe(false);
    expect(isRateTable({ ...table, date: 'yesterday' })).toBe(false);
    expect(isRateTable(null)).toBe(false);
  });
});
