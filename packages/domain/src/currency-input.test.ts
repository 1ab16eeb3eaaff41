import { describe, expect, it } from 'vitest';
import { readCurrencyCode } from './currency-input.ts';

describe('readCurrencyCode', () => {
  it('reads RMB and 人民币 as CNY, in any case and with full-width letters', () => {
    expect(readCurrencyCode('RMB')).toBe('CNY');
    expect(readCurrencyCode(' rmb ')).toBe('CNY');
    expect(readCurrencyCode('ＲＭＢ')).toBe('CNY');
    expect(readCurrencyCode('人民币')).toBe('CNY');
  });

  it('keeps ISO codes and refuses what is not a currency', () => {
    expect(readCurrencyCode('usd')).toBe('USD');
    expect(readCurrencyCode('THB')).toBe('THB');
    expect(readCurrencyCode('dollars')).toBeNull();
    expect(readCurrencyCode('')).toBeNull();
  });
});
