import { describe, expect, it } from 'vitest';
import { createCatalogueSearch, type SearchableProduct } from './search.ts';

const product = (id: string, fields: Partial<SearchableProduct>): SearchableProduct => ({ id, name: '', nameEn: '', sku: id, hsCode: '0000000000', variants: [], ...fields });

const catalogue = [
  product('a', { name: '背锁折叠刀', nameEn: 'Lock-back folding knife', sku: 'LF-FK35', hsCode: '8211930000', variants: [{ sku: 'LF-FK35-BLK', options: {}, barcode: '6921234500031' }] }),
  product('b', {
    name: '8 英寸厨师刀',
    nameEn: "Chef's knife",
    sku: 'LF-CH8',
    hsCode: '8211920000',
    translations: { de: { name: 'Kochmesser', description: '', source: 'x', translatedAt: '2026-01-01T00:00:00Z' } },
  }),
  product('c', { name: '全棉衬衫', nameEn: 'Cotton shirt with knife pleats', sku: 'JX-SH01', hsCode: '6205200000' }),
];

describe('createCatalogueSearch', () => {
  const index = createCatalogueSearch(catalogue);

  it('finds names in any language, case- and width-insensitively', () => {
    expect(index.search('折叠')).toEqual(['a']);
    expect(index.search('CHEF')).toEqual(['b']);
    expect(index.search('kochmesser')).toEqual(['b']);
    expect(index.search('ＬＦ－ＣＨ８')).toEqual(['b']);
  });

  it('finds SKUs, variant SKUs, barcodes and HS codes written with dots', () => {
    expect(index.search('lf-fk35-blk')).toEqual(['a']);
    expect(index.search('6921234500031')).toEqual(['a']);
    expect(index.search('8211.93')).toEqual(['a']);
    expect(index.search('8211')).toEqual(['a', 'b']);
  });

  it('puts code prefix hits before name hits and honours the limit', () => {
    expect(index.search('knife')).toEqual(['a', 'b', 'c']);
    expect(index.search('jx')).toEqual(['c']);
    expect(index.search('', 2)).toEqual(['a', 'b']);
    expect(index.search('knife', 1)).toEqual(['a']);
  });
});
