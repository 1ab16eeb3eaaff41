import { randomBytes } from 'node:crypto';
import { COLLECTION_NAMES } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenSigner } from '../src/auth/tokens.ts';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { edited, newProduct } from './support/documents.ts';
import { api, login } from './support/http.ts';
import { ENGINES, startPlatform, type TestPlatform } from './support/platform.ts';
import { ids, pull, pullAll, pullUrl, push } from './support/replication.ts';
import { snapshot, storedRow } from './support/tables.ts';

const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;

describe.each(ENGINES)('tenant scope on %s', (engine) => {
  let platform: TestPlatform;
  let yangjiang: string;
  let shaoxing: string;

  beforeAll(async () => {
    platform = await startPlatform(engine);
    [yangjiang, shaoxing] = await Promise.all([login(platform.app, YANGJIANG), login(platform.app, SHAOXING)]);
  });
  afterAll(() => platform?.close());

  it('hands a merchant only its own documents, in every collection', async () => {
    for (const collection of COLLECTION_NAMES) {
      const mine = (await pullAll(platform.app, shaoxing, collection)).documents;
      const theirs = (await pullAll(platform.app, yangjiang, collection)).documents;
      const ownRows = await platform.db.query<{ id: string }>(`SELECT id FROM doc_${collection} WHERE tenant_id = $1`, [SHAOXING]);
      expect(ids(mine), collection).toEqual(ownRows.map((row) => row.id).sort());
      if (collection === 'merchant') {
        // Both tenants have a document called "profile": each must get its own.
        expect(mine).toHaveLength(1);
        expect(mine[0]).toMatchObject({ id: 'profile', cluster: 'shaoxing-textiles' });
        expect(theirs[0]).toMatchObject({ id: 'profile', cluster: 'yangjiang-knives' });
        expect(mine[0]!.uscc).not.toBe(theirs[0]!.uscc);
      } else {
        const theirIds = new Set(theirs.map((doc) => doc.id));
        expect(
          mine.filter((doc) => theirIds.has(doc.id)),
          collection,
        ).toEqual([]);
      }
    }
    // The seed gave both merchants products, so the comparison above was not vacuous.
    expect((await pullAll(platform.app, yangjiang, 'products')).documents.length).toBeGreaterThan(0);
    expect((await pullAll(platform.app, shaoxing, 'products')).documents.length).toBeGreaterThan(0);
  });

  it("cannot touch another merchant's document by naming its id", async () => {
    const { app, db } = platform;
    const theirs = await pullAll(app, yangjiang, 'products');
    const target = theirs.documents[0]!;
    const rowBefore = await storedRow(db, 'products', YANGJIANG, target.id);
    const yangjiangTables = async () => {
      const all = await snapshot(db);
      return Object.fromEntries(Object.entries(all).map(([name, rows]) => [name, rows.filter((row) => row.tenant_id === YANGJIANG)]));
    };
    const before = await yangjiangTables();

    const attempts: { assumedMasterState?: ReplicatedDoc; newDocumentState: ReplicatedDoc }[][] = [
      // A blind overwrite: were the lookup not scoped, this would come back as a conflict carrying yangjiang's document.
      [{ newDocumentState: { ...newProduct({ name: 'hijack' }), id: target.id } }],
      // With the victim's state as assumed master (as if it had leaked).
      [{ assumedMasterState: target, newDocumentState: edited(target, { name: 'hijacked', price: { amount: 1, currency: 'USD' } }) }],
      // A delete.
      [{ assumedMasterState: target, newDocumentState: { ...target, _deleted: true } }],
    ];
    for (const rows of attempts) {
      const conflicts = await push(app, shaoxing, 'products', rows);
      expect(conflicts.some((doc) => doc.id === target.id && doc.name === target.name && doc.sku === target.sku)).toBe(false);
    }

    expect(await storedRow(db, 'products', YANGJIANG, target.id)).toEqual(rowBefore);
    expect(await yangjiangTables()).toEqual(before);
    const after = await pull(app, yangjiang, 'products', theirs.checkpoint);
    expect(after.documents).toEqual([]);
    expect((await pullAll(app, yangjiang, 'products')).documents.find((doc) => doc.id === target.id)).toEqual(target);
  });

  describe('access tokens', () => {
    const expectUnauthorized = async (headers: Record<string, string>) => {
      for (const [method, url, body] of [
        ['GET', pullUrl('products')],
        ['POST', '/api/sync/products/push', [{ newDocumentState: newProduct() }]],
        ['GET', '/api/sync/stream'],
      ] as const) {
        const response = await api(platform.app, method, url, { headers, body });
        expect(response.status, `${method} ${url}`).toBe(401);
        expect(response.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      }
    };

    it('refuses a request without a token', async () => {
      const stored = await snapshot(platform.db);
      await expectUnauthorized({});
      expect(await snapshot(platform.db)).toEqual(stored);
    });

    it('refuses garbage and non-bearer credentials', async () => {
      await expectUnauthorized({ authorization: 'Bearer not-a-token' });
      await expectUnauthorized({ authorization: 'Bearer ' });
      await expectUnauthorized({ authorization: `Basic ${Buffer.from(`${YANGJIANG}:tradewind-demo`).toString('base64')}` });
      await expectUnauthorized({ authorization: yangjiang });
    });

    it('refuses a token signed with another key', async () => {
      const claims = claimsOf(yangjiang);
      const forged = await createTokenSigner(randomBytes(32)).sign({ userId: String(claims.sub), tenantId: YANGJIANG, role: 'merchant_owner', deviceId: String(claims.did) });
      await expectUnauthorized({ authorization: `Bearer ${forged}` });
    });

    it('refuses an unsigned (alg none) token', async () => {
      const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claimsOf(yangjiang))}.`;
      await expectUnauthorized({ authorization: `Bearer ${unsigned}` });
    });

    it("refuses a genuine token whose tenant claim was edited to another merchant's", async () => {
      const [header, , signature] = shaoxing.split('.');
      const tampered = `${header}.${b64url({ ...claimsOf(shaoxing), tid: YANGJIANG })}.${signature}`;
      await expectUnauthorized({ authorization: `Bearer ${tampered}` });
    });

    it('refuses an expired token signed with the real key', async () => {
      const [{ value }] = (await platform.db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'jwt_signing_key'")) as [{ value: string }];
      const claims = claimsOf(yangjiang);
      const expired = await new SignJWT({ tid: YANGJIANG, role: 'merchant_owner', did: claims.did })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(claims.sub))
        .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(Buffer.from(value, 'base64'));
      await expectUnauthorized({ authorization: `Bearer ${expired}` });
      // The same key and claims without the expiry in the past are accepted: the refusal above was the expiry.
      const fresh = await new SignJWT({ tid: YANGJIANG, role: 'merchant_owner', did: claims.did })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(claims.sub))
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(Buffer.from(value, 'base64'));
      expect((await api(platform.app, 'GET', pullUrl('products'), { token: fresh })).status).toBe(200);
    });

    it('refuses replication to park staff, who have no tenant', async () => {
      for (const username of ['park-admin', 'trainer']) {
        const token = await login(platform.app, username);
        const response = await api(platform.app, 'GET', pullUrl('products'), { token });
        expect(response.status, username).toBe(403);
        expect(response.body).toEqual({ error: { code: 'no_tenant', message: expect.any(String) } });
      }
    });

    it('refuses a wrong password with a 401 JSON error', async () => {
      const response = await api(platform.app, 'POST', '/api/auth/login', { body: { username: YANGJIANG, password: 'wrong', deviceName: 'x' } });
      expect(response.status).toBe(401);
      expect(response.body).toEqual({ error: { code: 'bad_credentials', message: expect.any(String) } });
    });
  });
});
