import { expect, test, type Page } from '@playwright/test';
import { openDevice, waitUntilSynced, type Device } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';

const platform = platformForFile();

async function pickProduct(page: Page, index: number, sku: string): Promise<void> {
  await page.getByTestId(`order-line-product-${index}`).click();
  await page.keyboard.type(sku);
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: `${sku} ·` })
    .first()
    .click();
}

async function openOrder(device: Device, number: string): Promise<void> {
  await device.page.getByRole('menuitem', { name: '订单' }).click();
  await device.page.getByTestId(`order-row-${number}`).click();
  await expect(device.page.getByTestId('order-number')).toHaveText(number);
}

async function editOrder(device: Device, number: string, change: { quantities?: Record<number, string>; notes?: string }): Promise<void> {
  await openOrder(device, number);
  await device.page.getByTestId('order-edit').click();
  for (const [index, quantity] of Object.entries(change.quantities ?? {})) await device.page.getByTestId(`order-line-quantity-${index}`).fill(quantity);
  if (change.notes !== undefined) await device.page.getByTestId('order-notes').fill(change.notes);
  await device.page.getByTestId('order-save').click();
  await expect(device.page.getByTestId('order-number')).toHaveText(number);
}

const quantityOf = (device: Device, sku: string) => device.page.getByTestId(`order-detail-line-${sku}`).getByTestId('order-detail-quantity');

test('@fair two devices edit one order offline: separate edits are both kept, the same line’s quantity waits for a choice', async ({ browser }) => {
  const a = await openDevice(browser, platform.url, 'yangjiang-knives');
  const b = await openDevice(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(a.page);
  await waitUntilSynced(b.page);

  await a.page.goto('/orders/new');
  await a.page.getByTestId('order-buyer').fill('Cuchillería Toledo S.L.');
  await pickProduct(a.page, 0, 'LF-CH8');
  await a.page.getByTestId('order-add-line').click();
  await pickProduct(a.page, 1, 'LF-CL21');
  await a.page.getByTestId('order-save').click();
  const row = a.page.locator('tr[data-testid^="order-row-"]').filter({ hasText: 'Cuchillería Toledo' });
  const number = (await row.getAttribute('data-testid'))!.replace('order-row-', '');
  await waitUntilSynced(a.page);
  await expect(async () => {
    await b.page.getByRole('menuitem', { name: '订单' }).click();
    await expect(b.page.getByTestId(`order-row-${number}`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await editOrder(a, number, { quantities: { 0: '300' }, notes: 'A: pack 12 per carton' });
  await editOrder(b, number, { quantities: { 0: '360', 1: '450' } });

  await b.context.setOffline(false);
  await waitUntilSynced(b.page);
  await a.context.setOffline(false);
  await waitUntilSynced(a.page);

  await openOrder(a, number);
  const conflict = a.page.getByTestId('order-conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('LF-CH8');
  await expect(conflict.getByTestId('order-conflict-mine')).toHaveText('300');
  await expect(conflict.getByTestId('order-conflict-theirs')).toHaveText('360');
  await expect(quantityOf(a, 'LF-CH8')).toHaveText('360');
  await expect(quantityOf(a, 'LF-CL21')).toHaveText('450');
  await expect(a.page.getByTestId('order-detail-notes')).toHaveText('A: pack 12 per carton');

  await conflict.getByTestId('order-conflict-keep-mine').click();
  await expect(a.page.getByTestId('order-conflicts')).toHaveCount(0);
  await expect(quantityOf(a, 'LF-CH8')).toHaveText('300');
  await expect(async () => {
    await openOrder(b, number);
    await expect(quantityOf(b, 'LF-CH8')).toHaveText('300', { timeout: 500 });
    await expect(quantityOf(b, 'LF-CL21')).toHaveText('450', { timeout: 500 });
    await expect(b.page.getByTestId('order-detail-notes')).toHaveText('A: pack 12 per carton', { timeout: 500 });
  }).toPass({ timeout: 15_000 });
  await expect(b.page.getByTestId('order-conflicts')).toHaveCount(0);
});
