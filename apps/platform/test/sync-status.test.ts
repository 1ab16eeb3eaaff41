/**
 * Honest sync status: "local changes waiting" is the number of local documents the platform has
 * not accepted, from RxDB's replication state — offline, after a reload, whatever the push batch.
 */
import { filter, firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { local, newProduct } from './support/documents.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll } from './support/replication.ts';
import { freePort } from './processes.ts';
import { openTestDevice } from './sync-device.ts';

describe('local changes waiting (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true, device: 'status' });

  it('counts every local document not yet accepted, offline and after a reload, and none once pushed', async () => {
    // Pushes of 2 rows: the old status showed the size of the failed batch.
    const device = await openTestDevice(platform.url!, token, { pushBatchSize: 2 });
    const pending = () => device.engine.status$.value.pending.products;
    const settlesAt = (count: number) => device.waitFor(async () => pending() === count);
    try {
      const synced = [newProduct({ name: 'synced one' }), newProduct({ name: 'synced two' })];
      await device.products.bulkInsert(synced.map(local));
      expect(await settlesAt(0)).toBe(true);
      const stored = () => pullAll(platform.app, token, 'products').then((page) => new Map(page.documents.map((doc) => [doc.id, doc])));
      expect(
        await device.waitFor(async () => {
          const onPlatform = await stored();
          return synced.every((doc) => onPlatform.has(doc.id));
        }),
      ).toBe(true);

      // Offline: nothing answers on this port.
      const nowhere = `http://127.0.0.1:${await freePort()}`;
      await device.reload(nowhere, token);
      expect(await settlesAt(0)).toBe(true);
      const created = [newProduct(), newProduct(), newProduct()];
      await device.products.bulkInsert(created.map(local));
      await (await device.products.findOne(synced[0]!.id).exec())!.incrementalPatch({ name: 'edited offline' });
      await (await device.products.findOne(synced[1]!.id).exec())!.remove();
      expect(await settlesAt(5)).toBe(true);
      // Editing a waiting document again does not count it twice.
      await (await device.products.findOne(created[0]!.id).exec())!.incrementalPatch({ name: 'edited twice' });
      expect(await settlesAt(5)).toBe(true);
      expect(device.engine.status$.value.error).toBe('network');

      await device.reload(nowhere, token);
      expect(await settlesAt(5)).toBe(true);

      await device.reload(platform.url!, token);
      expect(await settlesAt(0)).toBe(true);
      const onPlatform = await stored();
      for (const doc of created) expect(onPlatform.has(doc.id)).toBe(true);
      expect(onPlatform.get(synced[0]!.id)?.name).toBe('edited offline');
      expect(onPlatform.get(synced[1]!.id)?._deleted).toBe(true);
    } finally {
      await device.close();
    }
  });

  it('says syncing until every collection finished its first pull, so a device taken offline at "synced" has its data', async () => {
    const device = await openTestDevice(platform.url!, token, { collections: ['products', 'buyers', 'orders', 'merchant'] });
    try {
      await firstValueFrom(device.engine.status$.pipe(filter((status) => !status.syncing)));
      const [profile, products] = await Promise.all([device.collection('merchant').findOne('profile').exec(), device.products.count().exec()]);
      expect(profile?.get('id')).toBe('profile');
      expect(products).toBeGreaterThan(0);
    } finally {
      await device.close();
    }
  });
});
