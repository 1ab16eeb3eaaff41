import { describe, expect, it } from 'vitest';
import type { StockDoc } from '../collections/stock.ts';
import { validateDocument } from '../validate.ts';
import { InvalidStockError, mergeSnapshot, type StockSnapshot } from './buckets.ts';

const snapshot = (asOf: string, sellable: number): StockSnapshot => ({
  sku: 'YJ-KN-001',
  warehouse: 'gc-us-east',
  provider: 'goodcang',
  sellable,
  reserved: 2,
  inbound: 40,
  pendingPutaway: 0,
  unsellable: 1,
  asOf,
});

describe('mergeSnapshot', () => {
  it('takes a newer snapshot', () => {
    expect(mergeSnapshot(snapshot('2026-11-20T08:00:00Z', 10), snapshot('2026-11-21T08:00:00Z', 7)).sellable).toBe(7);
  });

  it('never lets an older snapshot replace a newer one, whatever order they arrive in', () => {
    const older = snapshot('2026-11-20T08:00:00Z', 10);
    const newer = snapshot('2026-11-21T08:00:00+08:00', 7);
    for (const order of [
      [older, newer],
      [newer, older],
      [newer, older, older],
    ]) {
      const merged = order.reduce<StockSnapshot | undefined>((held, incoming) => mergeSnapshot(held, incoming), undefined);
      expect(merged).toBe(newer);
    }
  });

  it('keeps the held snapshot when a replay has the same asOf', () => {
    const held = snapshot('2026-11-20T08:00:00Z', 10);
    expect(mergeSnapshot(held, snapshot('2026-11-20T08:00:00.000Z', 3))).toBe(held);
  });

  it('refuses negative or fractional buckets and a missing time, naming the field', () => {
    expect(() => mergeSnapshot(undefined, snapshot('2026-11-20T08:00:00Z', -1))).toThrow(/sellable must be a whole number/);
    expect(() => mergeSnapshot(undefined, { ...snapshot('2026-11-20T08:00:00Z', 1), reserved: 1.5 })).toThrow(InvalidStockError);
    expect(() => mergeSnapshot(undefined, snapshot('yesterday', 1))).toThrow(/asOf is not a date-time/);
  });

  it('refuses to merge snapshots of different SKUs or warehouses', () => {
    expect(() => mergeSnapshot(snapshot('2026-11-20T08:00:00Z', 1), { ...snapshot('2026-11-21T08:00:00Z', 1), warehouse: 'winit-uk' })).toThrow(/cannot merge/);
  });
});

describe('a snapshot in the stock collection', () => {
  it('is a valid stock document once it has an id and a time', () => {
    const doc: StockDoc = { id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', updatedAt: '2026-11-20T08:00:05Z', ...snapshot('2026-11-20T08:00:00Z', 10) };
    expect(validateDocument('stock', doc)).toBeNull();
  });
});
