import type { Checkpoint, ReplicatedDoc } from '@tradewind/sync';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { edited, newProduct } from './support/documents.ts';
import { api } from './support/http.ts';
import { ENGINES, platformWithLogin, type TestPlatform } from './support/platform.ts';
import { ids, pull, pullAll, pullAllUntil, pullUrl, push } from './support/replication.ts';
import { snapshot, storedRow } from './support/tables.ts';

describe.each(ENGINES)('push and pull semantics on %s', (engine) => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin(engine, YANGJIANG, (session) => ({ platform, token } = session));

  it('stores a replayed push once: the second time nothing changes, no conflicts, the cursor stays put', async () => {
    const { app, db } = platform;
    const before = await pullAll(app, token, 'products');
    const existing = before.documents[0]!;
    const created = newProduct();
    const changed = edited(existing, { name: `${existing.name as string} (改)` });
    const rows = [{ newDocumentState: created }, { assumedMasterState: existing, newDocumentState: changed }];

    expect(await push(app, token, 'products', rows)).toEqual([]);
    const after = await pullAllUntil(app, token, 'products', before.checkpoint, (docs) => docs.length >= 2);
    expect(ids(after.documents)).toEqual(ids([created, changed]));
    expect(after.documents.find((doc) => doc.id === changed.id)).toEqual(changed);
    expect(after.documents.find((doc) => doc.id === created.id)).toEqual(created);

    const stored = await snapshot(db);
    expect(await push(app, token, 'products', rows)).toEqual([]);
    expect(await snapshot(db)).toEqual(stored);
    const again = await pull(app, token, 'products', after.checkpoint);
    expect(again.documents).toEqual([]);
    expect(again.checkpoint).toEqual(after.checkpoint);
  });

  it('answers a push with a stale assumed master state with the stored document and keeps it', async () => {
    const { app, db } = platform;
    const [original] = (await pullAll(app, token, 'products')).documents;
    const first = edited(original!, { moq: 777 });
    expect(await push(app, token, 'products', [{ assumedMasterState: original!, newDocumentState: first }])).toEqual([]);

    const stored = await snapshot(db);
    const second = edited(original!, { moq: 999, nameEn: 'stale device edit' });
    expect(await push(app, token, 'products', [{ assumedMasterState: original!, newDocumentState: second }])).toEqual([first]);
    // A device that never saw the document at all conflicts the same way.
    expect(await push(app, token, 'products', [{ newDocumentState: second }])).toEqual([first]);
    expect(await snapshot(db)).toEqual(stored);
    const pulled = (await pullAll(app, token, 'products')).documents.find((doc) => doc.id === original!.id);
    expect(pulled).toEqual(first);
  });

  it('hands out every document exactly once when paging with small batches', async () => {
    const { app } = platform;
    const whole = await pullAll(app, token, 'products', null, 1000);
    const seen: ReplicatedDoc[] = [];
    let checkpoint: Checkpoint | null = null;
    for (let page = 0; page < 100; page++) {
      const result = await pull(app, token, 'products', checkpoint, 2);
      expect(result.documents.length).toBeLessThanOrEqual(2);
      seen.push(...result.documents);
      if (result.documents.length === 0) break;
      checkpoint = result.checkpoint;
    }
    expect(seen.map((doc) => doc.id)).toEqual(whole.documents.map((doc) => doc.id));
    expect(new Set(seen.map((doc) => doc.id)).size).toBe(seen.length);
  });

  it.each(['{bad', '{"tx":"abc","id":"x"}', '[]', '{"tx":"1"}', '{"tx":"1","id":"x","extra":1}', '{"tx":1,"id":"x"}', '"x"', '{"tx":"1","id":"a b"}'])(
    'refuses the malformed checkpoint %s with a 400 JSON error',
    async (checkpoint) => {
      const response = await api(platform.app, 'GET', pullUrl('products', checkpoint), { token });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: { code: 'bad_checkpoint', message: expect.any(String) } });
    },
  );

  // Regression: a 20-digit tx beyond xid8's range once reached SQL (500 on PGlite, silently capped on PostgreSQL).
  it('refuses a checkpoint tx beyond the 64-bit range with a 400, not a server error', async () => {
    const response = await api(platform.app, 'GET', pullUrl('products', '{"tx":"99999999999999999999","id":"x"}'), { token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'bad_checkpoint', message: expect.any(String) } });
  });

  it.each(['0', '5000', 'x', '', '1.5', '-1'])('refuses batchSize=%j with a 400 JSON error', async (batchSize) => {
    const response = await api(platform.app, 'GET', pullUrl('products', null, batchSize), { token });
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: { code: 'bad_batch_size', message: expect.any(String) } });
  });

  it('answers an unknown collection with a 404 JSON error on pull and push', async () => {
    for (const name of ['customers', 'constructor', '__proto__']) {
      const pulled = await api(platform.app, 'GET', pullUrl(name), { token });
      expect(pulled.status, name).toBe(404);
      expect(pulled.body).toEqual({ error: { code: 'unknown_collection', message: expect.any(String) } });
      const pushed = await api(platform.app, 'POST', `/api/sync/${name}/push`, { token, body: [{ newDocumentState: newProduct() }] });
      expect(pushed.status, name).toBe(404);
      expect(pushed.body).toEqual({ error: { code: 'unknown_collection', message: expect.any(String) } });
    }
  });

  it('refuses malformed push bodies with a 400 and writes nothing', async () => {
    const { app, db } = platform;
    const stored = await snapshot(db);
    const product = newProduct();
    const bodies: unknown[] = [
      { newDocumentState: product },
      [{ newDocumentState: { ...product, _deleted: undefined } }],
      [{ newDocumentState: { ...product, id: 'not/an id' } }],
      [{ assumedMasterState: newProduct(), newDocumentState: product }],
      [product],
      Array.from({ length: 501 }, () => ({ newDocumentState: newProduct() })),
    ];
    for (const body of bodies) {
      const response = await api(app, 'POST', '/api/sync/products/push', { token, body });
      expect(response.status).toBe(400);
      expect(response.body).toEqual({ error: { code: 'bad_push', message: expect.any(String) } });
    }
    expect(await storedRow(db, 'products', YANGJIANG, product.id)).toBeUndefined();
    expect(await snapshot(db)).toEqual(stored);
  });
});
