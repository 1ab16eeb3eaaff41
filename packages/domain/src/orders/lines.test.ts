import { describe, expect, it } from 'vitest';
import type { ProductDoc } from '../collections/products.ts';
import { addPickToLines, moqShortfall } from './lines.ts';
import { findByCode } from './product-lookup.ts';

const knife: ProductDoc = {
  id: 'p1',
  updatedAt: '2026-11-20T08:00:00Z',
  name: '厨师刀',
  nameEn: 'Chef knife',
  description: '',
  category: '',
  hsCode: '8211920000',
  origin: 'CN',
  brand: '',
  sku: 'LF-CH8',
  price: { amount: 650, currency: 'USD' },
  moq: 200,
  unit: 'pc',
  archived: false,
  variants: [{ sku: 'LF-CH8-G10', options: { handle: 'G10' }, barcode: '6921234500019' }],
};
const archived: ProductDoc = { ...knife, id: 'p0', sku: 'OLD-1', variants: [{ sku: 'OLD-1-A', options: {}, barcode: '6900000000001' }], archived: true };

describe('finding a product by scan or code', () => {
  it('matches a variant barcode, a variant SKU or a product SKU, ignoring case and spaces', () => {
    expect(findByCode([knife], ' 6921234500019\n')).toMatchObject({ product: { id: 'p1' }, variant: { sku: 'LF-CH8-G10' } });
    expect(findByCode([knife], 'lf-ch8-g10')?.variant?.sku).toBe('LF-CH8-G10');
    expect(findByCode([knife], 'LF-CH8')).toEqual({ product: knife });
  });

  it('finds nothing for an unknown or archived code', () => {
    expect(findByCode([knife], '123')).toBeNull();
    expect(findByCode([knife, archived], '6900000000001')).toBeNull();
    expect(findByCode([knife], '  ')).toBeNull();
  });
});

describe('order lines', () => {
  it('adds a new line at the MOQ, named in Chinese and English with the variant options', () => {
    const [line] = addPickToLines([], findByCode([knife], '6921234500019')!, 572);
    expect(line).toMatchObject({ productId: 'p1', sku: 'LF-CH8-G10', name: '厨师刀 (G10)', nameEn: 'Chef knife (G10)', quantity: 200, unitPrice: 572 });
  });

  it('adds another MOQ to the line when the same SKU is scanned again', () => {
    const pick = findByCode([knife], 'LF-CH8')!;
    const lines = addPickToLines(addPickToLines([], pick, 650), pick, 650);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.quantity).toBe(400);
  });

  it('tells how far below the MOQ a quantity is', () => {
    expect(moqShortfall(150, 200)).toBe(50);
    expect(moqShortfall(250, 200)).toBe(0);
    expect(moqShortfall(1, undefined)).toBe(0);
  });
});
