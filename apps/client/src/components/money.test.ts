import { describe, expect, it } from 'vitest';
import { formatMoney, moneyInputProps } from './money.ts';

describe('money inputs', () => {
  it('take as many decimals as the currency has, for every money field (product, listing, order line, freight, payment)', () => {
    expect(moneyInputProps('JPY')).toEqual({ min: 0, step: 1, precision: 0 });
    expect(moneyInputProps('USD')).toEqual({ min: 0, step: 0.01, precision: 2 });
    expect(moneyInputProps('KWD')).toEqual({ min: 0, step: 0.001, precision: 3 });
  });

  it('show minor units with the same decimals', () => {
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(formatMoney(1234, 'KWD', 'en')).toMatch(/^KWD\s1\.234$/);
  });
});
