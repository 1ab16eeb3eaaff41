import { COLLECTIONS, COLLECTION_NAMES, type CollectionName, type DocTypes } from '@tradewind/domain';
import { createMergeConflictHandler } from '@tradewind/sync';
import { addRxPlugin, createRxDatabase, removeRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { createConflictLog, type ConflictLog } from './conflict-log.ts';

addRxPlugin(RxDBLocalDocumentsPlugin);
// Product images are attachments (see features/catalogue/images.ts).
addRxPlugin(RxDBAttachmentsPlugin);

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

/**
 * Deletes the tenant's local database from this device (revoked device, unreadable old data):
 * collections, local documents, replication state and image bytes. Run it while the database is
 * closed. `removeRxDatabase` empties what RxDB knows of (removing decrypts nothing, so any key will
 * do), but RxDB 17.6's Dexie storage keeps the attachments table and the emptied IndexedDB
 * databases, so those are deleted after it.
 */
export async function eraseMerchantDatabase(tenantId: string): Promise<void> {
  const name = databaseName(tenantId);
  await removeRxDatabase(name, storage(), true, 'erasing-needs-no-key');
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
