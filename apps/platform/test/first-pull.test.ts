/**
 * A fresh device's first pull writes each document once, straight into storage, and its assumed
 * master state only when the document is first edited here (issue 12, item 4; docs/architecture.md,
 * "First sync"). The replication that follows treats those documents as it treats its own: nothing
 * is pushed back, an edit here reaches the platform, a change there reaches the device, a product
 * made during the first pull is not skipped, and an offline edit merges field by field. On Dexie
 * (as in the app) the pull writes straight into IndexedDB (first-pull-dexie.ts).
 */
import type { ReplicatedDoc } from '@tradewind/sync';
import type { Transport } from '@tradewind/sync/client';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { local, newProduct } from './support/documents.ts';
import { login } from './support/http.ts';
import { store } from './support/park-data.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';
import { openTestDevice, type TestDevice } from './sync-device.ts';

const CATALOGUE = 2_000;
const PAGE = 200;

/** Records the document states a device pushes. */
const recordingPushes =
  (pushed: ReplicatedDoc[]) =>
  (transport: Transport): Transport => ({
    ...transport,
    json<T>(path: string, init?: RequestInit): Promise<T> {
      if (path.includes('/push?')) pushed.push(...(JSON.parse(String(init?.body)) as { newDocumentState: ReplicatedDoc }[]).map((row) => row.newDocumentState));
      return transport.json<T>(path, init);
    },
  });

const switchable =
  (network: { offline: boolean }) =>
  (transport: Transport): Transport => ({
    ...transport,
    fetch: (path, init) => (network.offline ? Promise.reject(new TypeError('offline')) : transport.fetch(path, init)),
    json: <T>(path: string, init?: RequestInit) => (network.offline ? Promise.reject(new TypeError('offline')) : transport.json<T>(path, init)),
  });

describe.each(['memory', 'dexie'] as const)('first pull of a fresh device, %s storage (PGlite)', (storage) => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true });

  const onPlatform = async (id: string) => (await pullAll(platform.app, token, 'products')).documents.find((doc) => doc.id === id);
  const nameOn = async (device: TestDevice, id: string) => (await device.products.findOne(id).exec())?.get('name') as string | undefined;
  /** A device whose network can be switched off; its sync engine keeps running, as in the app. */
  const freshDevice = async (name: string) => {
    const network = { offline: false };
    const device = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, name), { pullBatchSize: PAGE, storage, network: switchable(network) });
    await device.engine.awaitInSync();
    return Object.assign(device, { network });
  };
  const catalogueProduct = async (name: string) => (await pullAll(platform.app, token, 'products')).documents.find((doc) => !doc._deleted && doc.name === name)!;

  it('writes the catalogue without pushing it back; edits then go both ways, and a product made during the pull is kept', async () => {
    await store(
      platform.db,
      YANGJIANG,
      'products',
      Array.from({ length: CATALOGUE }, (_, i) => newProduct({ name: `catalogue ${i}` })),
    );
    const expected = (await pullAll(platform.app, token, 'products')).documents.filter((doc) => !doc._deleted);
    const pushed: ReplicatedDoc[] = [];
    const device = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, 'fresh tablet'), { pullBatchSize: PAGE, storage, network: recordingPushes(pushed) });
    try {
      // Part of the catalogue is here, not all of it: the pull is under way.
      expect(await device.waitFor(async () => (await device.products.count().exec()) >= PAGE, 20_000)).toBe(true);
      const madeDuringPull = newProduct({ name: 'made at the fair during the first sync' });
      await device.products.insert(local(madeDuringPull));
      await device.engine.awaitInSync();

      expect(await device.products.count().exec()).toBe(expected.length + 1);
      expect(pushed.map((doc) => doc.id)).toEqual([madeDuringPull.id]);
      expect(await onPlatform(madeDuringPull.id)).toMatchObject({ name: madeDuringPull.name });
      expect(await device.waitFor(async () => device.engine.status$.value.pending.products === 0)).toBe(true);

      const [editedHere, editedThere] = ['catalogue 0', 'catalogue 1'].map((name) => expected.find((doc) => doc.name === name));
      await (await device.products.findOne(editedHere!.id).exec())!.incrementalPatch({ name: 'renamed on the tablet' });
      expect(await device.waitFor(async () => (await onPlatform(editedHere!.id))?.name === 'renamed on the tablet')).toBe(true);

      expect(await push(platform.app, token, 'products', [{ assumedMasterState: editedThere!, newDocumentState: { ...editedThere!, name: 'renamed in the office' } }])).toEqual([]);
      expect(await device.waitFor(async () => (await nameOn(device, editedThere!.id)) === 'renamed in the office')).toBe(true);
      expect(device.conflicts).toEqual([]);
    } finally {
      await device.close();
    }
  }, 120_000);

  it('merges an offline edit of a first-pulled product with a change of another field elsewhere, also after a reload', async () => {
    const device = await freshDevice('second tablet');
    try {
      const product = await catalogueProduct('catalogue 3');
      device.network.offline = true;
      expect(await push(platform.app, token, 'products', [{ assumedMasterState: product, newDocumentState: { ...product, moq: 480 } }])).toEqual([]);
      await (await device.products.findOne(product.id).exec())!.incrementalPatch({ name: 'tablet name' });
      await device.reload(platform.url!, await login(platform.app, YANGJIANG, 'second tablet again'));
      device.network.offline = false;
      device.engine.syncNow();

      expect(await device.waitFor(async () => (await onPlatform(product.id))?.name === 'tablet name', 10_000)).toBe(true);
      expect(await onPlatform(product.id)).toMatchObject({ name: 'tablet name', moq: 480 });
      expect(await device.waitFor(async () => (await device.products.findOne(product.id).exec())?.get('moq') === 480)).toBe(true);
      expect(device.conflicts).toEqual([]);
    } finally {
      await device.close();
    }
  }, 120_000);

  it('keeps the platform’s change and shows the device’s as a conflict when both changed the same field of a first-pulled product', async () => {
    const device = await freshDevice('third tablet');
    try {
      const product = await catalogueProduct('catalogue 7');
      device.network.offline = true;
      expect(await push(platform.app, token, 'products', [{ assumedMasterState: product, newDocumentState: { ...product, name: 'office price list name' } }])).toEqual([]);
      await (await device.products.findOne(product.id).exec())!.incrementalPatch({ name: 'tablet name' });
      device.network.offline = false;
      device.engine.syncNow();

      expect(await device.waitFor(async () => device.conflicts.some((record) => record.documentId === product.id), 10_000)).toBe(true);
      expect(device.conflicts.find((record) => record.documentId === product.id)!.conflicts).toContainEqual({ field: 'name', localValue: 'tablet name', serverValue: 'office price list name' });
      expect(await device.waitFor(async () => (await nameOn(device, product.id)) === 'office price list name')).toBe(true);
      expect((await onPlatform(product.id))?.name).toBe('office price list name');
    } finally {
      await device.close();
    }
  }, 120_000);
});
