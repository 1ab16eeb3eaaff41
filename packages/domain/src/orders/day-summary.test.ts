import { describe, expect, it } from 'vitest';
import { summarizeDay } from './day-summary.ts';
import { aBuyer } from '../testing/buyers.ts';
import { aQuote } from '../testing/orders.ts';

const buyer = (id: string, createdAt: string) => aBuyer({ id, createdAt, updatedAt: createdAt, company: id });

describe('summarizeDay', () => {
  it('counts the day’s orders, totals them per currency without cancelled ones, and lists new buyers', () => {
    const from = '2026-11-20T00:00:00.000Z';
    const to = '2026-11-21T00:00:00.000Z';
    const orders = [
      aQuote({ id: 'a', createdAt: '2026-11-20T09:00:00.000Z' }),
      aQuote({ id: 'b', createdAt: '2026-11-20T10:00:00.000Z', currency: 'EUR', lines: [{ id: 'x', productId: 'p', sku: 'S', name: 'n', quantity: 10, unitPrice: 100 }] }),
      aQuote({ id: 'c', createdAt: '2026-11-20T11:00:00.000Z', status: 'cancelled' }),
      aQuote({ id: 'd', createdAt: '2026-11-21T00:00:00.000Z' }),
      aQuote({ id: 'e', createdAt: '2026-11-20T12:00:00.000Z', freight: 1000 }),
    ];
    const summary = summarizeDay(orders, [buyer('new', '2026-11-20T08:00:00.000Z'), buyer('old', '2026-11-19T08:00:00.000Z')], from, to);
    expect(summary.orders.map((o) => o.id)).toEqual(['a', 'b', 'c', 'e']);
    expect(summary.totals).toEqual([
      { currency: 'USD', amount: 469_000, orders: 2 },
      { currency: 'EUR', amount: 1_000, orders: 1 },
    ]);
    expect(summary.cancelled).toBe(1);
    expect(summary.buyers.map((b) => b.id)).toEqual(['new']);
  });
});
