import { describe, expect, it } from 'vitest';
import { threeWayMerge } from './merge.ts';

const base = { id: 'p1', _deleted: false, updatedAt: '2026-01-01T00:00:00Z', name: '厨师刀', sku: 'LF-CH8', moq: 200, price: { amount: 650, currency: 'USD' } };

describe('threeWayMerge', () => {
  it('keeps edits to different fields from both sides', () => {
    const local = { ...base, name: '8 英寸厨师刀', updatedAt: '2026-01-02T00:00:00Z' };
    const server = { ...base, moq: 300, price: { amount: 700, currency: 'USD' }, updatedAt: '2026-01-03T00:00:00Z' };
    const { merged, conflicts } = threeWayMerge(base, local, server);
    expect(merged).toMatchObject({ name: '8 英寸厨师刀', moq: 300, price: { amount: 700, currency: 'USD' }, sku: 'LF-CH8', _deleted: false });
    expect(conflicts).toEqual([]);
  });

  it('gives a field both sides changed to the server, and reports the local value', () => {
    const local = { ...base, name: 'local name', moq: 250 };
    const server = { ...base, name: 'server name' };
    const { merged, conflicts } = threeWayMerge(base, local, server);
    expect(merged.name).toBe('server name');
    expect(merged.moq).toBe(250);
    expect(conflicts).toEqual([{ field: 'name', localValue: 'local name', serverValue: 'server name' }]);
  });

  it('compares nested values structurally (an object field changed on both sides is one conflict)', () => {
    const local = { ...base, price: { amount: 600, currency: 'USD' } };
    const server = { ...base, price: { currency: 'USD', amount: 700 } };
    const { merged, conflicts } = threeWayMerge(base, local, server);
    expect(merged.price).toEqual({ amount: 700, currency: 'USD' });
    expect(conflicts).toEqual([{ field: 'price', localValue: { amount: 600, currency: 'USD' }, serverValue: { amount: 700, currency: 'USD' } }]);
  });

  it('takes a field written there and back to the base value as changed, when the platform says so (ABA)', () => {
    // Soak seed 64: the base had moq 200; elsewhere it became 250 and then 200 again.
    const local = { ...base, moq: 143 };
    const server = { ...base, updatedAt: '2026-01-03T00:00:00Z' };
    expect(threeWayMerge(base, local, server).merged.moq).toBe(143);
    const { merged, conflicts } = threeWayMerge(base, local, server, new Set(['moq', 'updatedAt']));
    expect(merged.moq).toBe(200);
    expect(conflicts).toEqual([{ field: 'moq', localValue: 143, serverValue: 200 }]);
  });

  it('does not report a field both sides changed to the same value', () => {
    const same = { ...base, name: 'same' };
    expect(threeWayMerge(base, same, { ...same }).conflicts).toEqual([]);
  });

  it('never reports updatedAt as a conflict (the server value stays)', () => {
    const local = { ...base, updatedAt: '2026-02-01T00:00:00Z', name: 'edited here' };
    const server = { ...base, updatedAt: '2026-02-02T00:00:00Z', moq: 1 };
    const { merged, conflicts } = threeWayMerge(base, local, server);
    expect(conflicts).toEqual([]);
    expect(merged.updatedAt).toBe('2026-02-02T00:00:00Z');
    expect(merged).toMatchObject({ name: 'edited here', moq: 1 });
  });

  it('applies a field removed locally and keeps a field added on the server', () => {
    const withBrand = { ...base, brand: 'LIFENG' };
    const removedHere = threeWayMerge(withBrand, { ...base }, { ...withBrand, moq: 5 });
    expect('brand' in removedHere.merged).toBe(false);
    expect(removedHere.merged.moq).toBe(5);
    const addedThere = threeWayMerge(base, { ...base, name: 'x' }, withBrand);
    expect(addedThere.merged).toMatchObject({ brand: 'LIFENG', name: 'x' });
    expect(addedThere.conflicts).toEqual([]);
  });

  it('keeps a document deleted on the server deleted, with a _deleted conflict so local edits stay restorable', () => {
    const local = { ...base, name: 'edited while it was deleted' };
    const server = { ...base, _deleted: true };
    const { merged, conflicts } = threeWayMerge(base, local, server);
    expect(merged._deleted).toBe(true);
    expect(conflicts).toContainEqual({ field: '_deleted', localValue: false, serverValue: true });
  });

  it('reports nothing when the server deleted a document this device did not touch', () => {
    const { merged, conflicts } = threeWayMerge(base, { ...base }, { ...base, _deleted: true });
    expect(merged._deleted).toBe(true);
    expect(conflicts).toEqual([]);
  });

  it('lets a local delete of a document the server did not change go through', () => {
    const { merged, conflicts } = threeWayMerge(base, { ...base, _deleted: true }, { ...base });
    expect(merged._deleted).toBe(true);
    expect(conflicts).toEqual([]);
  });

  // Regression (soak seed 2): a device starting over after a platform restore pushed without a
  // base and silently overwrote another device's later edit.
  it('without a base, keeps the server value of every field that differs and reports the local one', () => {
    const local = { ...base, name: 'local', moq: 10 };
    const server = { ...base, name: 'server', sku: 'LF-CH9' };
    const { merged, conflicts } = threeWayMerge(undefined, local, server);
    expect(merged).toEqual(server);
    expect(conflicts).toEqual([
      { field: 'name', localValue: 'local', serverValue: 'server' },
      { field: 'sku', localValue: base.sku, serverValue: 'LF-CH9' },
      { field: 'moq', localValue: 10, serverValue: base.moq },
    ]);
  });

  // Regression: without a base, `_deleted` (false here, true there) used to count as a local edit,
  // so `merged` was resurrected while the reported conflict said the server's delete stands.
  it('without a base, keeps a server-deleted document deleted, as the reported _deleted conflict says', () => {
    const { merged, conflicts } = threeWayMerge(undefined, { ...base, name: 'local' }, { ...base, _deleted: true });
    expect(conflicts).toContainEqual({ field: '_deleted', localValue: false, serverValue: true });
    expect(merged._deleted).toBe(true);
  });
});

describe('threeWayMerge of arrays of objects with ids (order lines, payments)', () => {
  const line = (id: string, quantity: number, unitPrice = 650) => ({ id, productId: 'p', sku: `S-${id}`, quantity, unitPrice });
  const order = { id: 'o1', _deleted: false, updatedAt: '2026-11-20T00:00:00Z', notes: '', lines: [line('a', 200), line('b', 300)], payments: [] as { id: string; amount: number }[] };

  it('keeps non-overlapping edits of different lines and different fields of one line', () => {
    const local = { ...order, lines: [line('a', 240), line('b', 300)] };
    const server = { ...order, lines: [line('a', 200, 700), line('b', 360)] };
    const { merged, conflicts } = threeWayMerge(order, local, server);
    expect(merged.lines).toEqual([line('a', 240, 700), line('b', 360)]);
    expect(conflicts).toEqual([]);
  });

  it('reports the same line’s quantity changed on both sides with a path, the server value standing', () => {
    const local = { ...order, lines: [line('a', 240), line('b', 300)], notes: 'pack 12' };
    const server = { ...order, lines: [line('a', 260), line('b', 300)] };
    const { merged, conflicts } = threeWayMerge(order, local, server);
    expect(merged.lines).toEqual([line('a', 260), line('b', 300)]);
    expect(merged.notes).toBe('pack 12');
    expect(conflicts).toEqual([{ field: 'lines[a].quantity', localValue: 240, serverValue: 260 }]);
  });

  it('keeps lines added on both sides and payments recorded on both devices', () => {
    const local = { ...order, lines: [...order.lines, line('c', 10)], payments: [{ id: 'p1', amount: 100 }] };
    const server = { ...order, lines: [...order.lines, line('d', 20)], payments: [{ id: 'p2', amount: 200 }] };
    const { merged, conflicts } = threeWayMerge(order, local, server);
    expect(merged.lines.map((l) => l.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(merged.payments.map((p) => p.id)).toEqual(['p2', 'p1']);
    expect(conflicts).toEqual([]);
  });

  it('applies a removal of a line the other side left alone, both ways', () => {
    const removedHere = threeWayMerge(order, { ...order, lines: [line('b', 300)] }, { ...order, lines: [line('a', 200), line('b', 360)] });
    expect(removedHere.merged.lines).toEqual([line('b', 360)]);
    const removedThere = threeWayMerge(order, { ...order, lines: [line('a', 200), line('b', 330)] }, { ...order, lines: [line('b', 300)] });
    expect(removedThere.merged.lines).toEqual([line('b', 330)]);
    expect(removedHere.conflicts).toEqual([]);
    expect(removedThere.conflicts).toEqual([]);
  });

  it('reports a line removed on one side and edited on the other, keeping the server’s choice', () => {
    const editedThere = threeWayMerge(order, { ...order, lines: [line('b', 300)] }, { ...order, lines: [line('a', 250), line('b', 300)] });
    expect(editedThere.merged.lines).toEqual([line('a', 250), line('b', 300)]);
    expect(editedThere.conflicts).toEqual([{ field: 'lines[a]', localValue: undefined, serverValue: line('a', 250) }]);
    const removedThere = threeWayMerge(order, { ...order, lines: [line('a', 250), line('b', 300)] }, { ...order, lines: [line('b', 300)] });
    expect(removedThere.merged.lines).toEqual([line('b', 300)]);
    expect(removedThere.conflicts).toEqual([{ field: 'lines[a]', localValue: line('a', 250), serverValue: undefined }]);
  });

  describe('with a base older than this device’s own taken push (its answer lost)', () => {
    // The device pushed lines a, b and c (taken, answer lost): it still holds the base of a and b.
    const taken = { ...order, lines: [...order.lines, line('c', 10)] };

    it('applies what it changed here since, though the platform holds its own push (soak seed 196)', () => {
      const server = { ...taken, notes: 'renamed elsewhere' };
      const { merged, conflicts } = threeWayMerge(order, { ...order, lines: [line('b', 300), line('c', 12)] }, server, new Set(['notes']));
      expect(merged.lines).toEqual([line('b', 300), line('c', 12)]);
      expect(merged.notes).toBe('renamed elsewhere');
      expect(conflicts).toEqual([]);
    });

    it('keeps the platform’s element and the device’s restorable where it holds the base’s (undone here, or an older state stored over it)', () => {
      const { merged, conflicts } = threeWayMerge(order, { ...order }, { ...taken, notes: 'renamed elsewhere' }, new Set(['notes']));
      expect(merged.lines).toEqual(taken.lines);
      expect(conflicts).toEqual([{ field: 'lines[c]', localValue: undefined, serverValue: line('c', 10) }]);
      // Compared by value, line c looked added elsewhere: it came back unseen.
      expect(threeWayMerge(order, { ...order }, taken).conflicts).toEqual([]);
    });

    it('keeps the lines others wrote meanwhile, and applies its own edits to the rest', () => {
      const server = { ...taken, lines: [line('a', 200), line('b', 360), line('c', 10), line('d', 5)] };
      const local = { ...order, lines: [line('a', 220), line('b', 300), line('c', 10)] };
      const { merged, conflicts } = threeWayMerge(order, local, server, new Set(['lines', 'lines[b]', 'lines[d]']));
      expect(merged.lines).toEqual([line('a', 220), line('b', 360), line('c', 10), line('d', 5)]);
      expect(conflicts).toEqual([]);
    });

    it('still reports a line it removed that others edited meanwhile', () => {
      const server = { ...taken, lines: [line('a', 250), line('b', 300), line('c', 10)] };
      const { merged, conflicts } = threeWayMerge(order, { ...order, lines: [line('b', 300), line('c', 10)] }, server, new Set(['lines', 'lines[a]']));
      expect(merged.lines).toEqual([line('a', 250), line('b', 300), line('c', 10)]);
      expect(conflicts).toEqual([{ field: 'lines[a]', localValue: undefined, serverValue: line('a', 250) }]);
    });

    it('treats a plain field the same way', () => {
      const mine = threeWayMerge(base, { ...base, moq: 300 }, { ...base, moq: 250 }, new Set());
      expect(mine.merged.moq).toBe(300);
      expect(mine.conflicts).toEqual([]);
      const unclear = threeWayMerge(base, { ...base }, { ...base, moq: 250 }, new Set());
      expect(unclear.merged.moq).toBe(250);
      expect(unclear.conflicts).toEqual([{ field: 'moq', localValue: 200, serverValue: 250 }]);
    });
  });

  it('treats arrays without ids as one field, as before', () => {
    const tagged = { ...base, tags: ['a'] };
    const { conflicts } = threeWayMerge(tagged, { ...tagged, tags: ['b'] }, { ...tagged, tags: ['c'] });
    expect(conflicts).toEqual([{ field: 'tags', localValue: ['b'], serverValue: ['c'] }]);
  });
});
