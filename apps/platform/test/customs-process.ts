/** A platform process for the customs crash tests: on its own PGlite folder, sending to the simulator, killed and restarted at will. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId, type FilingDoc } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import type { RunningCustomsSimulator } from '@tradewind/simulators/customs';
import { expect } from 'vitest';
import { YANGJIANG_CUSTOMS_CODE } from './customs-helpers.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newOrder } from './support/documents.ts';
import { httpLogin, spawnPlatform, waitHealthy } from './processes.ts';

export interface CustomsProcess {
  /** An authenticated call as the Yangjiang merchant to the platform running now. */
  request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T>;
  filings(): Promise<FilingDoc[]>;
  /** Pushes a marketplace order of the demo knife per number (the i-th of i + 1 knives), then a filing each made by `filingFor`; returns the filings' ids. */
  submitOrders(numbers: string[], filingFor: (order: ReplicatedDoc, index: number) => ReplicatedDoc): Promise<string[]>;
  /** SIGKILL, then a new process on the same folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startCustomsProcess(simulator: RunningCustomsSimulator): Promise<CustomsProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-customs-process-'));
  const env = { TRADEWIND_DATA_DIR: dataDir, TRADEWIND_CUSTOMS_GATEWAY: `single-window-http ${simulator.url}`, TRADEWIND_CUSTOMS_POLL_MS: '50', TRADEWIND_JOB_LEASE_MS: '1500' };
  let platform = await spawnPlatform(undefined, env);
  await waitHealthy(platform, 90_000);
  const token = await httpLogin(platform.url, YANGJIANG);
  const request = async <T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${platform.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return (await response.json()) as T;
  };
  const credentials = await request<{ certificate: string }>('GET', '/api/customs/credentials');
  await simulator.registerCertificate(YANGJIANG_CUSTOMS_CODE, credentials.certificate);
  const products = (await request<{ documents: { id: string; sku: string; name: string }[] }>('GET', '/api/sync/products/pull?batchSize=1000')).documents;
  const knife = products.find((product) => product.sku === 'LF-CH8')!;
  return {
    request,
    filings: async () => (await request<{ documents: FilingDoc[] }>('GET', '/api/sync/filings/pull?batchSize=1000')).documents,
    async submitOrders(numbers, filingFor) {
      const orders = numbers.map((number, i) =>
        newOrder({
          number,
          channel: 'amazon',
          status: 'confirmed',
          buyerCountry: 'US',
          lines: [{ id: newId(), productId: knife.id, sku: 'LF-CH8-G10', name: knife.name, quantity: 1 + i, unitPrice: 2999 }],
        }),
      );
      await request(
        'POST',
        '/api/sync/orders/push',
        orders.map((order) => ({ newDocumentState: order })),
      );
      const filings = orders.map(filingFor);
      await request(
        'POST',
        '/api/sync/filings/push',
        filings.map((filing) => ({ newDocumentState: filing })),
      );
      return filings.map((filing) => filing.id);
    },
    async restart() {
      await platform.kill();
      platform = await spawnPlatform(undefined, env);
      await waitHealthy(platform);
    },
    async stop() {
      await platform.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
