import { describe, expect, it } from 'vitest';
import { aQuote } from '../testing/orders.ts';
import { daysOfCover, stockOutDate } from './cover.ts';
import { saleLinesFromOrders, weightedVelocity, type SaleLine } from './velocity.ts';

const now = '2026-12-01T00:00:00Z';
const daysAgo = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();

describe('weightedVelocity', () => {
  it('weighs the last week, month and quarter', () => {
    // 70 units in the last week, 30 more within the month, 90 more within the quarter.
    const sales: SaleLine[] = [
      { sku: 'A', quantity: 70, at: daysAgo(2) },
      { sku: 'A', quantity: 30, at: daysAgo(20) },
      { sku: 'A', quantity: 90, at: daysAgo(60) },
      { sku: 'B', quantity: 999, at: daysAgo(1) },
    ];
    // 0.5·70/7 + 0.3·100/30 + 0.2·190/90
    expect(weightedVelocity(sales, 'A', now)).toBeCloseTo(5 + 1 + 0.4222, 3);
  });

  it('ignores sales older than the longest window and sales dated after now', () => {
    expect(
      weightedVelocity(
        [
          { sku: 'A', quantity: 500, at: daysAgo(91) },
          { sku: 'A', quantity: 5, at: daysAgo(-1) },
        ],
        'A',
        now,
      ),
    ).toBe(0);
  });

  it('counts sold orders only, not quotes or cancelled ones', () => {
    const line = { id: 'l', productId: 'p', sku: 'A', name: 'knife', quantity: 10, unitPrice: 100 };
    const orders = [
      aQuote({ id: 'q', status: 'quote', createdAt: daysAgo(1), lines: [line] }),
      aQuote({ id: 'c', status: 'cancelled', createdAt: daysAgo(1), lines: [line] }),
      aQuote({ id: 's', status: 'shipped', createdAt: daysAgo(1), lines: [line] }),
    ];
    expect(saleLinesFromOrders(orders)).toEqual([{ sku: 'A', quantity: 10, at: daysAgo(1) }]);
  });
});

describe('days of cover', () => {
  it('divides the units by the velocity and dates the stock-out', () => {
    expect(daysOfCover(100, 4)).toBe(25);
    expect(stockOutDate('2026-12-01', 100, 4)).toBe('2026-12-26');
    expect(stockOutDate('2026-12-01', 10, 4)).toBe('2026-12-03');
  });

  it('has no end when nothing sells', () => {
    expect(daysOfCover(100, 0)).toBeNull();
    expect(stockOutDate('2026-12-01', 100, 0)).toBeNull();
  });
});
