import { getChangedDocumentsSince, getComposedPrimaryKeyOfDocumentData, type RxCollection, type RxDocumentData, type RxStorageInstance, type RxStorageReplicationMeta } from 'rxdb';

type Meta = RxStorageReplicationMeta<Record<string, unknown>, unknown>;
export type MetaInstance = RxStorageInstance<Meta, unknown, unknown>;
export type AssumedState = RxDocumentData<Meta>;

const PAGE = 500;

/** The key of a replication meta row: a document's assumed master state ('0') or a checkpoint ('1'). */
export const metaKey = (meta: MetaInstance, itemId: string, isCheckpoint: '0' | '1') => getComposedPrimaryKeyOfDocumentData(meta.schema, { itemId, isCheckpoint });

/**
 * Walks the local documents changed after `since` (all of them without it), page by page, each
 * page with the assumed master states RxDB's replication holds for those documents.
 */
export async function forEachLocalPage(
  collection: RxCollection,
  meta: MetaInstance,
  since: unknown,
  visit: (docs: RxDocumentData<Record<string, unknown>>[], assumed: Map<string, AssumedState>) => void,
): Promise<void> {
  const primary = collection.schema.primaryPath as string;
  const idOf = (doc: Record<string, unknown>) => String(doc[primary]);
  let checkpoint = since;
  for (;;) {
    const page = await getChangedDocumentsSince<Record<string, unknown>, unknown>(collection.storageInstance, PAGE, checkpoint);
    if (page.documents.length === 0) return;
    const assumed = new Map<string, AssumedState>();
    for (const row of await meta.findDocumentsById(
      page.documents.map((doc) => metaKey(meta, idOf(doc), '0')),
      true,
    ))
      assumed.set(row.itemId, row);
    visit(page.documents, assumed);
    if (page.documents.length < PAGE) return;
    checkpoint = page.checkpoint;
  }
}
