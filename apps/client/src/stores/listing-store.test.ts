import type { ListingDoc, ProductDoc, RateTable } from '@tradewind/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordEvidence, removeEvidence } from './evidence-store.ts';
import { createListing, saveListingContent, setListingStatus } from './listing-store.ts';
import { createProduct, saveTranslation } from './product-store.ts';
import { lockBackKnife, openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
let product: ProductDoc;
beforeEach(async () => {
  store = await openTestStore();
  product = await createProduct(store, lockBackKnife());
});
afterEach(() => store.close());

const rates: RateTable = { date: '2026-11-20', base: 'USD', source: 'park reference rates', rates: { EUR: 0.863, GBP: 0.7615 } };

describe('listing store', () => {
  it('drafts a listing in the market’s language and currency from the product’s translation', async () => {
    const translated = await saveTranslation(store, product.id, 'de', { name: 'Taschenmesser', description: 'Klinge 89 mm' });
    const listing = await createListing(store, translated, 'amazon', 'DE', rates);
    expect(listing).toMatchObject({ language: 'de', title: 'Taschenmesser', description: 'Klinge 89 mm', status: 'draft', price: { amount: 354, currency: 'EUR' }, sku: 'LF-FK35' });
    const english = await createListing(store, product, 'own_site', 'US', rates);
    expect(english).toMatchObject({ title: 'Lock-back folding knife, 3.5-inch blade', price: { amount: 410, currency: 'USD' } });
  });

  it('keeps the product’s currency offline before any rate table arrived', async () => {
    expect((await createListing(store, product, 'amazon', 'GB', null)).price).toEqual({ amount: 410, currency: 'USD' });
  });

  it('stamps the publishing time and refuses a step the listing may not take, writing nothing', async () => {
    const listing = await createListing(store, product, 'own_site', 'US', rates);
    store.setClock('2026-11-24T10:00:00.000Z');
    expect(await setListingStatus(store, listing.id, 'published')).toMatchObject({ status: 'published', publishedAt: '2026-11-24T10:00:00.000Z' });
    await expect(setListingStatus(store, listing.id, 'draft')).rejects.toThrow(RangeError);
    expect((await store.db.listings.findOne(listing.id).exec())!.status).toBe('published');
  });

  it('saves content with the title trimmed and empty bullets dropped', async () => {
    const listing = await createListing(store, product, 'amazon', 'US', rates);
    const saved = await saveListingContent(store, listing.id, { title: ' Knife ', bullets: [' 89 mm blade ', '', '  '], description: 'd', price: { amount: 500, currency: 'USD' }, language: 'en' });
    expect(saved).toMatchObject({ title: 'Knife', bullets: ['89 mm blade'], price: { amount: 500, currency: 'USD' } });
  });

  it('records listing evidence on the listing and product evidence on the product, which its listings then carry', async () => {
    const listing = await createListing(store, product, 'amazon', 'GB', rates);
    await recordEvidence(store, listing, { key: 'uk_vat_number', scope: 'listing' } as never, ' GB123 ');
    await recordEvidence(store, listing, { key: 'test_report', scope: 'product' } as never, 'SGS-1');
    const stored = (await store.db.listings.findOne(listing.id).exec())!.toJSON() as ListingDoc;
    expect(stored.evidence).toEqual({ uk_vat_number: { value: 'GB123', addedAt: '2026-11-23T08:00:00.000Z' } });
    expect(stored.facts.evidence).toEqual({ test_report: { value: 'SGS-1', addedAt: '2026-11-23T08:00:00.000Z' } });
    await removeEvidence(store, stored, 'test_report');
    expect((await store.db.products.findOne(product.id).exec())!.evidence).toEqual({});
    expect((await store.db.listings.findOne(listing.id).exec())!.facts.evidence).toEqual({});
  });
});
