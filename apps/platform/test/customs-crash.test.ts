import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FilingDoc } from '@tradewind/domain';
import { newId } from '@tradewind/domain';
import { startCustomsSimulator } from '@tradewind/simulators/customs';
import { expect, it } from 'vitest';
import { submittedFiling, YANGJIANG_CUSTOMS_CODE } from './customs-helpers.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newOrder } from './support/documents.ts';
import { sleep } from './support/sleep.ts';
import { httpLogin, spawnPlatform, waitHealthy, type PlatformProcess } from './processes.ts';

const ORDERS = 4;

const request = async <T>(platform: PlatformProcess, token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${platform.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
};
const filings = async (platform: PlatformProcess, token: string, ids: string[]) =>
  (await request<{ documents: FilingDoc[] }>(platform, token, 'GET', '/api/sync/filings/pull?batchSize=1000')).documents.filter((doc) => ids.includes(doc.id));

it('a platform killed mid-send and restarted sends every declaration once and applies every receipt once', async () => {
  const simulator = await startCustomsSimulator();
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-customs-crash-'));
  const env = { TRADEWIND_DATA_DIR: dataDir, TRADEWIND_CUSTOMS_GATEWAY: `single-window-http ${simulator.url}`, TRADEWIND_CUSTOMS_POLL_MS: '50', TRADEWIND_JOB_LEASE_MS: '1500' };
  let platform = await spawnPlatform(undefined, env);
  const restart = async () => {
    await platform.kill();
    platform = await spawnPlatform(undefined, env);
    await waitHealthy(platform);
  };
  try {
    await waitHealthy(platform, 90_000);
    const token = await httpLogin(platform.url, YANGJIANG);
    const credentials = await request<{ certificate: string }>(platform, token, 'GET', '/api/customs/credentials');
    await simulator.registerCertificate(YANGJIANG_CUSTOMS_CODE, credentials.certificate);

    const products = (await request<{ documents: { id: string; sku: string; name: string }[] }>(platform, token, 'GET', '/api/sync/products/pull?batchSize=1000')).documents;
    const knife = products.find((product) => product.sku === 'LF-CH8')!;
    const orders = Array.from({ length: ORDERS }, (_, i) =>
      newOrder({
        number: `YJ01-00070${i}`,
        channel: 'amazon',
        status: 'confirmed',
        buyerCountry: 'US',
        lines: [{ id: newId(), productId: knife.id, sku: 'LF-CH8-G10', name: knife.name, quantity: 1 + i, unitPrice: 2999 }],
      }),
    );
    await request(
      platform,
      token,
      'POST',
      '/api/sync/orders/push',
      orders.map((order) => ({ newDocumentState: order })),
    );
    const submitted = orders.map((order, i) => submittedFiling([order.id], { [order.id]: `LX11820470${i}CN` }));
    const ids = submitted.map((filing) => filing.id);
    await request(
      platform,
      token,
      'POST',
      '/api/sync/filings/push',
      submitted.map((filing) => ({ newDocumentState: filing })),
    );

    // Killed as soon as the first message reached the single window: the rest are in flight or waiting.
    await expect.poll(async () => (await simulator.declarations()).length, { timeout: 60_000, interval: 10 }).toBeGreaterThan(0);
    await restart();
    await expect.poll(async () => (await filings(platform, token, ids)).map((filing) => filing.messages.length), { timeout: 90_000, interval: 200 }).toEqual(Array(ORDERS).fill(2));

    const declarations = await simulator.declarations();
    expect(declarations).toHaveLength(ORDERS * 2);
    expect(new Set(declarations.map((declaration) => `${declaration.type} ${declaration.orderNo}`)).size).toBe(ORDERS * 2);
    expect(declarations.flatMap((declaration) => declaration.statuses).filter((status) => status.startsWith('-'))).toEqual([]);

    // Receipts arrive while the platform is killed again.
    await simulator.advanceClock(90);
    await sleep(300);
    await restart();
    await expect.poll(async () => (await filings(platform, token, ids)).map((filing) => filing.customsStatus), { timeout: 90_000, interval: 200 }).toEqual(Array(ORDERS).fill('800'));
    await sleep(500);
    for (const filing of await filings(platform, token, ids)) {
      const seen = filing.receipts.map((receipt) => `${receipt.type} ${receipt.code}`);
      expect(new Set(seen).size, filing.title).toBe(seen.length);
      expect(seen.filter((entry) => entry.startsWith('CEB604'))).toHaveLength(5);
      expect(seen.filter((entry) => entry.startsWith('CEB304'))).toHaveLength(2);
    }
  } finally {
    await platform.stop();
    await simulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 300_000);
