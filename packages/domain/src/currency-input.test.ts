import { describe, expect, it } from 'vitest';
import { readCurrencyCode } from './currency-input.ts';

describe('readCurrencyCode', () => {
  it.each([
    ['RMB', 'CNY'],
    [' rmb ', 'CNY'],
    ['ＲＭＢ', 'CNY'],
    ['人民币', 'CNY'],
  ])('reads %s as CNY: RMB and 人民币 in any case and with full-width letters', (typed, code) => {
    expect(readCurrencyCode(typed)).toBe(code);
  });

  it.each([
    ['usd', 'USD'],
    ['THB', 'THB'],
    ['dollars', null],
    ['', null],
  ])('keeps ISO codes and refuses what is not a currency: %s → %s', (typed, code) => {
    expect(readCurrencyCode(typed)).toBe(code);
  });
});
