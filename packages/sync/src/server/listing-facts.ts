import { listingFactsOf, type ProductDoc, type Refusal } from '@tradewind/domain';
import type { PushRow, ReplicatedDoc } from '../protocol.ts';
import type { SyncTransaction } from './store.ts';

/** The stored products the pushed listings are about, read in the push's transaction. */
export function productsOfListings(tx: SyncTransaction, rows: PushRow[]): Promise<Map<string, ReplicatedDoc>> {
  const ids = [...new Set(rows.map((row) => row.newDocumentState.productId).filter((id): id is string => typeof id === 'string'))];
  return tx.readForUpdate('products', ids);
}

/** A listing as judged: the document to check further, or why it is refused outright. */
export type JudgedListing = { refused: false; listing: ReplicatedDoc } | { refused: true; refusal: Refusal };

/**
 * A listing as the platform judges it: with the facts of the product the platform stores, never
 * the facts the device sent (a pushed listing could claim a manual opening for a switchblade). A
 * listing cannot be published before its product is on the platform.
 */
export function judgedListing(listing: ReplicatedDoc, products: Map<string, ReplicatedDoc>): JudgedListing {
  const product = products.get(String(listing.productId));
  if (product && !product._deleted) return { refused: false, listing: { ...listing, facts: listingFactsOf(product as unknown as ProductDoc) } };
  if (listing.status === 'published' && !listing._deleted) return { refused: true, refusal: { reason: 'listing_blocked', detail: 'product' } };
  return { refused: false, listing };
}
