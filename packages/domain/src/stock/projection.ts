import { EMPTY_BUCKETS, InvalidStockError, stockKey, type StockBucket, type StockBuckets, type StockSnapshot } from './buckets.ts';
import type { SkuQuantity } from './shipment.ts';

/**
 * What a device records instead of editing counters (docs/architecture.md, Replication); the platform folds them into
 * stock. Until then the device shows them on top of the last snapshot.
 */
export type StockEvent =
  | { kind: 'reservation'; id: string; at: string; orderId: string; sku: string; warehouse: string; quantity: number }
  | { kind: 'adjustment_request'; id: string; at: string; sku: string; warehouse: string; bucket: StockBucket; delta: number; reason: string }
  | { kind: 'shipment_created'; id: string; at: string; shipmentId: string; warehouse: string; lines: SkuQuantity[] };

export interface ProjectedStock extends StockBuckets {
  sku: string;
  warehouse: string;
  /** The platform snapshot's time; null when only this device's events know the SKU here. */
  asOf: string | null;
  /** Units reserved beyond what was sellable: orders taken that the warehouse cannot fill yet. */
  oversold: number;
  /** How many unsynced events of this device changed the figures. */
  pendingEvents: number;
}

/** Projected stock = the platform's snapshots + this device's events the platform has not folded yet. */
export function projectStock(snapshots: readonly StockSnapshot[], unsyncedEvents: readonly StockEvent[]): ProjectedStock[] {
  const rows = new Map<string, ProjectedStock>();
  for (const snapshot of snapshots) {
    const { sku, warehouse, asOf } = snapshot;
    rows.set(stockKey(sku, warehouse), { ...bucketsOf(snapshot), sku, warehouse, asOf, oversold: 0, pendingEvents: 0 });
  }
  const row = (sku: string, warehouse: string): ProjectedStock => {
    const key = stockKey(sku, warehouse);
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { ...EMPTY_BUCKETS, sku, warehouse, asOf: null, oversold: 0, pendingEvents: 0 }));
    return found;
  };
  unsyncedEvents.forEach(assertValidEvent);
  for (const event of [...unsyncedEvents].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    if (event.kind === 'shipment_created') {
      for (const line of event.lines) {
        const target = row(line.sku, event.warehouse);
        target.inbound += line.quantity;
        target.pendingEvents += 1;
      }
      continue;
    }
    const target = row(event.sku, event.warehouse);
    target.pendingEvents += 1;
    if (event.kind === 'reservation') {
      const fromSellable = Math.min(target.sellable, event.quantity);
      target.sellable -= fromSellable;
      target.oversold += event.quantity - fromSellable;
      target.reserved += event.quantity;
    } else {
      target[event.bucket] = Math.max(0, target[event.bucket] + event.delta);
    }
  }
  return [...rows.values()];
}

function assertValidEvent(event: StockEvent): void {
  const units = event.kind === 'shipment_created' ? event.lines.map((line) => line.quantity) : [event.kind === 'reservation' ? event.quantity : Math.abs(event.delta)];
  if (!units.every((value) => Number.isInteger(value) && value > 0)) throw new InvalidStockError(`stock event ${event.id} (${event.kind}) needs whole, non-zero unit counts`);
  if (Number.isNaN(Date.parse(event.at))) throw new InvalidStockError(`stock event ${event.id} has no valid time: ${event.at}`);
}

function bucketsOf(snapshot: StockBuckets): StockBuckets {
  const { sellable, reserved, inbound, pendingPutaway, unsellable } = snapshot;
  return { sellable, reserved, inbound, pendingPutaway, unsellable };
}
