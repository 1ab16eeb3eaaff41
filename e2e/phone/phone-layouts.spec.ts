import { expect, test, type Page } from '@playwright/test';
import { createOrder, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';

const platform = platformForFile();

const PHONES = [
  { name: '360 × 740', viewport: { width: 360, height: 740 } },
  { name: '390 × 844', viewport: { width: 390, height: 844 } },
];

/** How far the page reaches past the screen's right edge (0 when nothing scrolls sideways). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

for (const phone of PHONES) {
  test(`@phone on a ${phone.name} phone no page of fair mode or the desk scrolls sideways`, async ({ browser }) => {
    // Twenty-one full page loads, each opening the encrypted database again: on a loaded machine
    // that alone passed the 90 s a test gets (fresh-clone run, 2026-12-02).
    test.slow();
    const context = await browser.newContext({ baseURL: platform.url, viewport: phone.viewport, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByTestId('login-username').fill('yangjiang-knives');
    await page.getByTestId('login-password').fill('tradewind-demo');
    await page.getByTestId('login-submit').click();
    await waitUntilSynced(page);
    await page.goto('/products');
    await page.getByTestId('product-row-LF-CH8').click();
    await expect(page.getByTestId('product-title')).toBeVisible();
    const productPath = new URL(page.url()).pathname;
    await page.goto('/orders');
    const number = await createOrder(page, { buyer: `Cuchillería Toledo ${phone.viewport.width}`, productSku: 'LF-CH8', quantity: '200' });
    await page.getByTestId(`order-row-${number}`).click();
    await expect(page.getByTestId('order-number')).toHaveText(number);
    const orderPath = new URL(page.url()).pathname;

    // The desk header stays one slim bar: well under a third of the screen.
    const header = await page.locator('.ant-layout-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    // No white frame: the header starts at the screen's corner.
    expect(header!.x).toBe(0);
    expect(header!.y).toBe(0);

    const routes: { path: string; ready: string }[] = [
      { path: '/products', ready: 'product-row-LF-CH8' },
      { path: productPath, ready: 'product-title' },
      { path: '/products/new', ready: 'product-name' },
      { path: '/catalogue/import', ready: 'sync-bar' },
      { path: '/listings', ready: 'sync-bar' },
      { path: '/orders', ready: `order-row-${number}` },
      { path: orderPath, ready: 'order-number' },
      { path: `${orderPath}/edit`, ready: 'order-save' },
      { path: '/orders/new', ready: 'order-save' },
      { path: '/orders/import', ready: 'sync-bar' },
      { path: '/customs', ready: 'sync-bar' },
      { path: '/notices', ready: 'sync-bar' },
      { path: '/conflicts', ready: 'sync-bar' },
      { path: '/profile', ready: 'profile-form' },
      { path: '/settings', ready: 'sync-bar' },
      { path: '/fair', ready: 'fair-new-buyer' },
      { path: '/fair/buyers/new', ready: 'buyer-company' },
      { path: '/fair/orders/new', ready: 'order-scan' },
      { path: `/fair${orderPath}`, ready: 'order-number' },
      { path: `/fair${orderPath}/edit`, ready: 'order-save' },
      { path: '/fair/summary', ready: 'day-summary' },
    ];
    const wide: string[] = [];
    for (const route of routes) {
      await page.goto(route.path);
      await expect(page.getByTestId(route.ready).first()).toBeVisible();
      const extra = await overflow(page);
      if (extra > 0) wide.push(`${route.path} +${extra}px`);
      if (route.path.startsWith('/fair')) {
        // The exit button sits fully on screen.
        const exit = await page.getByTestId('fair-exit').boundingBox();
        expect(exit!.x + exit!.width, route.path).toBeLessThanOrEqual(phone.viewport.width);
      }
    }
    expect(wide).toEqual([]);
    await context.close();
  });
}
