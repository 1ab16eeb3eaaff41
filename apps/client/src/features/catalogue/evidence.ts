import type { EvidenceDefinition, ListingDoc, ProductDoc } from '@tradewind/domain';
import type { RxDocument } from 'rxdb';
import type { MerchantDatabase } from '../../db/database.ts';
import { refreshListingFacts } from './listing-facts.ts';

/**
 * Records evidence where it belongs: on the listing, or on the product (then every listing of
 * the product picks it up with the product's facts).
 */
export async function recordEvidence(db: MerchantDatabase, listing: RxDocument<ListingDoc>, definition: EvidenceDefinition, value: string): Promise<void> {
  const entry = { value: value.trim(), addedAt: new Date().toISOString() };
  if (definition.scope === 'listing') {
    await listing.incrementalModify((data) => ({ ...data, evidence: { ...data.evidence, [definition.key]: entry }, updatedAt: entry.addedAt }));
    return;
  }
  const product = await db.products.findOne(listing.productId).exec();
  if (!product) return;
  const updated = await product.incrementalModify((data) => ({ ...data, evidence: { ...data.evidence, [definition.key]: entry }, updatedAt: entry.addedAt }));
  await refreshListingFacts(db, updated.toJSON() as ProductDoc);
}

export async function removeEvidence(db: MerchantDatabase, listing: RxDocument<ListingDoc>, key: string): Promise<void> {
  const now = new Date().toISOString();
  if (listing.evidence[key]) {
    await listing.incrementalModify((data) => {
      const { [key]: _, ...evidence } = data.evidence;
      return { ...data, evidence, updatedAt: now };
    });
    return;
  }
  const product = await db.products.findOne(listing.productId).exec();
  if (!product?.evidence?.[key]) return;
  const updated = await product.incrementalModify((data) => {
    const { [key]: _, ...evidence } = data.evidence ?? {};
    return { ...data, evidence, updatedAt: now };
  });
  await refreshListingFacts(db, updated.toJSON() as ProductDoc);
}
