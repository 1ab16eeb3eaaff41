import { describe, expect, it } from 'vitest';
import { listingStatusChange, nextListingStatuses, pausesWithFacts } from './listing-status.ts';
import { aListing, lockBackFolder } from './test-listings.ts';

const today = '2026-11-23';

describe('listing status', () => {
  it('publishes drafts, pauses published listings, and returns paused ones to published or draft', () => {
    expect(nextListingStatuses('draft')).toEqual(['published']);
    expect(nextListingStatuses('published')).toEqual(['paused']);
    expect(nextListingStatuses('paused')).toEqual(['published', 'draft']);
  });

  it('stamps the publishing time and refuses a step the listing may not take', () => {
    expect(listingStatusChange({ status: 'draft' }, 'published', '2026-11-23T08:00:00.000Z')).toEqual({ status: 'published', publishedAt: '2026-11-23T08:00:00.000Z' });
    expect(listingStatusChange({ status: 'published' }, 'paused', 'x')).toEqual({ status: 'paused' });
    expect(() => listingStatusChange({ status: 'draft' }, 'paused', 'x')).toThrow(RangeError);
  });

  it('pauses a published listing only when the new facts add a blocker', () => {
    const published = aListing(lockBackFolder, { status: 'published', market: 'US', title: 'LIFENG lock-back folding knife' });
    const automatic = { ...lockBackFolder, attributes: { ...lockBackFolder.attributes, opening: 'automatic' } };
    expect(pausesWithFacts(published, automatic, today)).toBe(true);
    expect(pausesWithFacts(published, { ...lockBackFolder }, today)).toBe(false);
    expect(pausesWithFacts({ ...published, status: 'draft' }, automatic, today)).toBe(false);
  });
});
