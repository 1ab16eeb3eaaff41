import type { ListingDoc } from '../collections/listings.ts';
import type { Doc, Refusal } from '../rules/refusal.ts';
import { checkListing, isoDate, publishBlockers } from './evaluate.ts';

const isLive = (doc: Doc | undefined) => doc !== undefined && doc._deleted !== true && doc.status === 'published';

/**
 * The platform's publish rule: a listing the compliance rules or the channel block may not become
 * published. A listing that was published before a rule started (or before the rules changed) may
 * still be edited, as long as the edit adds no new blocker; pausing it is always allowed.
 */
export function listingPublishRefusal(master: Doc | undefined, next: Doc, asOf: string = isoDate(new Date())): Refusal | null {
  if (!isLive(next)) return null;
  const blockers = publishBlockers(checkListing(next as unknown as ListingDoc, asOf));
  if (blockers.length === 0) return null;
  const before = isLive(master) ? new Set(publishBlockers(checkListing(master as unknown as ListingDoc, asOf))) : new Set<string>();
  const added = blockers.filter((blocker) => !before.has(blocker));
  return added.length === 0 ? null : { reason: 'listing_blocked', detail: added.join(', ') };
}
