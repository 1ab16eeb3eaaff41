import type { ListingDoc, ListingStatus } from '../collections/listings.ts';
import type { ListingFacts } from './facts.ts';
import { listingPublishRefusal } from './publish.ts';

/** The steps a listing's status may take: publish a draft, pause it, republish or return it to draft. */
export const LISTING_TRANSITIONS: Readonly<Record<ListingStatus, readonly ListingStatus[]>> = {
  draft: ['published'],
  published: ['paused'],
  paused: ['published', 'draft'],
};

export function nextListingStatuses(status: ListingStatus): readonly ListingStatus[] {
  return LISTING_TRANSITIONS[status];
}

/** What a status step writes: publishing also records when. Throws on a step the listing may not take. */
export function listingStatusChange(listing: Pick<ListingDoc, 'status'>, to: ListingStatus, now: string): Pick<ListingDoc, 'status' | 'publishedAt'> {
  if (!LISTING_TRANSITIONS[listing.status].includes(to)) throw new RangeError(`A listing cannot go from ${listing.status} to ${to}`);
  return to === 'published' ? { status: to, publishedAt: now } : { status: to };
}

/**
 * Whether new product facts would newly block this published listing; then it pauses in the same
 * write, because the platform refuses a published listing that gains a blocker.
 */
export function pausesWithFacts(listing: ListingDoc, facts: ListingFacts, asOf?: string): boolean {
  if (listing.status !== 'published') return false;
  const current = { ...listing, _deleted: false };
  return listingPublishRefusal(current, { ...current, facts }, asOf) !== null;
}
