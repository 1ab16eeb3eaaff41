/**
 * `npm run bench:stock`: 10,000 SKUs × 5 warehouses from the GoodCang simulator into the platform
 * (the sync job's stock step: every page, merge, `stock` documents), then onto a Chromium client
 * (RxDB on Dexie, the sync engine's first pull), then the stock screen's filter work on those
 * 50,000 lines in Chromium (goal: p95 ≤ 50 ms). Prints time and docs/s per leg; PGlite.
 * Knobs: BENCH_SKUS (10000), BENCH_WAREHOUSES (5).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWarehouseSimulator } from '@tradewind/simulators/warehouse';
import { chromium } from 'playwright-core';
import { openDatabase } from '../apps/platform/src/db/open.ts';
import { createPlatform } from '../apps/platform/src/server.ts';
import { connectionOf, endpointsUnder, storeWarehouseAccount, warehouseAccount } from '../apps/platform/src/warehouses/accounts.ts';
import { createWarehouseProvider } from '../apps/platform/src/warehouses/registry.ts';
import { skuMapOf } from '../apps/platform/src/warehouses/sync/sku-map.ts';
import { syncStock } from '../apps/platform/src/warehouses/sync/stock-sync.ts';
import { createSecretStore } from '../apps/platform/src/secrets/store.ts';
import { startBrowserBench } from './browser/run.ts';
import { loadAverage } from './load-average.ts';
import { benchSettings } from './settings.ts';
import { serveBenchPage } from './page.ts';
import type { StockFilterBenchResult } from './stock/main.ts';

const TENANT = 'yangjiang-knives';
const settings = benchSettings({ skus: 10_000, warehouses: 5 });
const WAREHOUSES = ['gc-us-west', 'gc-us-east', 'gc-uk-lon', 'gc-de-fra', 'gc-au-syd'].slice(0, settings.warehouses);
const CODES = ['USWE', 'USEA', 'UKLO', 'DEFR', 'AUSY'].slice(0, settings.warehouses);
const CREDENTIALS = { appKey: 'bench-app-key', appToken: 'bench-app-token' };
const CHROMIUM = { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] };

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSec = (docs: number, ms: number) => `${n(docs / (ms / 1000))} docs/s`;
const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  return [await work(), performance.now() - started];
};

const folder = mkdtempSync(join(tmpdir(), 'tradewind-bench-stock-'));
// The rate limit is raised so the figure is the platform's and the client's, not GoodCang's 20 calls a second (250 pages would take 12.5 s of waiting alone).
const seed = {
  random: 7,
  goodcang: { rateLimit: { perSecond: 10_000, burst: 10_000 }, accounts: [{ id: 'bench', ...CREDENTIALS, warehouses: CODES, stock: [], generate: { skus: settings.skus, skuPrefix: 'BENCH-SKU-' } }] },
  winit: { rateLimit: { perSecond: 1, burst: 1 }, accounts: [] },
  '4px': { rateLimit: { perSecond: 1, burst: 1 }, accounts: [] },
  fba: { rateLimit: { perSecond: 1, burst: 1 }, accounts: [] },
};
writeFileSync(join(folder, 'seed.json'), JSON.stringify(seed));
console.log(`bench:stock — ${n(settings.skus)} SKUs × ${settings.warehouses} warehouses = ${n(settings.skus * settings.warehouses)} stock rows; load average ${loadAverage()}`);

const simulator = await startWarehouseSimulator(join(folder, 'seed.json'));
const db = await openDatabase({ dataDir: join(folder, 'data') });
const secretsKey = Buffer.alloc(32, 3);
const app = await createPlatform({ db, secretsKey, allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/] });
const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
const browser = await startBrowserBench();
try {
  const secrets = createSecretStore(secretsKey);
  await storeWarehouseAccount(db, secrets, TENANT, { provider: 'goodcang', credentials: CREDENTIALS, warehouses: Object.fromEntries(WAREHOUSES.map((id, i) => [id, CODES[i]!])), skus: {} });
  const account = (await warehouseAccount(db, secrets, TENANT, 'goodcang'))!;
  const provider = createWarehouseProvider(connectionOf(account, endpointsUnder(simulator.url), 60_000));
  const [pages, pagesMs] = await time(async () => (await Promise.all(WAREHOUSES.map((warehouse) => provider.listStock({ warehouse })))).flat().length);
  console.log(`   the simulator's pages alone (5 warehouses side by side, 200 rows a page): ${n(pages)} rows in ${s(pagesMs)} = ${perSec(pages, pagesMs)}`);
  // The demo park's two GoodCang rows live in gc-us-west too; they are replaced by the simulator's figures or kept beside them.
  const [first, firstMs] = await time(() => syncStock(db, TENANT, WAREHOUSES, provider, skuMapOf({})));
  console.log(`1. simulator → platform: ${n(first.pulled)} snapshots pulled, ${n(first.written)} stock documents written in ${s(firstMs)} = ${perSec(first.pulled, firstMs)}`);
  const [again, againMs] = await time(() => syncStock(db, TENANT, WAREHOUSES, provider, skuMapOf({})));
  console.log(
    `   again, figures unchanged (documents not rewritten, so devices pull nothing): ${n(again.pulled)} pulled, ${n(again.written)} written in ${s(againMs)} = ${perSec(again.pulled, againMs)}`,
  );

  const token = (
    (await (
      await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: TENANT, password: 'tradewind-demo', deviceName: 'bench' }),
      })
    ).json()) as { accessToken: string }
  ).accessToken;
  const [{ count }] = (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM doc_stock WHERE tenant_id = $1 AND NOT deleted', [TENANT])) as [{ count: number }];
  const client = await browser.run({ baseUrl, token, batchSize: 1000, expected: count, collection: 'stock' });
  console.log(`2. platform → Chromium (RxDB on Dexie): ${n(client.pull.docs)} stock documents in ${s(client.pull.ms)} = ${n(client.pull.docsPerSec)} docs/s (${client.pull.requests} pulls of 1,000)`);
  console.log(`   HTTP pull alone ${s(client.httpOnly.ms)} = ${n(client.httpOnly.docsPerSec)} docs/s; raw bulkInsert ${s(client.raw.ms)} = ${n(client.raw.docsPerSec)} docs/s`);

  const page = await serveBenchPage(new URL('stock/', import.meta.url), 'Tradewind stock screen bench');
  const chromiumBrowser = await chromium.launch(CHROMIUM);
  try {
    const tab = await chromiumBrowser.newPage();
    await tab.goto(`${page.url}?${new URLSearchParams({ platform: baseUrl, token })}`);
    await tab.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const filter: StockFilterBenchResult = await tab.evaluate(() => window.runStockFilterBench());
    console.log(
      `3. stock screen in Chromium: ${n(filter.docs)} lines built in ${filter.overviewMs.toFixed(0)} ms; ${filter.filters} filter changes p50 ${filter.p50Ms.toFixed(1)} ms, p95 ${filter.p95Ms.toFixed(1)} ms (goal ≤ 50 ms), max ${filter.maxMs.toFixed(1)} ms`,
    );
  } finally {
    await chromiumBrowser.close();
    await page.close();
  }
} finally {
  await browser.close();
  await app.close();
  await db.close();
  await simulator.stop();
  rmSync(folder, { recursive: true, force: true });
}
