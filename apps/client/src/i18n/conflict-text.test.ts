import { describe, expect, it } from 'vitest';
import { documentName, readableConflictField } from './conflict-text.ts';

const order = {
  id: '019a',
  number: 'YJ03-000127',
  lines: [
    { id: '01a2aaaa', quantity: 200 },
    { id: '01a2bbbb', quantity: 100 },
  ],
};

describe('conflict texts', () => {
  it('name an order line by its place and field, never its id', () => {
    expect(readableConflictField('lines[01a2aaaa].quantity', 'orders', order, 'en')).toBe('line 1 quantity');
    expect(readableConflictField('lines[01a2bbbb].unitPrice', 'orders', order, 'zh-CN')).toBe('第 2 行 单价');
    expect(readableConflictField('lines[01a2bbbb]', 'orders', order, 'en')).toBe('line 2');
  });

  it('name a plain field by its label, and the document by its number', () => {
    expect(readableConflictField('deliveryDate', 'orders', order, 'en')).toBe('delivery date');
    expect(documentName(order)).toBe('YJ03-000127');
  });
});
