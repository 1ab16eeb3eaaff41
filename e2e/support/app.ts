import { expect, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';

export interface Device {
  context: BrowserContext;
  page: Page;
}

/** A device is its own browser context: its own IndexedDB, service worker and network switch. */
export async function openDevice(browser: Browser, baseURL: string, username: string, viewport = { width: 1280, height: 800 }, deviceName?: string): Promise<Device> {
  return logIn(await browser.newContext({ baseURL, viewport }), username, deviceName);
}

/** Logs a demo merchant in on a fresh device and waits until the app shell works offline. */
export async function logIn(context: BrowserContext, username: string, deviceName?: string): Promise<Device> {
  const page = await context.newPage();
  await page.goto('/');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill('tradewind-demo');
  if (deviceName) await page.getByTestId('login-device-name').fill(deviceName);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('sync-bar')).toBeVisible();
  // The app shell must be cached by the service worker before the device can reload offline.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return { context, page };
}

/** A merchant's fresh device, logged in and holding everything the platform has for it: where most specs start. */
export async function openSyncedDevice(browser: Browser, baseURL: string, username: string): Promise<Device> {
  const device = await openDevice(browser, baseURL, username);
  await waitUntilSynced(device.page);
  return device;
}

/** Fills each field found by its test id in `scope`, in the order given. */
export async function fillByTestId(scope: Page | Locator, values: Record<string, string>): Promise<void> {
  for (const [testId, value] of Object.entries(values)) await scope.getByTestId(testId).fill(value);
}

export async function waitUntilSynced(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-online')).toHaveText(/在线|Online/);
  await expect(page.getByTestId('sync-pending')).toHaveText(/已全部同步|All changes synced/);
}

export async function openProduct(page: Page, sku: string): Promise<void> {
  await page.getByRole('menuitem', { name: /商品|Products/ }).click();
  await page.getByTestId(`product-row-${sku}`).click();
  await expect(page.getByTestId('product-title')).toBeVisible();
}

export async function editProduct(page: Page, sku: string, change: { price?: string; description?: string }): Promise<void> {
  await openProduct(page, sku);
  await page.getByTestId('product-edit').click();
  if (change.price !== undefined) await page.getByTestId('product-price').fill(change.price);
  if (change.description !== undefined) await page.getByTestId('product-description').fill(change.description);
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('product-title')).toBeVisible();
}

export async function createProduct(page: Page, product: { name: string; sku: string; hsCode: string; price: string }): Promise<void> {
  await page.getByRole('menuitem', { name: /商品|Products/ }).click();
  await page.getByTestId('product-new').click();
  await page.getByTestId('product-name').fill(product.name);
  await page.getByTestId('product-sku').fill(product.sku);
  await page.getByTestId('product-hs').fill(product.hsCode);
  await page.getByTestId('product-price').fill(product.price);
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('product-title')).toHaveText(product.name);
}

/** Creates an order with one line and returns its number as shown in the list. */
export async function createOrder(page: Page, order: { buyer: string; productSku: string; quantity: string }): Promise<string> {
  await page.getByRole('menuitem', { name: /订单|Orders/ }).click();
  await page.getByTestId('order-new').click();
  await page.getByTestId('order-buyer').fill(order.buyer);
  await page.getByTestId('order-line-product-0').click();
  await page.keyboard.type(order.productSku);
  await page.locator('.ant-select-item-option').filter({ hasText: order.productSku }).first().click();
  await page.getByTestId('order-line-quantity-0').fill(order.quantity);
  await page.getByTestId('order-save').click();
  const row = page.locator('tr[data-testid^="order-row-"]').filter({ hasText: order.buyer });
  await expect(row).toBeVisible();
  return (await row.getAttribute('data-testid'))!.replace('order-row-', '');
}
