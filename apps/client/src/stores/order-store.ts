import { marketplaceOrderDoc, newId, recordPayment, type BuyerSignature, type OrderDoc, type OrderPayment, type ParsedReport, type ProductDoc } from '@tradewind/domain';
import { reserveOrderNumbers } from '../db/order-numbers.ts';
import { collectionOf, insertDocument, modifyDocument, stampOf, type StoreContext } from './documents.ts';
import { reserveForOrder } from './stock-event-store.ts';

/** What the order editor decides; the rest (number, status, payments, dates) the store does. */
export type OrderDraft = Pick<OrderDoc, 'buyerName' | 'buyerCountry' | 'channel' | 'currency' | 'incoterm' | 'lines' | 'notes'> &
  Pick<OrderDoc, 'buyerId' | 'deliveryDate' | 'depositPercent' | 'freight' | 'incotermPlace'>;

export async function createOrder(ctx: StoreContext, prefix: string, draft: OrderDraft): Promise<OrderDoc> {
  const [number] = await reserveOrderNumbers(ctx.db, prefix, 1);
  return insertDocument(ctx, 'orders', { number: number!, status: 'quote', payments: [], ...draft });
}

/** A change to an order; confirming it reserves its units in the overseas warehouses that serve it. */
export async function updateOrder(ctx: StoreContext, id: string, change: (order: OrderDoc) => Partial<OrderDoc>): Promise<OrderDoc> {
  const before = await collectionOf(ctx, 'orders').findOne(id).exec();
  const order = await modifyDocument(ctx, 'orders', id, change);
  if (order.status === 'confirmed' && before?.status !== 'confirmed') await reserveForOrder(ctx, order);
  return order;
}

/** Keys absent in the draft (no buyer, no date) leave the document. */
export function saveDraft(ctx: StoreContext, id: string, draft: OrderDraft): Promise<OrderDoc> {
  return updateOrder(ctx, id, () => ({ buyerId: undefined, deliveryDate: undefined, freight: undefined, incotermPlace: undefined, ...draft }));
}

/** The buyer's signature on the order, drawn on the device; signing again replaces it. */
export function signOrder(ctx: StoreContext, id: string, signature: Omit<BuyerSignature, 'signedAt'>): Promise<OrderDoc> {
  return updateOrder(ctx, id, () => ({ buyerSignature: { ...signature, signerName: signature.signerName.trim(), signedAt: stampOf(ctx) } }));
}

export function addPayment(ctx: StoreContext, id: string, payment: Omit<OrderPayment, 'id'>): Promise<OrderDoc> {
  return updateOrder(ctx, id, (order) => recordPayment(order, { id: newId(), ...payment }));
}

export interface ImportResult {
  imported: number;
  alreadyThere: number;
}

/**
 * Imports a marketplace report. Order ids derive from the marketplace's order ids, so orders this
 * database already has (from an earlier import here or on another device) are left alone.
 */
export async function importReport(ctx: StoreContext, prefix: string, report: ParsedReport, products: readonly ProductDoc[]): Promise<ImportResult> {
  const now = stampOf(ctx);
  const orders = collectionOf(ctx, 'orders');
  const candidates = report.orders.map((order) => marketplaceOrderDoc(order, '', products, now));
  const existing = await orders.findByIds(candidates.map((order) => order.id)).exec();
  const fresh = candidates.filter((order) => !existing.has(order.id));
  if (fresh.length > 0) {
    const numbers = await reserveOrderNumbers(ctx.db, prefix, fresh.length);
    await orders.bulkInsert(fresh.map((order, i) => ({ ...order, number: numbers[i]! })));
  }
  return { imported: fresh.length, alreadyThere: candidates.length - fresh.length };
}
