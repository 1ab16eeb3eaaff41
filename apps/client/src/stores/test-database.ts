import { openMerchantDatabase } from '../db/database.ts';
import { platform, setClock } from '../platform/index.testing.ts';
import type { StoreContext } from './documents.ts';

/**
 * A merchant database as the app opens it (same schemas, conflict handler, encryption), on the
 * testing platform's in-memory RxDB storage, with the testing platform's clock.
 */
export async function openTestStore(at = '2026-11-23T08:00:00.000Z'): Promise<StoreContext & { close(): Promise<void>; setClock(at: string): void }> {
  setClock(at);
  const { db } = await openMerchantDatabase(`test-${crypto.randomUUID()}`, 'a database key of the test vault');
  return { db, now: platform.now, setClock, close: () => db.close().then(() => undefined) };
}
