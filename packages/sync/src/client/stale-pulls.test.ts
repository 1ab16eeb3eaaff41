import { COLLECTIONS, newId } from '@tradewind/domain';
import { createRxDatabase, type RxCollection, type RxConflictHandler, type RxDatabase, type RxJsonSchema, type RxReplicationPullStreamItem } from 'rxdb';
import { replicateRxCollection } from 'rxdb/plugins/replication';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { Subject } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { productFixture } from '../../../../test-support/product-fixture.ts';
import type { Checkpoint, ReplicatedDoc } from '../protocol.ts';
import { createStalePulls } from './stale-pulls.ts';

const state = (id: string, rev: string) => ({ id, _rev: rev });
const DOWNSTREAM = 'downstream-check-if-equal-1';

describe('stale pulls', () => {
  it('takes a state pulled before a taken push of the document for older than it, and a later one for newer', () => {
    const stale = createStalePulls();
    stale.received([state('a', '845@0000000a'), state('b', '850@0000000a')]);
    const sent = stale.sending();
    stale.answered(sent, ['a'], []);
    expect(stale.isStale(state('a', '845@0000000a'))).toBe(true);
    expect(stale.isStale(state('a', '850@0000000a'))).toBe(true);
    // Pulled while the push was on its way, it may be newer: RxDB decides as before.
    expect(stale.isStale(state('a', '851@0000000a'))).toBe(false);
    // Other documents, and states of another epoch, are left alone.
    expect(stale.isStale(state('b', '845@0000000a'))).toBe(false);
    expect(stale.isStale(state('a', '845@0000000b'))).toBe(false);
  });

  it('takes a state older than a conflict answer for older, not the answer itself', () => {
    const stale = createStalePulls();
    const sent = stale.sending();
    const answer = state('a', '862@0000000a;images,updatedAt');
    stale.received([answer]);
    stale.answered(sent, [], [answer]);
    expect(stale.isStale(state('a', '849@0000000a'))).toBe(true);
    expect(stale.isStale(state('a', '862@0000000a'))).toBe(false);
  });

  it('forgets what it knew when the platform answers in another epoch', () => {
    const stale = createStalePulls();
    stale.received([state('a', '845@0000000a')]);
    stale.answered(stale.sending(), ['a'], []);
    stale.received([state('c', '12@0000000b')]);
    expect(stale.isStale(state('a', '11@0000000b'))).toBe(false);
  });

  it("answers RxDB's downstream that a stale state equals the stored one, and asks the collection's handler otherwise", () => {
    const stale = createStalePulls();
    stale.received([state('a', '845@0000000a')]);
    stale.answered(stale.sending(), ['a'], []);
    const asked: string[] = [];
    const handler: RxConflictHandler<unknown> = {
      isEqual: (_a, _b, context) => (asked.push(context), false),
      resolve: async (input) => input.realMasterState,
    };
    const collection = { conflictHandler: handler, name: 'products' } as unknown as RxCollection;
    const guarded = stale.guarded(collection);
    const stored = { id: 'a', name: 'mine' };
    expect(guarded.conflictHandler.isEqual(state('a', '845@0000000a') as never, stored as never, DOWNSTREAM)).toBe(true);
    expect(guarded.conflictHandler.isEqual(state('a', '845@0000000a') as never, stored as never, 'upstream-check-if-equal')).toBe(false);
    expect(guarded.conflictHandler.isEqual(state('a', '900@0000000a') as never, stored as never, DOWNSTREAM)).toBe(false);
    expect(asked).toEqual(['upstream-check-if-equal', DOWNSTREAM]);
    expect(guarded.name).toBe('products');
    expect(collection.conflictHandler).toBe(handler);
  });
});

describe("stale pulls in RxDB's replication", () => {
  let db: RxDatabase | undefined;
  afterEach(async () => {
    await db?.remove();
  });

  it('a pulled state older than one a conflict answer brought is not stored; a newer one is', async () => {
    db = await createRxDatabase({ name: 'stalepulls', storage: getRxStorageMemory(), multiInstance: false });
    await db.addCollections({ products: { schema: COLLECTIONS.products.schema as unknown as RxJsonSchema<unknown> } });
    const products = db.collections.products as RxCollection;
    const stale = createStalePulls();
    const [id, other] = [newId(), newId()];
    const at = (tx: number, fields: Record<string, unknown>, of = id): ReplicatedDoc => ({ ...productFixture(of), _deleted: false, _attachments: {}, _rev: `${tx}@0a1b2c3d`, ...fields });
    const checkpoint = { tx: '1', id: '', platform: 'p', epoch: 'e' } as Checkpoint;
    const stream$ = new Subject<RxReplicationPullStreamItem<ReplicatedDoc, Checkpoint>>();
    const delivered = (documents: ReplicatedDoc[]) => {
      stale.received(documents);
      stream$.next({ documents, checkpoint });
    };
    const nameOf = async (of: string) => (await products.findOne(of).exec())?.get('name') as string | undefined;
    const replication = replicateRxCollection<ReplicatedDoc, Checkpoint>({
      collection: stale.guarded(products) as never,
      replicationIdentifier: 'tablet/products',
      live: true,
      waitForLeadership: false,
      pull: { stream$: stream$.asObservable(), handler: async () => ({ documents: [], checkpoint }) },
    });
    await replication.awaitInitialReplication();

    const newer = at(850, { name: 'newer' });
    delivered([newer]);
    await until(async () => (await nameOf(id)) === 'newer');
    stale.answered(stale.sending(), [], [newer]);

    // Pulled before the answer came, stored by RxDB after it.
    delivered([at(849, { name: 'older' }), at(849, { name: 'beside it' }, other)]);
    await until(async () => (await nameOf(other)) === 'beside it');
    expect(await nameOf(id)).toBe('newer');

    delivered([at(851, { name: 'newest' })]);
    await until(async () => (await nameOf(id)) === 'newest');
    await replication.cancel();
  });
});

async function until(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 5));
}
