import type { StockProvider } from '../collections/stock.ts';

/**
 * Stock of one SKU in one overseas warehouse, as the provider last reported it. The bucket names
 * are those of the replicated `stock` document (StockDoc v1), so a snapshot plugs into it as is.
 */
export const STOCK_BUCKETS = ['sellable', 'reserved', 'inbound', 'pendingPutaway', 'unsellable'] as const;
export type StockBucket = (typeof STOCK_BUCKETS)[number];
export type StockBuckets = Record<StockBucket, number>;

export type WarehouseProviderId = StockProvider;

export interface StockSnapshot extends StockBuckets {
  sku: string;
  /** Our warehouse id (the provider's warehouse code mapped by the connection). */
  warehouse: string;
  provider: WarehouseProviderId;
  /** When the provider took this snapshot (ISO date-time), not when we fetched it. */
  asOf: string;
}

export const EMPTY_BUCKETS: StockBuckets = { sellable: 0, reserved: 0, inbound: 0, pendingPutaway: 0, unsellable: 0 };

export class InvalidStockError extends Error {
  override readonly name = 'InvalidStockError';
}

/** Throws a specific error unless every bucket is a whole number ≥ 0 and `asOf` is a date-time. */
export function assertValidSnapshot(snapshot: StockSnapshot): void {
  for (const bucket of STOCK_BUCKETS) {
    const value = snapshot[bucket];
    if (!Number.isInteger(value) || value < 0) {
      throw new InvalidStockError(`${snapshot.sku}@${snapshot.warehouse}: ${bucket} must be a whole number ≥ 0, got ${value}`);
    }
  }
  if (Number.isNaN(Date.parse(snapshot.asOf))) throw new InvalidStockError(`${snapshot.sku}@${snapshot.warehouse}: asOf is not a date-time: ${snapshot.asOf}`);
}

export function stockKey(sku: string, warehouse: string): string {
  return `${warehouse}\u0000${sku}`;
}

/**
 * The newer of two snapshots of the same SKU × warehouse. A snapshot whose `asOf` is older than the
 * one held never replaces it (providers serve stale caches; an old full sync must not undo newer
 * figures); an equal `asOf` keeps the one held, so replays change nothing.
 */
export function mergeSnapshot(held: StockSnapshot | undefined, incoming: StockSnapshot): StockSnapshot {
  assertValidSnapshot(incoming);
  if (!held) return incoming;
  if (held.sku !== incoming.sku || held.warehouse !== incoming.warehouse) {
    throw new InvalidStockError(`cannot merge ${incoming.sku}@${incoming.warehouse} into ${held.sku}@${held.warehouse}`);
  }
  return Date.parse(incoming.asOf) > Date.parse(held.asOf) ? incoming : held;
}

/** Units physically in the warehouse or about to be shelved, that will be sellable without a new shipment. */
export function onHandForSale(buckets: StockBuckets): number {
  return buckets.sellable + buckets.pendingPutaway;
}
