/** A simulated device's local database: RxDB on memory storage (unless given another) with the domain's collections it names (products by default), encrypted as in the app (the merchant profile and buyers have encrypted fields). */
import { COLLECTIONS, migrationStrategies, type CollectionName } from '@tradewind/domain';
import { createMergeConflictHandler, type ConflictRecord } from '@tradewind/sync';
import { addRxPlugin, createRxDatabase, type RxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';

// Orders and filings are above schema version 0; product pictures are attachments.
addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBAttachmentsPlugin);

export async function openDeviceDatabase(
  name: string,
  onConflict: (record: ConflictRecord) => void,
  collections: readonly CollectionName[] = ['products'],
  underlying: RxStorage<unknown, unknown> = getRxStorageMemory(),
): Promise<RxDatabase> {
  const storage = wrappedKeyEncryptionCryptoJsStorage({ storage: underlying });
  const db = await createRxDatabase({ name, storage, password: 'a simulated device key', multiInstance: false });
  await db.addCollections(
    Object.fromEntries(
      collections.map((collection) => [
        collection,
        {
          schema: COLLECTIONS[collection].schema as unknown as RxJsonSchema<unknown>,
          migrationStrategies: migrationStrategies(collection),
          conflictHandler: createMergeConflictHandler(collection, async (record) => onConflict(record)),
        },
      ]),
    ),
  );
  return db;
}
