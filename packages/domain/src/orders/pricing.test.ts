import { describe, expect, it } from 'vitest';
import { discountPercentFor, listPrice, unitPriceFor } from './pricing.ts';

const rates = { date: '2026-11-20', base: 'USD', source: 'test', rates: { EUR: 0.86 } };
const product = {
  price: { amount: 650, currency: 'USD' },
  variants: [
    { sku: 'V-PAK', options: {}, price: { amount: 720, currency: 'USD' } },
    { sku: 'V-G10', options: {} },
  ],
};

describe('price lists', () => {
  it('takes a variant’s own price, else the best quantity break reached, else the product’s', () => {
    const withBreaks = {
      ...product,
      priceTiers: [
        { minQuantity: 1000, price: { amount: 560, currency: 'USD' } },
        { minQuantity: 500, price: { amount: 600, currency: 'USD' } },
      ],
    };
    expect(listPrice(withBreaks, 'V-PAK', 2000)).toEqual({ amount: 720, currency: 'USD' });
    expect(listPrice(withBreaks, 'V-G10', 200)).toEqual({ amount: 650, currency: 'USD' });
    expect(listPrice(withBreaks, undefined, 500)).toEqual({ amount: 600, currency: 'USD' });
    expect(listPrice(withBreaks, undefined, 5000)).toEqual({ amount: 560, currency: 'USD' });
  });

  it('applies the tier discount unless the buyer has an agreed one', () => {
    expect(discountPercentFor(undefined)).toBe(0);
    expect(discountPercentFor({ priceTier: 'distributor' })).toBe(12);
    expect(discountPercentFor({ priceTier: 'distributor', discountPercent: 8 })).toBe(8);
  });

  it('prices in the order currency with the rate table, then the discount', () => {
    expect(unitPriceFor({ amount: 650, currency: 'USD' }, 'USD', 12, rates)).toBe(572);
    expect(unitPriceFor({ amount: 650, currency: 'USD' }, 'EUR', 5, rates)).toBe(531);
    expect(unitPriceFor({ amount: 650, currency: 'USD' }, 'GBP', 0, rates)).toBeNull();
  });
});
