/** A simulated device's local database: RxDB on memory storage with the domain's products collection. */
import { COLLECTIONS } from '@tradewind/domain';
import { createMergeConflictHandler, type ConflictRecord } from '@tradewind/sync';
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';

export async function openDeviceDatabase(name: string, onConflict: (record: ConflictRecord) => void): Promise<{ db: RxDatabase; products: RxCollection }> {
  const db = await createRxDatabase({ name, storage: getRxStorageMemory(), multiInstance: false });
  await db.addCollections({
    products: {
      schema: COLLECTIONS.products.schema as unknown as RxJsonSchema<unknown>,
      conflictHandler: createMergeConflictHandler('products', async (record) => onConflict(record)),
    },
  });
  return { db, products: db.collections.products as RxCollection };
}
