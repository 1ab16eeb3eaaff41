import { describe, expect, it } from 'vitest';
import { readCurrencyCode } from './currency-input.ts';

describe('readCurrencyCode', () => {
  it.each([
    ['RMB', 'CNY'],
    [' rmb ', 'CNY'],
    ['ＲＭＢ', 'CNY'],
    ['人民币', 'CNY'],
    ['usd', 'USD'],
    ['THB', 'THB'],
    ['dollars', null],
    ['', null],
  ])('reads %j as %s: RMB and 人民币 in any case and width are CNY, ISO codes are kept, anything else is refused', (typed, code) => {
    expect(readCurrencyCode(typed)).toBe(code);
  });
});
