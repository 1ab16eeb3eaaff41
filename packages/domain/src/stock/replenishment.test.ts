import { describe, expect, it } from 'vitest';
import { EMPTY_BUCKETS } from './buckets.ts';
import { suggestReplenishment, type ReplenishmentInput } from './replenishment.ts';

const input: Omit<ReplenishmentInput, 'unitsPerCarton'> = {
  today: '2026-12-01',
  velocity: 10,
  stock: { ...EMPTY_BUCKETS, sellable: 500, pendingPutaway: 50, inbound: 150, reserved: 30 },
  transitDays: { sea_fcl: 50, air: 10 },
  receivingDays: 5,
  safetyDays: 10,
  reviewDays: 14,
};

describe('suggestReplenishment', () => {
  it('suggests whole cartons per mode and the last day each mode may leave the factory', () => {
    const [sea, air] = suggestReplenishment({ ...input, unitsPerCarton: 48 });
    // Position 700 (reserved units are not for sale) lasts 70 days → stock-out 2027-02-09.
    // Sea: cover 55 + 14 + 10 = 79 days → 790 − 700 = 90 units → 2 cartons of 48 = 96; leave by 02-09 − 65 days.
    expect(sea).toMatchObject({ mode: 'sea_fcl', leadDays: 55, coverDays: 79, cartons: 2, units: 96, latestShipDate: '2026-12-06', late: false });
    // Air: cover 15 + 14 + 10 = 39 days → 390 < 700 → nothing to send yet; leave by 02-09 − 25 days.
    expect(air).toMatchObject({ mode: 'air', cartons: 0, units: 0, latestShipDate: '2027-01-15', late: false });
  });

  it('marks a mode late when its latest ship date has passed', () => {
    const [sea, air] = suggestReplenishment({ ...input, stock: { ...EMPTY_BUCKETS, sellable: 300 }, unitsPerCarton: 50 });
    // 300 units last 30 days → stock-out 2026-12-31; sea needs 65 days, air 25.
    expect(sea).toMatchObject({ latestShipDate: '2026-10-27', late: true, cartons: 10 });
    expect(air).toMatchObject({ latestShipDate: '2026-12-06', late: false });
  });

  it('suggests nothing and no date when nothing sells', () => {
    expect(suggestReplenishment({ ...input, velocity: 0, unitsPerCarton: 48 }).map(({ units, latestShipDate }) => ({ units, latestShipDate }))).toEqual([
      { units: 0, latestShipDate: null },
      { units: 0, latestShipDate: null },
    ]);
  });

  it('refuses a carton that holds no whole units', () => {
    expect(() => suggestReplenishment({ ...input, unitsPerCarton: 0 })).toThrow(/units per carton/);
    expect(() => suggestReplenishment({ ...input, unitsPerCarton: 12.5 })).toThrow(/units per carton/);
    expect(() => suggestReplenishment({ ...input, unitsPerCarton: 12, safetyDays: -1 })).toThrow(/safetyDays/);
  });

  it('offers every mode with default transit times when the seller set none', () => {
    const modes = suggestReplenishment({ ...input, transitDays: undefined, unitsPerCarton: 10 }).map((row) => row.mode);
    expect(modes.sort()).toEqual(['air', 'express', 'rail', 'sea_fcl', 'sea_lcl', 'truck']);
  });
});
