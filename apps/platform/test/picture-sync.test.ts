/**
 * Product pictures through the sync, as the soak found them failing once it added and removed
 * pictures: a merge kept the pictures' list but not their bytes; a product brought back over its
 * tombstone (a refused delete) listed pictures whose bytes were gone; a push batch holding a
 * state whose picture bytes were gone here (a tombstone) was dropped for good by RxDB, with the
 * other documents of the batch; and a picture removed after the push that added it lost its answer
 * came back unseen, the merge taking it for one added elsewhere.
 */
import { newId } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import type { Transport } from '@tradewind/sync/client';
import { addPicture, missingPictureBytes, removePicture } from '../../../test-support/soak/pictures.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { local, newProduct } from './support/documents.ts';
import { login } from './support/http.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll } from './support/replication.ts';
import { openTestDevice, type TestDevice } from './sync-device.ts';

const now = () => new Date().toISOString();

describe('product pictures through the sync (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true, device: 'this device' });

  const platformDoc = async (id: string) => (await pullAll(platform.app, token, 'products')).documents.find((doc) => doc.id === id);
  const picturesOn = async (device: TestDevice, id: string) => ((await device.products.findOne(id).exec())?.get('images') as { id: string }[] | undefined)?.map((image) => image.id) ?? [];

  it('keeps the bytes of a picture added elsewhere when a local edit is merged with it', async () => {
    const other = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, 'the other device'));
    const device = await openTestDevice(platform.url!, token);
    try {
      const product = newProduct();
      await device.products.insert(local(product));
      expect(await other.waitFor(async () => (await other.products.findOne(product.id).exec()) !== null)).toBe(true);

      await device.disconnect();
      await (await device.products.findOne(product.id).exec())!.incrementalPatch({ name: 'renamed offline', updatedAt: now() });
      const picture = newId();
      expect(await addPicture(other.products, product.id, picture, now())).toBe(true);
      expect(await other.waitFor(async () => ((await platformDoc(product.id))?.images as unknown[] | undefined)?.length === 1)).toBe(true);

      device.connect(platform.url!, token);
      expect(await device.waitFor(async () => (await platformDoc(product.id))?.name === 'renamed offline')).toBe(true);
      expect(await picturesOn(device, product.id)).toEqual([picture]);
      expect(await missingPictureBytes((await device.products.findOne(product.id).exec())!)).toEqual([]);
      expect(device.conflicts).toEqual([]);
    } finally {
      await Promise.all([device.close(), other.close()]);
    }
  });

  it('removes a picture it added in a push whose answer was lost, though another device wrote meanwhile (soak seed 196)', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let loseNextPushAnswer = false;
    // The platform takes the push; its answer is held, then lost: the device keeps its older base.
    const network = (inner: Transport): Transport => ({
      baseUrl: inner.baseUrl,
      fetch: (path, init) => inner.fetch(path, init),
      async json<T>(path: string, init?: RequestInit): Promise<T> {
        const answer = await inner.json<T>(path, init);
        if (!loseNextPushAnswer || !path.includes('/products/push')) return answer;
        loseNextPushAnswer = false;
        await held;
        throw new TypeError('fetch failed');
      },
    });
    const device = await openTestDevice(platform.url!, token, { network });
    const other = await openTestDevice(platform.url!, await login(platform.app, YANGJIANG, 'the other device'));
    try {
      const product = newProduct();
      await device.products.insert(local(product));
      expect(await other.waitFor(async () => (await other.products.findOne(product.id).exec()) !== null)).toBe(true);

      const picture = newId();
      loseNextPushAnswer = true;
      expect(await addPicture(device.products, product.id, picture, now())).toBe(true);
      expect(await device.waitFor(async () => ((await platformDoc(product.id))?.images as unknown[] | undefined)?.length === 1)).toBe(true);
      await (await other.products.findOne(product.id).exec())!.incrementalPatch({ name: 'renamed elsewhere', updatedAt: now() });
      expect(await other.waitFor(async () => (await platformDoc(product.id))?.name === 'renamed elsewhere')).toBe(true);
      expect(await removePicture(device.products, product.id, picture, now())).toBe(true);
      release();

      const ids = (images: unknown) => JSON.stringify((images as { id: string }[] | undefined)?.map((image) => image.id));
      const converged = async () => {
        const here = await device.products.findOne(product.id).exec();
        return device.engine.status$.value.pending.products === 0 && here?.get('name') === 'renamed elsewhere' && ids(here.get('images')) === ids((await platformDoc(product.id))?.images);
      };
      expect(await device.waitFor(converged)).toBe(true);
      expect((await platformDoc(product.id))?.images).toEqual([]);
      expect(await picturesOn(device, product.id)).toEqual([]);
      expect(device.conflicts).toEqual([]);
    } finally {
      await Promise.all([device.close(), other.close()]);
    }
  });

  it('brings back the bytes of a product whose delete the platform refused', async () => {
    const device = await openTestDevice(platform.url!, token);
    try {
      const product = newProduct();
      await device.products.insert(local(product));
      const picture = newId();
      expect(await addPicture(device.products, product.id, picture, now())).toBe(true);
      expect(await device.waitFor(async () => ((await platformDoc(product.id))?.images as unknown[] | undefined)?.length === 1)).toBe(true);

      // A tombstone must carry the last state the platform has: one with an unpushed edit is refused.
      await device.disconnect();
      await (await device.products.findOne(product.id).exec())!.incrementalPatch({ name: 'renamed, then deleted', updatedAt: now() });
      await (await device.products.findOne(product.id).exec())!.remove();
      device.connect(platform.url!, token);

      expect(await device.waitFor(async () => (await picturesOn(device, product.id)).length === 1)).toBe(true);
      expect(await missingPictureBytes((await device.products.findOne(product.id).exec())!)).toEqual([]);
    } finally {
      await device.close();
    }
  });

  it('pushes the rest of a batch holding a product deleted with its pictures before it was ever pushed', async () => {
    const device = await openTestDevice(platform.url!, token);
    try {
      await device.disconnect();
      const deleted = newProduct({ name: 'made and deleted offline' });
      const kept = newProduct({ name: 'made offline beside it' });
      await device.products.insert(local(deleted));
      expect(await addPicture(device.products, deleted.id, newId(), now())).toBe(true);
      await device.products.insert(local(kept));
      // Deleting drops the bytes from storage; the tombstone still names them.
      await (await device.products.findOne(deleted.id).exec())!.remove();

      device.connect(platform.url!, token);
      expect(await device.waitFor(async () => (await platformDoc(kept.id))?.name === kept.name)).toBe(true);
      expect(await device.waitFor(async () => device.engine.status$.value.pending.products === 0)).toBe(true);
    } finally {
      await device.close();
    }
  });
});
