/** Serves the sync bench page and runs it in headless Chromium (Dexie on IndexedDB). */
import { chromium, type Browser } from 'playwright-core';
import type { ClientBenchOptions, ClientBenchResult } from '../client-bench.ts';
import { serveBenchPage } from '../page.ts';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BrowserBench {
  /** One measurement in a fresh browser context (empty IndexedDB). */
  run(options: ClientBenchOptions): Promise<ClientBenchResult>;
  close(): Promise<void>;
}

export async function startBrowserBench(): Promise<BrowserBench> {
  const { url, close } = await serveBenchPage(new URL('.', import.meta.url), 'Tradewind sync pull bench');
  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    async run(options) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') console.error(`  [page console] ${message.text()}`);
        });
        const query = new URLSearchParams({
          platform: options.baseUrl,
          token: options.token,
          batchSize: String(options.batchSize),
          expected: String(options.expected),
          collection: options.collection ?? 'products',
        });
        await page.goto(`${url}?${query}`);
        await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
        return await page.evaluate(() => window.runBench());
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      await close();
    },
  };
}
