/**
 * Adversarial suite, part 3: well-formed pushes the platform must refuse — staff overstepping
 * their rights, server-owned fields, illegal state transitions, schema violations. Each refusal
 * is a conflict resolved in the platform's favour plus exactly one push_refused notice and one
 * audit row; no replicated document changes (see `attackSuite`).
 */
import { newId, type CollectionName } from '@tradewind/domain';
import { aReservation, aShipment } from '@tradewind/domain/testing';
import type { ReplicatedDoc } from '@tradewind/sync';
import { describe, expect } from 'vitest';
import { attack, type AttackContext, attackSuite, createdLines, type Refusal } from './support/attacks.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { edited, newFiling, newOrder, newProduct } from './support/documents.ts';
import { api } from './support/http.ts';
import { pullAll, push } from './support/replication.ts';
import { ENGINES } from './support/platform.ts';

const STAFF = 'yangjiang-fair';

type Doc = ReplicatedDoc;

/** A document as the owner's device holds it. */
async function stored(ctx: AttackContext, collection: CollectionName, match: (doc: Doc) => boolean): Promise<Doc> {
  const doc = (await pullAll(ctx.app, await ctx.token(YANGJIANG), collection)).documents.find(match);
  expect(doc, `a ${collection} document to attack`).toBeDefined();
  return doc!;
}

const product = (ctx: AttackContext, sku: string) => stored(ctx, 'products', (doc) => doc.sku === sku);
const profile = (ctx: AttackContext) => stored(ctx, 'merchant', (doc) => doc.id === 'profile');

/** The owner stores `docs` (a legitimate history the attack then starts from); returns the last. */
async function ownerStores(ctx: AttackContext, collection: CollectionName, ...docs: Doc[]): Promise<Doc> {
  let master: Doc | undefined;
  for (const doc of docs) {
    expect(await push(ctx.app, await ctx.token(YANGJIANG), collection, [{ ...(master ? { assumedMasterState: master } : {}), newDocumentState: doc }])).toEqual([]);
    master = doc;
  }
  return master!;
}

interface Write {
  master?: Doc;
  doc: Doc;
}

/**
 * One push row from `by` that the platform must refuse for `reason`: the stored document (or a
 * tombstone for a new one) comes back, plus one notice and one audit row.
 */
function refusedWrite(
  name: string,
  by: string,
  collection: CollectionName,
  reason: string,
  prepare: (ctx: AttackContext) => Promise<Write>,
  options: { detail?: string | RegExp; request?: string; postgres?: boolean } = {},
) {
  return attack<Write>({
    name,
    request: `POST /api/sync/${collection}/push as ${by}: ${options.request ?? name}`,
    postgres: options.postgres,
    as: [by],
    setup: prepare,
    run: async (ctx, { master, doc }) =>
      api(ctx.app, 'POST', `/api/sync/${collection}/push`, { token: await ctx.token(by), body: [{ ...(master ? { assumedMasterState: master } : {}), newDocumentState: doc }] }),
    expect: ({ master, doc }) => {
      const refusal: Refusal = { by, collection, doc, reason, ...(options.detail ? { detail: options.detail } : {}) };
      return { status: 200, body: [master ?? { ...doc, _deleted: true }], refused: [refusal] };
    },
  });
}

/** A write from `by` that must be stored (the positive controls). */
function acceptedWrite(name: string, by: string, collection: CollectionName, prepare: (ctx: AttackContext) => Promise<Write>, options: { postgres?: boolean } = {}) {
  return attack<Write>({
    name,
    request: `POST /api/sync/${collection}/push as ${by}: ${name.replace(/^control: /, '')}`,
    postgres: options.postgres,
    as: [by],
    setup: prepare,
    run: async (ctx, { master, doc }) =>
      api(ctx.app, 'POST', `/api/sync/${collection}/push`, { token: await ctx.token(by), body: [{ ...(master ? { assumedMasterState: master } : {}), newDocumentState: doc }] }),
    expect: ({ master, doc }) => ({ status: 200, body: [], changes: createdLines(by, collection, doc.id, !master ? 'create' : doc._deleted && !master._deleted ? 'delete' : 'update') }),
  });
}

const editOf = (master: Doc, fields: Record<string, unknown>): Write => ({ master, doc: edited(master, fields) });
const fresh = (doc: Doc): Write => ({ doc });
/** A tombstone over `master`, of `doc` when the deletion also edits it. */
const deletionOf = (master: Doc, doc: Doc = master): Write => ({ master, doc: { ...doc, _deleted: true } });
const deposit = () => ({ id: newId(), kind: 'deposit', amount: 39_000, at: new Date().toISOString() });
const evilAccount = { bankName: 'Evil Bank', bankNameEn: 'Evil Bank', bankAddress: '', accountName: 'Yangjiang Lifeng', accountNo: '6666 6666 6666', swift: 'EVILCNBJ', currency: 'USD' };

/** Fresh ids and times, so each attack starts from a document of its own. */
const stamps = () => ({ id: newId(), updatedAt: new Date().toISOString(), createdAt: new Date().toISOString() });
const newShipment = (fields: Record<string, unknown> = {}): Doc => ({ ...aShipment({ ...stamps(), reference: `YJ-${newId().slice(-8)}` }), _deleted: false, ...fields });
const newReservation = (fields: Record<string, unknown> = {}): Doc => ({ ...aReservation({ ...stamps(), at: new Date().toISOString(), orderId: newId() }), _deleted: false, ...fields });

const attacks = [
  // Staff (yangjiang-fair) may capture orders and tidy the catalogue, not touch the money side.
  refusedWrite('staff creates a filing already submitted', STAFF, 'filings', 'staff_cannot_submit', async () => fresh(newFiling({ status: 'submitted' }))),
  refusedWrite('staff submits a draft filing', STAFF, 'filings', 'staff_cannot_submit', async (ctx) => editOf(await ownerStores(ctx, 'filings', newFiling()), { status: 'submitted' }), {
    request: 'filing draft → submitted',
  }),
  refusedWrite('staff changes the bank account', STAFF, 'merchant', 'staff_forbidden_field', async (ctx) => editOf(await profile(ctx), { bankAccounts: [evilAccount] }), {
    detail: 'bankAccounts',
    request: 'profile with bankAccounts replaced',
  }),
  refusedWrite(
    'staff adds a bank account',
    STAFF,
    'merchant',
    'staff_forbidden_field',
    async (ctx) => {
      const master = await profile(ctx);
      return editOf(master, { bankAccounts: [...(master.bankAccounts as object[]), evilAccount] });
    },
    { detail: 'bankAccounts' },
  ),
  refusedWrite("staff changes a product's base price", STAFF, 'products', 'staff_forbidden_field', async (ctx) => editOf(await product(ctx, 'LF-CH8'), { price: { amount: 1, currency: 'USD' } }), {
    detail: 'price',
  }),
  refusedWrite(
    'staff sets a variant price',
    STAFF,
    'products',
    'staff_forbidden_field',
    async (ctx) => {
      const master = await product(ctx, 'LF-FK35');
      const [first, ...rest] = master.variants as Record<string, unknown>[];
      return editOf(master, { variants: [{ ...first, price: { amount: 1, currency: 'USD' } }, ...rest] });
    },
    { detail: 'variants.price' },
  ),
  // Regression (packages/domain/src/access/roles.ts, STAFF_FROZEN_FIELDS): `priceTiers` (quantity
  // breaks, added with the catalogue work) is not frozen for staff, yet orders/pricing.ts `listPrice`
  // prices order lines from it before the base price — staff can reprice any product. Fix:
  // `products: ['price', 'priceTiers']` (and arguably `cost`).
  refusedWrite(
    'staff sets quantity-break prices (priceTiers)',
    STAFF,
    'products',
    'staff_forbidden_field',
    async (ctx) => editOf(await product(ctx, 'LF-KS21'), { priceTiers: [{ minQuantity: 1, price: { amount: 1, currency: 'USD' } }] }),
    { detail: 'priceTiers' },
  ),
  // Regression (packages/domain/src/access/roles.ts, roleRefusal): frozen fields are only checked
  // on existing documents, so staff can create a merchant document carrying bank details of their
  // choosing. Fix: for staff, refuse a new `merchant` document (the platform creates the profile at
  // approval), e.g. `if (!master && collection === 'merchant') return { reason: 'staff_forbidden_field', detail: 'bankAccounts' }`.
  refusedWrite('staff creates a second merchant document with their bank account', STAFF, 'merchant', 'not_device_made', async (ctx) => {
    const { approvedAt: _approvedAt, ...rest } = await profile(ctx);
    return fresh({ ...rest, id: 'profile-2', updatedAt: new Date().toISOString(), bankAccounts: [evilAccount], _deleted: false });
  }),
  // Regression (packages/domain/src/rules/filing-lifecycle.ts, filingTransitionRefusal): a
  // soft delete of a submitted filing passes (status unchanged, content unchanged), so anyone —
  // even staff, who may not submit — can drop a filing that is with customs. "Withdraw it first"
  // should apply to deleting too. Fix: `if (from === 'submitted' && next._deleted === true) return
  // { reason: 'filing_locked', detail: '_deleted' }`.
  refusedWrite('staff deletes a filing that is with customs', STAFF, 'filings', 'filing_locked', async (ctx) => deletionOf(await ownerStores(ctx, 'filings', newFiling({ status: 'submitted' })))),
  acceptedWrite('control: staff captures an order at the fair', STAFF, 'orders', async () => fresh(newOrder({ number: 'YJ02-000001' }))),
  acceptedWrite("control: staff corrects a product's English name", STAFF, 'products', async (ctx) => editOf(await product(ctx, 'LF-TS10'), { nameEn: 'Tea scissors, 10 cm' })),

  // Fields and collections only the platform writes.
  refusedWrite(
    'device marks a filing cleared by customs',
    YANGJIANG,
    'filings',
    'server_owned_field',
    async (ctx) => editOf(await ownerStores(ctx, 'filings', newFiling({ status: 'submitted' })), { customsStatus: '800' }),
    {
      detail: 'customsStatus',
    },
  ),
  refusedWrite(
    'device adds a customs receipt',
    YANGJIANG,
    'filings',
    'server_owned_field',
    async (ctx) =>
      editOf(await ownerStores(ctx, 'filings', newFiling({ status: 'submitted' })), {
        receipts: [{ type: 'CEB604', at: new Date().toISOString(), code: '800', message: '放行 Released', documents: {} }],
      }),
    { detail: 'receipts' },
  ),
  refusedWrite('device creates a filing already accepted by customs', YANGJIANG, 'filings', 'server_owned_field', async () => fresh(newFiling({ customsStatus: '120' })), {
    detail: 'customsStatus',
  }),
  refusedWrite("device changes the merchant's approval date", YANGJIANG, 'merchant', 'server_owned_field', async (ctx) => editOf(await profile(ctx), { approvedAt: '2020-01-01T00:00:00.000Z' }), {
    detail: 'approvedAt',
  }),
  refusedWrite("device removes the merchant's approval date", YANGJIANG, 'merchant', 'server_owned_field', async (ctx) => editOf(await profile(ctx), { approvedAt: undefined }), {
    detail: 'approvedAt',
  }),
  refusedWrite('device edits overseas stock', YANGJIANG, 'stock', 'read_only_collection', async (ctx) => {
    const master = await stored(ctx, 'stock', (doc) => doc.sku === 'LF-CH8-G10');
    return editOf(master, { sellable: (master.sellable as number) + 10_000 });
  }),
  refusedWrite('device creates a stock row', YANGJIANG, 'stock', 'read_only_collection', async () =>
    fresh({
      id: newId(),
      updatedAt: new Date().toISOString(),
      sku: 'LF-CH8-G10',
      warehouse: 'USWE',
      provider: 'goodcang',
      sellable: 99_999,
      reserved: 0,
      inbound: 0,
      pendingPutaway: 0,
      unsellable: 0,
      asOf: new Date().toISOString(),
      _deleted: false,
    }),
  ),
  refusedWrite('device marks its shipment put away', YANGJIANG, 'shipments', 'server_owned_field', async (ctx) => editOf(await ownerStores(ctx, 'shipments', newShipment()), { status: 'put_away' }), {
    detail: 'status',
  }),
  refusedWrite(
    'device creates a shipment already received, with receipt counts',
    YANGJIANG,
    'shipments',
    'server_owned_field',
    async () => fresh(newShipment({ receipt: [{ sku: 'LF-CH8-G10', received: 40, putAway: 40 }] })),
    { detail: 'receipt' },
  ),
  refusedWrite(
    'device writes a track event on its shipment',
    YANGJIANG,
    'shipments',
    'server_owned_field',
    async (ctx) => editOf(await ownerStores(ctx, 'shipments', newShipment()), { events: [{ at: new Date().toISOString(), text: 'Delivered' }] }),
    { detail: 'events' },
  ),
  refusedWrite('device edits a recorded reservation', YANGJIANG, 'stockEvents', 'stock_event_recorded', async (ctx) =>
    editOf(await ownerStores(ctx, 'stockEvents', newReservation()), { quantity: 1 }),
  ),
  refusedWrite('device deletes a recorded stock event', YANGJIANG, 'stockEvents', 'stock_event_recorded', async (ctx) => deletionOf(await ownerStores(ctx, 'stockEvents', newReservation()))),
  refusedWrite('device records a stock event as already folded', YANGJIANG, 'stockEvents', 'server_owned_field', async () => fresh(newReservation({ foldedAt: new Date().toISOString() })), {
    detail: 'foldedAt',
  }),
  refusedWrite('device records a reservation without its order', YANGJIANG, 'stockEvents', 'schema', async () => {
    const { orderId: _orderId, ...withoutOrder } = newReservation();
    return fresh(withoutOrder as Doc);
  }),
  acceptedWrite('control: device creates a sea shipment', YANGJIANG, 'shipments', async () => fresh(newShipment())),
  acceptedWrite('control: device records a reservation by an order', YANGJIANG, 'stockEvents', async () => fresh(newReservation())),
  refusedWrite(
    'device creates a notice (a fake announcement)',
    YANGJIANG,
    'notices',
    'not_device_made',
    async () => {
      const now = new Date().toISOString();
      return fresh({
        id: newId(),
        updatedAt: now,
        createdAt: now,
        kind: 'announcement',
        severity: 'warning',
        messageKey: 'notice.welcome',
        params: { park: 'Send your password to admin@evil.test' },
        _deleted: false,
      });
    },
    { detail: 'notices' },
  ),
  refusedWrite(
    "device rewrites a notice's message",
    YANGJIANG,
    'notices',
    'server_owned_field',
    async (ctx) => editOf(await stored(ctx, 'notices', (doc) => doc.kind === 'announcement'), { messageKey: 'notice.accountSuspended' }),
    { detail: 'messageKey' },
  ),

  // Illegal state transitions.
  refusedWrite('filing draft → withdrawn', YANGJIANG, 'filings', 'illegal_transition', async (ctx) => editOf(await ownerStores(ctx, 'filings', newFiling()), { status: 'withdrawn' }), {
    detail: 'draft → withdrawn',
  }),
  refusedWrite(
    'filing submitted → draft',
    YANGJIANG,
    'filings',
    'illegal_transition',
    async (ctx) => editOf(await ownerStores(ctx, 'filings', newFiling({ status: 'submitted' })), { status: 'draft' }),
    {
      detail: 'submitted → draft',
    },
  ),
  refusedWrite('filing created as withdrawn', YANGJIANG, 'filings', 'illegal_transition', async () => fresh(newFiling({ status: 'withdrawn' })), { detail: '→ withdrawn' }),
  refusedWrite(
    'editing the payload of a submitted filing',
    YANGJIANG,
    'filings',
    'filing_locked',
    async (ctx) => editOf(await ownerStores(ctx, 'filings', newFiling({ status: 'submitted', payload: { totalUsd: 1000 } })), { payload: { totalUsd: 1 } }),
    { detail: 'payload' },
  ),
  refusedWrite('order quote → completed', YANGJIANG, 'orders', 'order_transition', async (ctx) => editOf(await ownerStores(ctx, 'orders', newOrder()), { status: 'completed' }), {
    detail: 'quote → completed',
  }),
  refusedWrite('order created as shipped', YANGJIANG, 'orders', 'order_transition', async () => fresh(newOrder({ status: 'shipped' })), { detail: '→ shipped' }),
  refusedWrite(
    'order marked "deposit received" without the deposit',
    YANGJIANG,
    'orders',
    'deposit_not_received',
    async (ctx) => editOf(await ownerStores(ctx, 'orders', newOrder({ status: 'confirmed' })), { status: 'deposit_received' }),
    { detail: 'confirmed → deposit_received' },
  ),
  refusedWrite('recorded payment rewritten', YANGJIANG, 'orders', 'order_payment_rewritten', async (ctx) => {
    const paid = deposit();
    return editOf(await ownerStores(ctx, 'orders', newOrder({ status: 'confirmed', payments: [paid] })), { payments: [{ ...paid, amount: 1 }] });
  }),
  refusedWrite('order number changed', YANGJIANG, 'orders', 'order_identity', async (ctx) => editOf(await ownerStores(ctx, 'orders', newOrder()), { number: 'YJ01-999999' }), { detail: 'number' }),
  refusedWrite(
    'order lines changed in production',
    YANGJIANG,
    'orders',
    'order_locked',
    async (ctx) => {
      const order = newOrder({ status: 'confirmed', payments: [deposit()] });
      const producing = await ownerStores(
        ctx,
        'orders',
        order,
        edited(order, { status: 'deposit_received' }),
        edited(order, { status: 'in_production', updatedAt: new Date(Date.now() + 2000).toISOString() }),
      );
      const lines = producing.lines as Record<string, unknown>[];
      return editOf(producing, { lines: [{ ...lines[0], quantity: 1 }] });
    },
    { detail: 'lines' },
  ),

  // Schema violations.
  ...(
    [
      ['an hsCode of two digits', { hsCode: '12' }, '/hsCode'],
      ['a fractional price', { price: { amount: 1.5, currency: 'USD' } }, '/price/amount'],
      ['a negative MOQ', { moq: -5 }, '/moq'],
      ['an unknown extra field', { isApproved: true }, '/isApproved'],
      ['wrong types', { name: 42, archived: 'no' }, '/name'],
      ['a 300-character SKU', { sku: 'S'.repeat(300) }, '/sku'],
      ['a non-date updatedAt', { updatedAt: "'; DROP TABLE doc_products; --" }, '/updatedAt'],
      ['a lowercase currency', { price: { amount: 100, currency: 'usd' } }, '/price/currency'],
    ] as const
  ).map(([what, fields, path]) =>
    refusedWrite(`new product with ${what}`, YANGJIANG, 'products', 'schema', async () => fresh(newProduct(fields)), {
      detail: new RegExp(`^${path} `),
      request: `new product with ${JSON.stringify(fields).length > 60 ? what : JSON.stringify(fields)}`,
    }),
  ),
  refusedWrite(
    'new product missing a required field (sku)',
    YANGJIANG,
    'products',
    'schema',
    async () => {
      const { sku: _sku, ...doc } = newProduct();
      return fresh(doc as Doc);
    },
    { detail: "/ must have required property 'sku'" },
  ),
  refusedWrite('an existing product edited into a schema violation', YANGJIANG, 'products', 'schema', async (ctx) => editOf(await product(ctx, 'LF-PR35D'), { moq: 0 })),
  refusedWrite('order with a negative quantity', YANGJIANG, 'orders', 'schema', async () =>
    fresh(newOrder({ lines: [{ id: newId(), productId: newId(), sku: 'LF-CH8', name: '厨师刀', quantity: -200, unitPrice: 650 }] })),
  ),
  // Round two (issue 13): who the merchant is stays as the park registered it.
  refusedWrite('owner sets the USCC to another merchant’s', YANGJIANG, 'merchant', 'server_owned_field', async (ctx) => editOf(await profile(ctx), { uscc: '91330621MA2BX7Q13L' }), {
    detail: 'uscc',
    postgres: true,
  }),
  refusedWrite(
    'owner renames the registered company to another merchant’s',
    YANGJIANG,
    'merchant',
    'server_owned_field',
    async (ctx) => editOf(await profile(ctx), { name: '绍兴柯桥锦绣纺织品有限公司' }),
    {
      detail: 'name',
      postgres: true,
    },
  ),
  refusedWrite('staff changes the registered name and USCC', STAFF, 'merchant', 'server_owned_field', async (ctx) => editOf(await profile(ctx), { name: '假公司', uscc: '91441700MA4UQ8RX3X' }), {
    postgres: true,
  }),
  acceptedWrite('control: the owner changes the contact person', YANGJIANG, 'merchant', async (ctx) => editOf(await profile(ctx), { contactName: '林经理' }), { postgres: true }),

  // Last: while the bug stands, this one deletes the profile the attacks above edit.
  // Regression (packages/domain/src/access/roles.ts, roleRefusal): a soft delete leaves every
  // field as it was, so the frozen-field check passes and staff can delete the merchant profile —
  // every device then drops it, bank details included. Fix: for staff, treat `_deleted` on a
  // collection with frozen fields (merchant) as changing them: refuse with staff_forbidden_field.
  refusedWrite('staff deletes the merchant profile (and its bank details)', STAFF, 'merchant', 'not_deletable', async (ctx) => deletionOf(await profile(ctx))),

  // Round two (issue 13): every rule holds for tombstones, restores and re-creations too.
  refusedWrite(
    'staff deletes a paid, completed order while erasing its payments and lines',
    STAFF,
    'orders',
    'order_not_deletable',
    async (ctx) => {
      const master = await paidCompletedOrder(ctx);
      return deletionOf(master, edited(master, { payments: [], lines: [] }));
    },
    { detail: 'completed', postgres: true },
  ),
  refusedWrite(
    'a quote deleted with a new number and lines (content smuggled into the tombstone)',
    STAFF,
    'orders',
    'tombstone_content',
    async (ctx) => {
      const master = await ownerStores(ctx, 'orders', newOrder());
      return deletionOf(master, edited(master, { lines: [] }));
    },
    { detail: 'lines', postgres: true },
  ),
  refusedWrite(
    'owner deletes a completed order unchanged (history is cancelled, never deleted)',
    YANGJIANG,
    'orders',
    'order_not_deletable',
    async (ctx) => deletionOf(await paidCompletedOrder(ctx)),
    { detail: 'completed', postgres: true },
  ),
  refusedWrite(
    'a deleted quote restored as completed and unpaid',
    YANGJIANG,
    'orders',
    'order_transition',
    async (ctx) => {
      const quote = newOrder();
      const master = await ownerStores(ctx, 'orders', quote, { ...edited(quote, {}), _deleted: true });
      return { master, doc: { ...edited(master, { status: 'completed', number: master.number }), _deleted: false } };
    },
    { postgres: true },
  ),
  refusedWrite(
    'a marketplace order created as completed with nothing paid',
    YANGJIANG,
    'orders',
    'balance_outstanding',
    async () => fresh(newOrder({ status: 'completed', channel: 'amazon', externalRef: 'amazon:113-0000000-0000001' })),
    { postgres: true },
  ),
  refusedWrite(
    'a second order with an existing order number',
    YANGJIANG,
    'orders',
    'duplicate_number',
    async (ctx) => {
      const first = await ownerStores(ctx, 'orders', newOrder());
      return fresh(newOrder({ number: first.number }));
    },
    { postgres: true },
  ),
  refusedWrite('staff deletes a product to re-create it cheaper', STAFF, 'products', 'staff_forbidden_field', async (ctx) => deletionOf(await product(ctx, 'LF-CH8')), {
    detail: '_deleted',
    postgres: true,
  }),
  refusedWrite(
    'staff withdraws a submitted filing',
    STAFF,
    'filings',
    'staff_cannot_withdraw',
    async (ctx) => {
      const draft = newFiling();
      const master = await ownerStores(ctx, 'filings', draft, edited(draft, { status: 'submitted' }));
      return editOf(master, { status: 'withdrawn' });
    },
    { postgres: true },
  ),
  refusedWrite('a device deletes a notice', YANGJIANG, 'notices', 'not_deletable', async (ctx) => deletionOf(await stored(ctx, 'notices', () => true)), { postgres: true }),
  acceptedWrite('control: the owner deletes an unpaid quote', YANGJIANG, 'orders', async (ctx) => deletionOf(await ownerStores(ctx, 'orders', newOrder())), { postgres: true }),
];

/** A completed order, paid in full, as the owner's devices recorded it step by step. */
async function paidCompletedOrder(ctx: AttackContext): Promise<Doc> {
  const quote = newOrder({ status: 'confirmed' });
  const total = 200 * 650;
  const confirmed = edited(quote, { payments: [{ id: newId(), kind: 'deposit', amount: total * 0.3, at: new Date().toISOString() }] });
  const deposited = edited(confirmed, { status: 'deposit_received' });
  const producing = edited(deposited, { status: 'in_production' });
  const shipped = edited(producing, { status: 'shipped' });
  const paid = edited(shipped, { payments: [...(shipped.payments as object[]), { id: newId(), kind: 'balance', amount: total * 0.7, at: new Date().toISOString() }] });
  return ownerStores(ctx, 'orders', quote, confirmed, deposited, producing, shipped, paid, edited(paid, { status: 'completed' }));
}

describe.each(ENGINES)('adversarial: refused writes on %s', (engine) => {
  attackSuite(engine, engine === 'pglite' ? attacks : attacks.filter((entry) => entry.postgres));
});
