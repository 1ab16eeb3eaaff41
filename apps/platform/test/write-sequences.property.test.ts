/**
 * Issue 13, acceptance: for every device-written collection and merchant role, random sequences
 * of create / edit / delete / undelete / re-create pushed through the real push path (PGlite)
 * never reach a state the same role could not reach by direct allowed edits: every live state
 * the platform stores is an allowed edit of the document's last live state, every tombstone holds
 * that state unchanged and was an allowed delete, every restore an allowed restore, and order
 * numbers stay unique.
 */
import { businessRuleRefusal, existenceRefusal, newId, ORDER_STATUSES, roleRefusal, sameJson, validateDocument, type CollectionName, type Role } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newBuyer, newFiling, newOrder, newProduct } from './support/documents.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { push } from './support/replication.ts';
import { storedRow } from './support/tables.ts';

type Change = Record<string, unknown>;

/** Per collection: a new document, and the edits a device might try (allowed or not). */
const COLLECTIONS: Partial<Record<CollectionName, { make: () => ReplicatedDoc; changes: fc.Arbitrary<(doc: ReplicatedDoc) => Change> }>> = {
  products: {
    make: () => newProduct(),
    changes: fc.oneof(
      fc.integer({ min: 1, max: 5000 }).map((amount) => () => ({ price: { amount, currency: 'USD' } })),
      fc.constantFrom('厨师刀', 'Chef knife 8"').map((name) => () => ({ name })),
      fc.constant(() => ({ archived: true })),
    ),
  },
  orders: {
    make: () => newOrder(),
    changes: fc.oneof(
      fc.constantFrom(...ORDER_STATUSES).map((status) => () => ({ status })),
      fc
        .record({ kind: fc.constantFrom('deposit', 'balance'), amount: fc.integer({ min: 1, max: 200_000 }) })
        .map((payment) => (doc: ReplicatedDoc) => ({ payments: [...((doc.payments as unknown[]) ?? []), { id: newId(), at: '2026-11-23T08:00:00.000Z', ...payment }] })),
      fc.constant(() => ({ payments: [] })),
      fc.constant((doc: ReplicatedDoc) => ({ number: `${String(doc.number)}X` })),
      fc.integer({ min: 1, max: 2000 }).map((unitPrice) => (doc: ReplicatedDoc) => ({ lines: (doc.lines as Change[]).map((line) => ({ ...line, unitPrice })) })),
    ),
  },
  buyers: {
    make: () => newBuyer(),
    changes: fc.constantFrom('Toledo S.L.', 'Acme GmbH').map((company) => () => ({ company })),
  },
  filings: {
    make: () => newFiling(),
    changes: fc.oneof(
      fc.constantFrom('draft', 'submitted', 'withdrawn').map((status) => () => ({ status })),
      fc.constant(() => ({ title: 'Changed title' })),
    ),
  },
};

type Op =
  | { kind: 'create' | 'recreate'; change: ((doc: ReplicatedDoc) => Change) | null }
  | { kind: 'edit'; change: (doc: ReplicatedDoc) => Change }
  | { kind: 'delete' | 'undelete'; change: ((doc: ReplicatedDoc) => Change) | null };

const opsFor = (changes: fc.Arbitrary<(doc: ReplicatedDoc) => Change>): fc.Arbitrary<Op[]> =>
  fc.array(
    fc.oneof(
      fc.record({ kind: fc.constantFrom('create' as const, 'recreate' as const), change: fc.option(changes, { nil: null }) }),
      fc.record({ kind: fc.constant('edit' as const), change: changes }),
      fc.record({ kind: fc.constantFrom('delete' as const, 'undelete' as const), change: fc.option(changes, { nil: null }) }),
    ),
    { minLength: 1, maxLength: 8 },
  );

const ROLES: [string, Role][] = [
  [YANGJIANG, 'merchant_owner'],
  ['yangjiang-fair', 'merchant_staff'],
];

const content = ({ _deleted, updatedAt, ...doc }: ReplicatedDoc) => doc;

let platform: TestPlatform;
const tokens = new Map<string, string>();
beforeAll(async () => {
  platform = await startPlatform('pglite');
  for (const [username] of ROLES) tokens.set(username, await login(platform.app, username));
});
afterAll(() => platform.close());

async function stored(collection: CollectionName, id: string): Promise<ReplicatedDoc | undefined> {
  const row = await storedRow(platform.db, collection, YANGJIANG, id);
  return row && { ...(JSON.parse(row.doc) as ReplicatedDoc), id: row.id, _deleted: row.deleted };
}

/** Steps the platform stored, per collection and role: the property says nothing unless some are. */
const acceptedSteps = new Map<string, number>();

/** What the platform stored after one step, checked against what direct allowed edits could reach. */
function expectReachable(role: Role, collection: CollectionName, before: ReplicatedDoc | undefined, after: ReplicatedDoc | undefined, lastLive: ReplicatedDoc | undefined): void {
  if (!after || (before && sameJson(before, after))) return;
  acceptedSteps.set(`${collection} ${role}`, (acceptedSteps.get(`${collection} ${role}`) ?? 0) + 1);
  const live = lastLive && { ...lastLive, _deleted: false };
  if (after._deleted && live) {
    // A tombstone: an allowed delete, carrying the last live state.
    if (!before?._deleted) expect(existenceRefusal(role, collection, 'delete', live)).toBeNull();
    expect(content(after)).toEqual(content(live));
    return;
  }
  if (before?._deleted && live) expect(existenceRefusal(role, collection, 'restore', live)).toBeNull();
  // A live state, or a tombstone of a document never live (reachable as create, then delete): an allowed edit of the last live state, or an allowed creation.
  const { _deleted, ...doc } = after;
  expect(validateDocument(collection, doc)).toBeNull();
  expect(roleRefusal(role, collection, live, { ...doc, _deleted: false })).toBeNull();
  expect(businessRuleRefusal(collection, live, { ...doc, _deleted: false })).toBeNull();
}

async function runSequence(username: string, role: Role, collection: CollectionName, ops: Op[]): Promise<void> {
  const { make } = COLLECTIONS[collection]!;
  const token = tokens.get(username)!;
  const ids: string[] = [];
  const lastLive = new Map<string, ReplicatedDoc>();
  let template = make();
  for (const op of ops) {
    const id = op.kind === 'create' || op.kind === 'recreate' || ids.length === 0 ? newId() : ids.at(-1)!;
    const before = await stored(collection, id);
    const base = before ?? { ...(op.kind === 'recreate' && ids.length > 0 ? ((await stored(collection, ids.at(-1)!)) ?? template) : template), id, _deleted: false };
    const next: ReplicatedDoc = {
      ...base,
      ...(op.change ? op.change(base) : {}),
      updatedAt: new Date().toISOString(),
      _deleted: op.kind === 'delete' ? true : op.kind === 'undelete' ? false : base._deleted,
    };
    await push(platform.app, token, collection, [{ ...(before ? { assumedMasterState: before } : {}), newDocumentState: next }]);
    if (!ids.includes(id)) ids.push(id);
    const after = await stored(collection, id);
    expectReachable(role, collection, before, after, lastLive.get(id));
    if (after && !after._deleted) lastLive.set(id, after);
    if (op.kind === 'create') template = make();
  }
  const [duplicate] = await platform.db.query<{ number: string }>(`SELECT doc->>'number' AS number FROM doc_orders WHERE tenant_id = $1 GROUP BY doc->>'number' HAVING count(*) > 1`, [YANGJIANG]);
  expect(duplicate, 'two orders share a number').toBeUndefined();
}

describe.each(Object.keys(COLLECTIONS) as CollectionName[])('random write sequences on %s', (collection) => {
  it.each(ROLES)(
    'as %s never reach a state direct allowed edits cannot',
    async (username, role) => {
      await fc.assert(
        fc.asyncProperty(opsFor(COLLECTIONS[collection]!.changes), (ops) => runSequence(username, role, collection, ops)),
        { numRuns: 15 },
      );
      expect(acceptedSteps.get(`${collection} ${role}`)).toBeGreaterThan(5);
    },
    240_000,
  );
});
