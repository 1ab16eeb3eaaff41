import type { RxDocumentData, RxJsonSchema, RxStorageInstance } from 'rxdb';
import { fromStorageToDexie } from 'rxdb/plugins/storage-dexie';

type Doc = RxDocumentData<Record<string, unknown>>;

/** What RxDB's Dexie storage instance keeps in `internals` (rxdb/plugins/storage-dexie). */
interface DexieInternals {
  dexieDb: { transaction(mode: 'rw', table: unknown, work: () => Promise<void>): Promise<void> };
  dexieTable: {
    bulkPut(docs: unknown[]): Promise<unknown>;
    orderBy(index: string): { last(): Promise<{ _meta: { lwt: number } } | undefined> };
  };
  booleanIndexes: string[];
}

interface DexieInstance {
  storage?: { name?: string };
  internals: Promise<DexieInternals>;
  changes$: { next(bulk: unknown): void };
  originalStorageInstance?: unknown;
}

/**
 * Inserts documents new to the collection straight into IndexedDB with one `bulkPut`, or does
 * nothing and answers false when anybody else wrote to the collection after `writtenUpTo` (the
 * newest write time of the pull's own earlier writes): then the caller writes them through RxDB's
 * storage, which checks each document. RxDB's own `bulkWrite` reads every document first to detect
 * conflicts, which on 100,000 products costs about 3 s of a 13 s pull (docs/scaling.md, "First
 * sync"); one read of the newest write time inside the same transaction tells the same for a
 * collection only this pull has written to.
 */
/** All `docs` carry the same write time (`_meta.lwt`), later than `writtenUpTo`. */
export type DirectInsert = (docs: Doc[], writtenUpTo: number, context: string) => Promise<boolean>;

/**
 * The direct insert for a collection stored by RxDB's Dexie storage, when nothing between the
 * collection and IndexedDB changes a document on its way (no encrypted fields or attachments, no
 * key compression); null for any other storage.
 */
export function directDexieInsert(storage: RxStorageInstance<Record<string, unknown>, unknown, unknown>, schema: RxJsonSchema<unknown>): DirectInsert | null {
  const transforming = (schema.encrypted?.length ?? 0) > 0 || schema.attachments?.encrypted || schema.keyCompression;
  let dexie = storage as unknown as DexieInstance;
  while (dexie.originalStorageInstance) dexie = dexie.originalStorageInstance as DexieInstance;
  if (transforming || dexie.storage?.name !== 'dexie') return null;
  const primary = typeof schema.primaryKey === 'string' ? schema.primaryKey : null;
  if (!primary) return null;
  return async (docs, writtenUpTo, context) => {
    const state = await dexie.internals;
    let untouched = false;
    await state.dexieDb.transaction('rw', state.dexieTable, async () => {
      const newest = await state.dexieTable.orderBy('_meta.lwt').last();
      untouched = !newest || newest._meta.lwt <= writtenUpTo;
      if (untouched) await state.dexieTable.bulkPut(docs.map((doc) => fromStorageToDexie(state.booleanIndexes, doc)));
    });
    if (!untouched) return false;
    // What RxDB's storage would emit for these inserts: the collection's queries and other tabs see them.
    const lwt = docs[0]!._meta.lwt;
    const newestId = docs.map((doc) => String(doc[primary])).reduce((max, id) => (id > max ? id : max));
    dexie.changes$.next({
      id: `${context}-${newestId}-${lwt}`,
      context,
      checkpoint: { id: newestId, lwt },
      events: docs.map((doc) => ({ operation: 'INSERT', documentId: doc[primary], documentData: doc, previousDocumentData: undefined })),
    });
    return true;
  };
}
