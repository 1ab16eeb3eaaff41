import { createHash } from 'node:crypto';
import { newId, type ListingDoc } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { describe, expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newProduct } from './support/documents.ts';
import { api, login } from './support/http.ts';
import { platformWithLogin, type TestPlatform } from './support/platform.ts';
import { pullAll, pullAllUntil, push } from './support/replication.ts';

const lockBackFacts = {
  hsCode: '8211930000',
  category: 'knives.folding',
  origin: 'CN',
  brand: 'LIFENG',
  attributes: { bladeLengthMm: 89, edge: 'plain', locking: 'lock_back', opening: 'manual', originMarking: 'etch' },
  evidence: {},
  imageCount: 1,
  hasBarcode: true,
  hasWeight: true,
  hasDimensions: true,
};

function newListing(fields: Partial<ListingDoc> = {}): ReplicatedDoc {
  const now = new Date().toISOString();
  return {
    id: newId(),
    updatedAt: now,
    createdAt: now,
    productId: newId(),
    sku: 'LF-FK35',
    channel: 'own_site',
    market: 'GB',
    language: 'en',
    title: 'LIFENG lock-back folding knife',
    bullets: [],
    description: '',
    price: { amount: 1999, currency: 'GBP' },
    status: 'draft',
    evidence: {},
    facts: lockBackFacts,
    ...fields,
    _deleted: false,
  } as ReplicatedDoc;
}

const evidence = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, { value: `ref ${key}`, addedAt: new Date().toISOString() }]));

describe('catalogue on the platform (PGlite)', () => {
  let platform: TestPlatform;
  let token: string;
  platformWithLogin('pglite', YANGJIANG, (session) => ({ platform, token } = session));

  it('replicates listings like every collection', async () => {
    const draft = newListing();
    expect(await push(platform.app, token, 'listings', [{ newDocumentState: draft }])).toEqual([]);
    const { documents } = await pullAllUntil(platform.app, token, 'listings', null, (docs) => docs.some((doc) => doc.id === draft.id));
    expect(documents.find((doc) => doc.id === draft.id)).toEqual(draft);
  });

  it('refuses to publish a listing the compliance rules block, with a notice naming the rules', async () => {
    const since = (await pullAll(platform.app, token, 'notices')).checkpoint;
    const blocked = newListing({ status: 'published' });
    expect(await push(platform.app, token, 'listings', [{ newDocumentState: blocked }])).toEqual([{ ...blocked, _deleted: true }]);
    const { documents } = await pullAllUntil(platform.app, token, 'notices', since, (docs) => docs.some((doc) => (doc.refused as { documentId: string } | undefined)?.documentId === blocked.id));
    const notice = documents.find((doc) => (doc.refused as { documentId: string } | undefined)?.documentId === blocked.id)!;
    expect(notice).toMatchObject({ messageKey: 'notice.pushRefused.listing_blocked', params: { collection: 'listings', detail: expect.stringContaining('UK-KN-04') } });
  });

  it('publishes once the evidence is recorded', async () => {
    const ready = newListing({ status: 'published', evidence: evidence('uk_age_verification', 'uk_parcel_marking', 'uk_age_verified_delivery', 'uk_vat_number') });
    expect(await push(platform.app, token, 'listings', [{ newDocumentState: ready }])).toEqual([]);
  });

  it('refuses a product whose barcode has a wrong check digit', async () => {
    const product = newProduct({ variants: [{ sku: 'V-1', options: {}, barcode: '6921234500017' }] });
    expect(await push(platform.app, token, 'products', [{ newDocumentState: product }])).toEqual([{ ...product, _deleted: true }]);
  });

  describe('image bytes', () => {
    const bytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(' image bytes for the test')]);
    const digest = createHash('sha256').update(bytes).digest('hex');
    const upload = (body: Buffer, at = digest, type = 'image/png') =>
      platform.app.inject({ method: 'POST', url: `/api/images/${at}`, headers: { authorization: `Bearer ${token}`, 'content-type': type }, payload: body });
    const image = { id: 'img1', type: 'image/png', width: 10, height: 10, thumb: { digest, length: bytes.length }, original: { digest, length: bytes.length } };

    it('refuses a product whose image bytes were never uploaded, and takes it once they are', async () => {
      const product = newProduct({ images: [image] });
      const refused = await api(platform.app, 'POST', '/api/sync/products/push', { token, body: [{ newDocumentState: product }] });
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ error: { code: 'missing_image_data' } });
      expect((await upload(bytes)).statusCode).toBe(201);
      expect(await push(platform.app, token, 'products', [{ newDocumentState: product }])).toEqual([]);
    });

    it('checks the digest and the type, and serves the bytes back to the same tenant only', async () => {
      expect((await upload(bytes, 'f'.repeat(64))).json()).toMatchObject({ error: { code: 'digest_mismatch' } });
      expect((await upload(bytes, digest, 'text/plain')).statusCode).toBe(415);
      expect((await upload(bytes)).statusCode).toBe(201);
      const got = await platform.app.inject({ method: 'GET', url: `/api/images/${digest}`, headers: { authorization: `Bearer ${token}` } });
      expect(got.statusCode).toBe(200);
      expect(got.headers['content-type']).toBe('image/png');
      expect(got.rawPayload.equals(bytes)).toBe(true);
      const other = await login(platform.app, 'shaoxing-textile');
      expect((await platform.app.inject({ method: 'GET', url: `/api/images/${digest}`, headers: { authorization: `Bearer ${other}` } })).statusCode).toBe(404);
    });
  });
});
