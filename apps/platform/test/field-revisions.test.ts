/**
 * Per-field revisions close the ABA gap of a merge on values (soak seed 64): a field written on
 * the platform since a device's base, even back to the base's value, is news to that device, and
 * its edit of the field becomes a conflict record instead of silently winning.
 */
import { newId, type OrderLine } from '@tradewind/domain';
import { parseRevision, type PushRow, type ReplicatedDoc } from '@tradewind/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { edited, local, newOrder, newProduct } from './support/documents.ts';
import { api, login } from './support/http.ts';
import { ENGINES, openTestDatabase, platformWithLogin, type TestPlatform } from './support/platform.ts';
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

  const pullRevised = async (id: string, collection = 'products') => {
    const response = await api<{ documents: ReplicatedDoc[] }>(platform.app, 'GET', withRevisions(pullUrl(collection, null, 1000)), { token });
    expect(response.status).toBe(200);
    return response.body.documents.find((doc) => doc.id === id)!;
  };
  const pushRevised = async (as: string, rows: PushRow[], collection = 'products') => {
    const response = await api<ReplicatedDoc[]>(platform.app, 'POST', withRevisions(`/api/sync/${collection}/push`), { token: as, body: rows });
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

  it('names the order lines others changed since the base, not the line this device added in a push whose answer it lost', async () => {
    const order = newOrder();
    const [first] = order.lines as OrderLine[];
    expect(await pushRevised(token, [{ newDocumentState: order }], 'orders')).toEqual([]);
    const base = await pullRevised(order.id, 'orders');
    const added = edited(order, { lines: [first, { ...first!, id: newId(), quantity: 5 }] });
    expect(await pushRevised(token, [{ assumedMasterState: base, newDocumentState: added }], 'orders')).toEqual([]);
    const requantified = edited(added, { lines: [{ ...first!, quantity: 300 }, (added.lines as OrderLine[])[1]] });
    expect(await push(platform.app, other, 'orders', [{ assumedMasterState: added, newDocumentState: requantified }])).toEqual([]);

    const [conflict] = await pushRevised(token, [{ assumedMasterState: base, newDocumentState: edited(added, { notes: 'pack by 12' }) }], 'orders');
    expect(parseRevision(conflict!._rev)?.changedSinceBase).toEqual(['lines', `lines[${first!.id}]`, 'updatedAt']);
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

  it('places a base of another epoch at the last push this device had taken: the line it added and then removed is not news (soak seed 380)', async () => {
    const order = newOrder();
    const [first] = order.lines as OrderLine[];
    expect(await push(platform.app, other, 'orders', [{ newDocumentState: order }])).toEqual([]);
    const base = await pullRevised(order.id, 'orders');
    const fromAnotherEpoch = { ...base, _rev: `${parseRevision(base._rev)!.tx}@00000000` };
    // This device adds a line on that base; the push is taken, its answer lost.
    const added = edited(order, { lines: [first, { ...first!, id: newId(), quantity: 381 }] });
    expect(await pushRevised(token, [{ assumedMasterState: fromAnotherEpoch, newDocumentState: added }], 'orders')).toEqual([]);

    const removed = edited(order, { lines: [{ ...first!, quantity: 243 }] });
    const [conflict] = await pushRevised(token, [{ assumedMasterState: fromAnotherEpoch, newDocumentState: removed }], 'orders');
    expect(parseRevision(conflict!._rev)?.changedSinceBase).toEqual([]);
    // Another device's write since is named.
    const renamed = edited(added, { buyerName: 'renamed elsewhere' });
    expect(await push(platform.app, other, 'orders', [{ assumedMasterState: added, newDocumentState: renamed }])).toEqual([]);
    const [later] = await pushRevised(token, [{ assumedMasterState: fromAnotherEpoch, newDocumentState: removed }], 'orders');
    expect(parseRevision(later!._rev)?.changedSinceBase).toEqual(['buyerName', 'updatedAt']);
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

describe.each(ENGINES)('element revisions in the database on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    await migrate(db, { until: '030_field_revisions.sql' });
    await db.query(`INSERT INTO tenants (id, name, cluster, code, status, kind) VALUES ('t', 't', 'yangjiang-knives', 'T0', 'active', 'merchant')`);
    await db.query(`INSERT INTO doc_products (tenant_id, id, doc) VALUES ('t', 'stored-before', '{"id": "stored-before"}')`);
    await migrate(db);
  });
  afterAll(() => db.close());

  const changed = async (before: object, after: object) =>
    Object.keys((await db.query<{ paths: object }>('SELECT changed_field_tx($1::jsonb, false, $2::jsonb, false) AS paths', [JSON.stringify(before), JSON.stringify(after)]))[0]!.paths).sort();

  it('records each element of a keyed array added, removed or changed, and no element left alone', async () => {
    const line = (id: string, quantity: number) => ({ id, quantity });
    const before = { lines: [line('a', 1), line('b', 2), line('c', 3)], tags: ['x'], name: 'n' };
    const after = { lines: [line('a', 1), line('b', 5), line('d', 4)], tags: ['y'], name: 'n' };
    expect(await changed(before, after)).toEqual(['lines', 'lines[b]', 'lines[c]', 'lines[d]', 'tags']);
    expect(await changed(before, { ...before, name: 'm' })).toEqual(['name']);
    expect(await changed({}, { images: [{ id: 'i1' }] })).toEqual(['images', 'images[i1]']);
  });

  it('marks the revisions of documents stored before it as complete only from then on', async () => {
    const [row] = await db.query<{ field_tx: Record<string, string> }>(`SELECT field_tx FROM doc_products WHERE id = 'stored-before'`);
    expect(row!.field_tx['*']).toMatch(/^\d+$/);
  });
});
