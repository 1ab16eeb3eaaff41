import { parseMarketplaceReport } from '@tradewind/domain';
import { resourceUrl } from '@tradewind/resources';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addPayment, createOrder, importReport, saveDraft, signOrder, type OrderDraft } from './order-store.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

const draft: OrderDraft = {
  buyerName: 'Cuchillería Toledo S.L.',
  buyerCountry: 'ES',
  buyerId: 'buyer-1',
  channel: 'fair',
  currency: 'USD',
  incoterm: 'FOB',
  notes: '',
  depositPercent: 30,
  deliveryDate: '2027-01-15',
  lines: [{ id: 'l1', productId: 'p1', sku: 'LF-FK35-BLK', name: '背锁折叠刀', quantity: 500, unitPrice: 410 }],
};

describe('order store', () => {
  it('numbers new quotes from the device prefix and stamps them', async () => {
    const first = await createOrder(store, 'YJ03', draft);
    const second = await createOrder(store, 'YJ03', draft);
    expect([first.number, second.number]).toEqual(['YJ03-000001', 'YJ03-000002']);
    expect(first).toMatchObject({ status: 'quote', payments: [], createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' });
  });

  it('removes the buyer and delivery date a saved draft no longer has', async () => {
    const order = await createOrder(store, 'YJ03', draft);
    const { buyerId: _, deliveryDate: __, ...withoutBuyer } = draft;
    const saved = await saveDraft(store, order.id, withoutBuyer);
    expect(saved.buyerId).toBeUndefined();
    expect(saved.deliveryDate).toBeUndefined();
  });

  it('keeps the named port a draft gives and drops it when a later draft names none', async () => {
    const order = await createOrder(store, 'YJ03', { ...draft, incoterm: 'CIF', incotermPlace: 'Valencia' });
    expect(order.incotermPlace).toBe('Valencia');
    expect((await saveDraft(store, order.id, draft)).incotermPlace).toBeUndefined();
  });

  it('stamps the buyer’s signature with the time it was given, and a second signature replaces the first', async () => {
    const order = await createOrder(store, 'YJ03', draft);
    const image = 'data:image/png;base64,iVBORw0KGgo=';
    expect((await signOrder(store, order.id, { image, signerName: ' Lucía Gómez ' })).buyerSignature).toEqual({ image, signerName: 'Lucía Gómez', signedAt: '2026-11-23T08:00:00.000Z' });
    store.setClock('2026-11-23T09:15:00.000Z');
    expect((await signOrder(store, order.id, { image, signerName: 'Pedro Ruiz' })).buyerSignature).toMatchObject({ signerName: 'Pedro Ruiz', signedAt: '2026-11-23T09:15:00.000Z' });
  });

  it('records a deposit that covers the terms and moves the confirmed order on in the same write', async () => {
    const order = await createOrder(store, 'YJ03', draft);
    await store.db.orders
      .findOne(order.id)
      .exec()
      .then((doc) => doc!.incrementalPatch({ status: 'confirmed' }));
    store.setClock('2026-11-24T08:00:00.000Z');
    const paid = await addPayment(store, order.id, { kind: 'deposit', amount: 61_500, at: '2026-11-24T08:00:00.000Z' });
    expect(paid.status).toBe('deposit_received');
    expect(paid.payments).toHaveLength(1);
    expect(paid.updatedAt).toBe('2026-11-24T08:00:00.000Z');
  });

  it('imports a marketplace report once: a second import finds the orders and writes nothing', async () => {
    const report = parseMarketplaceReport(readFileSync(resourceUrl('marketplace-samples/amazon-all-orders.txt'), 'utf8'));
    const first = await importReport(store, 'YJ03', report, []);
    expect(first.imported).toBeGreaterThan(0);
    expect(await importReport(store, 'YJ03', report, [])).toEqual({ imported: 0, alreadyThere: first.imported });
    expect(await store.db.orders.count().exec()).toBe(first.imported);
  });
});
