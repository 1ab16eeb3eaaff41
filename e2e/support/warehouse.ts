import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { openSyncedDevice, type Device } from './app.ts';

export const CHEF_BARCODE = '6921234500019'; // LF-CH8-G10
export const chefInGoodCangUs = (page: Page) => page.getByTestId('stock-row-gc-us-west-LF-CH8-G10');

export async function openStock(page: Page): Promise<void> {
  await page.getByRole('menuitem', { name: /海外仓库存|Overseas stock/ }).click();
  await expect(chefInGoodCangUs(page)).toBeVisible();
}

/** The knife maker's synced device on the stock screen, and its LF-CH8-G10 row in GoodCang US. */
export async function openKnifeMakerStock(browser: Browser, baseURL: string): Promise<Device & { chef: Locator }> {
  const device = await openSyncedDevice(browser, baseURL, 'yangjiang-knives');
  await openStock(device.page);
  return { ...device, chef: chefInGoodCangUs(device.page) };
}

/** Packs a sea FCL shipment to GoodCang US of 3 cartons × 40 LF-CH8-G10 (scanned, then copied) and returns its reference. */
export async function packThreeCartonSeaShipment(page: Page): Promise<string> {
  await page.getByRole('menuitem', { name: /头程货件|First-leg shipments/ }).click();
  await page.getByTestId('shipment-new').click();
  await page.getByTestId('shipment-warehouse').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'gc-us-west' }).click();
  await page.getByTestId('shipment-mode').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /海运整柜|Sea \(FCL\)/ })
    .click();
  const first = page.getByTestId('carton-1');
  await first.getByTestId('order-scan').pressSequentially(CHEF_BARCODE);
  await first.getByTestId('order-scan').press('Enter');
  await first.getByTestId('carton-qty-LF-CH8-G10').fill('40');
  await first.getByTestId('carton-copy').click();
  await page.getByTestId('carton-2').getByTestId('carton-copy').click();
  await expect(page.getByTestId('carton-3').getByTestId('carton-number')).toHaveValue('C3');
  await expect(page.getByTestId('shipment-totals')).toHaveText(/3 箱，120 件|3 cartons, 120 units/);
  await page.getByTestId('shipment-save').click();
  const reference = (await page.getByTestId('shipment-reference').textContent())!;
  expect(reference).toMatch(/^[A-Z0-9]+-SH-\d{8}-[0-9A-F]{6}$/);
  return reference;
}
