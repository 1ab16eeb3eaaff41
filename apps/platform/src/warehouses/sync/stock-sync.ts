import { mergeSnapshot, newId, projectStock, stockEventOf, type OrderDoc, type ShipmentDoc, type StockDoc, type StockEventDoc, type StockSnapshot } from '@tradewind/domain';
import type { ReplicatedDoc, SyncTransaction } from '@tradewind/sync/server';
import type { Database, Queryable } from '../../db/database.ts';
import { writeDocumentsIn } from '../../sync/sql-sync-store.ts';
import { tenantProductIds } from '../product-ids.ts';
import type { WarehouseProvider } from '../provider.ts';
import type { SkuMap } from './sku-map.ts';

const WRITE_BATCH = 1_000;
/**
 * A snapshot confirming the figures a document already shows moves its `asOf` only once it is this
 * much newer: otherwise every run would rewrite every document and every device would pull the
 * whole stock again each interval. The age a device shows is at most this much too old.
 */
const CONFIRMED_AGE_MS = 3_600_000;

export interface StockSyncResult {
  pulled: number;
  written: number;
  folded: number;
}

/**
 * Pulls every page of each warehouse's stock, keeps per SKU the newest snapshot the provider gave
 * (`mergeSnapshot`: an older `asOf` never replaces a newer one), and writes the `stock` document as
 * that snapshot plus what devices recorded on top: reservations of orders still live and adjustment
 * requests. Those events are folded (`foldedAt`) as they first count in a document, and stay
 * counted at every later snapshot, so a snapshot never overwrites a reservation. A shipment's
 * `shipment_created` event is folded once the provider holds the inbound order, whose units the
 * provider then reports as inbound itself.
 */
export async function syncStock(db: Database, tenantId: string, warehouses: readonly string[], provider: WarehouseProvider, skus: SkuMap): Promise<StockSyncResult> {
  const result: StockSyncResult = { pulled: 0, written: 0, folded: 0 };
  for (const warehouse of warehouses) {
    const pulled = (await provider.listStock({ warehouse })).map((snapshot) => ({ ...snapshot, sku: skus.fromProvider(snapshot.sku) }));
    result.pulled += pulled.length;
    const applied = await db.transaction((q) => writeDocumentsIn(q, tenantId, (tx) => applyWarehouseStock(q, tx, tenantId, warehouse, pulled)));
    result.written += applied.written;
    result.folded += applied.folded;
  }
  return result;
}

async function applyWarehouseStock(q: Queryable, tx: SyncTransaction, tenantId: string, warehouse: string, pulled: StockSnapshot[]) {
  // Two runs of one account (a retry beside a slow first try) take turns per warehouse.
  await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`warehouse-stock:${tenantId}:${warehouse}`]);
  const held = await heldSnapshots(q, tenantId, warehouse);
  const changed: StockSnapshot[] = [];
  for (const incoming of pulled) {
    const before = held.get(incoming.sku);
    const merged = mergeSnapshot(before, incoming);
    if (merged === before) continue;
    held.set(incoming.sku, merged);
    changed.push(merged);
  }
  for (let start = 0; start < changed.length; start += WRITE_BATCH) {
    await q.query(
      `INSERT INTO warehouse_snapshots (tenant_id, warehouse, sku, snapshot)
       SELECT $1, $2, s->>'sku', s FROM jsonb_array_elements($3::jsonb) AS s
       ON CONFLICT (tenant_id, warehouse, sku) DO UPDATE SET snapshot = excluded.snapshot`,
      [tenantId, warehouse, JSON.stringify(changed.slice(start, start + WRITE_BATCH))],
    );
  }

  const { counted, toFold } = await eventsOnTop(q, tenantId, warehouse, held);
  const stored = await storedStock(q, tenantId, warehouse);
  const productIds = stored.size < held.size ? await tenantProductIds(q, tenantId) : new Map<string, string>();
  const now = new Date().toISOString();
  const docs: ReplicatedDoc[] = [];
  for (const row of projectStock([...held.values()], counted.map(stockEventOf))) {
    const snapshot = held.get(row.sku);
    if (!snapshot) continue;
    const figures = {
      provider: snapshot.provider,
      sellable: row.sellable,
      reserved: row.reserved,
      inbound: row.inbound,
      pendingPutaway: row.pendingPutaway,
      unsellable: row.unsellable,
      asOf: snapshot.asOf,
    };
    const doc = stored.get(row.sku);
    if (doc && sameFigures(doc, figures) && Date.parse(figures.asOf) - Date.parse(doc.asOf) < CONFIRMED_AGE_MS) continue;
    const productId = doc?.productId ?? productIds.get(row.sku);
    docs.push({ ...(doc ?? { id: newId(), sku: row.sku, warehouse }), ...(productId && { productId }), ...figures, updatedAt: now, _deleted: false });
  }
  for (let start = 0; start < docs.length; start += WRITE_BATCH) await tx.write('stock', docs.slice(start, start + WRITE_BATCH));
  await tx.write(
    'stockEvents',
    toFold.map((event) => ({ ...event, foldedAt: now, updatedAt: now, _deleted: false })),
  );
  return { written: docs.length, folded: toFold.length };
}

async function heldSnapshots(q: Queryable, tenantId: string, warehouse: string): Promise<Map<string, StockSnapshot>> {
  const rows = await q.query<{ snapshot: StockSnapshot }>('SELECT snapshot FROM warehouse_snapshots WHERE tenant_id = $1 AND warehouse = $2', [tenantId, warehouse]);
  return new Map(rows.map((row) => [row.snapshot.sku, row.snapshot]));
}

async function storedStock(q: Queryable, tenantId: string, warehouse: string): Promise<Map<string, StockDoc>> {
  const rows = await q.query<{ doc: StockDoc }>("SELECT doc FROM doc_stock WHERE tenant_id = $1 AND NOT deleted AND doc->>'warehouse' = $2", [tenantId, warehouse]);
  return new Map(rows.map((row) => [row.doc.sku, row.doc]));
}

const sameFigures = (doc: StockDoc, figures: Pick<StockDoc, 'provider' | 'sellable' | 'reserved' | 'inbound' | 'pendingPutaway' | 'unsellable'>) =>
  (['provider', 'sellable', 'reserved', 'inbound', 'pendingPutaway', 'unsellable'] as const).every((field) => doc[field] === figures[field]);

/**
 * The device events that count on top of this warehouse's snapshots (reservations of orders not
 * cancelled or deleted, adjustment requests; only for SKUs the provider reports), and the unfolded
 * ones to fold now: those, plus `shipment_created` events whose shipment the provider holds.
 */
async function eventsOnTop(q: Queryable, tenantId: string, warehouse: string, held: ReadonlyMap<string, StockSnapshot>) {
  const events = (await q.query<{ doc: StockEventDoc }>("SELECT doc FROM doc_stockevents WHERE tenant_id = $1 AND NOT deleted AND doc->>'warehouse' = $2", [tenantId, warehouse])).map(
    (row) => row.doc,
  );
  const orderIds = [...new Set(events.flatMap((event) => (event.kind === 'reservation' && event.orderId ? [event.orderId] : [])))];
  const liveOrders = new Set(
    (await q.query<{ id: string; doc: Pick<OrderDoc, 'status'> }>('SELECT id, doc FROM doc_orders WHERE tenant_id = $1 AND id = ANY($2::text[]) AND NOT deleted', [tenantId, orderIds]))
      .filter((row) => row.doc.status !== 'cancelled')
      .map((row) => row.id),
  );
  const counted = events.filter((event) => event.sku !== undefined && held.has(event.sku) && (event.kind === 'adjustment_request' || (event.kind === 'reservation' && liveOrders.has(event.orderId!))));
  const shipmentIds = events.filter((event) => event.kind === 'shipment_created' && !event.foldedAt).map((event) => event.shipmentId!);
  const sent = new Set(
    (await q.query<{ id: string; doc: Pick<ShipmentDoc, 'providerRef'> }>('SELECT id, doc FROM doc_shipments WHERE tenant_id = $1 AND id = ANY($2::text[]) AND NOT deleted', [tenantId, shipmentIds]))
      .filter((row) => row.doc.providerRef)
      .map((row) => row.id),
  );
  const countedIds = new Set(counted.map((event) => event.id));
  const toFold = events.filter((event) => !event.foldedAt && (countedIds.has(event.id) || (event.kind === 'shipment_created' && sent.has(event.shipmentId!))));
  return { counted, toFold };
}
