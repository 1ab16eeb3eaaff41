/**
 * `npm run bench:fair`: trade-fair order entry and the orders list at scale, in Chromium.
 *  1. Scripted time from opening fair mode to a saved order, on a phone viewport with the
 *     network off (the real app, driven by Playwright; typing is instant, so this is the app's
 *     own time, not a person's).
 *  2. 20,000 orders in RxDB on Dexie (IndexedDB): bulk insert, the list query, the list's filters
 *     and the indexed queries of the fair screens (bench/fair page).
 *  3. The real orders screen with 20,000 synced orders: opening the list and filter latency.
 * Needs the built client (npm run build -w @tradewind/client). Knobs: BENCH_ORDERS (20000),
 * BENCH_ENTRY_RUNS (10). Writes bench/results/fair-orders.json.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReplicatedDoc } from '@tradewind/sync';
import { chromium, expect, type Browser, type Page } from '@playwright/test';
import { openDatabase } from '../apps/platform/src/db/open.ts';
import { createPlatform } from '../apps/platform/src/server.ts';
import { createSqlSyncStore } from '../apps/platform/src/sync/sql-sync-store.ts';
import type { FairBenchResult } from './fair/main.ts';
import { makeOrders } from './fair/orders.ts';
import { loadAverage } from './load-average.ts';
import { benchSettings, log } from './settings.ts';
import { serveBenchPage } from './page.ts';

const settings = benchSettings({ orders: 20_000, entryRuns: 10 });
const TENANT = 'yangjiang-knives';
const CLIENT_DIR = fileURLToPath(new URL('../apps/client/dist/', import.meta.url));
const RESULTS = new URL('results/fair-orders.json', import.meta.url);
const CHROMIUM = { executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

const ms = (value: number) => `${Math.round(value).toLocaleString('en-US')} ms`;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;

async function login(page: Page, baseURL: string): Promise<void> {
  await page.goto(baseURL);
  await page.getByTestId('login-username').fill(TENANT);
  await page.getByTestId('login-password').fill('tradewind-demo');
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('sync-bar')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
}

/** 1. Fair mode → saved order, offline on a phone. */
async function timeOrderEntry(browser: Browser, baseURL: string): Promise<number[]> {
  const context = await browser.newContext({ baseURL, ...PHONE });
  const page = await context.newPage();
  await login(page, baseURL);
  await page.goto('/products');
  await expect(page.getByTestId('product-row-LF-CH8')).toBeVisible({ timeout: 30_000 });
  await page.goto('/fair');
  await expect(page.getByTestId('fair-rates')).toContainText('20', { timeout: 30_000 });
  await page.getByTestId('fair-new-buyer').click();
  await page.getByTestId('buyer-company').fill('Bench Buyer Trading LLC');
  await page.getByTestId('buyer-save').click();
  await context.setOffline(true);
  const times: number[] = [];
  for (let run = 0; run < settings.entryRuns; run++) {
    await page.goto('/orders');
    await expect(page.getByTestId('fair-open')).toBeVisible();
    const started = performance.now();
    await page.getByTestId('fair-open').click();
    await page.getByTestId('fair-new-order').click();
    await page.getByTestId('order-buyer').fill('Bench B');
    await page.locator('.ant-select-item-option').filter({ hasText: 'Bench Buyer Trading LLC' }).first().click();
    await page.getByTestId('order-scan').pressSequentially('6921234500019');
    await page.getByTestId('order-scan').press('Enter');
    await expect(page.getByTestId('order-line-0')).toBeVisible();
    await page.getByTestId('order-save').click();
    await expect(page.getByTestId('order-number')).toHaveText(/-\d{6}$/);
    times.push(performance.now() - started);
  }
  await context.close();
  return times;
}

/** 2. RxDB/Dexie figures from the bench page. */
async function timeDatabase(browser: Browser): Promise<FairBenchResult> {
  const server = await serveBenchPage(new URL('fair/', import.meta.url), 'Tradewind fair orders bench');
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    return await page.evaluate((count) => window.runFairBench(count), settings.orders);
  } finally {
    await server.close();
  }
}

/** 3. The orders screen of the real app with BENCH_ORDERS synced orders. */
async function timeOrdersScreen(browser: Browser, baseURL: string, expected: number): Promise<{ syncMs: number; coldMs: number[]; openMs: number[]; filterMs: { name: string; ms: number }[] }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const total = `共 ${expected}`;
  const started = performance.now();
  await login(page, baseURL);
  await page.goto('/orders');
  await expect(page.getByTestId('order-count')).toContainText(total, { timeout: 600_000 });
  const syncMs = performance.now() - started;
  const rowsShown = async () => {
    await expect(page.getByTestId('order-count')).toContainText(total);
    await expect(page.locator('tr[data-testid^="order-row-"]').first()).toBeVisible();
  };
  const coldMs: number[] = [];
  for (let run = 0; run < 3; run++) {
    const reloaded = performance.now();
    await page.reload();
    await rowsShown();
    coldMs.push(performance.now() - reloaded);
  }
  const openMs: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.getByRole('menuitem', { name: '商品' }).click();
    await expect(page.getByTestId('product-row-LF-CH8')).toBeVisible();
    const opened = performance.now();
    await page.getByRole('menuitem', { name: '订单' }).click();
    await rowsShown();
    openMs.push(performance.now() - opened);
  }
  const filterMs: { name: string; ms: number }[] = [];
  const search = page.getByTestId('order-search').locator('input');
  for (const text of ['toledo', 'LF-PR35D', 'YJ98-0199']) {
    const typed = performance.now();
    await search.fill(text);
    await expect(page.getByTestId('order-count')).not.toContainText(`显示 ${expected} `);
    await expect(page.locator('tr[data-testid^="order-row-"]').first()).toBeVisible();
    filterMs.push({ name: `search "${text}"`, ms: performance.now() - typed });
    await search.fill('');
    await expect(page.getByTestId('order-count')).toContainText(`显示 ${expected} `);
  }
  await context.close();
  return { syncMs, coldMs, openMs, filterMs };
}

async function main(): Promise<void> {
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) throw new Error('Build the client first: npm run build -w @tradewind/client');
  const dataDir = mkdtempSync(join(tmpdir(), 'tradewind-bench-fair-'));
  const db = await openDatabase({ dataDir });
  // The benchmark pages are served from loopback ports of their own and call the platform from there.
  const app = await createPlatform({ db, clientDir: CLIENT_DIR, allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/] });
  const baseURL = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch(CHROMIUM);
  log(`Fair orders bench · ${cpus().length} CPUs · load ${loadAverage()} · Chromium (Dexie/IndexedDB)`);
  try {
    const entry = await timeOrderEntry(browser, baseURL);
    log(`\n1. Fair mode opened → order saved (phone, offline, barcode scan), ${entry.length} runs`);
    log(`   median ${ms(percentile(entry, 50))}, p90 ${ms(percentile(entry, 90))}, first ${ms(entry[0]!)}`);

    const database = await timeDatabase(browser);
    log(`\n2. ${database.count.toLocaleString('en-US')} orders in RxDB on Dexie`);
    log(`   bulk insert ${ms(database.insertMs)}; list query (all, newest first) ${ms(database.listQueryMs)}; to plain objects ${ms(database.toPlainMs)}`);
    for (const filter of database.filters) log(`   filter ${filter.name}: ${filter.matches} matches in ${ms(filter.ms)}`);
    log(`   day-summary query (createdAt index): ${database.dayQuery.matches} orders in ${ms(database.dayQuery.ms)}; next order number lookup ${ms(database.highestNumberMs)}`);

    const store = createSqlSyncStore(db);
    const orders = makeOrders(settings.orders, 'YJ98');
    for (let i = 0; i < orders.length; i += 2_000) {
      const batch = orders.slice(i, i + 2_000).map((order): ReplicatedDoc => ({ ...order, _deleted: false }));
      await store.transaction(TENANT, (tx) => tx.write('orders', batch));
    }
    // The phone of part 1 may have synced some of its orders before it went offline.
    const [{ count }] = (await db.query<{ count: number }>('SELECT count(*)::int AS count FROM doc_orders WHERE tenant_id = $1 AND NOT deleted', [TENANT])) as [{ count: number }];
    const screen = await timeOrdersScreen(browser, baseURL, count);
    log(`\n3. Orders screen with ${count.toLocaleString('en-US')} orders (desktop, real app)`);
    log(`   first sync of the orders until the list shows them all: ${ms(screen.syncMs)}`);
    log(`   reload the app on the list (cold: unlock, open IndexedDB, query, render): ${screen.coldMs.map(ms).join(', ')}`);
    log(`   open the list from another screen (menu click → rows shown): ${screen.openMs.map(ms).join(', ')}`);
    for (const filter of screen.filterMs) log(`   ${filter.name} → filtered rows shown: ${ms(filter.ms)}`);

    mkdirSync(new URL('.', RESULTS), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify({ at: new Date().toISOString(), orders: settings.orders, entryMs: entry, database, screen }, null, 2));
  } finally {
    await browser.close();
    await app.close();
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
