import { readFileSync } from 'node:fs';
import { resourceUrl } from '@tradewind/resources';
import { describe, expect, it } from 'vitest';
import { newId } from './ids.ts';
import { validateDocument } from './validate.ts';

const DEMO = resourceUrl('demo-park/');
const demo = (name: string) => JSON.parse(readFileSync(new URL(name, DEMO), 'utf8')) as { merchant: Record<string, unknown>; products: Record<string, unknown>[]; stock: Record<string, unknown>[] };
const merchants = ['yangjiang-knives.json', 'shaoxing-textile.json'].map((name) => ({ name, ...demo(name) }));
const updatedAt = '2026-03-01T08:00:00.000Z';

/** A demo product as the platform stores it (the seed adds id, updatedAt and archived). */
const asStored = (product: Record<string, unknown>): Record<string, unknown> => ({ id: newId(), updatedAt, archived: false, ...product });
const aProduct = () => asStored(merchants[0]!.products[0]!);

describe('validateDocument', () => {
  it.each(merchants)('accepts every demo product, the merchant profile and stock of $name', ({ merchant, products, stock }) => {
    expect(products.length).toBeGreaterThan(0);
    for (const product of products) expect(validateDocument('products', asStored(product)), String(product.sku)).toBeNull();
    expect(validateDocument('merchant', { id: 'profile', updatedAt, ...merchant, approvedAt: updatedAt })).toBeNull();
    for (const row of stock) expect(validateDocument('stock', { id: newId(), updatedAt, asOf: updatedAt, ...row })).toBeNull();
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['an hsCode of two digits', { hsCode: '12' }, '/hsCode'],
    ['a price amount that is not an integer', { price: { amount: 1.5, currency: 'USD' } }, '/price/amount'],
    ['a lower-case currency', { price: { amount: 100, currency: 'usd' } }, '/price/currency'],
    ['a moq of zero', { moq: 0 }, '/moq'],
    ['archived as a string', { archived: 'no' }, '/archived'],
    ['a variant barcode with letters', { variants: [{ sku: 'V1', options: {}, barcode: '69212345X' }] }, '/variants/0/barcode'],
    ['an updatedAt that is not a date-time', { updatedAt: 'yesterday' }, '/updatedAt'],
  ])('rejects a product with %s, naming the path', (_, change, path) => {
    const problem = validateDocument('products', { ...aProduct(), ...change });
    expect(problem).not.toBeNull();
    expect(problem!.path).toBe(path);
    expect(problem!.message).toEqual(expect.any(String));
  });

  it('rejects a product missing a required field, naming the field', () => {
    const { sku: _, ...product } = aProduct();
    const problem = validateDocument('products', product);
    expect(problem).toEqual({ path: '/', message: expect.stringContaining('sku') });
  });

  // The refusal notice must be able to say which field was unexpected.
  it('rejects a product with an unknown extra field, naming the field', () => {
    const problem = validateDocument('products', { ...aProduct(), colour: 'red' });
    expect(problem).not.toBeNull();
    expect(`${problem!.path} ${problem!.message}`).toContain('colour');
  });

  it('rejects replication bookkeeping such as _deleted (the platform strips it before validating)', () => {
    expect(validateDocument('products', { ...aProduct(), _deleted: false })).not.toBeNull();
  });

  it('rejects a document that is not an object', () => {
    for (const value of [null, 'x', 1, []]) expect(validateDocument('products', value)).not.toBeNull();
  });
});

describe('forbidden characters', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a NUL in the name', { name: '厨师刀\u0000' }, '/name'],
    ['an escape in a variant option', { variants: [{ sku: 'V1', options: { colour: 'red\u001b[0m' } }] }, '/variants/0/options/colour'],
    ['a right-to-left override in the English name', { nameEn: 'Chef \u202Efink' }, '/nameEn'],
    ['a first-strong isolate in the description', { description: 'a \u2068b\u2069' }, '/description'],
  ])('refuses %s, naming the field and the character', (_, fields, path) => {
    expect(validateDocument('products', { ...aProduct(), ...fields })).toEqual({ path, message: expect.stringMatching(/control character U\+[0-9A-F]{4}$/) });
  });

  it('keeps tabs, line breaks and the Arabic/Hebrew direction marks', () => {
    expect(validateDocument('products', { ...aProduct(), description: 'line 1\r\nline 2\tend \u200F\u200E' })).toBeNull();
  });
});
