import { aDraftFiling } from '@tradewind/domain/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertDocument, MissingDocumentError, modifyDocument, removeDocument } from './documents.ts';
import { lockBackKnife, openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore('2026-11-23T08:00:00.000Z')));
afterEach(() => store.close());

describe('the write layer', () => {
  it('gives a new document a UUIDv7 made on the device and stamps it with the device clock', async () => {
    const filing = await insertDocument(store, 'filings', aDraftFiling({ kind: 'export-9710', title: '9710' }));
    expect(filing.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(filing).toMatchObject({ createdAt: '2026-11-23T08:00:00.000Z', updatedAt: '2026-11-23T08:00:00.000Z' });
    expect((await store.db.filings.findOne(filing.id).exec())?.toJSON()).toMatchObject({ title: '9710', createdAt: '2026-11-23T08:00:00.000Z' });
  });

  it('stamps only updatedAt where the collection keeps no createdAt', async () => {
    const product = await insertDocument(store, 'products', { archived: false, ...lockBackKnife() });
    expect(product.updatedAt).toBe('2026-11-23T08:00:00.000Z');
    expect('createdAt' in product).toBe(false);
  });

  it('stamps every save and removes the fields a change clears', async () => {
    const product = await insertDocument(store, 'products', { archived: false, ...lockBackKnife() });
    store.setClock('2026-11-24T09:30:00.000Z');
    const saved = await modifyDocument(store, 'products', product.id, () => ({ moq: 1000, cost: undefined, netWeightG: undefined }));
    expect(saved).toMatchObject({ moq: 1000, updatedAt: '2026-11-24T09:30:00.000Z' });
    expect('netWeightG' in saved).toBe(false);
    expect((await store.db.products.findOne(product.id).exec())?.netWeightG).toBeUndefined();
  });

  it('refuses to save a document that is not there, and writes nothing', async () => {
    await expect(modifyDocument(store, 'buyers', 'no-such-buyer', () => ({ notes: 'x' }))).rejects.toBeInstanceOf(MissingDocumentError);
    expect(await store.db.buyers.count().exec()).toBe(0);
  });

  it('deletes softly: the document leaves the queries and stays behind as a stamped tombstone that replicates', async () => {
    const product = await insertDocument(store, 'products', { archived: false, ...lockBackKnife() });
    store.setClock('2026-11-25T10:00:00.000Z');
    await removeDocument(store, 'products', product.id);
    expect(await store.db.products.findOne(product.id).exec()).toBeNull();
    const [stored] = await store.db.products.storageInstance.findDocumentsById([product.id], true);
    expect(stored).toMatchObject({ _deleted: true, updatedAt: '2026-11-25T10:00:00.000Z' });
  });
});
