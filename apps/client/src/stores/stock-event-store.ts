import { projectStock, servingWarehouse, stockEventOf, type OrderDoc, type ShipmentDoc, type StockBucket, type StockDoc, type StockEvent, type StockEventDoc } from '@tradewind/domain';
import { collectionOf, insertDocument, stampOf, type StoreContext } from './documents.ts';

/**
 * Stock events this device knows the platform has not folded into stock yet: the ones projected
 * on top of the snapshot. Events are append-only; nothing here edits one once written.
 */
export async function unfoldedEvents(ctx: StoreContext): Promise<StockEvent[]> {
  const docs = await collectionOf(ctx, 'stockEvents')
    .find({ selector: { foldedAt: { $exists: false } } })
    .exec();
  return docs.map((doc) => stockEventOf(doc.toJSON() as StockEventDoc));
}

/**
 * A confirmed order holds its units in the overseas warehouse that will serve each line (the
 * buyer's market first). Lines of SKUs no warehouse holds reserve nothing; an order already
 * reserved is not reserved twice.
 */
export async function reserveForOrder(ctx: StoreContext, order: OrderDoc): Promise<StockEventDoc[]> {
  const events = collectionOf(ctx, 'stockEvents');
  if (await events.findOne({ selector: { kind: 'reservation', orderId: order.id } }).exec()) return [];
  const snapshots = (await collectionOf(ctx, 'stock').find().exec()).map((doc) => doc.toJSON() as StockDoc);
  const projected = projectStock(snapshots, await unfoldedEvents(ctx));
  const at = stampOf(ctx);
  const recorded: StockEventDoc[] = [];
  for (const line of order.lines) {
    const warehouse = servingWarehouse(projected, line.sku, order.buyerCountry);
    if (warehouse) recorded.push(await insertDocument(ctx, 'stockEvents', { kind: 'reservation', at, warehouse, sku: line.sku, quantity: line.quantity, orderId: order.id }));
  }
  return recorded;
}

export class InvalidAdjustmentError extends Error {}

/** Asks the platform to correct a bucket (a count found wrong in the warehouse); the reason is required. */
export function requestAdjustment(ctx: StoreContext, request: { sku: string; warehouse: string; bucket: StockBucket; delta: number; reason: string }): Promise<StockEventDoc> {
  const reason = request.reason.trim();
  if (!Number.isInteger(request.delta) || request.delta === 0) throw new InvalidAdjustmentError(`an adjustment needs a whole, non-zero number of units, got ${request.delta}`);
  if (!reason) throw new InvalidAdjustmentError('an adjustment needs a reason');
  return insertDocument(ctx, 'stockEvents', { kind: 'adjustment_request', at: stampOf(ctx), ...request, reason });
}

/** The units a new shipment brings, inbound until the warehouse counts them. */
export function recordShipmentCreated(ctx: StoreContext, shipment: ShipmentDoc, lines: { sku: string; quantity: number }[]): Promise<StockEventDoc> {
  return insertDocument(ctx, 'stockEvents', { kind: 'shipment_created', at: shipment.createdAt, warehouse: shipment.warehouse, shipmentId: shipment.id, lines });
}
