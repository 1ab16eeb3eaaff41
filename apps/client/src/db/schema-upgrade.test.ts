import { COLLECTIONS, COLLECTION_NAMES, schemaVersion, type CollectionName } from '@tradewind/domain';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { SCHEMA_HISTORY, type SchemaFixture } from '../../../../test-support/schema-history/index.ts';
import { createMerchantDatabase, encryptedStorage } from './database.ts';

const DATABASE_KEY = 'a-device-database-key-for-tests';
const VERSIONED = COLLECTION_NAMES.filter((name) => schemaVersion(name) > 0);
const byId = (docs: Record<string, unknown>[]) => [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/**
 * What the previous app version left on the device: every collection, the fixture's one at its
 * old schema, holding the documents that version wrote. The memory storage keeps a database's
 * data across a close and a re-open within one realm, like IndexedDB across app starts.
 */
async function writeWithPreviousVersion(name: string, fixture: SchemaFixture, storage: ReturnType<typeof encryptedStorage>) {
  const db = await createRxDatabase({ name, storage, password: DATABASE_KEY, localDocuments: true, multiInstance: true });
  await db.addCollections(
    Object.fromEntries(
      COLLECTION_NAMES.map((collection) => [collection, { schema: (collection === fixture.collection ? fixture.schema : COLLECTIONS[collection].schema) as unknown as RxJsonSchema<unknown> }]),
    ),
  );
  const written = await db.collections[fixture.collection]!.bulkInsert(fixture.documents);
  expect(written.error).toEqual([]);
  await db.close();
}

describe('a device database written by the previous schema version', () => {
  it('has a fixture for every collection whose schema moved past version 0', () => {
    const covered = (name: CollectionName) => SCHEMA_HISTORY.some((fixture) => fixture.collection === name && fixture.version === schemaVersion(name) - 1);
    expect(VERSIONED.filter((name) => !covered(name))).toEqual([]);
  });

  it.each(SCHEMA_HISTORY.map((fixture) => [`${fixture.collection} v${fixture.version}`, fixture] as const))(
    '%s opens with the current schemas, its documents upgraded and intact',
    async (_label, fixture) => {
      const name = `upgrade-${fixture.collection}-v${fixture.version}`;
      const storage = encryptedStorage(getRxStorageMemory());
      await writeWithPreviousVersion(name, fixture, storage);

      const { db } = await createMerchantDatabase(name, storage, DATABASE_KEY);
      const collection = db.collections[fixture.collection];
      expect(await collection.migrationNeeded()).toBe(false);
      const stored = (await collection.find().exec()).map((doc) => doc.toJSON() as Record<string, unknown>);
      expect(byId(stored)).toEqual(byId(fixture.upgraded));
      await db.close();

      // The upgrade happened once and stuck: the next start finds current documents and nothing to migrate.
      const again = await createMerchantDatabase(name, storage, DATABASE_KEY);
      expect(byId((await again.db.collections[fixture.collection].find().exec()).map((doc) => doc.toJSON() as Record<string, unknown>))).toEqual(byId(fixture.upgraded));
      await again.db.remove();
    },
  );
});
