import { COLLECTIONS, newId } from '@tradewind/domain';
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { productFixture } from '../../../../test-support/product-fixture.ts';
import type { Checkpoint, ReplicatedDoc } from '../protocol.ts';
import { firstPull } from './first-pull.ts';

const REPLICATION = 'tablet/products';
const opened: RxDatabase[] = [];
let databases = 0;

async function emptyProducts(): Promise<RxCollection> {
  const db = await createRxDatabase({ name: `firstpull${++databases}`, storage: getRxStorageMemory(), multiInstance: false });
  opened.push(db);
  await db.addCollections({ products: { schema: COLLECTIONS.products.schema as unknown as RxJsonSchema<unknown> } });
  return db.collections.products as RxCollection;
}

const checkpoint: Checkpoint = { tx: '10', id: '', platform: 'p', epoch: 'e' } as Checkpoint;
const pulled = (): ReplicatedDoc[] =>
  Array.from({ length: 8 }, () => newId())
    .sort()
    .map((id) => ({ ...productFixture(id), _deleted: false, _attachments: {}, _rev: '10@0a1b2c3d' }));

/** A first pull of `docs`, all in one page. */
const pullInto = (products: RxCollection, docs: ReplicatedDoc[]) =>
  firstPull({
    collection: products,
    replicationIdentifier: REPLICATION,
    fetchPage: async () => ({ documents: docs, checkpoint }),
    batchSize: 100,
    incoming: async (page) => page,
    cancelled: () => false,
  });

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.remove()));
});

describe('firstPull', () => {
  it('writes every pulled document, and RxDB’s replication then pushes none of them back', async () => {
    const products = await emptyProducts();
    const docs = pulled();
    const written = await pullInto(products, docs);
    expect(written?.pull).toEqual(checkpoint);
    expect(await products.count().exec()).toBe(docs.length);

    const pushed: string[] = [];
    const replication = replicateRxCollection<ReplicatedDoc, Checkpoint>({
      collection: products as never,
      replicationIdentifier: REPLICATION,
      live: false,
      waitForLeadership: false,
      pull: { initialCheckpoint: written!.pull, handler: async (since) => ({ documents: [], checkpoint: since ?? checkpoint }) },
      push: {
        initialCheckpoint: written!.push,
        handler: async (rows) => {
          pushed.push(...rows.map((row) => row.newDocumentState.id));
          return [];
        },
      },
    });
    await replication.awaitInitialReplication();
    await replication.cancel();
    expect(pushed).toEqual([]);
  });

  // After a start-over RxDB's upstream reads every document, and sends a batch only after the
  // one before it was answered, with the assumed state it reads then. A pulled state stored in
  // between made that a newer state than the copy read, and the platform took the older copy over
  // the newer state: other devices' writes were undone unseen (PGlite soak seed 95).
  it('is never pushed back over a newer platform state pulled after a start-over', async () => {
    const products = await emptyProducts();
    const docs = pulled();
    await pullInto(products, docs);
    const newer = { ...docs[5]!, name: 'renamed on another device', _rev: '20@0a1b2c3d' };

    let releasePushes = () => {};
    const pushesHeld = new Promise<void>((resolve) => (releasePushes = resolve));
    const pushed: ReplicatedDoc[] = [];
    const replication = replicateRxCollection<ReplicatedDoc, Checkpoint>({
      collection: products as never,
      replicationIdentifier: REPLICATION,
      live: true,
      waitForLeadership: false,
      pull: {
        async handler(since) {
          if (since) return { documents: [], checkpoint: since };
          // Once the upstream has read every document, while its first push waits for an answer.
          await until(() => pushed.length > 0 && (replication.internalReplicationState?.stats.up.persistToMaster ?? 0) >= 4);
          return { documents: docs.map((doc) => (doc.id === newer.id ? newer : doc)), checkpoint };
        },
      },
      push: {
        batchSize: 2,
        async handler(rows) {
          pushed.push(...rows.map((row) => row.newDocumentState));
          await pushesHeld;
          return [];
        },
      },
    });
    try {
      await until(async () => (await products.findOne(newer.id).exec())?.get('name') === newer.name);
      releasePushes();
      // The upstream's first pass is done once every batch it read was answered.
      await until(() => replication.internalReplicationState?.firstSyncDone.up.getValue() === true);
      expect(pushed.filter((doc) => doc.id === newer.id).map((doc) => doc.name)).not.toContain(docs[5]!.name);
      expect((await products.findOne(newer.id).exec())?.get('name')).toBe(newer.name);
    } finally {
      await replication.cancel();
    }
  });
});
