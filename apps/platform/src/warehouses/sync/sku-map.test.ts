import { describe, expect, it } from 'vitest';
import { skuMapOf } from './sku-map.ts';

describe('skuMapOf', () => {
  const map = skuMapOf({ 'LF-CH8-G10': 'GC-CHEF8' });

  it('translates a listed SKU both ways', () => {
    expect(map.toProvider('LF-CH8-G10')).toBe('GC-CHEF8');
    expect(map.fromProvider('GC-CHEF8')).toBe('LF-CH8-G10');
  });

  it('keeps every other SKU as it is, since providers key stock by the seller SKU', () => {
    expect(map.toProvider('LF-FK35-BLK')).toBe('LF-FK35-BLK');
    expect(map.fromProvider('YJ-GC-0001')).toBe('YJ-GC-0001');
  });
});
