import { describe, expect, it } from 'vitest';
import { batchProblem, declarationModeOf, draftHolding, FILING_KIND_OF_MODE, liveDeclarationOf, marketplacePartyOf } from './batch.ts';

describe('which filing an order goes in', () => {
  it('declares marketplace orders as 9610 retail and fair and B2B orders as 9710', () => {
    expect(['amazon', 'aliexpress', 'shopee', 'tiktok', 'temu', 'own_site'].map((channel) => declarationModeOf(channel as never))).toEqual(Array(6).fill('9610'));
    expect(['fair', 'b2b', 'alibaba'].map((channel) => declarationModeOf(channel as never))).toEqual(['9710', '9710', '9710']);
    expect(FILING_KIND_OF_MODE['9610']).toBe('ceb603-inventory');
  });

  it('names the marketplace as the 电商平台 with the spec’s 无 for a foreign one, and none for the merchant’s own sales', () => {
    expect(marketplacePartyOf('amazon')).toEqual({ code: '无', name: 'Amazon.com Services LLC' });
    expect(marketplacePartyOf('fair')).toBeUndefined();
  });

  it('keeps one mode and one marketplace per filing', () => {
    expect(batchProblem([{ channel: 'amazon' }, { channel: 'amazon' }])).toBeNull();
    expect(batchProblem([{ channel: 'fair' }, { channel: 'b2b' }])).toBeNull();
    expect(batchProblem([])).toBe('empty');
    expect(batchProblem([{ channel: 'amazon' }, { channel: 'fair' }])).toBe('mixedModes');
    expect(batchProblem([{ channel: 'amazon' }, { channel: 'aliexpress' }])).toBe('mixedMarketplaces');
    expect(batchProblem(Array.from({ length: 101 }, () => ({ channel: 'amazon' as const })))).toBe('tooMany');
  });

  it('finds the submitted declaration an order is already in, not a draft or a withdrawn one', () => {
    const declaration = { mode: '9610' } as never;
    const filings = [
      { id: 'draft', status: 'draft' as const, orderIds: ['o1'], declaration, createdAt: '2026-11-03T00:00:00Z' },
      { id: 'withdrawn', status: 'withdrawn' as const, orderIds: ['o1'], declaration, createdAt: '2026-11-02T00:00:00Z' },
      { id: 'sent', status: 'submitted' as const, orderIds: ['o1', 'o2'], declaration, createdAt: '2026-11-01T00:00:00Z' },
    ];
    expect(liveDeclarationOf(filings, 'o1')?.id).toBe('sent');
    expect(liveDeclarationOf(filings, 'o3')).toBeUndefined();
    expect(draftHolding(filings, 'o1')?.id).toBe('draft');
    expect(draftHolding(filings, 'o2')).toBeUndefined();
  });
});
