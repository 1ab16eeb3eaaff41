import { describe, expect, it } from 'vitest';
import { listingPublishRefusal } from './publish.ts';
import { aListing, evidence, lockBackFolder } from './test-listings.ts';

const today = '2026-11-23';
const asDoc = (listing: object) => ({ ...listing, _deleted: false });

describe('listingPublishRefusal', () => {
  it('refuses to publish a blocked listing, naming the rules', () => {
    const refusal = listingPublishRefusal(undefined, asDoc(aListing(lockBackFolder, { status: 'published' })), today);
    expect(refusal).toEqual({ reason: 'listing_blocked', detail: expect.stringContaining('UK-KN-04') });
  });

  it('lets drafts and paused listings be saved whatever they lack', () => {
    expect(listingPublishRefusal(undefined, asDoc(aListing(lockBackFolder)), today)).toBeNull();
    expect(listingPublishRefusal(undefined, asDoc(aListing(lockBackFolder, { status: 'paused' })), today)).toBeNull();
  });

  it('publishes once the evidence is there', () => {
    const ready = aListing(lockBackFolder, { status: 'published', evidence: evidence('uk_age_verification', 'uk_parcel_marking', 'uk_age_verified_delivery', 'uk_vat_number') });
    expect(listingPublishRefusal(undefined, asDoc(ready), today)).toBeNull();
  });

  it('lets a listing published before a rule started be edited, but not made worse', () => {
    const published = asDoc(aListing(lockBackFolder, { status: 'published', market: 'US', title: 'LIFENG lock-back folding knife' }));
    const automatic = { ...lockBackFolder, attributes: { ...lockBackFolder.attributes, opening: 'automatic' } };
    expect(listingPublishRefusal(published, { ...published, price: { amount: 1, currency: 'USD' } }, today)).toBeNull();
    expect(listingPublishRefusal(published, { ...published, facts: automatic }, today)).toEqual({ reason: 'listing_blocked', detail: 'US-KN-01' });
  });
});
