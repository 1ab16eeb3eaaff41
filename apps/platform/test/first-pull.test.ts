/**
 * A fresh device's first pull writes each document once, straight into storage (issue 12, item 4;
 * docs/architecture.md, "First sync"), and the replication that follows treats those documents as
 * it treats its own: nothing is pushed back, an edit here reaches the platform without a conflict,
 * a change there reaches the device, and a product made here during the first pull is not skipped.
 */
import type { ReplicatedDoc } from '@tradewind/sync';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { local, newProduct } from './support/documents.ts';
import { login } from './support/http.ts';
import { store } from './support/park-data.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';
import { openTestDevice } from './sync-device.ts';

const CATALOGUE = 2_000;
const PAGE = 200;

describe('first pull of a fresh device (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true });

  const onPlatform = async (id: string) => (await pullAll(platform.app, token, 'products')).documents.find((doc) => doc.id === id);

  it('writes the catalogue without pushing it back; edits then go both ways, and a product made during the pull is kept', async () => {
    await store(
      platform.db,
      YANGJIANG,
      'products',
      Array.from({ length: CATALOGUE }, (_, i) => newProduct({ name: `catalogue ${i}` })),
    );
    const expected = (await pullAll(platform.app, token, 'products')).documents.filter((doc) => !doc._deleted);
    const pushedRows: ReplicatedDoc[] = [];
    const device = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, 'fresh tablet'), {
      pullBatchSize: PAGE,
      onRequest: (path, init) => {
        if (path.includes('/push')) pushedRows.push(...(JSON.parse(String(init?.body)) as { newDocumentState: ReplicatedDoc }[]).map((row) => row.newDocumentState));
      },
    });
    try {
      // Part of the catalogue is here, not all of it: the pull is under way.
      expect(await device.waitFor(async () => (await device.products.count().exec()) >= PAGE, 20_000)).toBe(true);
      const madeDuringPull = newProduct({ name: 'made at the fair during the first sync' });
      await device.products.insert(local(madeDuringPull));
      await device.engine.awaitInSync();

      expect(await device.products.count().exec()).toBe(expected.length + 1);
      expect(pushedRows.map((doc) => doc.id)).toEqual([madeDuringPull.id]);
      expect(await onPlatform(madeDuringPull.id)).toMatchObject({ name: madeDuringPull.name });
      expect(await device.waitFor(async () => device.engine.status$.value.pending.products === 0)).toBe(true);

      const [editedHere, editedThere] = expected;
      await (await device.products.findOne(editedHere!.id).exec())!.incrementalPatch({ name: 'renamed on the tablet' });
      expect(await device.waitFor(async () => (await onPlatform(editedHere!.id))?.name === 'renamed on the tablet')).toBe(true);

      expect(await push(platform.app, token, 'products', [{ assumedMasterState: editedThere!, newDocumentState: { ...editedThere!, name: 'renamed in the office' } }])).toEqual([]);
      expect(await device.waitFor(async () => (await device.products.findOne(editedThere!.id).exec())?.name === 'renamed in the office')).toBe(true);
      expect(device.conflicts).toEqual([]);
    } finally {
      await device.close();
    }
  }, 120_000);

  it('keeps the platform’s change and shows the device’s as a conflict when both changed a first-pulled product', async () => {
    const device = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, 'second tablet'), { pullBatchSize: PAGE });
    try {
      await device.engine.awaitInSync();
      const [product] = (await pullAll(platform.app, token, 'products')).documents.filter((doc) => !doc._deleted && doc.name === 'catalogue 7');
      await device.disconnect();
      expect(await push(platform.app, token, 'products', [{ assumedMasterState: product!, newDocumentState: { ...product!, name: 'office price list name' } }])).toEqual([]);
      await (await device.products.findOne(product!.id).exec())!.incrementalPatch({ name: 'tablet name' });
      device.connect(platform.url!, await login(platform.app, YANGJIANG, 'second tablet again'));

      expect(await device.waitFor(async () => device.conflicts.some((record) => record.documentId === product!.id), 10_000)).toBe(true);
      expect(device.conflicts.find((record) => record.documentId === product!.id)!.conflicts).toContainEqual({ field: 'name', localValue: 'tablet name', serverValue: 'office price list name' });
      expect(await device.waitFor(async () => (await device.products.findOne(product!.id).exec())?.name === 'office price list name')).toBe(true);
      expect((await onPlatform(product!.id))?.name).toBe('office price list name');
    } finally {
      await device.close();
    }
  }, 120_000);
});
