import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type DocTypes } from '@tradewind/domain';
import { createMergeConflictHandler } from '@tradewind/sync';
import { addRxPlugin, createRxDatabase, removeRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
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

const databaseName = (tenantId: string) => `tradewind-${tenantId}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
/** Fields the schemas mark `encrypted` are stored encrypted with the vault's database key. */
const storage = () => wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageDexie() });

/** One IndexedDB database per tenant on this device, with the domain's replicated collections. */
export async function openMerchantDatabase(tenantId: string, databaseKey: string): Promise<OpenDatabase> {
  const db = await createRxDatabase<MerchantCollections>({
    name: databaseName(tenantId),
    storage: storage(),
    password: databaseKey,
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

/** Deletes the tenant's local database from this device (revoked device, unreadable old data). */
export async function eraseMerchantDatabase(tenantId: string): Promise<void> {
  await removeRxDatabase(databaseName(tenantId), storage());
}
