import { describe, expect, it } from 'vitest';
import { batchProblem, declarationModeOf, FILING_KIND_OF_MODE, marketplacePartyOf } from './batch.ts';

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
});
