import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type DocTypes } from '@tradewind/domain';
import { createMergeConflictHandler } from '@tradewind/sync';
import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createConflictLog, type ConflictLog } from './conflict-log.ts';

addRxPlugin(RxDBLocalDocumentsPlugin);

export type MerchantCollections = { [K in CollectionName]: RxCollection<DocTypes[K]> };
export type MerchantDatabase = RxDatabase<MerchantCollections>;

export interface OpenDatabase {
  db: MerchantDatabase;
  conflicts: ConflictLog;
}

/** One IndexedDB database per tenant on this device, with the domain's replicated collections. */
export async function openMerchantDatabase(tenantId: string): Promise<OpenDatabase> {
  const db = await createRxDatabase<MerchantCollections>({
    name: `tradewind-${tenantId}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-'),
    storage: getRxStorageDexie(),
    localDocuments: true,
    multiInstance: true,
    closeDuplicates: true,
  });
  const conflicts = createConflictLog(db);
  await db.addCollections(
    Object.fromEntries(
      COLLECTION_NAMES.map((name) => [
        name,
        {
          schema: COLLECTIONS[name].schema as unknown as RxJsonSchema<unknown>,
          conflictHandler: createMergeConflictHandler(name, conflicts.record),
        },
      ]),
    ),
  );
  return { db, conflicts };
}
