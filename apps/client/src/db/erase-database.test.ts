import 'fake-indexeddb/auto';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { describe, expect, it } from 'vitest';
import { createMerchantDatabase, encryptedStorage, eraseMerchantDatabase, openMerchantDatabase, type MerchantDatabase } from './database.ts';

const KEY = 'a-database-key-of-thirty-two-chars!';
const tenantDatabases = async (tenant: string) => (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.includes(`tradewind-${tenant}-`));

async function fill(db: MerchantDatabase, tenant: string) {
  await db.buyers.insert({
    id: `${tenant}-buyer`,
    createdAt: '2026-11-20T08:00:00Z',
    updatedAt: '2026-11-20T08:00:00Z',
    company: 'Toledo S.L.',
    contactName: 'Ana',
    email: 'ana@example.es',
    phone: '+34 600 000 000',
    country: 'ES',
    address: '',
    metAt: '',
    notes: '',
    language: 'es',
    priceTier: 'list',
  });
  // The client runs no schema validation, so a bare product is enough to carry an image.
  const product = await db.products.insert({ id: `${tenant}-product`, updatedAt: '2026-11-20T08:00:00Z', archived: false } as never);
  await product.putAttachment({ id: 'image.thumb', data: new Blob(['image bytes'], { type: 'image/jpeg' }), type: 'image/jpeg' });
  await db.upsertLocal('order-sequence', { next: 7 });
  await db.close();
}

describe('eraseMerchantDatabase', () => {
  it('leaves a reopened database empty and other tenants untouched', async () => {
    for (const tenant of ['tenant-a', 'tenant-b']) await fill((await openMerchantDatabase(tenant, KEY)).db, tenant);

    await eraseMerchantDatabase('tenant-a');

    const erased = (await openMerchantDatabase('tenant-a', KEY)).db;
    expect(await erased.buyers.count().exec()).toBe(0);
    expect(await erased.products.count().exec()).toBe(0);
    expect(await erased.getLocal('order-sequence')).toBeNull();
    await erased.close();
    const other = (await openMerchantDatabase('tenant-b', KEY)).db;
    expect(await other.buyers.count().exec()).toBe(1);
    expect((await other.products.findOne('tenant-b-product').exec())?.getAttachment('image.thumb')).not.toBeNull();
    expect(await other.getLocal('order-sequence')).not.toBeNull();
    await other.close();
  });

  it('leaves no IndexedDB database of the tenant, image bytes included, where the Dexie storage held it', async () => {
    await fill((await createMerchantDatabase('tradewind-tenant-c', encryptedStorage(getRxStorageDexie()), KEY)).db, 'tenant-c');
    await fill((await createMerchantDatabase('tradewind-tenant-d', encryptedStorage(getRxStorageDexie()), KEY)).db, 'tenant-d');
    expect(await tenantDatabases('tenant-c')).not.toEqual([]);

    await eraseMerchantDatabase('tenant-c');

    expect(await tenantDatabases('tenant-c')).toEqual([]);
    expect(await tenantDatabases('tenant-d')).not.toEqual([]);
  });
});
