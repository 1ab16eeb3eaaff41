import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { eraseMerchantDatabase, openMerchantDatabase } from './database.ts';

const KEY = 'a-database-key-of-thirty-two-chars!';
const tenantDatabases = async (tenant: string) => (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.includes(`tradewind-${tenant}-`));

async function fill(tenant: string) {
  const { db } = await openMerchantDatabase(tenant, KEY);
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
  it('leaves nothing of the tenant on the device, image bytes included, and other tenants untouched', async () => {
    await fill('tenant-a');
    await fill('tenant-b');
    expect(await tenantDatabases('tenant-a')).not.toEqual([]);

    await eraseMerchantDatabase('tenant-a');

    expect(await tenantDatabases('tenant-a')).toEqual([]);
    const other = await openMerchantDatabase('tenant-b', KEY);
    expect(await other.db.buyers.count().exec()).toBe(1);
    const product = await other.db.products.findOne('tenant-b-product').exec();
    expect(product?.getAttachment('image.thumb')).not.toBeNull();
    expect(await other.db.getLocal('order-sequence')).not.toBeNull();
    await other.db.close();
  });

  it('leaves a reopened database empty', async () => {
    await fill('tenant-c');
    await eraseMerchantDatabase('tenant-c');
    const reopened = await openMerchantDatabase('tenant-c', KEY);
    expect(await reopened.db.buyers.count().exec()).toBe(0);
    expect(await reopened.db.products.count().exec()).toBe(0);
    expect(await reopened.db.getLocal('order-sequence')).toBeNull();
    await reopened.db.close();
  });
});
