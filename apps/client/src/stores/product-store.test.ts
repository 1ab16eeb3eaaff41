import { sourceFingerprint, type ProductDoc, type ProductImage } from '@tradewind/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createListing, setListingStatus } from './listing-store.ts';
import { addImage, createProduct, InvalidHsCodeError, makeMainImage, saveDeclaration, saveHsCode, saveProduct, saveTranslation } from './product-store.ts';
import { RoleRefusedError } from './role-guard.ts';
import { lockBackKnife, openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

const image = (id: string): ProductImage => ({ id, type: 'image/jpeg', width: 800, height: 600, thumb: { digest: 'a'.repeat(64), length: 3 }, original: { digest: 'b'.repeat(64), length: 4 } });

describe('product store', () => {
  it('creates an active product and removes the optional fields the form cleared', async () => {
    const product = await createProduct(store, lockBackKnife());
    expect(product.archived).toBe(false);
    const { netWeightG: _, dimensionsMm: __, ...withoutLogistics } = lockBackKnife();
    const saved = await saveProduct(store, 'merchant_owner', product.id, withoutLogistics);
    expect(saved.netWeightG).toBeUndefined();
    expect(saved.dimensionsMm).toBeUndefined();
    expect(saved.grossWeightG).toBe(180);
  });

  it('gives the product’s listings its new facts and pauses a published one the change would newly block', async () => {
    const product = await createProduct(store, lockBackKnife());
    await addImage(store, product.id, image('i1'));
    const listing = await createListing(store, (await store.db.products.findOne(product.id).exec())!.toJSON() as ProductDoc, 'own_site', 'US', null);
    await setListingStatus(store, listing.id, 'published');
    const automatic = { ...lockBackKnife(), attributes: { ...lockBackKnife().attributes, opening: 'automatic' } };
    store.setClock('2026-11-24T08:00:00.000Z');
    await saveProduct(store, 'merchant_owner', product.id, automatic);
    const after = (await store.db.listings.findOne(listing.id).exec())!;
    expect(after.facts.attributes?.opening).toBe('automatic');
    expect(after.status).toBe('paused');
    expect(after.updatedAt).toBe('2026-11-24T08:00:00.000Z');
  });

  it('keeps a published listing published when the change adds no blocker', async () => {
    const product = await createProduct(store, lockBackKnife());
    await addImage(store, product.id, image('i1'));
    const listing = await createListing(store, (await store.db.products.findOne(product.id).exec())!.toJSON() as ProductDoc, 'own_site', 'US', null);
    await setListingStatus(store, listing.id, 'published');
    await saveProduct(store, 'merchant_owner', product.id, { ...lockBackKnife(), moq: 1000 });
    expect((await store.db.listings.findOne(listing.id).exec())!.status).toBe('published');
  });

  it('fair staff may rename a product, but a price change is refused before it is saved (not "saved" and reverted later)', async () => {
    const product = await createProduct(store, lockBackKnife());
    await expect(saveProduct(store, 'merchant_staff', product.id, { ...lockBackKnife(), name: '背锁折刀' })).resolves.toMatchObject({ name: '背锁折刀' });
    const repriced = saveProduct(store, 'merchant_staff', product.id, { ...lockBackKnife(), price: { amount: 1, currency: product.price.currency } });
    await expect(repriced).rejects.toBeInstanceOf(RoleRefusedError);
    await expect(repriced).rejects.toMatchObject({ refusal: { reason: 'staff_forbidden_field', detail: 'price' } });
    expect((await store.db.products.findOne(product.id).exec())!.toJSON().price).toEqual(product.price);
  });

  it('saves a translation against the current Chinese source; English also names the product', async () => {
    const product = await createProduct(store, lockBackKnife());
    const saved = await saveTranslation(store, product.id, 'en', { name: '  Lock-back knife  ' });
    expect(saved.nameEn).toBe('Lock-back knife');
    expect(saved.translations?.en).toEqual({ name: 'Lock-back knife', description: '', source: sourceFingerprint(product), translatedAt: '2026-11-23T08:00:00.000Z' });
    const german = await saveTranslation(store, product.id, 'de', { name: 'Taschenmesser', description: 'Klinge 89 mm' });
    expect(german.nameEn).toBe('Lock-back knife');
  });

  it('keeps only the filled declaration elements', async () => {
    const product = await createProduct(store, lockBackKnife());
    expect((await saveDeclaration(store, product.id, { brand: 'LIFENG', model: '' })).declaration).toEqual({ brand: 'LIFENG' });
  });

  it('sets the HS code a customs finding asks for, written as brokers write it, and refuses one no tariff has', async () => {
    const product = await createProduct(store, { ...lockBackKnife(), hsCode: '0000000000' });
    expect((await saveHsCode(store, 'merchant_owner', product.id, '8211.93.00.00')).hsCode).toBe('8211930000');
    await expect(saveHsCode(store, 'merchant_owner', product.id, '821193')).rejects.toThrow(InvalidHsCodeError);
    await expect(saveHsCode(store, 'merchant_owner', product.id, '7700000000')).rejects.toMatchObject({ problem: 'chapter' });
    expect((await store.db.products.findOne(product.id).exec())!.hsCode).toBe('8211930000');
  });

  it('moves the chosen image to the front', async () => {
    const product = await createProduct(store, lockBackKnife());
    await addImage(store, product.id, image('i1'));
    await addImage(store, product.id, image('i2'));
    expect((await makeMainImage(store, product.id, 'i2')).images?.map((i) => i.id)).toEqual(['i2', 'i1']);
  });
});
