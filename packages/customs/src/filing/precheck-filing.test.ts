import { readFileSync } from 'node:fs';
import type { FilingDeclaration, MerchantDoc, OrderDoc, ProductDoc, RateTable } from '@tradewind/domain';
import { aQuote } from '@tradewind/domain/testing';
import { describe, expect, it } from 'vitest';
import { precheckFiling } from './precheck-filing.ts';

const demo = JSON.parse(readFileSync(new URL('../../../../resources/demo-park/yangjiang-knives.json', import.meta.url), 'utf8')) as {
  merchant: MerchantDoc;
  products: Omit<ProductDoc, 'id'>[];
  filing: { declaration: FilingDeclaration };
};
const products = demo.products.map((product) => ({ ...product, id: product.sku }) as ProductDoc);
const chef = products.find((product) => product.sku === 'LF-CH8')!;
const placeholder = { ...chef, id: 'LF-BK20', sku: 'LF-BK20', name: '面包刀', hsCode: '0000000000', variants: [] } as ProductDoc;
const rates: RateTable = { date: '2026-11-20', base: 'USD', source: 'test', rates: { CNY: 7.118 } };

const order = (number: string, productId: string): OrderDoc =>
  aQuote({ id: number, number, channel: 'amazon', buyerCountry: 'US', lines: [{ id: `${number}-1`, productId, sku: productId, name: '刀', quantity: 2, unitPrice: 2999 }] });

const filingOf = (orders: OrderDoc[]) => ({
  declaration: { ...demo.filing.declaration, logistics: { ...demo.filing.declaration.logistics, waybillNos: Object.fromEntries(orders.map((o) => [o.id, `LX${o.number.slice(-6)}CN`])) } },
});

describe('pre-check of a filing on the device', () => {
  it('passes the orders the platform can declare and flags the one whose product has no HS code', () => {
    const orders = [order('YJ01-000101', chef.id), order('YJ01-000102', placeholder.id)];
    const result = precheckFiling(filingOf(orders), orders, [...products, placeholder], demo.merchant, rates);
    if ('missingRate' in result) throw new Error('rate expected');
    expect(result.ok).toBe(false);
    const errors = result.orders.map((entry) => entry.issues.filter((found) => found.severity === 'error').map((found) => `${entry.order.number} ${found.code} ${found.line?.itemNo ?? ''}`));
    expect(errors).toEqual([[], ['YJ01-000102 hsMissing LF-BK20']]);
  });

  it('asks for each order’s waybill', () => {
    const orders = [order('YJ01-000101', chef.id)];
    const result = precheckFiling({ declaration: demo.filing.declaration }, orders, products, demo.merchant, rates);
    expect('orders' in result && result.orders[0]!.issues.map((found) => found.code)).toContain('waybillMissing');
  });

  it('says which currency has no rate rather than guessing a goods value', () => {
    const orders = [order('YJ01-000101', chef.id)];
    expect(precheckFiling(filingOf(orders), orders, products, demo.merchant, null)).toEqual({ missingRate: 'USD' });
  });
});
