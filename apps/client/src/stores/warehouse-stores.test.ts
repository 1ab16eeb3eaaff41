import { projectStock, type Carton, type StockDoc } from '@tradewind/domain';
import { aStockRow } from '@tradewind/domain/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOrder, updateOrder, type OrderDraft } from './order-store.ts';
import { createShipment, InvalidShipmentError, type ShipmentDraft } from './shipment-store.ts';
import { InvalidAdjustmentError, requestAdjustment, unfoldedEvents } from './stock-event-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore('2026-11-28T02:00:00.000Z')));
afterEach(() => store.close());

const stockRow = (sku: string, warehouse: string, sellable: number) => aStockRow(sku, warehouse, sellable, { asOf: '2026-11-27T20:00:00.000Z' });
const carton = (number: string, quantity: number): Carton => ({ number, lengthMm: 600, widthMm: 400, heightMm: 400, weightG: 18_000, lines: [{ sku: 'LF-CH8-G10', quantity }] });
const seaDraft: ShipmentDraft = { mode: 'sea_lcl', warehouse: 'USWE', provider: 'goodcang', eta: '2027-01-20', cartons: [carton('C1', 40), carton('C2', 40), carton('C3', 20)] };
const orderDraft: OrderDraft = {
  buyerName: 'Kitchen Supply LLC',
  buyerCountry: 'US',
  channel: 'fair',
  currency: 'USD',
  incoterm: 'DDP',
  notes: '',
  lines: [
    { id: 'l1', productId: 'p1', sku: 'LF-CH8-G10', name: '主厨刀', quantity: 30, unitPrice: 650 },
    { id: 'l2', productId: 'p2', sku: 'LF-NOWHERE', name: '样品', quantity: 5, unitPrice: 100 },
  ],
};

const projected = async () =>
  projectStock(
    (await store.db.stock.find().exec()).map((doc) => doc.toJSON() as StockDoc),
    await unfoldedEvents(store),
  );

describe('shipment store', () => {
  it('saves a sea shipment of three cartons as submitted, and its units show inbound at once', async () => {
    await store.db.stock.insert(stockRow('LF-CH8-G10', 'USWE', 100));
    const shipment = await createShipment(store, 'YJ03', seaDraft);
    expect(shipment).toMatchObject({ status: 'submitted', events: [], mode: 'sea_lcl', reference: expect.stringMatching(/^YJ03-SH-20261128-[0-9A-F]{6}$/) });
    expect(shipment.cartons).toHaveLength(3);
    expect(await projected()).toEqual([expect.objectContaining({ sku: 'LF-CH8-G10', sellable: 100, inbound: 100, pendingEvents: 1 })]);
  });

  it('refuses a carton with nothing in it and writes nothing', async () => {
    const draft = { ...seaDraft, cartons: [carton('C1', 40), { ...carton('C2', 1), lines: [] }] };
    await expect(createShipment(store, 'YJ03', draft)).rejects.toMatchObject({ problem: 'empty_carton', carton: 'C2' });
    await expect(createShipment(store, 'YJ03', { ...seaDraft, cartons: [carton('C1', 1), carton('C1', 2)] })).rejects.toBeInstanceOf(InvalidShipmentError);
    expect(await store.db.shipments.count().exec()).toBe(0);
    expect(await store.db.stockEvents.count().exec()).toBe(0);
  });
});

describe('stock events', () => {
  it('reserves a confirmed order in the buyer’s market once, and nothing for SKUs no warehouse holds', async () => {
    await store.db.stock.bulkInsert([stockRow('LF-CH8-G10', 'USWE', 100), stockRow('LF-CH8-G10', 'UKBH', 500)]);
    const order = await createOrder(store, 'YJ03', orderDraft);
    expect(await unfoldedEvents(store)).toEqual([]);
    await updateOrder(store, order.id, () => ({ status: 'confirmed' }));
    await updateOrder(store, order.id, () => ({ notes: 'call before delivery' }));
    const rows = await projected();
    expect(rows.find((row) => row.warehouse === 'USWE')).toMatchObject({ sellable: 70, reserved: 30, pendingEvents: 1 });
    expect(rows.find((row) => row.warehouse === 'UKBH')).toMatchObject({ sellable: 500, reserved: 0 });
    expect(rows.some((row) => row.sku === 'LF-NOWHERE')).toBe(false);
  });

  it('stops projecting an event once the platform has folded it', async () => {
    await store.db.stock.insert(stockRow('LF-CH8-G10', 'USWE', 100));
    const event = await requestAdjustment(store, { sku: 'LF-CH8-G10', warehouse: 'USWE', bucket: 'unsellable', delta: 2, reason: ' 两把刀鞘破损 ' });
    expect(event.reason).toBe('两把刀鞘破损');
    expect(await unfoldedEvents(store)).toHaveLength(1);
    await store.db.stockEvents
      .findOne(event.id)
      .exec()
      .then((doc) => doc!.incrementalPatch({ foldedAt: '2026-11-28T03:00:00.000Z' }));
    expect(await unfoldedEvents(store)).toEqual([]);
  });

  it('refuses an adjustment without a reason or of zero units', () => {
    expect(() => requestAdjustment(store, { sku: 'A', warehouse: 'USWE', bucket: 'sellable', delta: 1, reason: ' ' })).toThrow(InvalidAdjustmentError);
    expect(() => requestAdjustment(store, { sku: 'A', warehouse: 'USWE', bucket: 'sellable', delta: 0, reason: 'x' })).toThrow(InvalidAdjustmentError);
  });
});
