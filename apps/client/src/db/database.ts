import { COLLECTIONS, COLLECTION_NAMES, migrationStrategies, type CollectionName, type DocTypes } from '@tradewind/domain';
import { createMergeConflictHandler } from '@tradewind/sync';
import { addRxPlugin, createRxDatabase, removeRxDatabase, type RxCollection, type RxCollectionCreator, type RxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { platform } from '../platform';
import { createConflictLog, type ConflictLog } from './conflict-log.ts';

addRxPlugin(RxDBLocalDocumentsPlugin);
// Product images are attachments (see features/catalogue/images.ts).
addRxPlugin(RxDBAttachmentsPlugin);
// Documents stored by an older schema version are upgraded with the domain's steps when the database opens.
addRxPlugin(RxDBMigrationSchemaPlugin);

export type MerchantCollections = { [K in CollectionName]: RxCollection<DocTypes[K]> };
export type MerchantDatabase = RxDatabase<MerchantCollections>;

export interface OpenDatabase {
  db: MerchantDatabase;
  conflicts: ConflictLog;
}

const databaseName = (tenantId: string) => `tradewind-${tenantId}`.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
/** Fields the schemas mark `encrypted` are stored encrypted with the vault's database key. */
export const encryptedStorage = (storage: RxStorage<unknown, unknown>) => wrappedKeyEncryptionCryptoJsStorage({ storage });

/** One IndexedDB database per tenant on this device, with the domain's replicated collections. */
export function openMerchantDatabase(tenantId: string, databaseKey: string): Promise<OpenDatabase> {
  return createMerchantDatabase(databaseName(tenantId), encryptedStorage(platform.rxStorage()), databaseKey);
}

/**
 * Opens (or creates) a merchant database on any storage. Collections whose documents were stored
 * by an older schema version are migrated before this resolves (RxDB's `autoMigrate`: adding a
 * collection waits for its migration, or for the tab that runs it), so nothing reads or writes
 * a document in an old shape; the replication checkpoints are carried over with the documents.
 */
export async function createMerchantDatabase(name: string, storage: RxStorage<unknown, unknown>, databaseKey: string): Promise<OpenDatabase> {
  const db = await createRxDatabase<MerchantCollections>({
    name,
    storage,
    password: databaseKey,
    localDocuments: true,
    multiInstance: true,
    closeDuplicates: true,
  });
  const conflicts = createConflictLog(db);
  const creators: Record<string, RxCollectionCreator> = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [
      collection,
      {
        schema: COLLECTIONS[collection].schema as unknown as RxJsonSchema<unknown>,
        migrationStrategies: migrationStrategies(collection),
        conflictHandler: createMergeConflictHandler(collection, conflicts.record),
      },
    ]),
  );
  await db.addCollections(creators);
  return { db, conflicts };
}

/**
 * Deletes the tenant's local database from this device (revoked device, unreadable old data):
 * collections, local documents, replication state and image bytes. Run it while the database is
 * closed. Removing decrypts nothing, so any key will do.
 */
export async function eraseMerchantDatabase(tenantId: string): Promise<void> {
  const name = databaseName(tenantId);
  await removeRxDatabase(name, encryptedStorage(platform.rxStorage()), true, 'erasing-needs-no-key');
  await deleteDexieLeftovers(name);
}

/** RxDB 17.6's Dexie storage empties a removed collection's documents but keeps its attachments (image bytes) and the IndexedDB database itself. */
async function deleteDexieLeftovers(name: string): Promise<void> {
  if (typeof indexedDB === 'undefined') return;
  const leftovers = (await indexedDB.databases()).map((db) => db.name ?? '').filter((dbName) => dbName.startsWith(`rxdb-dexie-${name}--`));
  await Promise.all(leftovers.map(deleteIndexedDb));
}

const deleteIndexedDb = (dbName: string) =>
  new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(dbName);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });

const PENDING_ERASE = 'tradewind.pendingErase';

/** Marks the tenant's data for erasure at the next start (survives a crash half-way). */
export function scheduleErase(tenantId: string): void {
  localStorage.setItem(PENDING_ERASE, tenantId);
}

/** At start-up, before any database is open: erases what was scheduled; true when it did. */
export async function erasePendingDatabase(): Promise<boolean> {
  const tenantId = localStorage.getItem(PENDING_ERASE);
  if (!tenantId) return false;
  await eraseMerchantDatabase(tenantId);
  localStorage.removeItem(PENDING_ERASE);
  return true;
}
