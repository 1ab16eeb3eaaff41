import type { RxCollection, RxConflictHandler } from 'rxdb';
import { parseRevision } from '../revision.ts';
import { overridden } from './overridden.ts';

type Stated = { id: string; _rev?: unknown };

/** What a push was sent knowing: every state pulled before it was written before it. */
export interface Sending {
  readonly epoch: string | undefined;
  readonly pulledUpTo: bigint;
}

/**
 * RxDB stores a pulled page after the work queued before it, and by then this device may have
 * moved past it: its push of the document was taken, or a conflict answer brought a newer state.
 * Stored, the older state would undo the device's own write here, and its upstream would push the
 * older state back (PGlite soak seed 380: a description and a picture removal undone; seeds 49
 * and 391 earlier). This remembers, per document, the platform transaction below which a pulled
 * state is older than what the device holds, and keeps RxDB's downstream from storing such one.
 *
 * Transactions order states only within one epoch; a replication lives inside one (a new epoch
 * starts it over), and states of another are left to RxDB.
 */
export function createStalePulls() {
  let epoch: string | undefined;
  let pulledUpTo = 0n;
  /** Document id → a pulled state of a smaller transaction is stale. */
  const floors = new Map<string, bigint>();
  const raise = (id: string, floor: bigint) => {
    if (floor > (floors.get(id) ?? 0n)) floors.set(id, floor);
  };
  /** The state's transaction, if of this replication's epoch. */
  const txOf = (doc: Stated) => {
    const revision = parseRevision(doc._rev);
    return revision && revision.epoch === epoch ? BigInt(revision.tx) : undefined;
  };
  const isStale = (doc: Stated) => {
    const [tx, floor] = [txOf(doc), floors.get(doc.id)];
    return tx !== undefined && floor !== undefined && tx < floor;
  };

  return {
    /** States handed to RxDB, from a pull page or a push's conflict answer. */
    received(docs: readonly Stated[]): void {
      for (const doc of docs) {
        const revision = parseRevision(doc._rev);
        if (!revision) continue;
        if (epoch !== revision.epoch) {
          [epoch, pulledUpTo] = [revision.epoch, 0n];
          floors.clear();
        }
        if (BigInt(revision.tx) > pulledUpTo) pulledUpTo = BigInt(revision.tx);
      }
    },
    /** Just before a push leaves: its transaction will be newer than everything pulled so far. */
    sending(): Sending {
      return { epoch, pulledUpTo };
    },
    /** The push was answered: `taken` ids were written after the states `sent` knew of, `conflicts` hold the platform's. */
    answered(sent: Sending, taken: readonly string[], conflicts: readonly Stated[]): void {
      if (sent.epoch !== undefined && sent.epoch === epoch) for (const id of taken) raise(id, sent.pulledUpTo + 1n);
      for (const doc of conflicts) {
        const tx = txOf(doc);
        if (tx !== undefined) raise(doc.id, tx);
      }
    },
    isStale,
    /**
     * `collection` as its replication sees it: its conflict handler tells RxDB's downstream that
     * a stale pulled state equals the stored one, so it stores nothing. The downstream asks this
     * only where the stored state is its assumed master state or one it wrote itself
     * (`downstream.js`, RxDB 17.6).
     */
    guarded(collection: RxCollection): RxCollection {
      const handler = collection.conflictHandler;
      const conflictHandler: RxConflictHandler<unknown> = {
        ...handler,
        isEqual: (a, b, context) => (context === 'downstream-check-if-equal-1' && isStale(a as unknown as Stated)) || handler.isEqual(a, b, context),
      };
      return overridden(collection, new Map([['conflictHandler', conflictHandler]]));
    },
  };
}

export type StalePulls = ReturnType<typeof createStalePulls>;
