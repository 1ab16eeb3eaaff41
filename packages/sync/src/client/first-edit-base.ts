import { createRevision, now, type RxCollection } from 'rxdb';
import { downstreamHash, writtenByDownstream, type PulledDoc } from './first-pull.ts';
import { metaKey, type MetaInstance } from './local-pages.ts';

/** Where the base of a collection's first-pulled documents goes, for the replication running now. */
export interface BaseTarget {
  replicationIdentifier: string;
  /** RxDB's meta storage of the replication, once it started. */
  meta(): MetaInstance | undefined;
  /** Before that: the push handler's assumed states by document id. */
  carried: Map<string, unknown>;
}

const CONTEXT = 'tradewind-first-edit-base';
const targets = new WeakMap<RxCollection, BaseTarget & { hash: Promise<string> }>();

/**
 * A first pull (first-pull.ts) writes no assumed master state. Before a first-pulled document is
 * first changed here, its pulled state becomes one — what RxDB's downstream would have written —
 * so the push carries a base and a conflict merges field by field. RxDB's hooks run before every
 * save and removal through the collection; the replication's own writes go below them.
 */
export function keepBaseOfFirstEdit(collection: RxCollection, target: BaseTarget): void {
  const known = targets.has(collection);
  targets.set(collection, { ...target, hash: downstreamHash(collection, target.replicationIdentifier) });
  if (known) return;
  const hook = async (data: { _meta?: PulledDoc['_meta'] }, before: PulledDoc | { _data: PulledDoc }) => {
    const previous = ('_data' in before ? before._data : before) as PulledDoc;
    try {
      await keepBase(collection, previous);
    } catch {
      // The edit still goes through; without a base, a conflict keeps the platform's values and records this device's.
    }
    // Saved from now on as changed here; the base is kept.
    if (data._meta) delete data._meta.platformRevision;
  };
  collection.preSave(hook as never, false);
  collection.preRemove(hook as never, false);
}

async function keepBase(collection: RxCollection, previous: PulledDoc): Promise<void> {
  const target = targets.get(collection);
  const platformRevision = previous._meta.platformRevision;
  if (!target || typeof platformRevision !== 'string' || !writtenByDownstream(previous, await target.hash)) return;
  const { _meta, _rev, _attachments, ...content } = previous;
  const base = { ...content, ...(collection.schema.jsonSchema.attachments ? { _attachments } : {}), _rev: platformRevision };
  const id = String(previous[collection.schema.primaryPath as string]);
  const meta = target.meta();
  if (!meta) {
    if (!target.carried.has(id)) target.carried.set(id, base);
    return;
  }
  // A conflict means RxDB holds an assumed state already (its downstream wrote one): that one stands.
  await meta.bulkWrite(
    [
      {
        document: {
          id: metaKey(meta, id, '0'),
          isCheckpoint: '0',
          itemId: id,
          docData: base,
          _attachments: {},
          _deleted: false,
          _rev: createRevision(collection.database.token),
          _meta: { lwt: now() },
        } as never,
      },
    ],
    CONTEXT,
  );
}
