/**
 * Runs the fair-connection page in headless Chromium with the connection a trade fair's hall
 * gives: DevTools network emulation of 10 Mbit/s down, 2 Mbit/s up and 100 ms round trip.
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../browser/run.ts';
import { serveBenchPage } from '../page.ts';
import type { FairSyncResult } from './main.ts';

export const FAIR_CONNECTION = { downloadMbit: 10, uploadMbit: 2, rttMs: 100 };

export async function runFairSync(baseUrl: string, token: string): Promise<FairSyncResult> {
  const { url, close } = await serveBenchPage(new URL('.', import.meta.url), 'Tradewind fair-connection first sync', 'testing');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
    await page.goto(`${url}?${new URLSearchParams({ platform: baseUrl, token })}`);
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: FAIR_CONNECTION.rttMs,
      downloadThroughput: (FAIR_CONNECTION.downloadMbit * 1_000_000) / 8,
      uploadThroughput: (FAIR_CONNECTION.uploadMbit * 1_000_000) / 8,
    });
    return await page.evaluate(() => (window as unknown as { runFairSync(): Promise<FairSyncResult> }).runFairSync());
  } finally {
    await browser.close();
    await close();
  }
}
