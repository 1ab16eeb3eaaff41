import { COLLECTIONS, newId } from '@tradewind/domain';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { createRevision, createRxDatabase, now, type RxCollection, type RxDatabase, type RxJsonSchema, type RxStorage, type WrappedRxStorageInstance } from 'rxdb';
import { wrappedKeyEncryptionCryptoJsStorage } from 'rxdb/plugins/encryption-crypto-js';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { firstValueFrom, filter } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { productFixture } from '../../../../test-support/product-fixture.ts';
import { directDexieInsert } from './first-pull-dexie.ts';

const aProduct = (fields: Record<string, unknown>) => ({ ...productFixture(newId()), ...fields });

const dexie = () => wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageDexie({ indexedDB, IDBKeyRange }) });
const opened: RxDatabase[] = [];
let databases = 0;

async function collectionOn(storage: RxStorage<unknown, unknown>, name: 'products' | 'buyers' = 'products'): Promise<RxCollection> {
  const db = await createRxDatabase({ name: `direct${++databases}`, storage, password: 'a test key of the device', multiInstance: false });
  opened.push(db);
  await db.addCollections({ [name]: { schema: COLLECTIONS[name].schema as unknown as RxJsonSchema<unknown> } });
  return db.collections[name] as RxCollection;
}

const below = (collection: RxCollection) => (collection.storageInstance as WrappedRxStorageInstance<Record<string, unknown>, unknown, unknown>).originalStorageInstance;
const insertOf = (collection: RxCollection) => directDexieInsert(below(collection), collection.schema.jsonSchema as never);
const stored =
  (lwt: number) =>
  (doc: Record<string, unknown>): Record<string, unknown> => ({ ...doc, _deleted: false, _attachments: {}, _rev: createRevision('first-pull-test'), _meta: { lwt } });

afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.remove()));
});

describe('directDexieInsert', () => {
  it('is there only for RxDB’s Dexie storage, and only when nothing on the way changes a document', async () => {
    expect(insertOf(await collectionOn(dexie()))).not.toBeNull();
    expect(insertOf(await collectionOn(wrappedKeyEncryptionCryptoJsStorage({ storage: getRxStorageMemory() })))).toBeNull();
    // The buyers' contact details are stored encrypted: they go through RxDB's storage.
    expect(insertOf(await collectionOn(dexie(), 'buyers'))).toBeNull();
  });

  it('stores the documents and tells the collection, so a query already open shows them', async () => {
    const products = await collectionOn(dexie());
    const shown = firstValueFrom(products.find().$.pipe(filter((docs) => docs.length === 3)));
    const docs = [aProduct({ name: 'kitchen knife' }), aProduct({ name: 'scissors' }), aProduct({ name: 'cleaver' })].map(stored(now()));

    expect(await insertOf(products)!(docs as never, 0, 'test')).toBe(true);

    expect((await shown).map((doc) => doc.get('name')).sort()).toEqual(['cleaver', 'kitchen knife', 'scissors']);
    expect((await products.findByIds(docs.map((doc) => doc.id as string)).exec()).size).toBe(3);
  });

  it('writes nothing when the collection was written to after the pull’s own last write', async () => {
    const products = await collectionOn(dexie());
    const writtenUpTo = now();
    const madeHere = await products.insert(aProduct({ name: 'made here meanwhile' }));
    const pulled = stored(now())({ ...aProduct({ name: 'pulled' }), id: madeHere.primary });

    expect(await insertOf(products)!([pulled] as never, writtenUpTo, 'test')).toBe(false);
    expect((await products.findOne(madeHere.primary).exec())!.get('name')).toBe('made here meanwhile');
  });
});
