import { COLLECTIONS, newId, type CollectionName, type DocTypes } from '@tradewind/domain';
import type { RxCollection } from 'rxdb';
import type { MerchantDatabase } from '../db/database.ts';

/** What every store writes with: the merchant database and the device clock (`platform.now` in the app). */
export interface StoreContext {
  db: MerchantDatabase;
  now(): Date;
}

/** Fields the write layer sets on a new document. */
export type Stamped = 'id' | 'updatedAt' | 'createdAt';
export type NewFields<K extends CollectionName> = Omit<DocTypes[K], Stamped>;

export class MissingDocumentError extends Error {
  constructor(collection: CollectionName, id: string) {
    super(`No ${collection} document ${id}`);
  }
}

export const collectionOf = <K extends CollectionName>(ctx: StoreContext, name: K) => ctx.db.collections[name] as unknown as RxCollection<DocTypes[K]>;

export const stampOf = (ctx: StoreContext): string => ctx.now().toISOString();

/** Keys set to undefined leave the document rather than being stored as undefined. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

const hasCreatedAt = (name: CollectionName) => 'createdAt' in COLLECTIONS[name].schema.properties;

/** A new document as stored: a UUIDv7 made on this device, `updatedAt` (and `createdAt` where the collection keeps it) from the clock. */
export function newDocument<K extends CollectionName>(ctx: StoreContext, name: K, fields: NewFields<K>): DocTypes[K] {
  const now = stampOf(ctx);
  return withoutUndefined({ ...fields, id: newId(), updatedAt: now, ...(hasCreatedAt(name) ? { createdAt: now } : {}) }) as DocTypes[K];
}

export async function insertDocument<K extends CollectionName>(ctx: StoreContext, name: K, fields: NewFields<K>): Promise<DocTypes[K]> {
  const doc = newDocument(ctx, name, fields);
  await collectionOf(ctx, name).insert(doc);
  return doc;
}

/**
 * Saves a change to a stored document and stamps `updatedAt`. `change` sees the latest stored
 * state (RxDB retries it on a concurrent write), so it must derive the change from it.
 */
export async function modifyDocument<K extends CollectionName>(ctx: StoreContext, name: K, id: string, change: (current: DocTypes[K]) => Partial<DocTypes[K]>): Promise<DocTypes[K]> {
  const doc = await collectionOf(ctx, name).findOne(id).exec();
  if (!doc) throw new MissingDocumentError(name, id);
  const updated = await doc.incrementalModify((current) => withoutUndefined({ ...current, ...change(current as DocTypes[K]), updatedAt: stampOf(ctx) }) as typeof current);
  return updated.toJSON() as unknown as DocTypes[K];
}

/** Deletes softly: the document becomes a tombstone that replicates; nothing is ever hard-deleted. */
export async function removeDocument(ctx: StoreContext, name: CollectionName, id: string): Promise<void> {
  const doc = await collectionOf(ctx, name).findOne(id).exec();
  if (!doc) throw new MissingDocumentError(name, id);
  await doc.incrementalModify((current) => ({ ...current, updatedAt: stampOf(ctx), _deleted: true }));
}
