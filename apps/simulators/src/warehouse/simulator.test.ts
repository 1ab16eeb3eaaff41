// The simulator's own guards, in process: what a provider refuses must be refused, or the adapter
// contract tests would pass against a simulator that accepts anything.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SEED } from './process.ts';
import { loadSeed } from './seed.ts';
import { createWarehouseSimulator } from './server.ts';

const seed = loadSeed(DEMO_SEED);
const gc = seed.goodcang.accounts[0]!;
const amazon = seed.fba.accounts[0]!;
let app: FastifyInstance;

beforeAll(async () => {
  app = createWarehouseSimulator(seed);
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

const goodCang = (path: string, body: object) => app.inject({ method: 'POST', url: `/goodcang/public_open/${path}`, headers: { 'app-key': gc.appKey, 'app-token': gc.appToken }, payload: body });

async function amazonToken(): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/fba/auth/o2/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: amazon.refreshToken, client_id: amazon.clientId, client_secret: amazon.clientSecret }).toString(),
  });
  return response.json<{ access_token: string }>().access_token;
}

describe('warehouse simulator guards', () => {
  it('GoodCang refuses more than 200 SKUs or a page over 200 in one call', async () => {
    const skus = Array.from({ length: 201 }, (_, index) => `S${index}`);
    expect((await goodCang('inventory/get_product_inventory', { product_sku_arr: skus })).json()).toMatchObject({ ask: 'Failure', Error: { errCode: 'PARAM_ERROR' } });
    expect((await goodCang('inventory/get_product_inventory', { pageSize: 201 })).json()).toMatchObject({ ask: 'Failure' });
    expect((await goodCang('inventory/get_product_inventory', { product_sku_arr: skus.slice(0, 200), pageSize: 200 })).json()).toMatchObject({ ask: 'Success', count: 0 });
  });

  it('GoodCang refuses a second inbound order with the same reference_no', async () => {
    const order = { reference_no: 'TW-DUP', receiving_shipping_type: 0, warehouse_code: 'USEA', items: [{ box_no: 'C1', box_details: [{ product_sku: 'A', quantity: 1 }] }] };
    expect((await goodCang('inbound_order/create_grn', order)).json()).toMatchObject({ ask: 'Success' });
    expect((await goodCang('inbound_order/create_grn', order)).json()).toMatchObject({ ask: 'Failure', message: expect.stringMatching(/already exists/) });
  });

  it('Amazon refuses more than 50 sellerSkus, and answers 429 above 2 requests a second', async () => {
    const token = await amazonToken();
    const summaries = (skus: string[]) =>
      app.inject({
        method: 'GET',
        url: `/fba/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER&sellerSkus=${skus.join(',')}`,
        headers: { 'x-amz-access-token': token },
      });
    const tooMany = await summaries(Array.from({ length: 51 }, (_, index) => `S${index}`));
    expect(tooMany.statusCode).toBe(400);
    const burst = await Promise.all(Array.from({ length: 6 }, () => summaries(['A'])));
    const refused = burst.filter((response) => response.statusCode === 429);
    expect(refused.length).toBeGreaterThanOrEqual(3);
    expect(refused[0]!.json()).toMatchObject({ errors: [{ code: 'QuotaExceeded' }] });
  });

  it('Amazon refuses a made-up access token and a wrong client secret', async () => {
    const call = await app.inject({
      method: 'GET',
      url: '/fba/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER',
      headers: { 'x-amz-access-token': 'Atza|made-up' },
    });
    expect(call.statusCode).toBe(403);
    const token = await app.inject({
      method: 'POST',
      url: '/fba/auth/o2/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `grant_type=refresh_token&refresh_token=x&client_id=${amazon.clientId}&client_secret=wrong`,
    });
    expect(token.statusCode).toBe(401);
    expect(token.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('refuses unknown fault switches and a clock moved backwards, changing nothing', async () => {
    expect((await app.inject({ method: 'PUT', url: '/admin/faults/goodcang', payload: { meteorStrike: true } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'PUT', url: '/admin/faults/goodcang', payload: { shortUnits: -1 } })).statusCode).toBe(400);
    expect((await app.inject({ method: 'GET', url: '/admin/faults/goodcang' })).json()).toMatchObject({ shortUnits: 0 });
    expect((await app.inject({ method: 'POST', url: '/admin/clock/advance', payload: { days: -3 } })).statusCode).toBe(400);
  });
});
