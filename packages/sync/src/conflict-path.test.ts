import { describe, expect, it } from 'vitest';
import { withLocalValues, withValueAt } from './conflict-path.ts';

const order = {
  id: 'o1',
  notes: 'x',
  lines: [
    { id: 'a', quantity: 1 },
    { id: 'b', quantity: 2 },
  ],
};

describe('conflict paths', () => {
  it('sets or removes a top-level field', () => {
    expect(withValueAt(order, 'notes', 'y').notes).toBe('y');
    expect('notes' in withValueAt(order, 'notes', undefined)).toBe(false);
  });

  it('sets a field of an element by id, leaving the others', () => {
    expect(withValueAt(order, 'lines[b].quantity', 5).lines).toEqual([
      { id: 'a', quantity: 1 },
      { id: 'b', quantity: 5 },
    ]);
    expect(withValueAt(order, 'lines[gone].quantity', 5).lines).toEqual(order.lines);
  });

  it('replaces, adds back or removes a whole element', () => {
    expect(withValueAt(order, 'lines[a]', { id: 'a', quantity: 9 }).lines[0]).toEqual({ id: 'a', quantity: 9 });
    expect(withValueAt(order, 'lines[c]', { id: 'c', quantity: 3 }).lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(withValueAt(order, 'lines[a]', undefined).lines.map((l) => l.id)).toEqual(['b']);
  });

  it('restores every local value of a conflict record except a decided delete, without touching the input', () => {
    const restored = withLocalValues(order, [
      { field: 'lines[a].quantity', localValue: 7, serverValue: 1 },
      { field: 'notes', localValue: 'mine', serverValue: 'x' },
      { field: '_deleted', localValue: false, serverValue: true },
    ]);
    expect(restored).toEqual({
      id: 'o1',
      notes: 'mine',
      lines: [
        { id: 'a', quantity: 7 },
        { id: 'b', quantity: 2 },
      ],
    });
    expect(order.lines[0]!.quantity).toBe(1);
  });
});
