import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { newOrder, newProduct } from './support/documents.ts';
import { openStream } from './support/events.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';

const isChange = (collection: string) => (event: { event?: string; data?: string }) => event.event === 'change' && event.data !== undefined && JSON.parse(event.data).collection === collection;

describe('change stream (PGlite)', () => {
  let platform: TestPlatform;
  let url: string;
  let yangjiang: string;
  let shaoxing: string;

  beforeAll(async () => {
    platform = await startPlatform('pglite', { listen: true });
    url = platform.url!;
    [yangjiang, shaoxing] = await Promise.all([login(platform.app, YANGJIANG), login(platform.app, SHAOXING)]);
  });
  afterAll(() => platform?.close());

  /** Whether the platform ends the stream within `ms` (reads it to the end). */
  async function endsWithin(response: Response, ms: number): Promise<boolean> {
    const reader = response.body!.getReader();
    const timer = new Promise<false>((resolve) => setTimeout(() => resolve(false), ms));
    const end = (async () => {
      while (!(await reader.read()).done);
      return true as const;
    })();
    const ended = await Promise.race([end, timer]);
    if (!ended) await reader.cancel();
    return ended;
  }

  const openRaw = (token: string) => fetch(`${url}/api/sync/stream`, { headers: { authorization: `Bearer ${token}` } });

  it('ends a stream when its access token ends (security round two)', async () => {
    const claims = JSON.parse(Buffer.from(yangjiang.split('.')[1]!, 'base64url').toString()) as Record<string, string>;
    const [key] = await platform.db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'jwt_signing_key'");
    const shortLived = await new SignJWT({ tid: claims.tid, role: claims.role, did: claims.did })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub!)
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(Buffer.from(key!.value, 'base64'));
    const response = await openRaw(shortLived);
    expect(response.status).toBe(200);
    expect(await endsWithin(response, 15_000)).toBe(true);
  });

  it('keeps at most three streams per device: a fourth closes the oldest (security round two)', async () => {
    const token = await login(platform.app, YANGJIANG, 'many-tabs');
    const first = await openRaw(token);
    const others = [await openRaw(token), await openRaw(token)];
    const fourth = await openRaw(token);
    expect(await endsWithin(first, 10_000)).toBe(true);
    for (const response of [...others, fourth]) expect(await endsWithin(response, 300)).toBe(false);
  });

  it('needs a valid token', async () => {
    for (const headers of [{}, { authorization: 'Bearer garbage' }] as Record<string, string>[]) {
      const response = await fetch(`${url}/api/sync/stream`, { headers });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toMatch(/application\/json/);
      expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    }
  });

  it("announces a merchant's own changes, and not another merchant's", async () => {
    const mine = await openStream(url, yangjiang);
    const theirs = await openStream(url, shaoxing);
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
    const stream = await openStream(url, yangjiang);
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
