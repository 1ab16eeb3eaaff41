import { describe, expect, it } from 'vitest';
import type { OrderLine } from '../collections/orders.ts';
import type { ProductDoc } from '../collections/products.ts';
import { autoUnitPrice, followPriceList, type PricingContext } from './pricing.ts';

const product = {
  id: 'p1',
  sku: 'LF-CH8',
  price: { amount: 650, currency: 'USD' },
  priceTiers: [{ minQuantity: 500, price: { amount: 600, currency: 'USD' } }],
  variants: [{ sku: 'LF-CH8-G10', options: {} }],
} as unknown as ProductDoc;
const rates = { date: '2026-11-20', base: 'USD', source: 't', rates: { EUR: 0.86 } };
const usd: PricingContext = { productsById: new Map([['p1', product]]), buyer: undefined, currency: 'USD', rates };
const eur: PricingContext = { ...usd, currency: 'EUR' };
const line: OrderLine = { id: 'l1', productId: 'p1', sku: 'LF-CH8-G10', name: 'n', quantity: 200, unitPrice: 650 };

describe('price-list following', () => {
  it('prices a line from the price list, the buyer tier and the rate table', () => {
    expect(autoUnitPrice(usd, line)).toBe(650);
    expect(autoUnitPrice({ ...usd, buyer: { priceTier: 'distributor' } }, line)).toBe(572);
    expect(autoUnitPrice(eur, line)).toBe(559);
    expect(autoUnitPrice(usd, { ...line, productId: 'unknown' })).toBeNull();
  });

  it('follows the price list for a line at its automatic price, keeps a typed price', () => {
    expect(followPriceList(line, { ...line, quantity: 500 }, usd, usd).unitPrice).toBe(600);
    expect(followPriceList(line, line, usd, eur).unitPrice).toBe(559);
    const typed = { ...line, unitPrice: 610 };
    expect(followPriceList(typed, { ...typed, quantity: 500 }, usd, usd).unitPrice).toBe(610);
  });
});
