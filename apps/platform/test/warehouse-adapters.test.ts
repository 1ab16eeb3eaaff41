// Every warehouse adapter against the provider simulators, started as a real process.
import { setTimeout as sleep } from 'node:timers/promises';
import { mergeSnapshot, reconcileReceipt, type Carton, type StockBuckets } from '@tradewind/domain';
import { DEMO_SEED, loadSeed, seedStock, startWarehouseSimulator, type RunningSimulator, type SimProvider } from '@tradewind/simulators/warehouse';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isWarehouseError } from '../src/warehouses/errors.ts';
import type { WarehouseProvider } from '../src/warehouses/provider.ts';
import { createWarehouseProvider, type WarehouseConnection } from '../src/warehouses/registry.ts';

const seed = loadSeed(DEMO_SEED);
const TIMEOUT_MS = 1_000;
const SEA_LCL_TO_PUT_AWAY_DAYS = 61;

interface ProviderCase {
  provider: SimProvider;
  /** Our warehouse id and the provider's code for it. */
  warehouse: [string, string];
  /** Where the provider's API sits below the simulator's root. */
  path: string;
  /** The connection's fields of this provider alone: credentials and the like. */
  credentials(url: string): object;
  /** The credential the provider checks, replaced to test a wrong secret. */
  secret: string;
  /** What the provider's wire can tell of seeded buckets. */
  visible(row: StockBuckets): StockBuckets;
  pageSize: number;
  /** Providers that say what they received per SKU (Amazon's inbound API does not). */
  reportsReceipt: boolean;
  /** The provider's own code for "put away". */
  putAwayStatus: string;
}

const gc = seed.goodcang.accounts[0]!;
const wi = seed.winit.accounts[0]!;
const px = seed['4px'].accounts[0]!;
const amazon = seed.fba.accounts[0]!;

const CASES: ProviderCase[] = [
  {
    provider: 'goodcang',
    warehouse: ['gc-us-east', 'USEA'],
    path: 'goodcang/public_open',
    credentials: () => ({ appKey: gc.appKey, appToken: gc.appToken }),
    secret: 'appToken',
    visible: (row) => row,
    pageSize: 200,
    reportsReceipt: true,
    putAwayStatus: '5',
  },
  {
    provider: 'winit',
    warehouse: ['winit-uk', 'UKBH'],
    path: 'winit',
    credentials: () => ({ appKey: wi.appKey, token: wi.token, clientId: wi.clientId, clientSecret: wi.clientSecret, platform: wi.platform }),
    secret: 'clientSecret',
    visible: (row) => ({ ...row, inbound: row.inbound + row.pendingPutaway, pendingPutaway: 0 }),
    pageSize: 100,
    reportsReceipt: true,
    putAwayStatus: 'SHD',
  },
  {
    provider: '4px',
    warehouse: ['4px-de', 'DEFRA'],
    path: '4px',
    credentials: () => ({ appKey: px.appKey, appSecret: px.appSecret }),
    secret: 'appSecret',
    visible: (row) => ({ ...row, reserved: 0 }),
    pageSize: 50,
    reportsReceipt: true,
    putAwayStatus: 'C',
  },
  {
    provider: 'fba',
    warehouse: ['fba-us', 'ATVPDKIKX0DER'],
    path: 'fba',
    credentials: (url) => ({
      tokenUrl: `${url}/fba/auth/o2/token`,
      clientId: amazon.clientId,
      clientSecret: amazon.clientSecret,
      refreshToken: amazon.refreshToken,
      shipFrom: { name: 'Yangjiang Knives', addressLine1: '1 Industrial Rd', city: 'Yangjiang', countryCode: 'CN', postalCode: '529500', phoneNumber: '+86 662 0000000' },
    }),
    secret: 'clientSecret',
    visible: (row) => row,
    pageSize: 50,
    reportsReceipt: false,
    putAwayStatus: 'CLOSED',
  },
];

/** The connection of a case's warehouse to the simulator at `url`. */
function connect(c: ProviderCase, url: string, wrongSecret = false): WarehouseConnection {
  const [warehouse, code] = c.warehouse;
  const credentials = { ...c.credentials(url), ...(wrongSecret ? { [c.secret]: 'not-the-secret' } : {}) };
  return { provider: c.provider, baseUrl: `${url}/${c.path}`, warehouses: { [warehouse]: code }, timeoutMs: TIMEOUT_MS, ...credentials } as WarehouseConnection;
}

const ACCOUNTS = { goodcang: gc, winit: wi, '4px': px, fba: amazon };

const carton = (number: string, sku: string, quantity: number): Carton => ({ number, lengthMm: 600, widthMm: 400, heightMm: 350, weightG: 16_500, lines: [{ sku, quantity }] });
const bucketsOf = ({ sellable, reserved, inbound, pendingPutaway, unsellable }: StockBuckets): StockBuckets => ({ sellable, reserved, inbound, pendingPutaway, unsellable });

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startWarehouseSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

describe.each(CASES)('$provider adapter against its simulator', (c) => {
  const [warehouse, code] = c.warehouse;
  const seeded = seedStock(ACCOUNTS[c.provider], seed.random).filter((row) => row.warehouse === code);
  let adapter: WarehouseProvider;
  beforeAll(() => {
    adapter = createWarehouseProvider(connect(c, sim.url));
  });
  afterEach(async () => {
    await sim.clearFaults(c.provider);
  });

  it('lists every SKU of the warehouse over more than one page, with the figures the provider holds', async () => {
    expect(seeded.length).toBeGreaterThan(c.pageSize);
    const stock = await adapter.listStock({ warehouse });
    expect(stock).toHaveLength(seeded.length);
    const bySku = new Map(stock.map((row) => [row.sku, row]));
    for (const row of seeded) expect(bucketsOf(bySku.get(row.sku)!), row.sku).toEqual(c.visible(bucketsOf(row)));
    expect(stock.every((row) => row.warehouse === warehouse && row.provider === c.provider && !Number.isNaN(Date.parse(row.asOf)))).toBe(true);
  });

  it('asks for a SKU list longer than the provider takes in one call in calls it accepts', async () => {
    const wanted = [...seeded.slice(0, 230).map((row) => row.sku), 'NOT-A-SKU'];
    const stock = await adapter.listStock({ warehouse, skus: wanted });
    expect(stock.map((row) => row.sku).sort()).toEqual(wanted.slice(0, -1).sort());
  });

  it('gives each SKU once when the provider repeats rows across pages', async () => {
    await sim.setFaults(c.provider, { duplicatePages: true });
    const stock = await adapter.listStock({ warehouse });
    expect(stock).toHaveLength(seeded.length);
    expect(new Set(stock.map((row) => row.sku)).size).toBe(seeded.length);
  });

  it('reports a wrong secret, refused by the provider, as a credentials error that no retry fixes', async () => {
    const wrong = createWarehouseProvider(connect(c, sim.url, true));
    const error = await wrong.listStock({ warehouse }).catch((caught: unknown) => caught);
    expect(isWarehouseError(error, 'credentials')).toBe(true);
    expect(error).toMatchObject({ provider: c.provider, retryable: false });
  });

  it('dates a stale snapshot in the past, so it never replaces the newer one held', async () => {
    const [fresh] = await adapter.listStock({ warehouse, skus: [seeded[0]!.sku] });
    await sim.setFaults(c.provider, { staleSnapshotHours: 48 });
    const [stale] = await adapter.listStock({ warehouse, skus: [seeded[0]!.sku] });
    expect(Date.parse(stale!.asOf)).toBeLessThan(Date.parse(fresh!.asOf));
    expect(mergeSnapshot(fresh, stale!)).toBe(fresh);
  });

  it('reports a provider answering 5xx, then one not answering, as unavailable and retryable, and works again after', async () => {
    await sim.setFaults(c.provider, { serverError: true });
    await expect(adapter.listStock({ warehouse, skus: [seeded[0]!.sku] })).rejects.toMatchObject({ kind: 'unavailable', retryable: true });
    await sim.setFaults(c.provider, { serverError: false, delayMs: TIMEOUT_MS * 3 });
    await expect(adapter.listStock({ warehouse, skus: [seeded[0]!.sku] })).rejects.toMatchObject({ kind: 'unavailable', retryable: true, message: expect.stringMatching(/no answer within/) });
    await sim.clearFaults(c.provider);
    expect(await adapter.listStock({ warehouse, skus: [seeded[0]!.sku] })).toHaveLength(1);
  });

  it('makes one inbound order however often it is created, also when the first answer was lost', async () => {
    const request = { reference: `TW-${c.provider}-IDEM`, warehouse, mode: 'air' as const, cartons: [carton('C1', `CT-${c.provider}-IDEM`, 10)] };
    await sim.setFaults(c.provider, { delayMs: TIMEOUT_MS * 2 });
    await expect(adapter.createInbound(request)).rejects.toMatchObject({ kind: 'unavailable' });
    await sim.clearFaults(c.provider);
    await sleep(TIMEOUT_MS * 3);
    const first = await adapter.createInbound(request);
    const again = await adapter.createInbound(request);
    expect(again).toEqual({ providerRef: first.providerRef, created: false });
    const made = (await sim.inboundOrders()).filter((order) => order.provider === c.provider && order.sellerRef === request.reference);
    expect(made).toHaveLength(1);
  });

  it('reports an inbound order the provider does not know as not found', async () => {
    await expect(adapter.getInbound('NO-SUCH-ORDER')).rejects.toMatchObject({ kind: 'not_found', retryable: false });
  });

  it('runs a sea shipment on the virtual clock to put-away, showing a lost carton as the shortfall and the new sellable stock', async () => {
    const [full, short] = [`CT-${c.provider}-KNIFE`, `CT-${c.provider}-SCISSORS`];
    const cartons = [carton('C1', full, 24), carton('C2', full, 24), carton('C3', short, 12)];
    await sim.setFaults(c.provider, c.reportsReceipt ? { lostCartons: 1 } : { shortUnits: 12 });
    const { providerRef, created } = await adapter.createInbound({ reference: `TW-${c.provider}-SEA`, warehouse, mode: 'sea_lcl', cartons });
    expect(created).toBe(true);
    const placed = await adapter.getInbound(providerRef);
    expect(placed).toMatchObject({ reference: `TW-${c.provider}-SEA`, status: 'submitted', receipt: null });

    await sim.advanceClock(SEA_LCL_TO_PUT_AWAY_DAYS);
    const done = await adapter.getInbound(providerRef);
    expect(done).toMatchObject({ status: 'put_away', providerStatus: c.putAwayStatus });
    expect(done.events.length).toBeGreaterThan(0);
    const stock = new Map((await adapter.listStock({ warehouse, skus: [full, short] })).map((row) => [row.sku, row]));
    if (c.reportsReceipt) {
      const reconciliation = reconcileReceipt(cartons, done.receipt!);
      expect(reconciliation).toMatchObject({ shortUnits: 12, settled: true });
      expect(reconciliation.lines.find((line) => line.sku === short)).toMatchObject({ declared: 12, received: 0, short: 12 });
      expect(stock.get(full)).toMatchObject({ sellable: 48, inbound: 0, pendingPutaway: 0 });
      expect(stock.get(short)?.sellable ?? 0).toBe(0);
    } else {
      // Amazon's inbound API says nothing of quantities: the shortfall shows only in stock.
      expect(done.receipt).toBeNull();
      expect(stock.get(full)).toMatchObject({ sellable: 36, inbound: 0, pendingPutaway: 0 });
      expect(stock.get(short)).toMatchObject({ sellable: 12 });
    }
  });
});

it('refuses, before sending anything, a mode the provider does not carry', async () => {
  const adapter = createWarehouseProvider(connect(CASES[0]!, sim.url));
  const before = (await sim.inboundOrders()).length;
  await expect(adapter.createInbound({ reference: 'TW-TRUCK', warehouse: 'gc-us-east', mode: 'truck', cartons: [carton('C1', 'A', 1)] })).rejects.toMatchObject({
    kind: 'bad_request',
    message: expect.stringMatching(/no truck/),
  });
  expect(await sim.inboundOrders()).toHaveLength(before);
});

it('waits out Amazon’s 2 requests a second instead of failing when many lists run at once', async () => {
  const adapter = createWarehouseProvider(connect(CASES[3]!, sim.url));
  const skus = seedStock(amazon, seed.random)
    .slice(0, 6)
    .map((row) => row.sku);
  const lists = await Promise.all(skus.map((sku) => adapter.listStock({ warehouse: 'fba-us', skus: [sku] })));
  expect(lists.map((list) => list.map((row) => row.sku))).toEqual(skus.map((sku) => [sku]));
});

describe('signed timestamps', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(CASES.filter((c) => c.provider === 'winit' || c.provider === '4px'))('$provider refuses a call signed with a clock 20 minutes slow, and the adapter says so', async (c) => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 20 * 60_000 });
    const adapter = createWarehouseProvider(connect(c, sim.url));
    await expect(adapter.listStock({ warehouse: c.warehouse[0], skus: ['ANY'] })).rejects.toMatchObject({ kind: 'bad_request', message: expect.stringMatching(/timestamp/i) });
  });
});
