import { readFileSync } from 'node:fs';
import { resourceUrl } from '@tradewind/resources';
import { describe, expect, it } from 'vitest';
import type { ProductDoc } from '../collections/products.ts';
import { validateDocument } from '../validate.ts';
import { marketplaceOrderDoc, marketplaceOrderId, parseAmount, parseMarketplaceReport, UnknownReportError, UNLINKED_PRODUCT_ID } from './import.ts';

const SAMPLES = resourceUrl('marketplace-samples/');
const sample = (name: string) => readFileSync(new URL(name, SAMPLES), 'utf8');
const DEMO = JSON.parse(readFileSync(resourceUrl('demo-park/yangjiang-knives.json'), 'utf8')) as { products: Omit<ProductDoc, 'id' | 'updatedAt' | 'archived'>[] };
const products: ProductDoc[] = DEMO.products.map((p, i) => ({ ...p, id: `p${i}`, updatedAt: '2026-11-20T08:00:00Z', archived: false }));

describe('parseAmount', () => {
  it('reads dot and comma decimals and ignores currency signs', () => {
    expect(parseAmount('1,234.50')).toBe(1234.5);
    expect(parseAmount('R$ 1.234,50')).toBe(1234.5);
    expect(parseAmount('')).toBeNaN();
  });
});

describe('marketplace reports', () => {
  it('reads the Amazon All Orders Report: one order per amazon-order-id, item-price as the line total', () => {
    const report = parseMarketplaceReport(sample('amazon-all-orders.txt'));
    expect(report.channel).toBe('amazon');
    expect(report.orders.map((o) => [o.externalId, o.status, o.paid, o.currency, o.lines.length, o.shipping])).toEqual([
      ['408-3391245-7720311', 'shipped', true, 'EUR', 2, 499],
      ['171-5520934-1187452', 'confirmed', true, 'EUR', 1, 599],
      ['114-8812077-6403420', 'cancelled', false, 'USD', 0, 0],
    ]);
    expect(report.orders[0]).toMatchObject({ country: 'DE', buyerName: 'amazon · Hamburg', purchasedAt: '2026-11-18T09:21:45.000Z' });
    expect(report.orders[0]!.lines[0]).toMatchObject({ sku: 'LF-CH8-G10', quantity: 2, unitPrice: 2299 });
    expect(report.skipped).toEqual([]);
  });

  it('reads the AliExpress export with its buyers and unit prices', () => {
    const report = parseMarketplaceReport(sample('aliexpress-orders.csv'));
    expect(report.channel).toBe('aliexpress');
    expect(report.orders.map((o) => [o.externalId, o.buyerName, o.country, o.status, o.lines.map((l) => [l.sku, l.quantity, l.unitPrice])])).toEqual([
      [
        '8190022345671234',
        'Ivan Petrov',
        'RU',
        'confirmed',
        [
          ['LF-KS21-RED', 4, 320],
          ['LF-CH8-G10', 1, 1280],
        ],
      ],
      ['8190031188804411', 'Ahmed Al Mansouri', 'AE', 'completed', [['LF-FK35-BLK', 2, 990]]],
    ]);
    expect(report.orders[0]!.lines[1]!.name).toBe('Chef knife 8" G10 handle');
  });

  it('reads a currency typed as RMB as CNY', () => {
    const report = parseMarketplaceReport(sample('amazon-all-orders.txt').replaceAll('\tEUR\t', '\tRMB\t'));
    expect(new Set(report.orders.map((o) => o.currency))).toContain('CNY');
    expect(report.orders.some((o) => o.currency === 'RMB')).toBe(false);
  });

  it('reads the Shopee export in the shop’s currency, and skips every row when none is given', () => {
    const report = parseMarketplaceReport(sample('shopee-orders.csv'), { fallbackCurrency: 'BRL' });
    expect(report.channel).toBe('shopee');
    expect(report.orders.map((o) => [o.externalId, o.buyerName, o.currency, o.status, o.shipping, o.lines.length])).toEqual([
      ['2611200KX3P9QA', 'Mariana Souza', 'BRL', 'confirmed', 1250, 2],
      ['2611210MZ7R2TB', 'João Pereira', 'BRL', 'completed', 890, 1],
    ]);
    const noCurrency = parseMarketplaceReport(sample('shopee-orders.csv'));
    expect(noCurrency.orders).toEqual([]);
    expect(noCurrency.skipped.map((s) => s.reason)).toEqual(['no_currency', 'no_currency', 'no_currency']);
  });

  it('refuses a file that is no known report', () => {
    expect(() => parseMarketplaceReport('a,b\n1,2')).toThrow(UnknownReportError);
  });

  it('turns each into a valid order document with ids that are the same on every import', () => {
    for (const [file, currency] of [['amazon-all-orders.txt'], ['aliexpress-orders.csv'], ['shopee-orders.csv', 'BRL']] as const) {
      const first = parseMarketplaceReport(sample(file), { fallbackCurrency: currency }).orders.map((o, i) => marketplaceOrderDoc(o, `YJ03-00010${i}`, products, '2026-11-23T08:00:00.000Z'));
      const again = parseMarketplaceReport(sample(file), { fallbackCurrency: currency }).orders.map((o, i) => marketplaceOrderDoc(o, `YJ04-00020${i}`, products, '2026-11-24T08:00:00.000Z'));
      expect(again.map((o) => [o.id, o.lines.map((l) => l.id)])).toEqual(first.map((o) => [o.id, o.lines.map((l) => l.id)]));
      for (const order of first) expect(validateDocument('orders', order), `${file} ${order.externalRef}`).toBeNull();
    }
  });

  it('links lines to catalogue products by SKU and records the marketplace’s payment', () => {
    const [hamburg, , cancelled] = parseMarketplaceReport(sample('amazon-all-orders.txt')).orders.map((o) => marketplaceOrderDoc(o, 'YJ03-000001', products, '2026-11-23T08:00:00.000Z'));
    expect(hamburg).toMatchObject({ id: marketplaceOrderId('amazon', '408-3391245-7720311'), externalRef: 'amazon:408-3391245-7720311', channel: 'amazon', status: 'shipped', freight: 499 });
    expect(hamburg!.lines.map((l) => l.productId)).toEqual(['p0', 'p4']);
    expect(hamburg!.payments).toEqual([expect.objectContaining({ kind: 'balance', amount: 2 * 2299 + 999 + 499 })]);
    expect(cancelled!.payments).toEqual([]);
    const unknown = parseMarketplaceReport(
      'amazon-order-id\tpurchase-date\torder-status\tsku\tproduct-name\tquantity\tcurrency\titem-price\tshipping-price\n1\t2026-11-20T00:00:00Z\tShipped\tNOPE\tx\t1\tUSD\t5.00\t0',
    ).orders[0]!;
    expect(marketplaceOrderDoc(unknown, 'YJ03-000002', products, '2026-11-23T08:00:00.000Z').lines[0]!.productId).toBe(UNLINKED_PRODUCT_ID);
  });
});
