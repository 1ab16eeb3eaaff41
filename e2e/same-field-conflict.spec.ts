import { expect, test } from '@playwright/test';
import { editProduct, openProduct, openSyncedDevice, waitUntilSynced } from './support/app.ts';
import { platformForFile } from './support/platform.ts';

const platform = platformForFile();

test('the same field changed on two devices: the platform value wins, the other is kept as a conflict that can be restored', async ({ browser }) => {
  const a = await openSyncedDevice(browser, platform.url, 'yangjiang-knives');
  const b = await openSyncedDevice(browser, platform.url, 'yangjiang-knives');

  await a.context.setOffline(true);
  await editProduct(a.page, 'LF-CL21', { price: '5.95' });
  await editProduct(b.page, 'LF-CL21', { price: '6.40' });
  await waitUntilSynced(b.page);
  await a.context.setOffline(false);

  await expect(a.page.getByTestId('sync-conflicts')).toBeVisible();
  await openProduct(a.page, 'LF-CL21');
  await expect(a.page.getByTestId('product-price-value')).toHaveText(/6\.40/);

  await a.page.getByTestId('sync-conflicts').click();
  const conflict = a.page.getByTestId('conflict');
  await expect(conflict).toHaveCount(1);
  await expect(conflict.getByTestId('conflict-mine')).toHaveText('US$5.95');
  await expect(conflict.getByTestId('conflict-theirs')).toHaveText('US$6.40');

  await conflict.getByTestId('conflict-restore').click();
  await expect(a.page.getByTestId('conflict')).toHaveCount(0);
  await expect(a.page.getByTestId('sync-conflicts')).toHaveCount(0);
  await openProduct(a.page, 'LF-CL21');
  await expect(a.page.getByTestId('product-price-value')).toHaveText(/5\.95/);
  await expect(async () => {
    await openProduct(b.page, 'LF-CL21');
    await expect(b.page.getByTestId('product-price-value')).toHaveText(/5\.95/, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
});
