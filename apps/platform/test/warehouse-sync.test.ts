// The warehouse sync job against the provider simulator process, on both engines.
import { aReservation, aShipment } from '@tradewind/domain/testing';
import { newId, type NoticeDoc, type ShipmentDoc, type StockDoc, type StockEventDoc } from '@tradewind/domain';
import { DEMO_SEED, loadSeed, startWarehouseSimulator, type RunningSimulator } from '@tradewind/simulators/warehouse';
import type { ReplicatedDoc } from '@tradewind/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob } from '../src/jobs/index.ts';
import { WAREHOUSE_SYNC_JOB } from '../src/warehouses/sync/sync-job.ts';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { edited, newOrder } from './support/documents.ts';
import { api, login } from './support/http.ts';
import { ENGINES, startPlatform, type Engine, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';

const SLOW = 120_000;
const WAIT = { timeout: 30_000, interval: 200 };
const SEA_LCL_TO_PUT_AWAY_DAYS = 61;
const seed = loadSeed(DEMO_SEED);
const goodcang = seed.goodcang.accounts[0]!;
/** Every credential value the demo park holds: none may leave the platform. */
const SECRETS = [
  goodcang.appToken,
  seed.winit.accounts[0]!.clientSecret,
  seed.winit.accounts[0]!.token,
  seed.fba.accounts[0]!.clientSecret,
  seed.fba.accounts[0]!.refreshToken,
  seed['4px'].accounts[0]!.appSecret,
];

const carton = (number: string, quantity = 40) => ({ number, lengthMm: 600, widthMm: 400, heightMm: 380, weightG: 17_800, lines: [{ sku: 'LF-CH8-G10', quantity }] });
const madeNow = () => ({ updatedAt: new Date().toISOString(), createdAt: new Date().toISOString() });

describe.each(ENGINES)('the warehouse sync job against the provider simulator on %s', (engine: Engine) => {
  let sim: RunningSimulator;
  let platform: TestPlatform;
  let token: string;
  let runs = 0;
  beforeAll(async () => {
    sim = await startWarehouseSimulator();
    platform = await startPlatform(engine, {
      platform: { warehouseApi: sim.url, warehouseSync: { intervalMs: 3_600_000, timeoutMs: 1_000 }, jobs: { pollMs: 100, backoffBaseMs: 100, backoffMaxMs: 400 } },
    });
    token = await login(platform.app, YANGJIANG);
  }, SLOW);
  afterAll(async () => {
    await platform?.close();
    await sim?.stop();
  });

  /** Runs the account's sync now (as the schedule does at each interval) and waits until the queue has done it. */
  const syncNow = async (provider = 'goodcang') => {
    const key = `test:${engine}:${++runs}`;
    await platform.db.transaction((q) => enqueueJob(q, { kind: WAREHOUSE_SYNC_JOB, key, tenantId: YANGJIANG, payload: { provider }, maxAttempts: 10 }));
    await expect.poll(async () => (await platform.db.query<{ status: string }>('SELECT status FROM jobs WHERE idempotency_key = $1', [key]))[0]?.status, WAIT).toMatch(/done|failed/);
  };
  const docs = async <T>(collection: string) => (await pullAll(platform.app, token, collection)).documents as unknown as (T & ReplicatedDoc)[];
  const stockOf = async (sku: string, warehouse = 'gc-us-west') => (await docs<StockDoc>('stock')).find((doc) => doc.sku === sku && doc.warehouse === warehouse)!;
  /** The newest snapshot the platform holds from the provider (the document keeps its own `asOf` while the figures are confirmed). */
  const heldAsOf = async (sku: string) =>
    (await platform.db.query<{ as_of: string }>("SELECT snapshot->>'asOf' AS as_of FROM warehouse_snapshots WHERE tenant_id = $1 AND warehouse = 'gc-us-west' AND sku = $2", [YANGJIANG, sku]))[0]!
      .as_of;
  const notices = (key: string) => docs<NoticeDoc>('notices').then((all) => all.filter((notice) => notice.messageKey === key));

  it(
    'pulls every page of every connected warehouse, each row dated by the provider',
    async () => {
      await syncNow('goodcang');
      await syncNow('fba');
      const stock = await docs<StockDoc>('stock');
      // Generated SKUs (230 at GoodCang, 120 at FBA) + the seed's own rows (GoodCang pages are 200 rows, FBA's 50).
      expect(stock.filter((doc) => doc.warehouse === 'gc-us-west')).toHaveLength(230 + 2);
      expect(stock.filter((doc) => doc.warehouse === 'fba-us')).toHaveLength(120 + 3);
      const chef = await stockOf('LF-CH8-G10');
      expect(chef).toMatchObject({ provider: 'goodcang', sellable: 1060, reserved: 180, inbound: 600, unsellable: 3, productId: expect.any(String) });
      expect(Date.now() - Date.parse(chef.asOf)).toBeLessThan(60_000);

      // A run that finds the same figures rewrites no document, so devices have nothing to pull.
      const { checkpoint } = await pullAll(platform.app, token, 'stock');
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await syncNow('goodcang');
      expect((await pullAll(platform.app, token, 'stock', checkpoint)).documents).toEqual([]);
    },
    SLOW,
  );

  it(
    'sends a shipment made offline as one ASN, follows it to put-away and records the carton that never arrived',
    async () => {
      const shipment = aShipment({ id: newId(), ...madeNow(), reference: `YJ01-SH-${newId().slice(-6)}`, cartons: [carton('C1'), carton('C2'), carton('C3')] });
      const event: StockEventDoc = {
        id: newId(),
        ...madeNow(),
        kind: 'shipment_created',
        at: new Date().toISOString(),
        warehouse: 'gc-us-west',
        shipmentId: shipment.id,
        lines: [{ sku: 'LF-CH8-G10', quantity: 120 }],
      };
      await sim.setFaults('goodcang', { lostCartons: 1 });
      // GoodCang dates its figures to the second, and a figure with the asOf already held is a replay:
      // an hour on, the figures after the ASN are newer than those the earlier tests pulled.
      await sim.advanceClock(1 / 24);
      expect(await push(platform.app, token, 'shipments', [{ newDocumentState: { ...shipment, _deleted: false } }])).toEqual([]);
      expect(await push(platform.app, token, 'stockEvents', [{ newDocumentState: { ...event, _deleted: false } }])).toEqual([]);
      // The push asks for the sync at once; a scheduled run right after sends nothing more.
      await expect.poll(async () => (await docs<ShipmentDoc>('shipments')).find((doc) => doc.id === shipment.id)?.providerRef, WAIT).toBeTruthy();
      await syncNow();
      expect((await sim.inboundOrders()).filter((order) => order.sellerRef === shipment.reference)).toHaveLength(1);
      expect((await docs<StockEventDoc>('stockEvents')).find((doc) => doc.id === event.id)?.foldedAt).toBeTruthy();
      expect((await stockOf('LF-CH8-G10')).inbound).toBe(600 + 120);

      await sim.advanceClock(SEA_LCL_TO_PUT_AWAY_DAYS);
      await syncNow();
      const done = (await docs<ShipmentDoc>('shipments')).find((doc) => doc.id === shipment.id)!;
      expect(done).toMatchObject({ status: 'put_away', providerStatus: '5', receipt: [{ sku: 'LF-CH8-G10', received: 80, putAway: 80 }] });
      expect(await notices('notice.warehouse.shortfall')).toEqual([expect.objectContaining({ params: { reference: shipment.reference, short: '40', skus: 'LF-CH8-G10 −40' } })]);
      expect(await stockOf('LF-CH8-G10')).toMatchObject({ sellable: 1060 + 80, inbound: 600 });
      await sim.clearFaults('goodcang');
    },
    SLOW,
  );

  it(
    'keeps an order’s reservation over every later snapshot, ignores a stale snapshot and releases the units when the order is cancelled',
    async () => {
      const before = await stockOf('LF-FK35-BLK');
      const order = newOrder({ status: 'confirmed' });
      const reservation = aReservation({ id: newId(), ...madeNow(), at: new Date().toISOString(), orderId: order.id, sku: 'LF-FK35-BLK', quantity: 15 });
      await push(platform.app, token, 'orders', [{ newDocumentState: order }]);
      await push(platform.app, token, 'stockEvents', [{ newDocumentState: { ...reservation, _deleted: false } }]);
      await syncNow();
      const reserved = await stockOf('LF-FK35-BLK');
      expect(reserved).toMatchObject({ sellable: before.sellable - 15, reserved: before.reserved + 15 });
      expect((await docs<StockEventDoc>('stockEvents')).find((doc) => doc.id === reservation.id)?.foldedAt).toBeTruthy();

      await sim.setFaults('goodcang', { staleSnapshotHours: 48 });
      await syncNow();
      expect(await stockOf('LF-FK35-BLK')).toMatchObject({ sellable: reserved.sellable, reserved: reserved.reserved, asOf: reserved.asOf });
      expect(await heldAsOf('LF-FK35-BLK')).toBe(reserved.asOf);
      await sim.clearFaults('goodcang');
      await new Promise((resolve) => setTimeout(resolve, 1_100)); // the provider dates its answers to the second
      await syncNow();
      expect(Date.parse(await heldAsOf('LF-FK35-BLK'))).toBeGreaterThan(Date.parse(reserved.asOf));
      expect(await stockOf('LF-FK35-BLK')).toMatchObject({ sellable: reserved.sellable, reserved: reserved.reserved });

      await push(platform.app, token, 'orders', [{ assumedMasterState: order, newDocumentState: edited(order, { status: 'cancelled' }) }]);
      await syncNow();
      expect(await stockOf('LF-FK35-BLK')).toMatchObject({ sellable: before.sellable, reserved: before.reserved });
    },
    SLOW,
  );

  it(
    'waits out a provider answering 503 and then sends the ASN once',
    async () => {
      await sim.setFaults('goodcang', { serverError: true });
      const shipment = aShipment({ id: newId(), ...madeNow(), reference: `YJ01-SH-${newId().slice(-6)}` });
      await push(platform.app, token, 'shipments', [{ newDocumentState: { ...shipment, _deleted: false } }]);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect((await docs<ShipmentDoc>('shipments')).find((doc) => doc.id === shipment.id)?.providerRef).toBeUndefined();
      await sim.clearFaults('goodcang');
      await expect.poll(async () => (await docs<ShipmentDoc>('shipments')).find((doc) => doc.id === shipment.id)?.providerRef, WAIT).toBeTruthy();
      expect((await sim.inboundOrders()).filter((order) => order.sellerRef === shipment.reference)).toHaveLength(1);
      expect(await notices('notice.warehouse.failed.unavailable')).toEqual([]);
    },
    SLOW,
  );

  it(
    'tells the merchant once, in a notice without the secret, when the provider refuses the credentials, and again when they work',
    async () => {
      const account = (appToken: string) => ({ credentials: { appKey: goodcang.appKey, appToken }, warehouses: { 'gc-us-west': 'USWE' } });
      const set = await api(platform.app, 'PUT', '/api/warehouses/accounts/goodcang', { token, body: account('a-token-the-provider-never-issued') });
      expect(set.status).toBe(200);
      expect(JSON.stringify(set.body)).not.toContain('a-token-the-provider-never-issued');
      await syncNow();
      await syncNow();
      expect(await notices('notice.warehouse.failed.credentials')).toEqual([expect.objectContaining({ severity: 'error', params: { provider: 'goodcang' } })]);
      expect((await api(platform.app, 'PUT', '/api/warehouses/accounts/goodcang', { token, body: account(goodcang.appToken) })).status).toBe(200);
      await syncNow();
      expect(await notices('notice.warehouse.restored')).toHaveLength(1);
    },
    SLOW,
  );

  it('lets only the owner set an account, with a clear error for what is missing, and never shows the credentials', async () => {
    const staff = await login(platform.app, 'yangjiang-fair');
    const body = { credentials: { appKey: 'k', appToken: 't' }, warehouses: { 'gc-us-west': 'USWE' } };
    expect(await api(platform.app, 'PUT', '/api/warehouses/accounts/goodcang', { token: staff, body })).toMatchObject({ status: 403, body: { error: { code: 'owner_only' } } });
    expect(await api(platform.app, 'PUT', '/api/warehouses/accounts/dhl', { token, body })).toMatchObject({ status: 404, body: { error: { code: 'unknown_provider' } } });
    const missing = await api(platform.app, 'PUT', '/api/warehouses/accounts/winit', { token, body });
    expect(missing).toMatchObject({ status: 400, body: { error: { code: 'bad_warehouse_account', message: expect.stringContaining('token, clientId, clientSecret, platform') } } });
    const listed = await api<{ provider: string }[]>(platform.app, 'GET', '/api/warehouses/accounts', { token });
    expect(listed.body.map((account) => account.provider)).toEqual(['fba', 'goodcang', 'winit']);
    expect(JSON.stringify(listed.body)).not.toMatch(new RegExp(SECRETS.map((secret) => secret.replace(/[|.]/g, '\\$&')).join('|')));
  });

  it('never hands a credential to a device in any pull, and another tenant cannot touch this merchant’s shipments', async () => {
    const all = await Promise.all(['stock', 'shipments', 'stockEvents', 'notices', 'merchant', 'filings'].map((collection) => pullAll(platform.app, token, collection)));
    const text = JSON.stringify(all);
    for (const secret of SECRETS) expect(text).not.toContain(secret);

    const [mine] = (await docs<ShipmentDoc>('shipments')).filter((doc) => doc.providerRef && doc.status === 'put_away');
    const other = await login(platform.app, SHAOXING);
    await push(platform.app, other, 'shipments', [{ newDocumentState: { ...mine!, status: 'submitted', cartons: [carton('X9', 1)], updatedAt: new Date().toISOString() } }]);
    expect((await docs<ShipmentDoc>('shipments')).find((doc) => doc.id === mine!.id)).toMatchObject({ status: 'put_away', cartons: mine!.cartons });
  });
});
