import { listingFactsOf, MARKETS, newId, type ListingChannel, type ListingDoc, type Market, type ProductDoc } from '@tradewind/domain';

/** A draft listing for a channel and market, written from the product in the market's language. */
export function draftListing(product: ProductDoc, channel: ListingChannel, market: Market): ListingDoc {
  const language = MARKETS[market];
  const translation = product.translations?.[language];
  const now = new Date().toISOString();
  return {
    id: newId(),
    updatedAt: now,
    createdAt: now,
    productId: product.id,
    sku: product.sku,
    channel,
    market,
    language,
    title: translation?.name || product.nameEn || product.name,
    bullets: [],
    description: translation?.description ?? '',
    price: product.price,
    status: 'draft',
    evidence: {},
    facts: listingFactsOf(product),
  };
}
