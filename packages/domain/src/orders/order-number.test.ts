import { describe, expect, it } from 'vitest';
import { formatOrderNumber, orderSequence } from './order-number.ts';

describe('order numbers', () => {
  it('formats the device prefix and a six-digit sequence, and reads the sequence back', () => {
    expect(formatOrderNumber('YJ03', 127)).toBe('YJ03-000127');
    expect(orderSequence('YJ03-000127', 'YJ03')).toBe(127);
  });

  it('does not read another device’s numbers', () => {
    expect(orderSequence('YJ04-000127', 'YJ03')).toBeNull();
    expect(orderSequence('YJ031-000127', 'YJ03')).toBeNull();
  });
});
