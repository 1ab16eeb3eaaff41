/**
 * A device pushes what a document points at before the document: orders made offline reach the
 * platform before the filing that declares them, so the platform never acts on a filing whose
 * orders it has not seen (PUSHED_AFTER in the domain).
 */
import type { ReplicatedDoc } from '@tradewind/sync';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newFiling, newOrder } from './support/documents.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { freePort } from './processes.ts';
import { openTestDevice } from './sync-device.ts';

const local = ({ _deleted, ...doc }: ReplicatedDoc) => doc;

describe('push order (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true, device: 'push-order' });

  it('stores every order made offline before the filing made after them', async () => {
    // Small batches: the orders take many pushes, the filing one.
    const device = await openTestDevice(`http://127.0.0.1:${await freePort()}`, token, { collections: ['orders', 'filings'], pushBatchSize: 10 });
    try {
      const orders = Array.from({ length: 100 }, () => newOrder());
      await device.collection('orders').bulkInsert(orders.map(local));
      const filing = newFiling({ orderIds: orders.slice(-3).map((order) => order.id) });
      await device.collection('filings').insert(local(filing));

      await device.reload(platform.url!, token);
      await device.engine.awaitInSync();

      const [stored] = await platform.db.query<{ orders: number; last_order: string; filing: string }>(
        `SELECT (SELECT count(*)::int FROM doc_orders WHERE id = ANY($1)) AS orders,
                (SELECT max(tx)::text FROM doc_orders WHERE id = ANY($1)) AS last_order,
                (SELECT tx::text FROM doc_filings WHERE id = $2) AS filing`,
        [orders.map((order) => order.id), filing.id],
      );
      expect(stored!.orders).toBe(orders.length);
      expect(BigInt(stored!.filing)).toBeGreaterThan(BigInt(stored!.last_order));
    } finally {
      await device.close();
    }
  });
});
