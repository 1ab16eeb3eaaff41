import { marketplaceOrderDoc, newId, type OrderDoc, type OrderPayment, type ParsedReport, type ProductDoc, recordPayment } from '@tradewind/domain';
import { reserveOrderNumbers } from '../../db/order-numbers.ts';
import type { MerchantDatabase } from '../../db/database.ts';

/** What the order editor decides; the rest (number, status, payments, dates) the store does. */
export type OrderDraft = Pick<OrderDoc, 'buyerName' | 'buyerCountry' | 'channel' | 'currency' | 'incoterm' | 'lines' | 'notes'> &
  Pick<OrderDoc, 'buyerId' | 'deliveryDate' | 'depositPercent' | 'freight'>;

/** Keys absent in the draft (no buyer, no date) are removed from the document, not stored as undefined. */
function withDraft(base: Partial<OrderDoc>, draft: OrderDraft): Partial<OrderDoc> {
  const merged: Record<string, unknown> = { ...base, ...draft };
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
  return merged as Partial<OrderDoc>;
}

export async function createOrder(db: MerchantDatabase, prefix: string, draft: OrderDraft): Promise<OrderDoc> {
  const [number] = await reserveOrderNumbers(db, prefix, 1);
  const now = new Date().toISOString();
  const order = withDraft({ id: newId(), number: number!, status: 'quote', payments: [], createdAt: now, updatedAt: now }, draft) as OrderDoc;
  await db.orders.insert(order);
  return order;
}

export async function updateOrder(db: MerchantDatabase, id: string, change: (order: OrderDoc) => Partial<OrderDoc>): Promise<void> {
  const doc = await db.orders.findOne(id).exec();
  if (!doc) throw new Error(`No order ${id}`);
  await doc.incrementalModify((current) => {
    const next: Record<string, unknown> = { ...current, ...change(current as OrderDoc), updatedAt: new Date().toISOString() };
    for (const key of Object.keys(next)) if (next[key] === undefined) delete next[key];
    return next as unknown as typeof current;
  });
}

export function saveDraft(db: MerchantDatabase, id: string, draft: OrderDraft): Promise<void> {
  return updateOrder(db, id, () => ({ buyerId: undefined, deliveryDate: undefined, freight: undefined, ...draft }));
}

export function addPayment(db: MerchantDatabase, id: string, payment: Omit<OrderPayment, 'id'>): Promise<void> {
  return updateOrder(db, id, (order) => recordPayment(order, { id: newId(), ...payment }));
}

export interface ImportResult {
  imported: number;
  alreadyThere: number;
}

/**
 * Imports a marketplace report. Order ids derive from the marketplace's order ids, so orders this
 * database already has (from an earlier import here or on another device) are left alone.
 */
export async function importReport(db: MerchantDatabase, prefix: string, report: ParsedReport, products: readonly ProductDoc[]): Promise<ImportResult> {
  const now = new Date().toISOString();
  const candidates = report.orders.map((order) => marketplaceOrderDoc(order, '', products, now));
  const existing = await db.orders.findByIds(candidates.map((order) => order.id)).exec();
  const fresh = candidates.filter((order) => !existing.has(order.id));
  if (fresh.length > 0) {
    const numbers = await reserveOrderNumbers(db, prefix, fresh.length);
    await db.orders.bulkInsert(fresh.map((order, i) => ({ ...order, number: numbers[i]! })));
  }
  return { imported: fresh.length, alreadyThere: candidates.length - fresh.length };
}
