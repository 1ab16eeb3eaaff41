/**
 * Adversarial suite, part 1: one merchant against another, park accounts against merchant data,
 * unknown collections, and the audit log. Each attack is refused (or scoped) with the right status
 * and leaves the database exactly as expected; the platform stays up (see `attackSuite`).
 */
import type { CollectionName } from '@tradewind/domain';
import type { PullResponse, ReplicatedDoc } from '@tradewind/sync';
import { describe, expect } from 'vitest';
import { attack, type AttackContext, attackSuite, createdLines } from './support/attacks.ts';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { edited, newFiling, newOrder, newProduct } from './support/documents.ts';
import { api } from './support/http.ts';
import { ENGINES } from './support/platform.ts';
import { ids, pullAll, pullUrl, push } from './support/replication.ts';

const YANGJIANG_ACCOUNT_NO = '2013 0042 1920 0318 556';
const YANGJIANG_USCC = '91441700MA4UQ8RX3R';

const storedIds = async (ctx: AttackContext, collection: CollectionName, tenant: string) =>
  (await ctx.db.query<{ id: string }>(`SELECT id FROM doc_${collection} WHERE tenant_id = $1 ORDER BY id`, [tenant])).map((row) => row.id);

const documentsOf = (response: { body: unknown }) => (response.body as PullResponse).documents;

/** A yangjiang product as its owner's device holds it. */
async function yangjiangProduct(ctx: AttackContext, sku: string): Promise<ReplicatedDoc> {
  const product = (await pullAll(ctx.app, await ctx.token(YANGJIANG), 'products')).documents.find((doc) => doc.sku === sku);
  expect(product, sku).toBeDefined();
  return product!;
}

async function profileOf(ctx: AttackContext, username: string): Promise<ReplicatedDoc> {
  const [profile] = (await pullAll(ctx.app, await ctx.token(username), 'merchant')).documents;
  return profile!;
}

/** shaoxing pulls `collection`: only its own rows come back, none of yangjiang's. */
function crossTenantPull(collection: CollectionName, prepare: (ctx: AttackContext) => Promise<string[]>) {
  return attack<string[]>({
    name: `cross-tenant pull of ${collection}`,
    request: `GET /api/sync/${collection}/pull as shaoxing-textile`,
    as: [SHAOXING],
    postgres: true,
    setup: prepare,
    run: async (ctx) => api(ctx.app, 'GET', pullUrl(collection, null, 1000), { token: await ctx.token(SHAOXING) }),
    expect: { status: 200 },
    async verify(ctx, theirs, response) {
      expect(theirs.length, 'yangjiang has documents to leak').toBeGreaterThan(0);
      expect(ids(documentsOf(response))).toEqual(await storedIds(ctx, collection, SHAOXING));
      expect(ids(documentsOf(response)).filter((id) => theirs.includes(id))).toEqual([]);
    },
  });
}

const attacks = [
  crossTenantPull('products', (ctx) => storedIds(ctx, 'products', YANGJIANG)),
  crossTenantPull('orders', async (ctx) => {
    const order = newOrder();
    expect(await push(ctx.app, await ctx.token(YANGJIANG), 'orders', [{ newDocumentState: order }])).toEqual([]);
    return [order.id];
  }),
  crossTenantPull('filings', async (ctx) => {
    const filing = newFiling();
    expect(await push(ctx.app, await ctx.token(YANGJIANG), 'filings', [{ newDocumentState: filing }])).toEqual([]);
    return [filing.id];
  }),
  attack({
    name: 'cross-tenant pull of the merchant profile (both tenants call it "profile")',
    request: 'GET /api/sync/merchant/pull as shaoxing-textile',
    as: [SHAOXING],
    postgres: true,
    run: async (ctx) => api(ctx.app, 'GET', pullUrl('merchant'), { token: await ctx.token(SHAOXING) }),
    expect: { status: 200 },
    async verify(_, __, response) {
      expect(documentsOf(response)).toHaveLength(1);
      expect(documentsOf(response)[0]).toMatchObject({ id: 'profile', cluster: 'shaoxing-textiles', uscc: '91330621MA2BX4K17C' });
      expect(JSON.stringify(response.body)).not.toContain(YANGJIANG_ACCOUNT_NO);
      expect(JSON.stringify(response.body)).not.toContain(YANGJIANG_USCC);
    },
  }),
  attack<{ checkpoint: unknown }>({
    name: "cross-tenant pull from a checkpoint copied from the other tenant's device",
    request: "GET /api/sync/products/pull?checkpoint=<yangjiang's checkpoint> as shaoxing-textile",
    as: [SHAOXING],
    async setup(ctx) {
      const page = await api<PullResponse>(ctx.app, 'GET', pullUrl('products', null, 1), { token: await ctx.token(YANGJIANG) });
      return { checkpoint: page.body.checkpoint };
    },
    run: async (ctx, { checkpoint }) => api(ctx.app, 'GET', `${pullUrl('products', null, 1000)}&checkpoint=${encodeURIComponent(JSON.stringify(checkpoint))}`, { token: await ctx.token(SHAOXING) }),
    expect: { status: 200 },
    async verify(ctx, _, response) {
      const own = await storedIds(ctx, 'products', SHAOXING);
      expect(documentsOf(response).every((doc) => own.includes(doc.id) && String(doc.sku).startsWith('JX-'))).toBe(true);
    },
  }),
  attack<{ target: ReplicatedDoc; doc: ReplicatedDoc }>({
    // Ids are per tenant: the push can only ever address shaoxing's own rows, so it creates a
    // shaoxing product that happens to share the id; yangjiang's row is untouched.
    name: "cross-tenant push: blind write to a yangjiang product's id",
    request: "POST /api/sync/products/push as shaoxing-textile, new document with a yangjiang product's id",
    as: [SHAOXING],
    postgres: true,
    async setup(ctx) {
      const target = await yangjiangProduct(ctx, 'LF-CH8');
      return { target, doc: { ...newProduct({ name: 'hijack' }), id: target.id } };
    },
    run: async (ctx, { doc }) => api(ctx.app, 'POST', '/api/sync/products/push', { token: await ctx.token(SHAOXING), body: [{ newDocumentState: doc }] }),
    expect: ({ doc }) => ({ status: 200, body: [], changes: createdLines(SHAOXING, 'products', doc.id) }),
    async verify(ctx, { target, doc }) {
      expect(await yangjiangProduct(ctx, 'LF-CH8')).toEqual(target);
      expect((await pullAll(ctx.app, await ctx.token(SHAOXING), 'products')).documents.find((d) => d.id === doc.id)).toEqual(doc);
    },
  }),
  attack<{ target: ReplicatedDoc; doc: ReplicatedDoc }>({
    name: "cross-tenant push with the victim's document as assumedMasterState",
    request: 'POST /api/sync/products/push as shaoxing-textile, {assumedMasterState: yangjiang product, newDocumentState: price 1}',
    as: [SHAOXING],
    postgres: true,
    async setup(ctx) {
      const target = await yangjiangProduct(ctx, 'LF-CL21');
      return { target, doc: edited(target, { name: 'hijacked', price: { amount: 1, currency: 'USD' } }) };
    },
    run: async (ctx, { target, doc }) => api(ctx.app, 'POST', '/api/sync/products/push', { token: await ctx.token(SHAOXING), body: [{ assumedMasterState: target, newDocumentState: doc }] }),
    // No conflict carrying yangjiang's document: shaoxing has no such row, so this is a shaoxing create.
    expect: ({ doc }) => ({ status: 200, body: [], changes: createdLines(SHAOXING, 'products', doc.id) }),
    async verify(ctx, { target }) {
      expect(await yangjiangProduct(ctx, 'LF-CL21')).toEqual(target);
    },
  }),
  attack<{ target: ReplicatedDoc }>({
    name: 'cross-tenant delete of a yangjiang product',
    request: 'POST /api/sync/products/push as shaoxing-textile, {assumedMasterState: yangjiang product, newDocumentState: _deleted true}',
    as: [SHAOXING],
    async setup(ctx) {
      return { target: await yangjiangProduct(ctx, 'LF-FK35') };
    },
    run: async (ctx, { target }) =>
      api(ctx.app, 'POST', '/api/sync/products/push', { token: await ctx.token(SHAOXING), body: [{ assumedMasterState: target, newDocumentState: { ...target, _deleted: true } }] }),
    // It can only make a shaoxing tombstone of that id; yangjiang's product stays alive.
    expect: ({ target }) => ({ status: 200, body: [], changes: createdLines(SHAOXING, 'products', target.id) }),
    async verify(ctx, { target }) {
      expect(await yangjiangProduct(ctx, 'LF-FK35')).toEqual(target);
    },
  }),
  attack<{ theirs: ReplicatedDoc; own: ReplicatedDoc }>({
    name: "cross-tenant edit of the other merchant's profile (bank accounts)",
    request: "POST /api/sync/merchant/push as shaoxing-textile, {assumedMasterState: yangjiang's profile, newDocumentState: new bankAccounts}",
    as: [SHAOXING],
    async setup(ctx) {
      return { theirs: await profileOf(ctx, YANGJIANG), own: await profileOf(ctx, SHAOXING) };
    },
    run: async (ctx, { theirs }) =>
      api(ctx.app, 'POST', '/api/sync/merchant/push', {
        token: await ctx.token(SHAOXING),
        body: [
          {
            assumedMasterState: theirs,
            newDocumentState: edited(theirs, { bankAccounts: [{ bankName: 'Evil Bank', bankNameEn: 'Evil Bank', bankAddress: '', accountName: 'x', accountNo: '666', swift: '', currency: 'USD' }] }),
          },
        ],
      }),
    // The conflict is shaoxing's own profile: yangjiang's is neither changed nor disclosed.
    expect: ({ own }) => ({ status: 200, body: [own] }),
  }),
  attack<ReplicatedDoc>({
    name: 'forged tenantId field in a new document',
    request: 'POST /api/sync/products/push as yangjiang-knives, new product with "tenantId": "shaoxing-textile"',
    as: [YANGJIANG],
    setup: async () => newProduct({ tenantId: SHAOXING }),
    run: async (ctx, doc) => api(ctx.app, 'POST', '/api/sync/products/push', { token: await ctx.token(YANGJIANG), body: [{ newDocumentState: doc }] }),
    expect: (doc) => ({
      status: 200,
      body: [{ ...doc, _deleted: true }],
      refused: [{ by: YANGJIANG, collection: 'products', doc, reason: 'schema', detail: '/tenantId must NOT have additional properties' }],
    }),
  }),
  attack<{ stored: ReplicatedDoc; doc: ReplicatedDoc }>({
    name: 'forged tenant_id field in an edit',
    request: 'POST /api/sync/products/push as yangjiang-knives, own product edited with "tenant_id": "shaoxing-textile"',
    as: [YANGJIANG],
    async setup(ctx) {
      const stored = await yangjiangProduct(ctx, 'LF-TS10');
      return { stored, doc: edited(stored, { tenant_id: SHAOXING }) };
    },
    run: async (ctx, { stored, doc }) => api(ctx.app, 'POST', '/api/sync/products/push', { token: await ctx.token(YANGJIANG), body: [{ assumedMasterState: stored, newDocumentState: doc }] }),
    expect: ({ stored, doc }) => ({
      status: 200,
      body: [stored],
      refused: [{ by: YANGJIANG, collection: 'products', doc, reason: 'schema', detail: '/tenant_id must NOT have additional properties' }],
    }),
  }),

  // Accounts without merchant data.
  ...(
    [
      ['park-admin', 'GET', pullUrl('products')],
      ['trainer', 'POST', '/api/sync/products/push'],
      ['park-admin', 'GET', '/api/sync/stream'],
    ] as const
  ).map(([username, method, url]) =>
    attack({
      name: `${username} calls ${method} ${url.split('?')[0]}`,
      request: `${method} ${url} as ${username}`,
      as: [username],
      run: async (ctx) => api(ctx.app, method, url, { token: await ctx.token(username), ...(method === 'POST' ? { body: [{ newDocumentState: newProduct() }] } : {}) }),
      expect: { status: 403, code: 'no_tenant' },
    }),
  ),
  attack({
    name: 'trainer lists devices: their own, nobody else’s',
    request: 'GET /api/devices as trainer (its own devices: 200, never a merchant’s)',
    as: ['trainer', YANGJIANG],
    run: async (ctx) => api(ctx.app, 'GET', '/api/devices', { token: await ctx.token('trainer') }),
    expect: (_, response) => {
      expect((response.body as { username: string }[]).map((device) => device.username)).toEqual(['trainer']);
      return { status: 200 };
    },
  }),
  ...(
    [
      ['/api/admin/registrations', "merchant owner reads the park's pending registrations"],
      ['/api/admin/merchants', "merchant owner lists the park's merchants and their credit codes"],
    ] as const
  ).map(([path, name]) =>
    attack({
      name,
      request: `GET ${path} as yangjiang-knives`,
      as: [YANGJIANG],
      run: async (ctx) => api(ctx.app, 'GET', path, { token: await ctx.token(YANGJIANG) }),
      expect: { status: 403, code: 'forbidden' },
    }),
  ),

  // Unknown collections: the name never reaches SQL.
  ...(
    [
      ['GET', '/api/sync/users/pull', 'unknown_collection'],
      ['GET', '/api/sync/..%2Fproducts/pull', 'unknown_collection'],
      ['POST', '/api/sync/doc_products/push', 'unknown_collection'],
      ['POST', '/api/sync/__proto__/push', 'unknown_collection'],
      ['GET', '/api/sync/constructor/pull', 'unknown_collection'],
      ['GET', '/api/sync/Products/pull', 'unknown_collection'],
      ['GET', '/api/sync/products%3B%20DROP%20TABLE%20doc_products/pull', 'unknown_collection'],
      // Dot segments are resolved before routing: /api/pull has no route.
      ['GET', '/api/sync/%2e%2e/pull', 'not_found'],
    ] as const
  ).map(([method, url, code]) =>
    attack({
      name: `unknown collection ${decodeURIComponent(url.split('/')[3]!)}`,
      request: `${method} ${url} as yangjiang-knives`,
      as: [YANGJIANG],
      run: async (ctx) => api(ctx.app, method, url, { token: await ctx.token(YANGJIANG), ...(method === 'POST' ? { body: [{ newDocumentState: newProduct() }] } : {}) }),
      expect: { status: 404, code },
    }),
  ),

  // The audit log.
  ...(['yangjiang-fair', 'trainer'] as const).map((username) =>
    attack({
      name: `${username} reads the audit log`,
      request: `GET /api/audit as ${username}`,
      as: [username],
      run: async (ctx) => api(ctx.app, 'GET', '/api/audit', { token: await ctx.token(username) }),
      expect: { status: 403, code: 'forbidden' },
    }),
  ),
  attack<{ theirs: string }>({
    name: "owner reads another merchant's audit log (?tenantId=)",
    request: 'GET /api/audit?tenantId=shaoxing-textile&limit=500 as yangjiang-knives',
    as: [YANGJIANG],
    async setup(ctx) {
      const doc = newProduct();
      expect(await push(ctx.app, await ctx.token(SHAOXING), 'products', [{ newDocumentState: doc }])).toEqual([]);
      return { theirs: doc.id };
    },
    run: async (ctx) => api(ctx.app, 'GET', `/api/audit?tenantId=${SHAOXING}&limit=500`, { token: await ctx.token(YANGJIANG) }),
    expect: { status: 200 },
    async verify(ctx, { theirs }, response) {
      const entries = response.body as { documentId: string }[];
      const own = await ctx.db.query<{ document_id: string }>('SELECT document_id FROM audit_log WHERE tenant_id = $1 ORDER BY id DESC', [YANGJIANG]);
      expect(own.length).toBeGreaterThan(0);
      expect(entries.map((entry) => entry.documentId)).toEqual(own.map((row) => row.document_id));
      expect(entries.some((entry) => entry.documentId === theirs)).toBe(false);
    },
  }),
  attack<{ accountNo: string }>({
    name: 'audit log records field names, never values (bank account)',
    request: 'GET /api/audit?collection=merchant&documentId=profile as yangjiang-knives, after the owner changed bankAccounts',
    as: [YANGJIANG],
    async setup(ctx) {
      const accountNo = 'DE89 3704 0044 0532 0130 00';
      const profile = await profileOf(ctx, YANGJIANG);
      const bankAccounts = [
        ...(profile.bankAccounts as object[]),
        { bankName: 'Commerzbank', bankNameEn: 'Commerzbank', bankAddress: 'Frankfurt am Main', accountName: 'Lifeng GmbH', accountNo, swift: 'COBADEFFXXX', currency: 'EUR' },
      ];
      expect(await push(ctx.app, await ctx.token(YANGJIANG), 'merchant', [{ assumedMasterState: profile, newDocumentState: edited(profile, { bankAccounts }) }])).toEqual([]);
      return { accountNo };
    },
    run: async (ctx) => api(ctx.app, 'GET', '/api/audit?collection=merchant&documentId=profile', { token: await ctx.token(YANGJIANG) }),
    expect: { status: 200 },
    async verify(_, { accountNo }, response) {
      expect((response.body as unknown[])[0]).toMatchObject({ collection: 'merchant', documentId: 'profile', action: 'update', fields: ['bankAccounts', 'updatedAt'], username: YANGJIANG });
      const text = JSON.stringify(response.body);
      for (const secret of [accountNo, YANGJIANG_ACCOUNT_NO, 'Commerzbank', 'COBADEFFXXX']) expect(text).not.toContain(secret);
    },
  }),
  attack({
    name: 'injection-shaped audit filter',
    request: "GET /api/audit?collection=' OR '1'='1 as yangjiang-knives",
    as: [YANGJIANG],
    run: async (ctx) => api(ctx.app, 'GET', `/api/audit?collection=${encodeURIComponent("' OR '1'='1")}`, { token: await ctx.token(YANGJIANG) }),
    expect: { status: 200, body: [] },
  }),
  attack({
    name: 'audit page size beyond the limit',
    request: 'GET /api/audit?limit=1000000000 as yangjiang-knives',
    as: [YANGJIANG],
    run: async (ctx) => api(ctx.app, 'GET', '/api/audit?limit=1000000000', { token: await ctx.token(YANGJIANG) }),
    expect: { status: 400, code: 'bad_request' },
  }),
];

describe.each(ENGINES)('adversarial: tenants, roles, collections, audit on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
