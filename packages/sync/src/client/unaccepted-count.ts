import type { RxCollection } from 'rxdb';
import { forEachLocalPage, metaKey, type MetaInstance } from './local-pages.ts';

/**
 * How many local documents the platform has not accepted yet, from RxDB's own replication
 * state, so it is right after a reload and offline. RxDB writes a document's assumed master state
 * (its meta row) only once the platform accepted the push, and moves the upstream checkpoint past
 * a document only once it is pushed or needs no push. So only documents changed after that
 * checkpoint can be waiting, and one is waiting when its assumed master state is missing or
 * differs from what is stored here (a conflict resolved here counts until it is pushed).
 */
export async function countUnaccepted(collection: RxCollection, meta: MetaInstance): Promise<number> {
  const [upstream] = await meta.findDocumentsById([metaKey(meta, 'up', '1')], false);
  const isEqual = collection.conflictHandler.isEqual;
  const primary = collection.schema.primaryPath as string;
  let count = 0;
  await forEachLocalPage(collection, meta, upstream?.checkpointData, (docs, assumed) => {
    for (const doc of docs) {
      const master = assumed.get(String(doc[primary]));
      if (!master || !isEqual(master.docData as never, doc as never, 'tradewind-unaccepted-count')) count++;
    }
  });
  return count;
}

/** Every assumed master state RxDB's replication holds, by document id (kept across a start-over). */
export async function assumedStates(collection: RxCollection, meta: MetaInstance): Promise<Map<string, unknown>> {
  const states = new Map<string, unknown>();
  await forEachLocalPage(collection, meta, undefined, (_, assumed) => {
    for (const [id, row] of assumed) states.set(id, row.docData);
  });
  return states;
}
