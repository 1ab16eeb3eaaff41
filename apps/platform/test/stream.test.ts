import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, newProduct, openStream, pullAll, push, SHAOXING, startPlatform, YANGJIANG, type TestPlatform } from './helpers.ts';

const isChange = (collection: string) => (event: { event?: string; data?: string }) =>
  event.event === 'change' && event.data !== undefined && JSON.parse(event.data).collection === collection;

describe('change stream (PGlite)', () => {
  let platform: TestPlatform;
  let url: string;
  let yangjiang: string;
  let shaoxing: string;
  /** Other devices of the same merchants: a device's own pushes are not announced to it. */
  let yangjiangWatcher: string;
  let shaoxingWatcher: string;

  beforeAll(async () => {
    platform = await startPlatform('pglite', { listen: true });
    url = platform.url!;
    [yangjiang, shaoxing, yangjiangWatcher, shaoxingWatcher] = await Promise.all([
      login(platform.app, YANGJIANG),
      login(platform.app, SHAOXING),
      login(platform.app, YANGJIANG, 'watcher'),
      login(platform.app, SHAOXING, 'watcher'),
    ]);
  });
  afterAll(() => platform?.close());

  it('needs a valid token', async () => {
    for (const headers of [{}, { authorization: 'Bearer garbage' }] as Record<string, string>[]) {
      const response = await fetch(`${url}/api/sync/stream`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it("announces a merchant's own changes, and not another merchant's", async () => {
    const mine = await openStream(url, yangjiangWatcher);
    const theirs = await openStream(url, shaoxingWatcher);
    try {
      expect(await push(platform.app, shaoxing, 'products', [{ newDocumentState: newProduct() }])).toEqual([]);
      // The other merchant's stream does get it, so the event was sent...
      expect(await theirs.waitFor(isChange('products'), 2000)).toBe(true);
      // ...but not to this merchant.
      expect(await mine.waitFor((event) => event.event !== undefined, 500)).toBe(false);

      expect(await push(platform.app, yangjiang, 'orders', [{ newDocumentState: newOrder() }])).toEqual([]);
      expect(await mine.waitFor(isChange('orders'), 2000)).toBe(true);
      expect(mine.events).toEqual([{ event: 'change', data: '{"collection":"orders"}' }]);
    } finally {
      await mine.close();
      await theirs.close();
    }
  });

  it('announces nothing for a push that changes nothing, and the notices collection for a refused one', async () => {
    const doc = newProduct();
    expect(await push(platform.app, yangjiang, 'products', [{ newDocumentState: doc }])).toEqual([]);
    const stream = await openStream(url, yangjiangWatcher);
    try {
      expect(await push(platform.app, yangjiang, 'products', [{ newDocumentState: doc }])).toEqual([]);
      expect(await stream.waitFor((event) => event.event !== undefined, 500)).toBe(false);

      const bad = newProduct({ hsCode: '12' });
      expect(await push(platform.app, yangjiang, 'products', [{ newDocumentState: bad }])).toEqual([{ ...bad, _deleted: true }]);
      expect(await stream.waitFor(isChange('notices'), 2000)).toBe(true);
      expect(stream.events.filter(isChange('products'))).toEqual([]);
      const notices = (await pullAll(platform.app, yangjiang, 'notices')).documents;
      expect(notices.some((notice) => (notice.refused as { documentId?: string } | undefined)?.documentId === bad.id)).toBe(true);
    } finally {
      await stream.close();
    }
  });
});

function newOrder() {
  const now = new Date().toISOString();
  const product = newProduct();
  return {
    id: product.id,
    updatedAt: now,
    number: 'YJ03-000127',
    buyerName: 'Acme Imports',
    buyerCountry: 'US',
    channel: 'fair',
    status: 'quote',
    currency: 'USD',
    incoterm: 'FOB',
    lines: [{ id: 'line-1', productId: 'p-1', sku: 'LF-CH8', name: 'Chef knife', quantity: 200, unitPrice: 650 }],
    notes: '',
    createdAt: now,
    _deleted: false,
  };
}
