import { expect, test, type Page } from '@playwright/test';
import { openDevice, waitUntilSynced } from '../support/app.ts';
import { seedOrders, startCustomsPark, type CustomsPark, type SeedOrder } from './support.ts';

const amazon = (number: string, buyerName: string, sku: string, quantity: number, unitPrice: number): SeedOrder => ({
  number,
  channel: 'amazon',
  buyerName,
  buyerCountry: 'US',
  lines: [{ sku, quantity, unitPrice }],
});

const FIRST_BATCH = [
  amazon('YJ01-000101', 'Michael Turner', 'LF-CH8-G10', 2, 2999),
  amazon('YJ01-000102', 'Jennifer Alvarez', 'LF-KS21-RED', 3, 1299),
  amazon('YJ01-000104', 'David Kim', 'LF-TS10', 2, 1599),
  amazon('YJ01-000105', 'Sarah Johnson', 'LF-CL21', 1, 5980),
  amazon('YJ01-000106', 'Robert Chen', 'LF-BK20', 1, 2499),
];
const SECOND_BATCH = [amazon('YJ01-000107', 'Emily Davis', 'LF-PR35D', 2, 3499), amazon('YJ01-000108', 'James Wilson', 'LF-FK35-BLK', 1, 2450)];
const FAIR_ORDER: SeedOrder = { number: 'YJ02-000031', channel: 'fair', buyerName: 'Küchenhaus Berlin GmbH', buyerCountry: 'DE', lines: [{ sku: 'LF-KS21-BLK', quantity: 100, unitPrice: 180 }] };
const REASON = '申报要素与商品编码不符，请核对后重新申报';

let park: CustomsPark;
test.beforeAll(async () => {
  park = await startCustomsPark();
  await seedOrders(park.platform.url, [...FIRST_BATCH, ...SECOND_BATCH, FAIR_ORDER]);
});
test.afterAll(async () => {
  await park?.stop();
});

const waybillOf = (number: string) => `LX${number.slice(-6)}118CN`;

async function pick(page: Page, numbers: string[]) {
  for (const number of numbers) {
    await page.getByTestId(`declare-pick-${number}`).check();
    await page.getByTestId(`declare-waybill-${number}`).fill(waybillOf(number));
  }
}

/** Waits on the single window's own record until these orders' messages of this appType arrived (order + inventory each). */
async function declaredAtSingleWindow(numbers: string[], appType: '1' | '2') {
  await expect
    .poll(async () => (await park.simulator.declarations()).filter((declaration) => numbers.includes(declaration.orderNo) && declaration.appType === appType).length, { timeout: 60_000 })
    .toBe(numbers.length * 2);
}

test('@customs offline a Yangjiang merchant declares 5 Amazon orders, fixes the missing HS code in place, and sees 放行 with the receipts; a rejected batch is fixed and resent; a fair order goes as 9710', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const { page, context } = await openDevice(browser, park.platform.url, 'yangjiang-knives');
  await waitUntilSynced(page);
  await page.getByRole('menuitem', { name: '海关申报' }).click();
  await expect(page.getByTestId('declare-order-YJ01-000106')).toBeVisible();
  await expect(page.getByTestId('declare-order-YJ01-000106').getByTestId('declare-mode')).toHaveText('9610 零售');
  // The pre-check prices the goods in CNY with the rate table the device caches while online.
  await page.getByTestId('declare-pick-YJ01-000101').check();
  await expect(page.getByTestId('precheck-summary')).toBeVisible();
  await page.getByTestId('declare-pick-YJ01-000101').uncheck();

  await context.setOffline(true);
  await pick(
    page,
    FIRST_BATCH.map((order) => order.number),
  );
  await expect(page.getByTestId('declare-selected')).toHaveText('已选 5 个订单');
  await expect(page.getByTestId('precheck-summary')).toHaveText('发现 1 个问题，修改后才能提交。');
  const finding = page.getByTestId('finding-YJ01-000106-hsMissing');
  await expect(finding).toContainText('第 1 行（LF-BK20）的商品没有海关商品编码。');
  await expect(page.getByTestId('declaration-submit')).toBeDisabled();
  await finding.getByTestId('hs-fix-LF-BK20').fill('8211.92.00.00');
  await finding.getByTestId('hs-fix-save-LF-BK20').click();
  await expect(page.getByTestId('precheck-summary')).toHaveText('预检通过：可以提交，断网时也可以，联网后自动发送。');
  await page.getByTestId('declaration-submit').click();
  await expect(page.getByTestId('declaration-title')).toContainText('9610');
  await expect(page.getByTestId('declaration-status')).toHaveText('—');
  for (const order of FIRST_BATCH) await expect(page.getByTestId(`order-customs-status-${order.number}`)).toHaveText('—');

  await context.setOffline(false);
  await declaredAtSingleWindow(
    FIRST_BATCH.map((order) => order.number),
    '1',
  );
  await park.simulator.advanceClock(90);
  await expect(page.getByTestId('declaration-status')).toHaveText('放行', { timeout: 60_000 });
  for (const order of FIRST_BATCH) await expect(page.getByTestId(`order-customs-status-${order.number}`)).toHaveText('放行');
  const meanings = page.getByTestId('receipt-meaning');
  for (const meaning of ['电子口岸申报中', '海关入库', '海关审结', '放行']) await expect(meanings.filter({ hasText: new RegExp(`^${meaning}$`) }).first()).toBeVisible();
  await expect(page.getByTestId('declaration-rejection')).toHaveCount(0);

  // The order shows its declaration too.
  await page.getByTestId('declared-order-YJ01-000106').getByRole('link', { name: 'YJ01-000106' }).click();
  await expect(page.getByTestId('order-customs').getByTestId('order-customs-status')).toHaveText('放行');
  await expect(
    page
      .getByTestId('order-customs')
      .getByTestId('receipt-meaning')
      .filter({ hasText: /^放行$/ }),
  ).toBeVisible();

  // A second batch: customs turns both inventories down with a reason.
  await park.simulator.rejectNext(SECOND_BATCH.length, REASON);
  await page.getByRole('menuitem', { name: '海关申报' }).click();
  await pick(
    page,
    SECOND_BATCH.map((order) => order.number),
  );
  await expect(page.getByTestId('precheck-summary')).toHaveText(/^预检通过/);
  await page.getByTestId('declaration-submit').click();
  await declaredAtSingleWindow(
    SECOND_BATCH.map((order) => order.number),
    '1',
  );
  await park.simulator.advanceClock(5);
  await expect(page.getByTestId('declaration-status')).toHaveText('海关退单', { timeout: 60_000 });
  const rejection = page.getByTestId('declaration-rejection');
  await expect(rejection).toContainText('海关退单：请按原因修改后重新发送');
  await expect(rejection).toContainText(`原因（海关原文）：${REASON}`);
  await page.getByTestId('declare-waybill-YJ01-000108').fill('LX000108119CN');
  await expect(page.getByTestId('precheck-summary')).toHaveText(/^预检通过/);
  await page.getByTestId('declaration-resend').click();
  await expect(page.getByTestId('declaration-resend-waiting')).toBeVisible();
  await declaredAtSingleWindow(
    SECOND_BATCH.map((order) => order.number),
    '2',
  );
  await park.simulator.advanceClock(90);
  await expect(page.getByTestId('declaration-status')).toHaveText('放行', { timeout: 60_000 });
  await expect(page.getByTestId('declaration-rejection')).toHaveCount(0);
  await expect(page.getByTestId('receipt-meaning').filter({ hasText: /^海关退单$/ })).toHaveCount(SECOND_BATCH.length);

  // The fair's B2B order is declared as 9710.
  await page.getByRole('menuitem', { name: '海关申报' }).click();
  await page.getByTestId('declare-mode-9710').click();
  await expect(page.getByTestId('declare-order-YJ02-000031').getByTestId('declare-mode')).toHaveText('9710 B2B');
  await pick(page, [FAIR_ORDER.number]);
  await expect(page.getByTestId('precheck-summary')).toHaveText(/^预检通过/);
  await page.getByTestId('declaration-submit').click();
  await expect(page.getByTestId('declaration-title')).toContainText('9710');
  await declaredAtSingleWindow([FAIR_ORDER.number], '1');
  await park.simulator.advanceClock(90);
  await expect(page.getByTestId('declaration-status')).toHaveText('放行', { timeout: 60_000 });
  expect((await park.simulator.declarations()).filter((declaration) => declaration.orderNo === FAIR_ORDER.number).every((declaration) => declaration.received === 1)).toBe(true);
  await context.close();
});
