import type { ProductDoc } from '@tradewind/domain';
import demoPark from '@tradewind/resources/demo-park/yangjiang-knives.json' with { type: 'json' };
import { openMerchantDatabase } from '../db/database.ts';
import { platform, setClock } from '../platform/index.testing.ts';
import type { StoreContext } from './documents.ts';
import type { ProductFields } from './product-store.ts';

export interface TestStore extends StoreContext {
  /** Moves the testing platform's clock. */
  setClock(at: string): void;
  close(): Promise<void>;
}

/**
 * A merchant database as the app opens it (same schemas, conflict handler, encryption), on the
 * testing platform's in-memory RxDB storage and clock.
 */
export async function openTestStore(at = '2026-11-23T08:00:00.000Z'): Promise<TestStore> {
  setClock(at);
  const { db } = await openMerchantDatabase(`test-${crypto.randomUUID()}`, 'the test vault database key');
  return { db, now: platform.now, setClock, close: () => db.close().then(() => undefined) };
}

/** The demo park's lock-back folding knife (LF-FK35) as the product form would save it. */
export const lockBackKnife = (): ProductFields => structuredClone(demoPark.products.find((product) => product.sku === 'LF-FK35')) as unknown as ProductDoc;
