import { attachmentId, type ProductDoc } from '@tradewind/domain';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeImportPlan } from './catalogue-import-store.ts';
import { newDocument } from './documents.ts';
import { createProduct } from './product-store.ts';
import { lockBackKnife, openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

describe('catalogue import store', () => {
  it('writes the accepted plan with progress, and an update keeps the product’s image bytes', async () => {
    const existing = await createProduct(store, lockBackKnife());
    const stored = (await store.db.products.findOne(existing.id).exec())!;
    await stored.putAttachment({ id: attachmentId('i1', 'thumb'), data: new Blob(['abc']), type: 'image/jpeg' });
    const fresh = newDocument(store, 'products', { ...lockBackKnife(), sku: 'LF-FK40', archived: false });
    const progress: number[] = [];
    const written = await writeImportPlan(
      store,
      { creates: [fresh], updates: [{ ...existing, moq: 1000 } as ProductDoc], listingCreates: [], listingUpdates: [], unchanged: 0, problems: [] },
      (done) => progress.push(done),
    );
    expect(written).toBe(2);
    expect(progress.at(-1)).toBe(2);
    expect((await store.db.products.findOne(fresh.id).exec())?.sku).toBe('LF-FK40');
    const updated = (await store.db.products.findOne(existing.id).exec())!;
    expect(updated.moq).toBe(1000);
    expect(updated.getAttachment(attachmentId('i1', 'thumb'))).not.toBeNull();
  });
});
