import type { CollectionName } from '@tradewind/domain';
import { withLocalValues, type ConflictRecord } from '@tradewind/sync';
import type { ConflictLog } from '../db/conflict-log.ts';
import { collectionOf, modifyDocument, type StoreContext } from './documents.ts';

/** Puts the device's losing values back (they then sync like any other edit) and drops the record. */
export async function restoreConflict(ctx: StoreContext, log: ConflictLog, record: ConflictRecord): Promise<void> {
  const name = record.collection as CollectionName;
  if (await collectionOf(ctx, name).findOne(record.documentId).exec()) {
    await modifyDocument(ctx, name, record.documentId, (current) => {
      const restored = withLocalValues(current as unknown as Record<string, unknown>, record.conflicts);
      const dropped = Object.keys(current).filter((key) => !(key in restored));
      return { ...restored, ...Object.fromEntries(dropped.map((key) => [key, undefined])) } as never;
    });
  }
  await log.remove(record.id);
}
