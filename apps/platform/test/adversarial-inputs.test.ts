/**
 * Adversarial suite, part 4: hostile input — oversized and deeply nested JSON, prototype-pollution
 * keys, injection-shaped ids, checkpoints and batch sizes, malformed bodies, and a push flood. Each
 * is refused with the right status, changes nothing, and leaves the platform (and this process's
 * Object.prototype — the platform runs in-process) intact (see `attackSuite`).
 */
import { newId } from '@tradewind/domain';
import { describe, expect } from 'vitest';
import { attack, type AttackContext, attackSuite, createdLines } from './support/attacks.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newBuyer, newFiling, newOrder, newProduct } from './support/documents.ts';
import { api, rawApi } from './support/http.ts';
import { ENGINES } from './support/platform.ts';
import { push } from './support/replication.ts';

const PUSH = '/api/sync/products/push';

/** A product push whose single document's JSON text ends with `extra` (raw JSON, e.g. a "__proto__" key). */
const productWith = (extra: string) => `[{"newDocumentState":${JSON.stringify(newProduct()).slice(0, -1)},${extra}}}]`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

const pushRaw = async (ctx: AttackContext, payload: string, url = PUSH) => rawApi(ctx.app, 'POST', url, payload, { token: await ctx.token(YANGJIANG) });
const pushRows = async (ctx: AttackContext, body: unknown, url = PUSH) => api(ctx.app, 'POST', url, { token: await ctx.token(YANGJIANG), body });
const pullWith = async (ctx: AttackContext, query: string) => api(ctx.app, 'GET', `/api/sync/products/pull?${query}`, { token: await ctx.token(YANGJIANG) });

/** Pushes, as yangjiang-knives, built with `payload` (a raw string or rows). */
function badPush(name: string, request: string, payload: () => unknown, expected: { status: number; code: string }, postgres = false) {
  return attack<unknown>({
    name,
    request: `POST ${PUSH} as yangjiang-knives: ${request}`,
    postgres,
    as: [YANGJIANG],
    setup: async () => payload(),
    run: (ctx, body) => (typeof body === 'string' ? pushRaw(ctx, body) : pushRows(ctx, body)),
    expect: expected,
  });
}

const INVALID_JSON = { status: 400, code: 'fst_err_ctp_invalid_json_body' };
const BAD_PUSH = { status: 400, code: 'bad_push' };
const TOO_DEEP = { status: 400, code: 'too_deep' };

const attacks = [
  // Size.
  badPush(
    'a 6 MB push body',
    '6 MB body (one product with a 6 MB description)',
    () => JSON.stringify([{ newDocumentState: newProduct({ description: 'x'.repeat(6 * 1024 * 1024) }) }]),
    {
      status: 413,
      code: 'too_large',
    },
    true,
  ),
  attack<{ big: ReturnType<typeof newProduct>; small: ReturnType<typeof newProduct> }>({
    name: 'a 600 KB document beside a valid one',
    request: `POST ${PUSH} as yangjiang-knives: [600 KB product, valid product]`,
    postgres: true,
    as: [YANGJIANG],
    setup: async () => ({ big: newProduct({ description: '刀'.repeat(200_000) }), small: newProduct() }),
    run: (ctx, { big, small }) => pushRows(ctx, [{ newDocumentState: big }, { newDocumentState: small }]),
    // Refused per document (512 KB): the notice keeps only the id; the valid neighbour is stored.
    expect: ({ big, small }) => ({
      status: 200,
      body: [{ ...big, _deleted: true }],
      refused: [{ by: YANGJIANG, collection: 'products', doc: big, reason: 'too_large', detail: /^\d+ > 524288 bytes$/ }],
      changes: createdLines(YANGJIANG, 'products', small.id),
    }),
  }),
  attack<{ bad: ReturnType<typeof newProduct>; good: ReturnType<typeof newProduct> }>({
    name: 'a NUL character in a text field beside a valid document',
    request: `POST ${PUSH} as yangjiang-knives: [product whose name ends in \\u0000, valid product]`,
    postgres: true,
    as: [YANGJIANG],
    setup: async () => ({ bad: newProduct({ name: '厨师刀\u0000' }), good: newProduct() }),
    run: (ctx, { bad, good }) => pushRows(ctx, [{ newDocumentState: bad }, { newDocumentState: good }]),
    // Refused per document with the field and the character (it was a 500 that lost the whole batch).
    expect: ({ bad, good }) => ({
      status: 200,
      body: [{ ...bad, _deleted: true }],
      refused: [{ by: YANGJIANG, collection: 'products', doc: bad, reason: 'schema', detail: '/name must not contain the control character U+0000', content: { ...bad, name: '厨师刀\uFFFD' } }],
      changes: createdLines(YANGJIANG, 'products', good.id),
    }),
  }),
  attack<ReturnType<typeof newBuyer>[]>({
    name: 'a flood of refused 480 KB buyers, pushed again and again',
    request: 'POST /api/sync/buyers/push as yangjiang-fair: 10 buyers with a 480 KB unknown field, the 2nd of 20 identical pushes',
    postgres: true,
    as: ['yangjiang-fair'],
    setup: async (ctx) => {
      const buyers = Array.from({ length: 10 }, () => newBuyer({ junk: 'x'.repeat(480 * 1024) }));
      await api(ctx.app, 'POST', '/api/sync/buyers/push', { token: await ctx.token('yangjiang-fair'), body: buyers.map((doc) => ({ newDocumentState: doc })) });
      return buyers;
    },
    run: async (ctx, buyers) => api(ctx.app, 'POST', '/api/sync/buyers/push', { token: await ctx.token('yangjiang-fair'), body: buyers.map((doc) => ({ newDocumentState: doc })) }),
    // One notice per device and document, replaced rather than repeated; each keeps the id only
    // (over 32 KB), never the buyer's personal data.
    expect: (buyers) => ({
      status: 200,
      body: buyers.map((doc) => ({ ...doc, _deleted: true })),
      refused: buyers.map((doc) => ({
        by: 'yangjiang-fair',
        collection: 'buyers' as const,
        doc,
        reason: 'schema',
        detail: '/junk must NOT have additional properties',
        content: { id: doc.id },
        omitted: 'content',
      })),
    }),
    async verify(ctx) {
      const [row] = await ctx.db.query<{ bytes: string }>("SELECT sum(length(doc::text))::text AS bytes FROM doc_notices WHERE tenant_id = $1 AND doc->'refused'->>'collection' = 'buyers'", [
        YANGJIANG,
      ]);
      expect(Number(row?.bytes)).toBeLessThan(20_000);
    },
  }),
  attack<ReturnType<typeof newBuyer>>({
    name: 'a refused buyer with a business card photo and contact details',
    request: "POST /api/sync/buyers/push as yangjiang-fair: buyer with country 'UAE' (schema), e-mail, phone, card photo",
    postgres: true,
    as: ['yangjiang-fair'],
    setup: async () => newBuyer({ country: 'UAE', cardPhoto: `data:image/jpeg;base64,${'A'.repeat(4000)}` }),
    run: async (ctx, buyer) => api(ctx.app, 'POST', '/api/sync/buyers/push', { token: await ctx.token('yangjiang-fair'), body: [{ newDocumentState: buyer }] }),
    // The notice (stored in clear on every device) keeps the rest to fix and resubmit, and says what it left out.
    expect: (buyer) => ({
      status: 200,
      body: [{ ...buyer, _deleted: true }],
      refused: [{ by: 'yangjiang-fair', collection: 'buyers', doc: buyer, reason: 'schema', detail: /^\/country /, omitted: 'contactName, email, phone, cardPhoto' }],
    }),
  }),
  badPush('501 rows in one push', '501 valid products', () => Array.from({ length: 501 }, () => ({ newDocumentState: newProduct() })), BAD_PUSH),

  // Nesting.
  badPush('20,000-deep JSON inside a document', 'product with "x": {"a":{"a":… 20,000 levels', () => productWith(`"x":${deepObject(20_000)}`), TOO_DEEP, true),
  badPush('20,000-deep array as the body', '[[[[… 20,000 levels', () => `${'['.repeat(20_000)}${']'.repeat(20_000)}`, TOO_DEEP),
  attack<string>({
    name: 'a filing payload nested just past the limit (33 levels)',
    request: 'POST /api/sync/filings/push as yangjiang-knives: filing payload nested 30 levels (33 with the body)',
    as: [YANGJIANG],
    setup: async () => `[{"newDocumentState":${JSON.stringify(newFiling()).replace('"payload":{}', `"payload":${deepObject(30)}`)}}]`,
    run: (ctx, body) => pushRaw(ctx, body, '/api/sync/filings/push'),
    expect: TOO_DEEP,
  }),
  attack({
    name: '20,000-deep JSON as the checkpoint',
    request: 'GET /api/sync/products/pull?checkpoint={"a":{"a":… 20,000 levels',
    postgres: true,
    as: [YANGJIANG],
    run: (ctx) => pullWith(ctx, `checkpoint=${encodeURIComponent(deepObject(20_000))}`),
    expect: { status: 400, code: 'bad_checkpoint' },
  }),
  attack({
    name: '20,000-deep JSON as login credentials',
    request: 'POST /api/auth/login {"username": {"a":{"a":… 20,000 levels}',
    run: (ctx) => rawApi(ctx.app, 'POST', '/api/auth/login', `{"username":${deepObject(20_000)},"password":"x"}`),
    expect: { status: 400, code: 'bad_request' },
  }),

  // Prototype pollution: the body parser refuses these keys outright.
  badPush('"__proto__" key in a document', 'product with "__proto__": {"polluted": true} (raw JSON)', () => productWith('"__proto__":{"polluted":true}'), INVALID_JSON),
  badPush('"constructor.prototype" in a document', 'product with "constructor": {"prototype": {"polluted": true}}', () => productWith('"constructor":{"prototype":{"polluted":true}}'), INVALID_JSON),
  badPush('escaped "\\u005f\\u005fproto__" key', 'product with "\\u005f\\u005fproto__": {"polluted": true}', () => productWith('"\\u005f\\u005fproto__":{"polluted":true}'), INVALID_JSON),
  attack<string>({
    name: '"__proto__" deep inside a filing payload',
    request: 'POST /api/sync/filings/push as yangjiang-knives: payload {"lines":[{"__proto__":{"polluted":true}}]}',
    as: [YANGJIANG],
    setup: async () => `[{"newDocumentState":${JSON.stringify(newFiling()).replace('"payload":{}', '"payload":{"lines":[{"__proto__":{"polluted":true}}]}')}}]`,
    run: (ctx, body) => pushRaw(ctx, body, '/api/sync/filings/push'),
    expect: INVALID_JSON,
  }),
  attack({
    name: '"__proto__" in login credentials',
    request: 'POST /api/auth/login {"username": …, "password": …, "__proto__": {"isAdmin": true}}',
    run: (ctx) => rawApi(ctx.app, 'POST', '/api/auth/login', `{"username":"${YANGJIANG}","password":"tradewind-demo","__proto__":{"polluted":true}}`),
    expect: INVALID_JSON,
  }),
  attack({
    name: '"__proto__" in the checkpoint',
    request: 'GET /api/sync/products/pull?checkpoint={"tx":"1","id":"a","__proto__":{"polluted":true}}',
    as: [YANGJIANG],
    run: (ctx) => pullWith(ctx, `checkpoint=${encodeURIComponent('{"tx":"1","id":"a","__proto__":{"polluted":true}}')}`),
    expect: { status: 400, code: 'bad_checkpoint' },
  }),

  // Injection-shaped document ids: the id pattern refuses them before any SQL.
  ...(
    [
      ["'; DROP TABLE doc_products; --", JSON.stringify("'; DROP TABLE doc_products; --"), true],
      ['../../etc/passwd', '"../../etc/passwd"', true],
      ['a\u0000b', 'with a NUL byte "a\\u0000b"', true],
      ['%00', '"%00"', false],
      ['x'.repeat(41), 'of 41 characters', false],
      ['x'.repeat(100_000), 'of 100,000 characters', false],
      ['产品-1', '"产品-1"', false],
      ['😀', '"😀"', false],
      ['', '"" (empty)', false],
    ] as const
  ).map(([id, label, postgres]) => badPush(`hostile document id ${label}`, `product with id ${label}`, () => [{ newDocumentState: { ...newProduct(), id } }], BAD_PUSH, postgres)),
  badPush('non-string id (operator object)', 'product with id {"$ne": null}', () => [{ newDocumentState: { ...newProduct(), id: { $ne: null } } }], BAD_PUSH),
  badPush(
    'assumed and new states name different documents',
    '{assumedMasterState: id A, newDocumentState: id B}',
    () => [{ assumedMasterState: newProduct(), newDocumentState: newProduct() }],
    BAD_PUSH,
  ),
  badPush('_deleted that is not a boolean', 'product with "_deleted": "false"', () => [{ newDocumentState: { ...newProduct(), _deleted: 'false' } }], BAD_PUSH),
  attack<ReturnType<typeof newOrder>>({
    name: 'injection-shaped id inside a document (order line productId)',
    request: 'POST /api/sync/orders/push as yangjiang-knives: order line productId "\' OR 1=1 --"',
    as: [YANGJIANG],
    setup: async () => newOrder({ lines: [{ id: newId(), productId: "' OR 1=1 --", sku: 'LF-CH8', name: '厨师刀', quantity: 1, unitPrice: 650 }] }),
    run: (ctx, doc) => pushRows(ctx, [{ newDocumentState: doc }], '/api/sync/orders/push'),
    expect: (doc) => ({ status: 200, body: [{ ...doc, _deleted: true }], refused: [{ by: YANGJIANG, collection: 'orders', doc, reason: 'schema', detail: /^\/lines\/0\/productId / }] }),
  }),

  // Injection-shaped checkpoints and batch sizes.
  ...(
    [
      ['{"tx":"1; DROP TABLE x","id":"a"}', true],
      ['{"tx":"1","id":"a\' OR \'1\'=\'1"}', true],
      ['{"tx":"1","id":"a","extra":"x"}', true],
      ['[{"tx":"1","id":"a"}]', true],
      ['{"tx":{"$gt":"0"},"id":"a"}', true],
      ['{"tx":"18446744073709551616","id":"a"}', true],
      ['{"tx":1,"id":"a"}', false],
      ['{"tx":"1"}', false],
      ["'", false],
    ] as const
  ).map(([checkpoint, postgres]) =>
    attack({
      name: `injection-shaped checkpoint ${checkpoint}`,
      request: `GET /api/sync/products/pull?checkpoint=${checkpoint}`,
      postgres,
      as: [YANGJIANG],
      run: (ctx) => pullWith(ctx, `checkpoint=${encodeURIComponent(checkpoint)}`),
      expect: { status: 400, code: 'bad_checkpoint' },
    }),
  ),
  attack({
    name: 'checkpoint given twice',
    request: 'GET /api/sync/products/pull?checkpoint=null&checkpoint={"tx":"1","id":"a"}',
    as: [YANGJIANG],
    run: (ctx) => pullWith(ctx, `checkpoint=null&checkpoint=${encodeURIComponent('{"tx":"1","id":"a"}')}`),
    expect: { status: 400, code: 'bad_checkpoint' },
  }),
  ...(
    [
      [`batchSize=${encodeURIComponent('1;DROP TABLE doc_products')}`, true],
      ['batchSize=-1', false],
      ['batchSize=0', false],
      ['batchSize=1e9', false],
      ['batchSize=2.5', false],
      ['batchSize=1&batchSize=2', false],
    ] as const
  ).map(([query, postgres]) =>
    attack({
      name: `batch size ${decodeURIComponent(query)}`,
      request: `GET /api/sync/products/pull?${decodeURIComponent(query)}`,
      postgres,
      as: [YANGJIANG],
      run: (ctx) => pullWith(ctx, query),
      expect: { status: 400, code: 'bad_batch_size' },
    }),
  ),

  // Malformed bodies.
  badPush('push body that is an object', '{"newDocumentState": {…}}', () => ({ newDocumentState: newProduct() }), BAD_PUSH),
  badPush('push body null', 'null', () => 'null', BAD_PUSH),
  badPush('push row that is not an object', '["row"]', () => ['row'], BAD_PUSH),
  badPush('push row without a newDocumentState', '[{"assumedMasterState": null}]', () => [{ assumedMasterState: null }], BAD_PUSH),
  badPush('truncated JSON', '[{"newDocumentState":', () => '[{"newDocumentState":', INVALID_JSON),
  attack({
    name: 'push body sent as text/plain',
    request: `POST ${PUSH} as yangjiang-knives, content-type text/plain, body []`,
    as: [YANGJIANG],
    run: async (ctx) => rawApi(ctx.app, 'POST', PUSH, '[]', { token: await ctx.token(YANGJIANG), contentType: 'text/plain' }),
    expect: BAD_PUSH,
  }),

  // Round two (issue 13, item 3): work per device is bounded by cost, not only by count.
  attack({
    name: 'push budget: a device past its bytes for the minute',
    request: `POST /api/sync/orders/push ×2 (900 KB bodies) from device "bulky" on a platform taking 2 MB a minute per device, then 300 KB more`,
    ownPlatform: { pushCostPerMinute: 2_000_000 },
    as: [YANGJIANG],
    async setup(ctx) {
      const token = (await ctx.session(YANGJIANG, 'bulky')).accessToken;
      for (let i = 0; i < 2; i++) expect((await rawApi(ctx.app, 'POST', '/api/sync/orders/push', `[]${' '.repeat(900_000)}`, { token })).status).toBe(200);
    },
    run: async (ctx) =>
      rawApi(ctx.app, 'POST', '/api/sync/orders/push', JSON.stringify([{ newDocumentState: newOrder() }]) + ' '.repeat(300_000), { token: (await ctx.session(YANGJIANG, 'bulky')).accessToken }),
    // Refused before validation: the order is not stored, no notice is made.
    expect: { status: 429, code: 'over_budget', retryAfter: true },
    async verify(ctx) {
      // Per device: the owner's other device still syncs.
      expect(await push(ctx.app, await ctx.token(YANGJIANG), 'orders', [{ newDocumentState: newOrder() }])).toEqual([]);
    },
  }),

  // A push flood from one device.
  attack({
    name: 'push flood: the 601st push in a minute from one device',
    request: `POST /api/sync/orders/push ×600 ([]) from device "flood", then once more`,
    as: [YANGJIANG],
    async setup(ctx) {
      const token = (await ctx.session(YANGJIANG, 'flood')).accessToken;
      for (let i = 0; i < 600; i += 50) {
        const batch = await Promise.all(Array.from({ length: 50 }, () => api(ctx.app, 'POST', '/api/sync/orders/push', { token, body: [] })));
        expect(batch.map((response) => response.status)).toEqual(Array(50).fill(200));
      }
    },
    run: async (ctx) => api(ctx.app, 'POST', '/api/sync/orders/push', { token: (await ctx.session(YANGJIANG, 'flood')).accessToken, body: [{ newDocumentState: newOrder() }] }),
    expect: { status: 429, code: 'rate_limited', retryAfter: true },
    async verify(ctx) {
      // Per device: the owner's other device still syncs.
      expect(await push(ctx.app, await ctx.token(YANGJIANG), 'orders', [])).toEqual([]);
    },
  }),
];

describe.each(ENGINES)('adversarial: hostile input on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
