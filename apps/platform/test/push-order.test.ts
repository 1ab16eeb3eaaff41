/**
 * A device pushes what a document points at before the document: orders made offline reach the
 * platform before the filing that declares them, so the platform never acts on a filing whose
 * orders it has not seen (PUSHED_AFTER in the domain).
 */
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { local, newFiling, newOrder } from './support/documents.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { freePort } from './processes.ts';
import { openTestDevice, type TestDevice } from './sync-device.ts';

describe('push order (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true, device: 'push-order' });

  /** 100 orders and then a filing of the last three, made offline; small batches, so the orders take many pushes and the filing one. */
  async function offlineDevice(): Promise<{ device: TestDevice; orderIds: string[]; filingId: string }> {
    const device = await openTestDevice(`http://127.0.0.1:${await freePort()}`, token, { collections: ['orders', 'filings'], pushBatchSize: 5 });
    const orders = Array.from({ length: 100 }, () => newOrder());
    await device.collection('orders').bulkInsert(orders.map(local));
    const filing = newFiling({ orderIds: orders.slice(-3).map((order) => order.id) });
    await device.collection('filings').insert(local(filing));
    return { device, orderIds: orders.map((order) => order.id), filingId: filing.id };
  }

  async function stored(orderIds: string[], filingId: string) {
    const [row] = await platform.db.query<{ orders: number; last_order: string | null; filing: string | null }>(
      `SELECT (SELECT count(*)::int FROM doc_orders WHERE id = ANY($1)) AS orders,
              (SELECT max(tx)::text FROM doc_orders WHERE id = ANY($1)) AS last_order,
              (SELECT tx::text FROM doc_filings WHERE id = $2) AS filing`,
      [orderIds, filingId],
    );
    return row!;
  }

  async function expectEveryOrderBeforeFiling(orderIds: string[], filingId: string) {
    const after = await stored(orderIds, filingId);
    expect(after.orders).toBe(orderIds.length);
    expect(BigInt(after.filing!)).toBeGreaterThan(BigInt(after.last_order!));
  }

  it('stores every order made offline before the filing made after them', async () => {
    const { device, orderIds, filingId } = await offlineDevice();
    try {
      await device.reload(platform.url!, token);
      await device.engine.awaitInSync();
      await expectEveryOrderBeforeFiling(orderIds, filingId);
    } finally {
      await device.close();
    }
  });

  it('sends no filing when sync stops half-way through its orders, and sends it after them once back', async () => {
    const { device, orderIds, filingId } = await offlineDevice();
    try {
      await device.reload(platform.url!, token);
      expect(await device.waitFor(async () => (await stored(orderIds, filingId)).orders > 0)).toBe(true);
      await device.disconnect();
      const halfWay = await stored(orderIds, filingId);
      expect(halfWay.orders).toBeLessThan(orderIds.length);
      expect(halfWay.filing).toBeNull();

      device.connect(platform.url!, token);
      await device.engine.awaitInSync();
      await expectEveryOrderBeforeFiling(orderIds, filingId);
    } finally {
      await device.close();
    }
  });
});
