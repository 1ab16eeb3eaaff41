/**
 * The change cursor (docs/architecture.md, Replication): pulls follow (tx, id) and must never move past a change that is
 * still uncommitted, even when a later transaction commits first.
 */
import { sameJson } from '@tradewind/domain';
import type { Checkpoint, ReplicatedDoc } from '@tradewind/sync';
import type { SyncStore } from '@tradewind/sync/server';
import { createPostgresDatabase } from '../../../test-support/databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { openDatabase } from '../src/db/open.ts';
import { createSqlSyncStore } from '../src/sync/sql-sync-store.ts';
import { edited, newProduct } from './support/documents.ts';
import { ENGINES, openTestDatabase, startPlatform, type TestPlatform } from './support/platform.ts';
import { ids } from './support/replication.ts';
import { sleep } from './support/sleep.ts';

/** A device following the cursor: pulls from its last checkpoint, remembers everything it got. */
function follower(store: SyncStore, tenant: string, batchSize = 100) {
  let checkpoint: Checkpoint | null = null;
  const received: ReplicatedDoc[] = [];
  const checkpoints: (Checkpoint | null)[] = [];
  return {
    received,
    checkpoints,
    get checkpoint() {
      return checkpoint;
    },
    /** One pull; returns how many documents came. */
    async step(): Promise<number> {
      const page = await store.pull(tenant, 'products', checkpoint, batchSize);
      received.push(...page.documents);
      checkpoint = page.checkpoint;
      checkpoints.push(checkpoint);
      return page.documents.length;
    },
    /** Pulls until a pull brings nothing. */
    async drain(): Promise<void> {
      while ((await this.step()) > 0);
    },
  };
}

/** A transaction that writes `doc` and stays open until released (the late committer). */
function heldOpenWrite(store: SyncStore, tenant: string, doc: ReplicatedDoc) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let announceWritten!: () => void;
  const written = new Promise<void>((resolve) => (announceWritten = resolve));
  const committed = store.transaction(tenant, async (tx) => {
    await tx.write('products', [doc]);
    announceWritten();
    await held;
  });
  return { written, release, committed };
}

describe('out-of-order commits on PostgreSQL', () => {
  let db: Database;
  let store: SyncStore;

  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    await migrate(db);
    store = createSqlSyncStore(db);
  });
  afterAll(() => db?.close());

  it('does not move the cursor past a transaction that is still open, and hands out both changes once it commits', async () => {
    const tenant = 'tenant-out-of-order';
    const a = newProduct({ name: 'A: written first, committed last' });
    const b = newProduct({ name: 'B: written second, committed first' });
    const writerA = heldOpenWrite(store, tenant, a);
    const device = follower(store, tenant);
    try {
      await writerA.written;
      await store.transaction(tenant, (tx) => tx.write('products', [b]));

      // B is committed and visible to any reader; A is not.
      const visible = await db.query<{ id: string }>('SELECT id FROM doc_products WHERE tenant_id = $1', [tenant]);
      expect(visible.map((row) => row.id)).toEqual([b.id]);

      for (let i = 0; i < 10; i++) {
        await device.step();
        await sleep(20);
      }
      expect(device.received).toEqual([]);
      expect(device.checkpoint).toBeNull();
    } finally {
      writerA.release();
      await writerA.committed;
    }

    // The same device continues from where it is.
    await pollUntil(async () => (await device.step(), device.received.length >= 2));
    expect(ids(device.received)).toEqual(ids([a, b]));
    // In cursor order: A's transaction id is the lower one.
    expect(device.received.map((doc) => doc.id)).toEqual([a.id, b.id]);
    expect(device.received.find((doc) => doc.id === a.id)).toEqual(a);

    const rows = await db.query<{ id: string; tx: string }>('SELECT id, tx::text AS tx FROM doc_products WHERE tenant_id = $1', [tenant]);
    const txOf = (id: string) => BigInt(rows.find((row) => row.id === id)!.tx);
    expect(txOf(a.id) < txOf(b.id)).toBe(true);
  });

  it('lets a device whose checkpoint is past older changes continue from it and still get the late commit', async () => {
    const tenant = 'tenant-late-commit';
    const early = newProduct({ name: 'committed before everything' });
    await store.transaction(tenant, (tx) => tx.write('products', [early]));
    const device = follower(store, tenant);
    await pollUntil(async () => (await device.step(), device.received.length === 1));
    expect(device.received).toEqual([early]);

    const a = newProduct({ name: 'A' });
    const b = newProduct({ name: 'B' });
    const writerA = heldOpenWrite(store, tenant, a);
    try {
      await writerA.written;
      await store.transaction(tenant, (tx) => tx.write('products', [b]));
      const before = device.checkpoint;
      for (let i = 0; i < 10; i++) {
        expect(await device.step()).toBe(0);
        await sleep(20);
      }
      // The checkpoint never moved past A's change (it did not move at all).
      expect(device.checkpoints.every((checkpoint) => checkpoint === null || BigInt(checkpoint.tx) <= BigInt(before!.tx))).toBe(true);
    } finally {
      writerA.release();
      await writerA.committed;
    }
    await pollUntil(async () => (await device.step(), device.received.length === 3));
    expect(device.received.map((doc) => doc.id)).toEqual([early.id, a.id, b.id]);
  });
});

describe.each(ENGINES)('many concurrent writers on %s', (engine) => {
  let db: Database;
  /** On PostgreSQL the device pulls through another connection pool, as from a second platform process. */
  let readerDb: Database;
  let store: SyncStore;
  let readerStore: SyncStore;
  let platform: TestPlatform | undefined;

  beforeAll(async () => {
    if (engine === 'postgres') {
      const databaseUrl = await createPostgresDatabase();
      [db, readerDb] = await Promise.all([openDatabase({ databaseUrl }), openDatabase({ databaseUrl })]);
    } else {
      // A platform's database (copied from the seeded template: much faster than a new PGlite).
      platform = await startPlatform('pglite');
      db = readerDb = platform.db;
    }
    await migrate(db);
    store = createSqlSyncStore(db);
    readerStore = createSqlSyncStore(readerDb);
  });
  afterAll(async () => {
    if (platform) return platform.close();
    await db?.close();
    await readerDb?.close();
  });

  it('lets a device following the checkpoints end up with every document exactly once, in its final state', async () => {
    const tenant = `tenant-concurrent-${engine}`;
    const writers = 20;
    const device = follower(readerStore, tenant, 3);
    let writing = true;
    const finals = new Map<string, ReplicatedDoc>();

    const writer = async (i: number) => {
      const first = newProduct({ name: `writer ${i} first` });
      const second = newProduct({ name: `writer ${i} second` });
      await sleep(i * 3); // staggered, so the pool keeps a connection free for the device's pulls
      // Long and short transactions alternate: on PostgreSQL many commit after a later-started one.
      await store.transaction(tenant, async (tx) => {
        await tx.write('products', [first]);
        await sleep(i % 2 === 0 ? 30 : 1);
        await tx.write('products', [second]);
      });
      const revised = edited(first, { name: `writer ${i} first, revised`, moq: i + 1 });
      await store.transaction(tenant, async (tx) => {
        const stored = await tx.readForUpdate('products', [first.id]);
        expect(stored.get(first.id)).toEqual(first);
        await tx.write('products', [revised]);
      });
      finals.set(revised.id, revised);
      finals.set(second.id, second);
    };
    const pulling = (async () => {
      while (writing) {
        await device.step();
        await sleep(1);
      }
    })();
    await Promise.all(Array.from({ length: writers }, (_, i) => writer(i)));
    writing = false;
    await pulling;
    await pollUntil(async () => {
      await device.drain();
      return new Set(device.received.map((doc) => doc.id)).size === finals.size && lastVersions(device.received).every((doc) => sameAsFinal(doc, finals));
    });

    // The device's final state: every document, once, at its last version.
    const state = lastVersions(device.received);
    expect(state).toHaveLength(2 * writers);
    expect(ids(state)).toEqual([...finals.keys()].sort());
    for (const doc of state) expect(doc).toEqual(finals.get(doc.id));
    // No version was handed out twice (a cursor that steps back would repeat them).
    const versions = device.received.map((doc) => `${doc.id}@${doc.name as string}`);
    expect(new Set(versions).size).toBe(versions.length);
    // Checkpoints only ever move forward.
    const order = device.checkpoints.filter((c): c is Checkpoint => c !== null).map((c) => BigInt(c.tx));
    for (let i = 1; i < order.length; i++) expect(order[i]! >= order[i - 1]!).toBe(true);
  });
});

function lastVersions(received: ReplicatedDoc[]): ReplicatedDoc[] {
  const latest = new Map<string, ReplicatedDoc>();
  for (const doc of received) latest.set(doc.id, doc);
  return [...latest.values()];
}

function sameAsFinal(doc: ReplicatedDoc, finals: Map<string, ReplicatedDoc>): boolean {
  return sameJson(doc, finals.get(doc.id));
}

async function pollUntil(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) return;
    await sleep(20);
  }
}
