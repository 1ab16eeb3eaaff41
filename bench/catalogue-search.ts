/**
 * On-device catalogue search over 50,000 products in Chromium (npm run bench:search): builds
 * bench/catalogue, serves it, runs it in headless Debian Chromium and prints p50/p95 per query.
 * Not part of npm test. Knobs: BENCH_PRODUCTS (50000), BENCH_REPEATS (200).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { SearchBenchResult } from './catalogue/main.ts';
import { serveBenchPage } from './page.ts';
import { benchSettings } from './settings.ts';

const ROOT = new URL('./catalogue/', import.meta.url);
const { products, repeats } = benchSettings({ products: 50_000, repeats: 200 });

const served = await serveBenchPage(ROOT, 'Tradewind catalogue search bench');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  await page.goto(served.url);
  await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
  console.log(`Catalogue search: ${products.toLocaleString('en')} products in RxDB/Dexie (Chromium), ${repeats} runs per query`);
  const result = (await page.evaluate(([count, runs]) => window.runSearchBench(count, runs), [products, repeats] as const)) as SearchBenchResult;
  const ms = (value: number) => `${value.toFixed(2)} ms`.padStart(10);
  console.log(`insert ${(result.insertMs / 1000).toFixed(1)} s · load ${(result.loadMs / 1000).toFixed(2)} s · build index ${result.indexMs.toFixed(0)} ms (once per catalogue change)`);
  console.log(`${'query'.padEnd(24)}${'hits'.padStart(7)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'max'.padStart(10)}`);
  for (const q of result.queries) console.log(`${q.label.padEnd(24)}${String(q.hits).padStart(7)}${ms(q.p50)}${ms(q.p95)}${ms(q.max)}`);
  const worst = Math.max(...result.queries.map((q) => q.p95));
  console.log(`p95 over all queries: ${worst.toFixed(2)} ms`);
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
  writeFileSync(new URL('./results/catalogue-search.json', import.meta.url), JSON.stringify({ at: new Date().toISOString(), repeats, ...result }, null, 2));
} finally {
  await browser.close();
  await served.close();
}
