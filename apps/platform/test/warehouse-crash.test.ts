import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, type ShipmentDoc } from '@tradewind/domain';
import { aShipment } from '@tradewind/domain/testing';
import { DEMO_SEED, loadSeed, startWarehouseSimulator } from '@tradewind/simulators/warehouse';
import { expect, it } from 'vitest';
import { YANGJIANG } from './support/demo-accounts.ts';
import { httpLogin, spawnPlatform, waitHealthy, type PlatformProcess } from './processes.ts';

const SHIPMENTS = 3;
const seed = loadSeed(DEMO_SEED);
const SECRETS = [seed.goodcang.accounts[0]!.appToken, seed.winit.accounts[0]!.clientSecret, seed.fba.accounts[0]!.clientSecret, seed.fba.accounts[0]!.refreshToken];

it('a platform killed mid-sync and restarted sends every offline shipment as exactly one ASN and logs no credential', async () => {
  const sim = await startWarehouseSimulator();
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-warehouse-crash-'));
  const env = { TRADEWIND_DATA_DIR: dataDir, TRADEWIND_WAREHOUSE_API: sim.url, TRADEWIND_WAREHOUSE_SYNC_MS: '3600000', TRADEWIND_JOB_LEASE_MS: '1500', LOG_LEVEL: 'info' };
  let platform: PlatformProcess = await spawnPlatform(undefined, env);
  let printed = '';
  try {
    await waitHealthy(platform, 90_000);
    const token = await httpLogin(platform.url, YANGJIANG);
    const shipments = Array.from({ length: SHIPMENTS }, (_, i) =>
      aShipment({ id: newId(), reference: `YJ01-SH-CRASH-${i}`, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() }),
    );
    // Every provider call is held, so the kill lands while the platform waits for GoodCang.
    await sim.setFaults('goodcang', { delayMs: 1_500 });
    const pushed = await fetch(`${platform.url}/api/sync/shipments/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(shipments.map((shipment) => ({ newDocumentState: { ...shipment, _deleted: false } }))),
    });
    expect(pushed.status).toBe(200);
    await expect.poll(async () => (await sim.inboundOrders()).length, { timeout: 30_000, interval: 50 }).toBeGreaterThan(0);
    printed += platform.output();
    await platform.kill();
    await sim.clearFaults('goodcang');

    platform = await spawnPlatform(undefined, env);
    await waitHealthy(platform, 90_000);
    const again = await httpLogin(platform.url, YANGJIANG);
    const refs = async () => {
      const pulled = (await (await fetch(`${platform.url}/api/sync/shipments/pull?batchSize=1000`, { headers: { authorization: `Bearer ${again}` } })).json()) as { documents: ShipmentDoc[] };
      return pulled.documents.filter((doc) => doc.reference.startsWith('YJ01-SH-CRASH-') && doc.providerRef).length;
    };
    await expect.poll(refs, { timeout: 60_000, interval: 250 }).toBe(SHIPMENTS);
    const orders = (await sim.inboundOrders()).filter((order) => order.sellerRef.startsWith('YJ01-SH-CRASH-'));
    expect(orders.map((order) => order.sellerRef).sort()).toEqual(shipments.map((shipment) => shipment.reference).sort());
    printed += platform.output();
    for (const secret of SECRETS) expect(printed).not.toContain(secret);
  } finally {
    await platform.stop();
    await sim.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 240_000);
