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

const ORDERS = 3;
const poll = { timeout: 90_000, interval: 200 };

const request = async <T>(platform: PlatformProcess, token: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
  const response = await fetch(`${platform.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return (await response.json()) as T;
};
const allFilings = async (platform: PlatformProcess, token: string) => (await request<{ documents: FilingDoc[] }>(platform, token, 'GET', '/api/sync/filings/pull?batchSize=1000')).documents;

it('a platform killed while it sends a summary and again while its receipts arrive sends the CEB701 once and applies each receipt once', async () => {
  // Customs' clock in October: the inventories are released then, so November's summary run is due at once.
  const simulator = await startCustomsSimulator({ clockStart: '2026-10-20T01:00:00Z' });
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-summary-crash-'));
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
      newOrder({ number: `YJ01-00090${i}`, channel: 'amazon', status: 'confirmed', buyerCountry: 'US', lines: [{ id: newId(), productId: knife.id, sku: 'LF-CH8-G10', name: knife.name, quantity: 1 + i, unitPrice: 2999 }] }),
    );
    await request(
      platform,
      token,
      'POST',
      '/api/sync/orders/push',
      orders.map((order) => ({ newDocumentState: order })),
    );
    const submitted = orders.map((order, i) => {
      const waybills = { [order.id]: `LX11890${i}00CN` };
      return submittedFiling([order.id], waybills, { declaration: { ...(submittedFiling([], waybills).declaration as object), statisticsFlag: 'B', exportDate: '2026-10-20' } });
    });
    const ids = submitted.map((filing) => filing.id);
    await request(
      platform,
      token,
      'POST',
      '/api/sync/filings/push',
      submitted.map((filing) => ({ newDocumentState: filing })),
    );
    await expect.poll(async () => (await allFilings(platform, token)).filter((filing) => ids.includes(filing.id)).map((filing) => filing.messages.length), poll).toEqual(Array(ORDERS).fill(2));

    // Released in October; killed as soon as the summary request reached the single window.
    await simulator.advanceClock(90);
    await expect.poll(async () => (await simulator.declarations()).filter((declaration) => declaration.type === 'CEB701').length, { timeout: 90_000, interval: 10 }).toBeGreaterThan(0);
    await restart();
    const summaries = async () => (await allFilings(platform, token)).filter((filing) => filing.kind === 'ceb701-summary');
    await expect.poll(async () => (await summaries()).map((summary) => summary.messages.length), poll).toEqual([1]);
    const summaryRequests = (await simulator.declarations()).filter((declaration) => declaration.type === 'CEB701');
    expect(summaryRequests).toHaveLength(1);
    expect(summaryRequests[0]!.invtNos).toHaveLength(ORDERS);
    expect(summaryRequests[0]!.statuses).not.toContainEqual(expect.stringMatching(/^(-|100)/));

    // The CEB702 and CEB792 arrive while the platform is killed again.
    await simulator.advanceClock(60);
    await sleep(300);
    await restart();
    await expect.poll(async () => (await summaries())[0]!.receipts.map((receipt) => `${receipt.type} ${receipt.code}`), poll).toEqual(['CEB702 2', 'CEB702 120', 'CEB702 399', 'CEB792 1']);
    await sleep(500);
    for (const filing of (await allFilings(platform, token)).filter((candidate) => ids.includes(candidate.id))) {
      expect(filing.receipts.filter((receipt) => receipt.type === 'CEB702' || receipt.type === 'CEB792').map((receipt) => `${receipt.type} ${receipt.code}`)).toEqual(['CEB702 399', 'CEB792 1']);
    }
    expect(await summaries()).toHaveLength(1);
  } finally {
    await platform.stop();
    await simulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 300_000);
