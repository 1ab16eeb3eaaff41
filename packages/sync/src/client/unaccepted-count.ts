import { getChangedDocumentsSince, getComposedPrimaryKeyOfDocumentData, type RxCollection, type RxDocumentData, type RxStorageInstance, type RxStorageReplicationMeta } from 'rxdb';

type Meta = RxStorageReplicationMeta<Record<string, unknown>, unknown>;
export type MetaInstance = RxStorageInstance<Meta, unknown, unknown>;

const PAGE = 500;

/**
 * How many local documents the platform has not accepted yet, from RxDB's own replication
 * state, so it is right after a reload and offline. RxDB writes a document's assumed master state
 * (its meta row) only once the platform accepted the push, and moves the upstream checkpoint past
 * a document only once it is pushed or needs no push. So only documents changed after that
 * checkpoint can be waiting, and one is waiting when its assumed master state is missing or
 * differs from what is stored here (a conflict resolved here counts until it is pushed).
 */
export async function countUnaccepted(collection: RxCollection, meta: MetaInstance): Promise<number> {
  const key = (itemId: string, isCheckpoint: '0' | '1') => getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId, isCheckpoint });
  const [upstream] = await meta.findDocumentsById([key('up', '1')], false);
  const isEqual = collection.conflictHandler.isEqual;
  const primary = collection.schema.primaryPath as string;
  let checkpoint = upstream?.checkpointData as unknown;
  let count = 0;
  for (;;) {
    const page = await getChangedDocumentsSince(collection.storageInstance, PAGE, checkpoint);
    if (page.documents.length === 0) return count;
    const assumed = new Map<string, RxDocumentData<Meta>>();
    for (const row of await meta.findDocumentsById(page.documents.map((doc) => key(String(doc[primary as never]), '0')), true)) assumed.set(row.itemId, row);
    for (const doc of page.documents) {
      const master = assumed.get(String(doc[primary as never]));
      if (!master || !isEqual(master.docData as never, doc as never, 'tradewind-unaccepted-count')) count++;
    }
    if (page.documents.length < PAGE) return count;
    checkpoint = page.checkpoint;
  }
}
