import { aQuote } from '@tradewind/domain/testing';
import { describe, expect, it } from 'vitest';
import { documentName, readableConflictField } from './conflict-text.ts';

/** Lines l1 and l2 of order YJ03-000127. */
const order = { ...aQuote() };

describe('conflict texts', () => {
  it('name an order line by its place and field, never its id', () => {
    expect(readableConflictField('lines[l1].quantity', 'orders', order, 'en')).toBe('line 1 quantity');
    expect(readableConflictField('lines[l2].unitPrice', 'orders', order, 'zh-CN')).toBe('第 2 行 单价');
    expect(readableConflictField('lines[l2]', 'orders', order, 'en')).toBe('line 2');
  });

  it('name a plain field by its label, and the document by its number', () => {
    expect(readableConflictField('deliveryDate', 'orders', order, 'en')).toBe('delivery date');
    expect(documentName(order)).toBe('YJ03-000127');
  });
});
