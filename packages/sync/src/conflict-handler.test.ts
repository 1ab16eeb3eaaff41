import { describe, expect, it, vi } from 'vitest';
import { createMergeConflictHandler, type ConflictRecord } from './conflict-handler.ts';

type Product = { id: string; name: string; moq: number; sku: string; updatedAt: string };
const master = { id: 'p1', name: 'chef knife', moq: 200, sku: 'LF-CH8', updatedAt: '2026-01-01T00:00:00Z', _deleted: false };

function handler() {
  const records: ConflictRecord[] = [];
  const sink = vi.fn(async (record: ConflictRecord) => {
    records.push(record);
  });
  return { handler: createMergeConflictHandler<Product>('products', sink), sink, records };
}

describe('createMergeConflictHandler', () => {
  it('takes the master state when the platform refused the push (real master == assumed master), without recording a conflict', async () => {
    const { handler: h, sink } = handler();
    const newDocumentState = { ...master, moq: 1.5 as number, updatedAt: '2026-01-02T00:00:00Z' };
    // The device's copy carries storage bookkeeping; it is not content.
    const assumedMasterState = { ...master, _rev: '1-abc', _meta: { lwt: 1 } } as typeof master;
    const result = await h.resolve({ assumedMasterState, realMasterState: master, newDocumentState }, 'test');
    expect(result).toEqual(master);
    expect(sink).not.toHaveBeenCalled();
  });

  it('records a field written on the platform and back to the base value, when the answer names it (soak seed 64)', async () => {
    const { handler: h, records } = handler();
    const newDocumentState = { ...master, moq: 143, updatedAt: '2026-01-02T00:00:00Z' };
    // Elsewhere moq went 200 → 250 → 200: the values alone look untouched.
    const realMasterState = { ...master, updatedAt: '2026-01-03T00:00:00Z', _rev: '77@a1b2c3d4;moq,updatedAt' };
    const merged = await h.resolve({ assumedMasterState: master, realMasterState, newDocumentState }, 'test');
    expect(merged.moq).toBe(200);
    expect(records.map((record) => record.conflicts)).toEqual([[{ field: 'moq', localValue: 143, serverValue: 200 }]]);
  });

  it('takes the master state when it equals the base and the answer names nothing written since (a refusal)', async () => {
    const { handler: h, sink } = handler();
    const realMasterState = { ...master, _rev: '77@a1b2c3d4;' };
    expect(await h.resolve({ assumedMasterState: master, realMasterState, newDocumentState: { ...master, moq: -5 } }, 'test')).toEqual(realMasterState);
    expect(sink).not.toHaveBeenCalled();
  });

  it('merges, and keeps the device edit, when the master differs from the base though the answer names nothing (an earlier push taken, its answer lost)', async () => {
    // Soak seed 907: the platform placed the base at the device's own later push.
    const { handler: h, sink } = handler();
    const ownEarlierPush = { ...master, name: 'renamed here', updatedAt: '2026-01-02T00:00:00Z' };
    const newDocumentState = { ...ownEarlierPush, sku: 'LF-CH8-B', updatedAt: '2026-01-03T00:00:00Z' };
    const realMasterState = { ...ownEarlierPush, _rev: '77@a1b2c3d4;' };
    const merged = await h.resolve({ assumedMasterState: master, realMasterState, newDocumentState }, 'test');
    expect(merged).toMatchObject({ name: 'renamed here', sku: 'LF-CH8-B' });
    expect(sink).not.toHaveBeenCalled();
  });

  it('merges when the master equals the base but the answer names fields written since (written there and back)', async () => {
    const { handler: h, records } = handler();
    const realMasterState = { ...master, _rev: '77@a1b2c3d4;moq' };
    const merged = await h.resolve({ assumedMasterState: master, realMasterState, newDocumentState: { ...master, moq: 143, name: 'renamed here' } }, 'test');
    expect(merged).toMatchObject({ moq: 200, name: 'renamed here' });
    expect(records.map((record) => record.conflicts)).toEqual([[{ field: 'moq', localValue: 143, serverValue: 200 }]]);
  });

  it('takes the tombstone when the platform refused a new document', async () => {
    const { handler: h, sink } = handler();
    const refused = { ...master, id: 'new1', moq: -1 };
    const tombstone = { ...refused, _deleted: true };
    expect(await h.resolve({ realMasterState: tombstone, newDocumentState: refused }, 'test')).toEqual(tombstone);
    expect(sink).not.toHaveBeenCalled();
  });

  it('merges a genuine conflict: server wins the contested field, the sink gets the field conflicts', async () => {
    const { handler: h, sink, records } = handler();
    const assumedMasterState = master;
    const realMasterState = { ...master, name: 'server name', sku: 'LF-CH8-NEW', updatedAt: '2026-01-03T00:00:00Z' };
    const newDocumentState = { ...master, name: 'local name', moq: 250, updatedAt: '2026-01-02T00:00:00Z' };
    const merged = await h.resolve({ assumedMasterState, realMasterState, newDocumentState }, 'test');
    expect(merged).toEqual({ ...master, name: 'server name', sku: 'LF-CH8-NEW', moq: 250, updatedAt: '2026-01-03T00:00:00Z' });
    expect(sink).toHaveBeenCalledTimes(1);
    expect(records[0]).toMatchObject({ collection: 'products', documentId: 'p1', conflicts: [{ field: 'name', localValue: 'local name', serverValue: 'server name' }] });
    expect(new Date(records[0]!.at).toString()).not.toBe('Invalid Date');
  });

  it('merges non-overlapping edits without recording anything', async () => {
    const { handler: h, sink } = handler();
    const realMasterState = { ...master, sku: 'LF-CH8-B' };
    const newDocumentState = { ...master, moq: 300 };
    const merged = await h.resolve({ assumedMasterState: master, realMasterState, newDocumentState }, 'test');
    expect(merged).toEqual({ ...master, sku: 'LF-CH8-B', moq: 300 });
    expect(sink).not.toHaveBeenCalled();
  });

  it('keeps a server delete and records it when the device had edited the document', async () => {
    const { handler: h, records } = handler();
    const merged = await h.resolve({ assumedMasterState: master, realMasterState: { ...master, _deleted: true }, newDocumentState: { ...master, name: 'edited' } }, 'test');
    expect(merged._deleted).toBe(true);
    expect(records[0]?.conflicts).toContainEqual({ field: '_deleted', localValue: false, serverValue: true });
  });

  it('keeps the bytes of the pictures the merged document lists: the ones fetched with the server state and the ones added here (soak, pictures)', async () => {
    const { handler: h } = handler();
    const picture = (id: string) => ({ id, type: 'image/png', width: 1, height: 1, thumb: { digest: id, length: 67 }, original: { digest: id, length: 67 } });
    const bytes = (id: string, data?: string) => ({ [`${id}.thumb`]: { digest: id, length: 67, type: 'image/png', ...(data ? { data } : {}) } });
    const base = { ...master, images: [], _attachments: {} };
    const realMasterState = { ...master, images: [picture('theirs')], _attachments: bytes('theirs', 'fetched bytes') };
    const newDocumentState = { ...master, moq: 300, images: [picture('mine')], _attachments: bytes('mine') };
    const merged = (await h.resolve({ assumedMasterState: base, realMasterState, newDocumentState }, 'test')) as typeof newDocumentState;
    expect(merged.images.map((image) => image.id)).toEqual(['theirs', 'mine']);
    expect(merged._attachments).toEqual({ ...bytes('theirs', 'fetched bytes'), ...bytes('mine') });
  });

  it('compares content only: bookkeeping fields do not make documents different', () => {
    const { handler: h } = handler();
    expect(h.isEqual(master, { ...master, _rev: '2-x', _meta: { lwt: 2 } } as typeof master, 'test')).toBe(true);
    expect(h.isEqual(master, { ...master, moq: 201 }, 'test')).toBe(false);
    expect(h.isEqual(master, { ...master, _deleted: true }, 'test')).toBe(false);
  });
});
