import { describe, expect, it } from 'vitest';
import { aStockRow } from '../testing/stock.ts';
import type { StockSnapshot } from './buckets.ts';
import { servingWarehouse, snapshotAgeHours, stockOverview, totalsByMarket, warehouseMarket } from './overview.ts';
import type { StockEvent } from './projection.ts';

const now = '2026-11-28T10:00:00.000Z';
const snapshot = (sku: string, warehouse: string, sellable: number, fields: Partial<StockSnapshot> = {}): StockSnapshot => aStockRow(sku, warehouse, sellable, fields);
// 10 units a day for 90 days: every window averages 10.
const sales = Array.from({ length: 90 }, (_, day) => ({ sku: 'LF-CH8', quantity: 10, at: new Date(Date.parse(now) - (day + 0.5) * 86_400_000).toISOString() }));

describe('stock overview', () => {
  it('warns of low cover and names the stock-out date from the weighted velocity', () => {
    const [line] = stockOverview([snapshot('LF-CH8', 'USWE', 200)], [], sales, now);
    expect(line).toMatchObject({ market: 'US', velocity: 10, coverDays: 20, stockOut: '2026-12-18', warning: 'low_cover' });
  });

  it('counts this device’s reservation on top of the snapshot and flags what is sold beyond stock', () => {
    const reservation: StockEvent = { kind: 'reservation', id: 'e1', at: now, orderId: 'o1', sku: 'LF-CH8', warehouse: 'USWE', quantity: 250 };
    const [line] = stockOverview([snapshot('LF-CH8', 'USWE', 200)], [reservation], sales, now);
    expect(line).toMatchObject({ sellable: 0, reserved: 250, oversold: 50, pendingEvents: 1, warning: 'oversold' });
  });

  it('reads nothing sold as cover without end, and nothing left as a stock-out', () => {
    const [idle, empty] = stockOverview([snapshot('LF-KS21', 'UKBH', 50, { provider: 'winit' }), snapshot('LF-KS21', 'DEFR', 0)], [], [], now);
    expect(idle).toMatchObject({ market: 'UK', provider: 'winit', coverDays: null, stockOut: null, warning: null });
    expect(empty).toMatchObject({ market: 'DE', warning: 'stock_out' });
  });

  it('totals buckets per market', () => {
    const lines = stockOverview([snapshot('A', 'USWE', 10, { inbound: 5 }), snapshot('B', 'US-FBA', 7, { provider: 'fba' }), snapshot('A', 'UKBH', 3)], [], [], now);
    expect(totalsByMarket(lines).map(({ market, skus, sellable, inbound }) => ({ market, skus, sellable, inbound }))).toEqual([
      { market: 'UK', skus: 1, sellable: 3, inbound: 0 },
      { market: 'US', skus: 2, sellable: 17, inbound: 5 },
    ]);
  });

  it('reads the market from connection ids and provider codes', () => {
    expect(['gc-us-west', 'winit-uk', '4px-de', 'fba-us', 'USEA', 'DEFRA', 'main'].map(warehouseMarket)).toEqual(['US', 'UK', 'DE', 'US', 'US', 'DE', 'MAIN']);
  });

  it('tells the snapshot age in whole hours, and none for rows only the device knows', () => {
    expect(snapshotAgeHours('2026-11-28T04:00:00.000Z', now)).toBe(6);
    expect(snapshotAgeHours(null, now)).toBeNull();
  });

  it('serves an order line from the buyer’s market first, else where most is sellable', () => {
    const rows = stockOverview([snapshot('A', 'USWE', 10), snapshot('A', 'UKBH', 90), snapshot('B', 'UKBH', 1)], [], [], now);
    expect(servingWarehouse(rows, 'A', 'us')).toBe('USWE');
    expect(servingWarehouse(rows, 'A', 'FR')).toBe('UKBH');
    expect(servingWarehouse(rows, 'C', 'US')).toBeNull();
  });
});
