import type { CollectionName } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import type { ReplicatedDoc } from '../protocol.ts';
import { pull, push, writtenSince } from './replication.ts';
import { PlatformError } from '@tradewind/contract';
import type { AuditEntry, SyncStore } from './store.ts';

/** A store in memory that counts writes; enough for the push rules (the cursor is tested on SQL). */
function memoryStore() {
  const data = new Map<string, ReplicatedDoc>();
  const key = (tenant: string, collection: string, id: string) => `${tenant}/${collection}/${id}`;
  const writes: { collection: CollectionName; docs: ReplicatedDoc[] }[] = [];
  const audit: AuditEntry[] = [];
  const store: SyncStore = {
    pull: async (_tenant, _collection, cursor) => ({
      documents: [...data.values()],
      txs: [...data.values()].map(() => String(data.size)),
      cursor: data.size > 0 ? { tx: String(data.size), id: 'last' } : cursor,
    }),
    onChange: () => () => {},
    async transaction(tenant, work) {
      const pending = new Map<string, ReplicatedDoc>();
      const readForUpdate = async (collection: CollectionName, ids: string[]) =>
        new Map(ids.flatMap((id) => (data.has(key(tenant, collection, id)) ? [[id, structuredClone(data.get(key(tenant, collection, id))!)] as const] : [])));
      const result = await work({
        readForUpdate,
        // One revision for all: pushes here go without revisions (they are tested on SQL, field-revisions.test.ts).
        async readRevisedForUpdate(collection, ids) {
          const docs = await readForUpdate(collection, ids);
          return new Map([...docs].map(([id, doc]) => [id, { doc, revision: { tx: '1', fields: {}, devices: {} } }]));
        },
        async takenValues(collection, field, values) {
          const docs = [...data.entries(), ...pending.entries()].filter(([k]) => k.startsWith(`${tenant}/${collection}/`)).map(([, doc]) => doc);
          return new Map(docs.filter((doc) => values.includes(doc[field] as string)).map((doc) => [doc[field] as string, doc.id]));
        },
        async write(collection, docs) {
          writes.push({ collection, docs });
          for (const doc of docs) pending.set(key(tenant, collection, doc.id), structuredClone(doc));
        },
        async audit(entries) {
          audit.push(...entries);
        },
      });
      for (const [k, doc] of pending) data.set(k, doc);
      return result;
    },
  };
  const get = (tenant: string, collection: string, id: string) => data.get(key(tenant, collection, id));
  const all = (tenant: string, collection: string) => [...data.entries()].filter(([k]) => k.startsWith(`${tenant}/${collection}/`)).map(([, doc]) => doc);
  return { store, writes, audit, get, all };
}

const caller = (tenantId: string) => ({ tenantId, userId: 'u1', deviceId: 'd1', role: 'merchant_owner' as const });

const product = (id: string, fields: Record<string, unknown> = {}): ReplicatedDoc => ({
  id,
  updatedAt: '2026-03-01T08:00:00.000Z',
  name: '刀',
  sku: `SKU-${id}`,
  hsCode: '8211920000',
  price: { amount: 650, currency: 'USD' },
  variants: [],
  archived: false,
  ...fields,
  _deleted: false,
});

describe('push', () => {
  it('writes nothing at all for a replay of the stored state (no cursor churn, no audit entry)', async () => {
    const { store, writes, audit } = memoryStore();
    const a = product('a');
    await push(store, caller('t'), 'products', [{ newDocumentState: a }]);
    expect(audit).toMatchObject([{ action: 'create', documentId: 'a', userId: 'u1', deviceId: 'd1' }]);
    writes.length = 0;
    audit.length = 0;
    expect(await push(store, caller('t'), 'products', [{ newDocumentState: a }, { assumedMasterState: product('a', { name: 'older' }), newDocumentState: a }])).toEqual([]);
    expect(writes).toEqual([]);
    expect(audit).toEqual([]);
  });

  it('applies two rows for one document in order within a push', async () => {
    const { store, get } = memoryStore();
    const first = product('a');
    const second = product('a', { name: '第二版' });
    expect(await push(store, caller('t'), 'products', [{ newDocumentState: first }, { assumedMasterState: first, newDocumentState: second }])).toEqual([]);
    expect(get('t', 'products', 'a')).toEqual(second);
    // A second "create" of the same id in one push conflicts with the first.
    const other = product('b');
    expect(await push(store, caller('t'), 'products', [{ newDocumentState: other }, { newDocumentState: product('b', { name: 'x' }) }])).toEqual([other]);
    expect(get('t', 'products', 'b')).toEqual(other);
  });

  it('writes a refusal notice in the same transaction, and the valid rows', async () => {
    const { store, writes, get, all } = memoryStore();
    const bad = product('bad', { hsCode: '12' });
    const good = product('good');
    expect(await push(store, caller('t'), 'products', [{ newDocumentState: bad }, { newDocumentState: good }])).toEqual([{ ...bad, _deleted: true }]);
    expect(get('t', 'products', 'bad')).toBeUndefined();
    expect(get('t', 'products', 'good')).toEqual(good);
    const [notice] = all('t', 'notices');
    expect(notice).toMatchObject({
      kind: 'push_refused',
      messageKey: 'notice.pushRefused.schema',
      refused: { collection: 'products', documentId: 'bad', reason: 'schema', content: bad },
      _deleted: false,
    });
    expect(writes.map((w) => w.collection)).toEqual(['products', 'notices']);
  });

  it('keeps tenants apart', async () => {
    const { store, get } = memoryStore();
    const mine = product('same-id', { name: 'mine' });
    await push(store, caller('a'), 'products', [{ newDocumentState: mine }]);
    expect(await push(store, caller('b'), 'products', [{ newDocumentState: product('same-id', { name: 'theirs' }) }])).toEqual([]);
    expect(get('a', 'products', 'same-id')).toEqual(mine);
  });
});

describe('pull', () => {
  const epoch = { platform: 'platform-1', epoch: 'epoch-2' };

  it('stamps the platform and epoch on every checkpoint it hands out', async () => {
    const { store } = memoryStore();
    await push(store, caller('t'), 'products', [{ newDocumentState: product('a') }]);
    expect((await pull(store, epoch, 't', 'products', null, 10)).checkpoint).toEqual({ tx: '1', id: 'last', ...epoch });
    expect((await pull(store, epoch, 't', 'products', { tx: '1', id: 'last', ...epoch }, 10)).documents).toHaveLength(1);
  });

  it.each([
    ['another epoch', { platform: 'platform-1', epoch: 'epoch-1' }],
    ['another platform database', { platform: 'platform-0', epoch: 'epoch-2' }],
    ['no epoch (a checkpoint from before epochs)', {}],
  ])('refuses a checkpoint of %s with 409 sync_epoch_changed', async (_, other) => {
    const { store } = memoryStore();
    const refused = await pull(store, epoch, 't', 'products', { tx: '99', id: 'x', ...other }, 10).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlatformError);
    expect(refused).toMatchObject({ status: 409, code: 'sync_epoch_changed' });
  });
});

describe('writtenSince', () => {
  const revision = (fields: Record<string, string>, tx = '40') => ({ tx, fields, devices: { mine: '30' } });

  it('names what others wrote after the base, elements of keyed arrays included, and not this device’s own push', () => {
    const written = revision({ name: '40', images: '30', 'images[b]': '30', lines: '40', 'lines[l2]': '40', moq: '10' });
    expect(writtenSince(written, '20', 'mine')).toEqual(['lines', 'lines[l2]', 'name']);
  });

  it('names nothing when nothing was written after the base', () => {
    expect(writtenSince(revision({ name: '40' }), '40', 'mine')).toEqual([]);
  });

  it('cannot say for a base older than what the revision records, nor after a write that recorded nothing', () => {
    expect(writtenSince(revision({ '*': '25', name: '40' }), '20', 'mine')).toBeUndefined();
    expect(writtenSince(revision({ '*': '25', name: '40' }), '26', 'mine')).toEqual(['name']);
    // A document upgrade rewrites the stored state without naming fields.
    expect(writtenSince(revision({ name: '35' }), '20', 'mine')).toBeUndefined();
  });
});
