import { expect, test, type Page } from '@playwright/test';
import { openProduct, waitUntilSynced } from '../support/app.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';
import { openEnglishDevice } from './support.ts';

let platform: RunningPlatform;
test.beforeAll(async () => {
  platform = await startPlatform();
});
test.afterAll(async () => {
  await platform?.stop();
});

/** A photo as a camera would give it: drawn in the browser, 1600×1200 PNG. */
async function photo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1600, 1200);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, 1600, 1200);
    gradient.addColorStop(0, '#0b6e4f');
    gradient.addColorStop(1, '#f5c518');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 1600, 1200);
    context.fillStyle = '#fff';
    context.font = 'bold 160px sans-serif';
    context.fillText('LF-CH8', 420, 640);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsDataURL(blob);
    });
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}

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
