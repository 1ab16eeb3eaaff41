/**
 * Per-field revisions close the ABA gap of a merge on values (soak seed 64): a field written on
 * the platform since a device's base, even back to the base's value, is news to that device, and
 * its edit of the field becomes a conflict record instead of silently winning.
 */
import { parseRevision, type PushRow, type ReplicatedDoc } from '@tradewind/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { edited, local, newProduct } from './support/documents.ts';
import { api, login } from './support/http.ts';
import { ENGINES, platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll, pullUrl, push } from './support/replication.ts';
import { openTestDevice } from './sync-device.ts';

const withRevisions = (url: string) => `${url}${url.includes('?') ? '&' : '?'}revisions=1`;

describe.each(ENGINES)('field revisions on %s', (engine) => {
  let platform: TestPlatform;
  let token: string;
  let other: string;
  platformWithLogin(engine, YANGJIANG, (session) => ({ platform, token } = session));
  beforeAll(async () => {
    other = await login(platform.app, YANGJIANG, 'the other device');
  });

  const pullRevised = async (id: string) => {
    const response = await api<{ documents: ReplicatedDoc[] }>(platform.app, 'GET', withRevisions(pullUrl('products', null, 1000)), { token });
    expect(response.status).toBe(200);
    return response.body.documents.find((doc) => doc.id === id)!;
  };
  const pushRevised = async (as: string, rows: PushRow[]) => {
    const response = await api<ReplicatedDoc[]>(platform.app, 'POST', withRevisions('/api/sync/products/push'), { token: as, body: rows });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body;
  };
  /** The other device sets moq to 250 and then back: the stored document ends exactly as it was. */
  const writtenThereAndBack = async (doc: ReplicatedDoc) => {
    const away = { ...doc, moq: 250 };
    expect(await push(platform.app, other, 'products', [{ assumedMasterState: doc, newDocumentState: away }])).toEqual([]);
    expect(await push(platform.app, other, 'products', [{ assumedMasterState: away, newDocumentState: doc }])).toEqual([]);
  };

  it('hands revisions out only to a device that asks, and never stores one a device sends', async () => {
    const created = newProduct({ moq: 10 });
    expect(await push(platform.app, token, 'products', [{ newDocumentState: { ...created, _rev: '1-abc' } }])).toEqual([]);
    const plain = (await pullAll(platform.app, token, 'products')).documents.find((doc) => doc.id === created.id);
    expect(plain).toEqual(created);
    const revised = await pullRevised(created.id);
    expect(parseRevision(revised._rev)).toMatchObject({ tx: expect.stringMatching(/^\d+$/), epoch: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect({ ...revised, _rev: undefined }).toEqual({ ...created, _rev: undefined });
  });

  it('answers a push based on a pulled state with a conflict when a field was written there and back, naming it', async () => {
    const created = newProduct({ moq: 10 });
    expect(await push(platform.app, other, 'products', [{ newDocumentState: created }])).toEqual([]);
    const base = await pullRevised(created.id);
    await writtenThereAndBack(created);

    const mine = edited(created, { moq: 143 });
    const [conflict] = await pushRevised(token, [{ assumedMasterState: base, newDocumentState: mine }]);
    expect(conflict).toMatchObject({ id: created.id, moq: 10 });
    expect(parseRevision(conflict!._rev)?.changedSinceBase).toEqual(['moq']);
    expect((await pullRevised(created.id)).moq).toBe(10);

    // An app without revisions cannot tell: the same push is taken, as before.
    expect(await push(platform.app, token, 'products', [{ assumedMasterState: created, newDocumentState: mine }])).toEqual([]);
  });

  it('places a base the device pushed itself: its last accepted push of the document', async () => {
    const created = newProduct({ moq: 10 });
    expect(await pushRevised(token, [{ newDocumentState: created }])).toEqual([]);
    await writtenThereAndBack(created);
    const renamed = edited(created, { name: 'renamed elsewhere' });
    expect(await push(platform.app, other, 'products', [{ assumedMasterState: created, newDocumentState: renamed }])).toEqual([]);

    // RxDB keeps the pushed state, without a revision, as the base of the next push.
    const [conflict] = await pushRevised(token, [{ assumedMasterState: created, newDocumentState: edited(created, { moq: 143 }) }]);
    expect(parseRevision(conflict!._rev)?.changedSinceBase).toEqual(['moq', 'name', 'updatedAt']);
  });

  it('does not count a base of another epoch: the answer says nothing of what changed', async () => {
    const created = newProduct({ moq: 10 });
    expect(await push(platform.app, other, 'products', [{ newDocumentState: created }])).toEqual([]);
    const base = await pullRevised(created.id);
    const renamed = edited(created, { name: 'renamed elsewhere' });
    expect(await push(platform.app, other, 'products', [{ assumedMasterState: created, newDocumentState: renamed }])).toEqual([]);
    const fromAnotherEpoch = { ...base, _rev: `${parseRevision(base._rev)!.tx}@00000000` };
    const [conflict] = await pushRevised(token, [{ assumedMasterState: fromAnotherEpoch, newDocumentState: edited(created, { moq: 143 }) }]);
    expect(conflict).toMatchObject({ name: 'renamed elsewhere' });
    expect(parseRevision(conflict!._rev)).toMatchObject({ tx: expect.any(String) });
    expect(parseRevision(conflict!._rev)?.changedSinceBase).toBeUndefined();
  });
});

describe('a device edit of a field written elsewhere and back (PGlite, soak seed 64)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session), { listen: true, device: 'offline device' });

  it('becomes a conflict record the user sees, and the value written there stays', async () => {
    const otherToken = await login(platform.app, YANGJIANG, 'the other device');
    const [offline, online] = [await openTestDevice(platform.url!, token), await openTestDevice(platform.url!, otherToken)];
    const moqOn = async (device: typeof offline, id: string) => (await device.products.findOne(id).exec())?.get('moq') as number | undefined;
    try {
      const product = newProduct({ moq: 10 });
      await online.products.insert(local(product));
      expect(await offline.waitFor(async () => (await moqOn(offline, product.id)) === 10)).toBe(true);

      await offline.disconnect();
      await (await offline.products.findOne(product.id).exec())!.incrementalPatch({ moq: 143, updatedAt: new Date().toISOString() });
      for (const moq of [250, 10]) {
        await (await online.products.findOne(product.id).exec())!.incrementalPatch({ moq, updatedAt: new Date().toISOString() });
        expect(await online.waitFor(async () => online.engine.status$.value.pending.products === 0)).toBe(true);
      }

      offline.connect(platform.url!, token);
      expect(await offline.waitFor(async () => offline.conflicts.length > 0)).toBe(true);
      expect(offline.conflicts[0]!.conflicts).toEqual([{ field: 'moq', localValue: 143, serverValue: 10 }]);
      expect(await offline.waitFor(async () => offline.engine.status$.value.pending.products === 0)).toBe(true);
      const stored = (await pullAll(platform.app, token, 'products')).documents.find((doc) => doc.id === product.id);
      expect(stored?.moq).toBe(10);
      expect(await moqOn(offline, product.id)).toBe(10);
    } finally {
      await Promise.all([offline.close(), online.close()]);
    }
  });
});
