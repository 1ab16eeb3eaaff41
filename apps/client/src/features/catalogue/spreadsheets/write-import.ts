import type { ImportPlan, ListingDoc, ProductDoc } from '@tradewind/domain';
import type { MerchantDatabase } from '../../../db/database.ts';

const CHUNK = 200;

/** Keeps what RxDB keeps beside the content (attachments, revision): an import never drops images. */
const storageFields = (data: object) => Object.fromEntries(Object.entries(data).filter(([key]) => key.startsWith('_')));

/** Writes an accepted import in chunks, reporting progress; returns how many documents were written. */
export async function writeImportPlan(db: MerchantDatabase, plan: ImportPlan, progress: (done: number, total: number) => void): Promise<number> {
  const total = plan.creates.length + plan.updates.length + plan.listingCreates.length + plan.listingUpdates.length;
  let done = 0;
  const step = (count: number) => progress((done += count), total);
  for (let i = 0; i < plan.creates.length; i += CHUNK) {
    const chunk = plan.creates.slice(i, i + CHUNK);
    await db.products.bulkInsert(chunk);
    step(chunk.length);
  }
  for (const product of plan.updates) {
    await db.products
      .findOne(product.id)
      .exec()
      .then((doc) => doc?.incrementalModify((data) => ({ ...storageFields(data), ...product }) as ProductDoc as never));
    step(1);
  }
  for (let i = 0; i < plan.listingCreates.length; i += CHUNK) {
    const chunk = plan.listingCreates.slice(i, i + CHUNK);
    await db.listings.bulkInsert(chunk);
    step(chunk.length);
  }
  for (const listing of plan.listingUpdates) {
    await db.listings
      .findOne(listing.id)
      .exec()
      .then((doc) => doc?.incrementalModify((data) => ({ ...storageFields(data), ...listing }) as ListingDoc as never));
    step(1);
  }
  progress(total, total);
  return total;
}
