import type { ImportPlan } from '@tradewind/domain';
import type { RxCollection } from 'rxdb';
import type { StoreContext } from './documents.ts';

const CHUNK = 200;

/** Keeps what RxDB keeps beside the content (attachments, revision): an import never drops images. */
const storageFields = (data: object) => Object.fromEntries(Object.entries(data).filter(([key]) => key.startsWith('_')));

async function insertInChunks<T extends { id: string }>(collection: RxCollection<T>, docs: readonly T[], step: (count: number) => void): Promise<void> {
  for (let i = 0; i < docs.length; i += CHUNK) {
    const chunk = docs.slice(i, i + CHUNK);
    await collection.bulkInsert(chunk as T[]);
    step(chunk.length);
  }
}

async function replaceEach<T extends { id: string }>(collection: RxCollection<T>, docs: readonly T[], step: (count: number) => void): Promise<void> {
  for (const doc of docs) {
    await collection
      .findOne(doc.id)
      .exec()
      .then((stored) => stored?.incrementalModify((data) => ({ ...storageFields(data), ...doc }) as never));
    step(1);
  }
}

/**
 * Writes an accepted import in chunks, reporting progress; returns how many documents were written.
 * The plan made the documents complete (ids and stamps from `planCatalogueImport`).
 */
export async function writeImportPlan({ db }: StoreContext, plan: ImportPlan, progress: (done: number, total: number) => void): Promise<number> {
  const total = plan.creates.length + plan.updates.length + plan.listingCreates.length + plan.listingUpdates.length;
  let done = 0;
  const step = (count: number) => progress((done += count), total);
  await insertInChunks(db.products, plan.creates, step);
  await replaceEach(db.products, plan.updates, step);
  await insertInChunks(db.listings, plan.listingCreates, step);
  await replaceEach(db.listings, plan.listingUpdates, step);
  progress(total, total);
  return total;
}
