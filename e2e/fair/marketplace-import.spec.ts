import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { resourceUrl } from '@tradewind/resources';
import { openDevice, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';

const SAMPLES = fileURLToPath(resourceUrl('marketplace-samples/'));

const platform = platformForFile();

async function importFile(page: Page, file: string): Promise<string> {
  await page.goto('/orders/import');
  await page.getByTestId('import-file').setInputFiles(SAMPLES + file);
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('import-run').click();
  return (await page.getByTestId('import-result').textContent())!;
}

test('@fair importing the same marketplace reports twice creates each order once, on every device', async ({ browser }) => {
  const a = await openDevice(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(a.page);
  const { page } = a;

  expect(await importFile(page, 'amazon-all-orders.txt')).toBe('新导入 3 个订单，0 个已存在');
  expect(await importFile(page, 'amazon-all-orders.txt')).toBe('新导入 0 个订单，3 个已存在');
  expect(await importFile(page, 'aliexpress-orders.csv')).toBe('新导入 2 个订单，0 个已存在');
  expect(await importFile(page, 'shopee-orders.csv')).toBe('新导入 2 个订单，0 个已存在');
  expect(await importFile(page, 'aliexpress-orders.csv')).toBe('新导入 0 个订单，2 个已存在');

  await page.goto('/orders');
  await expect(page.getByTestId('order-count')).toHaveText('显示 7 / 共 7');
  await page.getByTestId('order-search').locator('input').fill('408-3391245-7720311');
  await expect(page.getByTestId('order-count')).toHaveText('显示 1 / 共 7');
  await page.locator('tr[data-testid^="order-row-"]').click();
  await expect(page.getByTestId('order-status')).toHaveText('已发货');
  await expect(page.getByTestId('order-detail-total')).toHaveText('€60.96');
  await expect(page.getByTestId('order-balance-due')).toHaveText('€0.00');

  // A second device that re-imports the same report after syncing adds nothing either.
  await waitUntilSynced(page);
  const b = await openDevice(browser, platform.url, 'yangjiang-knives');
  await b.page.goto('/orders');
  await expect(b.page.getByTestId('order-count')).toHaveText('显示 7 / 共 7', { timeout: 20_000 });
  expect(await importFile(b.page, 'amazon-all-orders.txt')).toBe('新导入 0 个订单，3 个已存在');
  expect(await importFile(b.page, 'shopee-orders.csv')).toBe('新导入 0 个订单，2 个已存在');
});
