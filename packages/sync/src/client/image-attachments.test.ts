import type { RxCollection } from 'rxdb';
import { describe, expect, it } from 'vitest';
import type { ReplicatedDoc } from '../protocol.ts';
import { replicatedView, createImageAttachmentCodec } from './image-attachments.ts';
import type { Transport } from './transport.ts';

const digest = (c: string) => c.repeat(64);
const image = { id: 'img1', type: 'image/jpeg', width: 800, height: 600, thumb: { digest: digest('a'), length: 3 }, original: { digest: digest('b'), length: 4 } };
const product = (fields: Record<string, unknown> = {}): ReplicatedDoc => ({ id: 'p1', name: '刀', images: [image], _deleted: false, ...fields });

/** A platform that holds some image bytes, and a device database holding some attachments. */
function setup(onDevice: Record<string, { digest: string }> = {}, onPlatform: Record<string, string> = { [digest('a')]: 'abc', [digest('b')]: 'abcd' }) {
  const calls: string[] = [];
  const transport: Transport = {
    baseUrl: 'http://platform',
    async fetch(path, init) {
      calls.push(`${init?.method ?? 'GET'} ${path}`);
      if (init?.method === 'POST') return new Response(null, { status: 201 });
      const bytes = onPlatform[path.split('/').at(-1)!];
      return bytes ? new Response(bytes) : new Response(null, { status: 404 });
    },
    json: () => Promise.reject(new Error('unused')),
  };
  const lookups: string[][] = [];
  const findDocumentsById = async (ids: string[]) => (lookups.push(ids), ids.map((id) => ({ id, _attachments: onDevice })));
  const collection = { storageInstance: { findDocumentsById } } as unknown as RxCollection;
  return { codec: createImageAttachmentCodec(transport, collection), calls, lookups };
}

describe('image attachments beside the replication', () => {
  it('uploads new bytes once, then pushes documents without attachments', async () => {
    const { codec, calls } = setup();
    const withBytes = { ...product(), _attachments: { 'img1.thumb': { ...image.thumb, type: 'image/jpeg', data: new Blob(['abc']) }, 'img1.original': { ...image.original, type: 'image/jpeg' } } };
    const rows = await codec.outgoing([{ newDocumentState: withBytes, assumedMasterState: { ...product({ images: [] }), _attachments: {} } as ReplicatedDoc }]);
    expect(calls).toEqual([`POST /api/images/${digest('a')}`]);
    expect(rows[0]!.newDocumentState).toEqual(product());
    expect(rows[0]!.assumedMasterState).toEqual(product({ images: [] }));
    await codec.outgoing([{ newDocumentState: withBytes }]);
    expect(calls).toHaveLength(1);
  });

  it('gives pulled documents the attachments their images need, fetching only the missing bytes', async () => {
    const { codec, calls } = setup({ 'img1.thumb': { digest: digest('a') } });
    const [doc] = await codec.incoming([product()]);
    expect(calls).toEqual([`GET /api/images/${digest('b')}`]);
    const attachments = doc!._attachments as Record<string, { digest: string; data?: Blob }>;
    expect(attachments['img1.thumb']).toEqual({ digest: digest('a'), length: 3, type: 'image/jpeg' });
    expect(await attachments['img1.original']!.data!.text()).toBe('abcd');
  });

  it('shows no picture rather than stalling when the platform lacks the bytes, and clears deleted documents', async () => {
    const { codec } = setup({}, {});
    const [doc, deleted] = await codec.incoming([product(), product({ id: 'p2', _deleted: true })]);
    expect(doc!._attachments).toEqual({});
    expect(deleted!._attachments).toEqual({});
  });

  it('reads bytes removed here since as gone, and pushes without their pictures; bytes named but missing keep theirs; nothing is uploaded', async () => {
    const { codec, calls } = setup();
    // The device's product names img2 only: img1 was removed after the state RxDB is pushing.
    const named = { 'img2.thumb': { digest: digest('c') } };
    const storageInstance = {
      getAttachmentData: async () => Promise.reject(new Error('attachment does not exist')),
      findDocumentsById: async (ids: string[]) => ids.map((id) => ({ id, _deleted: false, _attachments: named })),
    };
    const replicated = replicatedView({ storageInstance, name: 'products' } as unknown as RxCollection);
    expect(replicated.name).toBe('products');
    const gone = await replicated.storageInstance.getAttachmentData('p1', 'img1.thumb', digest('a'));
    const missing = await replicated.storageInstance.getAttachmentData('p1', 'img2.thumb', digest('c'));

    const image2 = { ...image, id: 'img2', thumb: { digest: digest('c'), length: 3 } };
    const stale = {
      ...product({ images: [image, image2] }),
      _attachments: { 'img1.thumb': { ...image.thumb, type: 'image/jpeg', data: gone }, 'img2.thumb': { ...image2.thumb, type: 'image/jpeg', data: missing } },
    };
    const [row] = await codec.outgoing([{ newDocumentState: stale, assumedMasterState: product({ images: [] }) }]);
    expect(row!.newDocumentState).toEqual(product({ images: [image2] }));
    const [tombstone] = await codec.outgoing([{ newDocumentState: { ...stale, _deleted: true }, assumedMasterState: product() }]);
    expect(tombstone!.newDocumentState).toEqual(product({ images: [image, image2], _deleted: true }));
    expect(calls).toEqual([]);
  });

  it('reads local attachments only for documents that have images', async () => {
    const { codec, lookups } = setup();
    const [plain] = await codec.incoming([product({ id: 'p3', images: [] }), product({ id: 'p4', images: undefined })]);
    expect(plain!._attachments).toEqual({});
    expect(lookups).toEqual([]);
    await codec.incoming([product(), product({ id: 'p3', images: [] })]);
    expect(lookups).toEqual([['p1']]);
  });
});
