import { startCustomsSimulator, type RunningCustomsSimulator } from '@tradewind/simulators/customs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingOf, knifeOrder, registerMerchant, submittedFiling } from './customs-helpers.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { push } from './support/replication.ts';

const SLOW = 60_000;

// A device back online pushes each collection on its own: the filing may come before the order it names.
describe('a declaration whose order arrives just after it', () => {
  let simulator: RunningCustomsSimulator;
  let platform: TestPlatform;
  let token: string;
  beforeAll(async () => {
    simulator = await startCustomsSimulator();
    platform = await startPlatform('pglite', { platform: { customsGateway: { kind: 'single-window-http', url: simulator.url }, receiptPollMs: 100, jobs: { pollMs: 100, backoffBaseMs: 300 } } });
    token = await login(platform.app, YANGJIANG);
    await registerMerchant(platform.app, token, simulator);
  });
  afterAll(async () => {
    await platform?.close();
    await simulator?.stop();
  });

  it(
    'waits for the order instead of failing the filing, and declares it once',
    async () => {
      const order = await knifeOrder(platform.app, token, 'YJ01-000701');
      const filing = submittedFiling([order.id], { [order.id]: 'LX118204701CN' });
      await push(platform.app, token, 'filings', [{ newDocumentState: filing }]);
      await expect
        .poll(async () => (await platform.db.query<{ attempts: number }>("SELECT attempts FROM jobs WHERE kind = 'customs.declare'"))[0]?.attempts ?? 0, { timeout: 10_000, interval: 50 })
        .toBeGreaterThanOrEqual(1);
      expect((await filingOf(platform.app, token, filing.id)).customsStatus).toBe('none');

      await push(platform.app, token, 'orders', [{ newDocumentState: order }]);
      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).messages.length, { timeout: 30_000, interval: 100 }).toBe(2);
      expect((await filingOf(platform.app, token, filing.id)).customsStatus).not.toBe('failed');
      expect((await simulator.declarations()).filter((declaration) => declaration.orderNo === 'YJ01-000701').map((declaration) => declaration.received)).toEqual([1, 1]);
    },
    SLOW,
  );
});
