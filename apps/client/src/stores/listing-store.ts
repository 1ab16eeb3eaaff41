import {
  listingFactsOf,
  listingPriceFor,
  listingStatusChange,
  listingTextFor,
  pausesWithFacts,
  sameJson,
  type ListingChannel,
  type ListingDoc,
  type ListingStatus,
  type Market,
  type ProductDoc,
  type RateTable,
} from '@tradewind/domain';
import { collectionOf, insertDocument, modifyDocument, stampOf, type StoreContext } from './documents.ts';

/** A draft listing for a channel and market, written from the product in the market's language and currency. */
export function createListing(ctx: StoreContext, product: ProductDoc, channel: ListingChannel, market: Market, rates: RateTable | null): Promise<ListingDoc> {
  const { language, title, description } = listingTextFor(product, market);
  return insertDocument(ctx, 'listings', {
    productId: product.id,
    sku: product.sku,
    channel,
    market,
    language,
    title,
    bullets: [],
    description,
    price: listingPriceFor(product.price, market, rates),
    status: 'draft',
    evidence: {},
    facts: listingFactsOf(product),
  });
}

export type ListingContent = Pick<ListingDoc, 'title' | 'bullets' | 'description' | 'price' | 'language'>;

export function saveListingContent(ctx: StoreContext, id: string, content: ListingContent): Promise<ListingDoc> {
  return modifyDocument(ctx, 'listings', id, () => ({
    ...content,
    title: content.title.trim(),
    bullets: content.bullets.map((bullet) => bullet.trim()).filter(Boolean),
  }));
}

/** Moves a listing one step (publish, pause, back to draft); a step the listing may not take throws. */
export function setListingStatus(ctx: StoreContext, id: string, to: ListingStatus): Promise<ListingDoc> {
  return modifyDocument(ctx, 'listings', id, (current) => listingStatusChange(current, to, stampOf(ctx)));
}

/**
 * Keeps the product facts each listing carries in step with the product, so the listing is
 * checked (here and on the platform) against what the product now is. A published listing the
 * change would newly block is paused in the same write: the platform would refuse it otherwise.
 */
export async function refreshListingFacts(ctx: StoreContext, product: ProductDoc): Promise<void> {
  const facts = listingFactsOf(product);
  const listings = await collectionOf(ctx, 'listings')
    .find({ selector: { productId: product.id } })
    .exec();
  for (const listing of listings) {
    if (sameJson(listing.facts, facts)) continue;
    await modifyDocument(ctx, 'listings', listing.id, (current) => ({ facts, ...(pausesWithFacts(current, facts) ? { status: 'paused' as const } : {}) }));
  }
}
