import { describe, expect, it } from 'vitest';
import { reconcileReceipt } from './reconciliation.ts';
import type { Carton } from './shipment.ts';

const carton = (number: string, lines: Carton['lines']): Carton => ({ number, lengthMm: 600, widthMm: 400, heightMm: 400, weightG: 18_000, lines });
const cartons = [
  carton('C1', [{ sku: 'A', quantity: 20 }]),
  carton('C2', [
    { sku: 'A', quantity: 20 },
    { sku: 'B', quantity: 10 },
  ]),
  carton('C3', [{ sku: 'B', quantity: 10 }]),
];

describe('reconcileReceipt', () => {
  it('shows a lost carton as a shortfall of exactly its SKUs', () => {
    const result = reconcileReceipt(cartons, [
      { sku: 'A', received: 40, putAway: 40 },
      { sku: 'B', received: 10, putAway: 10 },
    ]);
    expect(result.lines).toEqual([
      { sku: 'A', declared: 40, received: 40, putAway: 40, short: 0, over: 0, awaitingPutaway: 0 },
      { sku: 'B', declared: 20, received: 10, putAway: 10, short: 10, over: 0, awaitingPutaway: 0 },
    ]);
    expect(result).toMatchObject({ shortUnits: 10, overUnits: 0, settled: true });
  });

  it('is not settled while received units wait for put-away or a SKU is not counted yet', () => {
    expect(
      reconcileReceipt(cartons, [
        { sku: 'A', received: 40, putAway: 30 },
        { sku: 'B', received: 20, putAway: 20 },
      ]).settled,
    ).toBe(false);
    const uncounted = reconcileReceipt(cartons, [{ sku: 'A', received: 40, putAway: 40 }]);
    expect(uncounted.settled).toBe(false);
    expect(uncounted.lines[1]).toMatchObject({ sku: 'B', received: 0, short: 20 });
  });

  it('reports units of an undeclared SKU as over, not as a shortfall', () => {
    const result = reconcileReceipt(cartons, [
      { sku: 'A', received: 40, putAway: 40 },
      { sku: 'B', received: 20, putAway: 20 },
      { sku: 'X', received: 5, putAway: 0 },
    ]);
    expect(result.lines[2]).toMatchObject({ sku: 'X', declared: 0, over: 5, short: 0, awaitingPutaway: 5 });
    expect(result).toMatchObject({ shortUnits: 0, overUnits: 5 });
  });
});
