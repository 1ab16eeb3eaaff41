import { expect, test } from '@playwright/test';
import { createOrder, createProduct, editProduct, openProduct, openSyncedDevice, waitUntilSynced, type Device } from './support/app.ts';
import { platformForFile } from './support/platform.ts';

const platform = platformForFile();

async function expectProduct(device: Device, sku: string, price: RegExp, description: string) {
  await openProduct(device.page, sku);
  await expect(device.page.getByTestId('product-price-value')).toHaveText(price);
  await expect(device.page.getByTestId('product-description-value')).toHaveText(description);
}

test('offline edits on one device merge with online edits on another, and survive an offline reload', async ({ browser }) => {
  const a = await openSyncedDevice(browser, platform.url, 'yangjiang-knives');
  const b = await openSyncedDevice(browser, platform.url, 'yangjiang-knives');

  await a.context.setOffline(true);
  await createProduct(a.page, { name: '展会样品 陶瓷刀 6 英寸', sku: 'LF-CR6', hsCode: '8211920000', price: '3.80' });
  const orderNumber = await createOrder(a.page, { buyer: 'Cuchillería Toledo S.L.', productSku: 'LF-CH8', quantity: '240' });
  expect(orderNumber).toMatch(/^YJ\d{2}-\d{6}$/);
  await editProduct(a.page, 'LF-CH8', { price: '7.25' });
  await expect(a.page.getByTestId('sync-pending')).toHaveText(/待同步|waiting/);

  const description = 'B 设备修改：5Cr15MoV 不锈钢，刃长 200 mm，附礼盒';
  await editProduct(b.page, 'LF-CH8', { description });
  await waitUntilSynced(b.page);

  await a.context.setOffline(false);
  const backOnline = Date.now();
  await expect(async () => {
    await expectProduct(a, 'LF-CH8', /7\.25/, description);
    await expectProduct(b, 'LF-CH8', /7\.25/, description);
  }).toPass({ timeout: 5_000, intervals: [250] });
  await b.page.getByRole('menuitem', { name: '商品' }).click();
  await expect(b.page.getByTestId('product-row-LF-CR6')).toBeVisible({ timeout: Math.max(1, 5_000 - (Date.now() - backOnline)) });
  await b.page.getByRole('menuitem', { name: '订单' }).click();
  await expect(b.page.getByTestId(`order-row-${orderNumber}`)).toBeVisible({ timeout: Math.max(1, 5_000 - (Date.now() - backOnline)) });
  await waitUntilSynced(a.page);

  for (const device of [a, b]) {
    await device.context.setOffline(true);
    await device.page.reload();
    await expect(device.page.getByTestId('sync-online')).toHaveText(/离线|Offline/);
    await expectProduct(device, 'LF-CH8', /7\.25/, description);
    await device.page.getByRole('menuitem', { name: '商品' }).click();
    await expect(device.page.getByTestId('product-row-LF-CR6')).toBeVisible();
    await device.page.getByRole('menuitem', { name: '订单' }).click();
    await expect(device.page.getByTestId(`order-row-${orderNumber}`)).toBeVisible();
  }
});
