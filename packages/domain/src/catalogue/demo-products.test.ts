import { readFileSync } from 'node:fs';
import { resourceUrl } from '@tradewind/resources';
import { describe, expect, it } from 'vitest';
import type { ProductDoc } from '../collections/products.ts';
import { validateDocument } from '../validate.ts';
import { validateAttributes } from './attributes.ts';
import { productRefusal } from './product-rules.ts';
import { templateById } from './templates.ts';

const DEMO = resourceUrl('demo-park/');
const products = ['yangjiang-knives.json', 'shaoxing-textile.json'].flatMap((file) =>
  (JSON.parse(readFileSync(new URL(file, DEMO), 'utf8')) as { products: Omit<ProductDoc, 'id' | 'updatedAt' | 'archived'>[] }).products.map((product) => ({
    id: `demo-${product.sku}`,
    updatedAt: '2026-11-23T08:00:00.000Z',
    archived: false,
    ...product,
  })),
);

describe('demo park catalogue', () => {
  it.each(products.map((product) => [product.sku, product] as const))('%s fits its schema, its template and the product rules', (_, product) => {
    expect(validateDocument('products', product)).toBeNull();
    expect(productRefusal(undefined, { ...product, _deleted: false })).toBeNull();
    const template = templateById(product.category);
    expect(template, product.category).toBeDefined();
    expect(validateAttributes(template!, product.attributes ?? {}, { complete: true })).toEqual([]);
  });
});
