import { expect, test, type Page } from '@playwright/test';
import { openProduct, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { openEnglishDevice, photo } from './support.ts';

const platform = platformForFile();

const thumbnailShown = (page: Page, testId: string) =>
  expect(async () => {
    const width = await page.getByTestId(testId).evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(width).toBeGreaterThan(100);
    expect(width).toBeLessThanOrEqual(320);
  }).toPass({ timeout: 20_000 });

test('@catalogue images made on one device reach another, and the catalogue with thumbnails works there after an offline reload', async ({ browser }) => {
  const a = await openEnglishDevice(browser, platform.url, 'yangjiang-knives');
  await openProduct(a.page, 'LF-CH8');
  await a.page.getByTestId('image-upload').setInputFiles({ name: 'chef-knife.png', mimeType: 'image/png', buffer: await photo(a.page) });
  await thumbnailShown(a.page, 'product-image-thumb-0');
  await waitUntilSynced(a.page);

  const b = await openEnglishDevice(browser, platform.url, 'yangjiang-knives');
  await b.page.getByRole('menuitem', { name: 'Products' }).click();
  await thumbnailShown(b.page, 'product-thumb-LF-CH8');
  await waitUntilSynced(b.page);

  await b.context.setOffline(true);
  await b.page.reload();
  await expect(b.page.getByTestId('sync-online')).toHaveText(/离线|Offline/);
  await b.page.getByRole('menuitem', { name: /商品|Products/ }).click();
  await thumbnailShown(b.page, 'product-thumb-LF-CH8');
  await openProduct(b.page, 'LF-CH8');
  await thumbnailShown(b.page, 'product-image-thumb-0');
});
