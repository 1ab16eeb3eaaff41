import type { EvidenceDefinition, ListingDoc } from '@tradewind/domain';
import { collectionOf, modifyDocument, stampOf, type StoreContext } from './documents.ts';
import { saveProductEvidence } from './product-store.ts';

/**
 * Records evidence where it belongs: on the listing, or on the product (then every listing of
 * the product picks it up with the product's facts).
 */
export async function recordEvidence(ctx: StoreContext, listing: ListingDoc, definition: EvidenceDefinition, value: string): Promise<void> {
  if (definition.scope === 'listing') {
    await modifyDocument(ctx, 'listings', listing.id, (current) => ({ evidence: { ...current.evidence, [definition.key]: { value: value.trim(), addedAt: stampOf(ctx) } } }));
    return;
  }
  await saveProductEvidence(ctx, listing.productId, definition.key, value);
}

/** Removes evidence from the listing, else from its product. */
export async function removeEvidence(ctx: StoreContext, listing: ListingDoc, key: string): Promise<void> {
  if (listing.evidence[key]) {
    await modifyDocument(ctx, 'listings', listing.id, (current) => {
      const { [key]: _, ...evidence } = current.evidence;
      return { evidence };
    });
    return;
  }
  const product = await collectionOf(ctx, 'products').findOne(listing.productId).exec();
  if (product?.evidence?.[key]) await saveProductEvidence(ctx, listing.productId, key, null);
}
