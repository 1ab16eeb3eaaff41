import { listingFactsOf, listingPublishRefusal, sameJson, type ProductDoc } from '@tradewind/domain';
import type { MerchantDatabase } from '../../db/database.ts';

/**
 * Keeps the product facts each listing carries in step with the product, so the listing is
 * checked (here and on the platform) against what the product now is. A published listing the
 * change would newly block is paused in the same write: the platform would refuse it otherwise.
 */
export async function refreshListingFacts(db: MerchantDatabase, product: ProductDoc): Promise<void> {
  const facts = listingFactsOf(product);
  const listings = await db.listings.find({ selector: { productId: product.id } }).exec();
  for (const listing of listings) {
    if (sameJson(listing.facts, facts)) continue;
    const current = { ...listing.toJSON(), _deleted: false };
    const pause = listing.status === 'published' && listingPublishRefusal(current, { ...current, facts }) !== null;
    await listing.incrementalPatch({ facts, ...(pause ? { status: 'paused' as const } : {}), updatedAt: new Date().toISOString() });
  }
}
