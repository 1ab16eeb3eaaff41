import { expect, test } from '@playwright/test';
import { openDevice, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { captureBuyer, openFairMode, openPhone, pdfText, pickBuyer, saveFairOrder, scan } from './support.ts';

const platform = platformForFile();

const TOLEDO = { company: 'Cuchillería Toledo S.L.', contact: 'Lucía Gómez', country: 'Spain', email: 'compras@toledo.es', phone: '+34 925 21 33 44' };
const HAMBURG = { company: 'Hamburg Küchen GmbH', contact: 'Jana Fischer', country: 'Germany', email: 'einkauf@hk.de', phone: '+49 40 1234 5678' };
const LONE_STAR = { company: 'Lone Star Cutlery LLC', contact: 'Dan Miller', country: 'United States', email: 'dan@lonestar.example', phone: '+1 512 555 0147', tier: '批发价' as const };

test('@fair a phone offline all day: 3 buyers, 5 orders (one scanned), a proforma PDF, a reload, then the desk sees them', async ({ browser }) => {
  test.setTimeout(180_000);
  const phone = await openPhone(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(phone.page);
  await openFairMode(phone.page);
  await phone.context.setOffline(true);
  const { page } = phone;
  await expect(page.getByTestId('fair-online')).toHaveText(/离线|Offline/);

  await captureBuyer(page, TOLEDO);
  await captureBuyer(page, HAMBURG);
  // Typing the same company again warns before a duplicate is saved.
  await page.getByTestId('fair-new-buyer').click();
  await page.getByTestId('buyer-company').fill('CUCHILLERIA TOLEDO SL');
  await expect(page.getByTestId('buyer-duplicates')).toContainText(TOLEDO.company);
  await page.goBack();
  await captureBuyer(page, LONE_STAR, 'order');

  // Order 1, for the buyer just captured (wholesale: 5 % off list): a barcode from the scanner, then a SKU typed.
  await expect(page.getByTestId('order-buyer')).toHaveValue(LONE_STAR.company);
  await scan(page, '6921234500019');
  await expect(page.getByTestId('order-line-0')).toContainText('LF-CH8-G10');
  await expect(page.getByTestId('order-line-quantity-0')).toHaveValue('200');
  await scan(page, 'LF-CL21');
  await expect(page.getByTestId('order-line-1')).toContainText('LF-CL21');
  await expect(page.getByTestId('order-total')).toHaveText('US$2,718.00');
  const numbers = [await saveFairOrder(page)];

  // The proforma of order 1, printed by Chromium to PDF, in the buyer's language (English).
  await page.getByTestId('order-proforma').click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('dir', 'ltr');
  const text = await pdfText(page);
  for (const expected of [
    'PROFORMA INVOICE',
    numbers[0]!,
    'Lone Star Cutlery LLC',
    'Dan Miller',
    'United States',
    'LF-CH8-G10',
    "8-inch stainless steel chef's knife",
    'LF-CL21',
    '6.18',
    '4.94',
    '1,236.00',
    '1,482.00',
    'USD 2,718.00',
    'Deposit (30%, on con',
    'USD 815.40',
    'Balance (70%, before shipment)',
    'USD 1,902.60',
    'FOB Shenzhen (Yantian)',
    'ICBKCNBJGDG',
  ]) {
    expect(text, expected).toContain(expected);
  }
  await page.getByTestId('proforma-back').click();
  await page.getByRole('link', { name: /返回|Back/ }).click();

  // Orders 2–5: buyers picked from the captured ones, products scanned, tapped or typed.
  await page.getByTestId('fair-new-order').click();
  await pickBuyer(page, TOLEDO.company);
  await page.getByTestId('order-scan').fill('folding');
  await page.getByTestId('order-scan-option-LF-FK35-OD').click();
  await page.getByTestId('order-currency').click();
  await page.locator('.ant-select-item-option').filter({ hasText: 'EUR' }).click();
  await expect(page.getByTestId('order-line-price-0')).toHaveValue('3.54');
  numbers.push(await saveFairOrder(page));

  for (const [buyer, code] of [
    [HAMBURG, '6921234500057'],
    [TOLEDO, 'LF-TS10'],
    [HAMBURG, 'LF-PR35D'],
  ] as const) {
    await page.goto('/fair');
    await page.getByTestId('fair-new-order').click();
    await pickBuyer(page, buyer.company);
    await scan(page, code);
    await page
      .getByRole('button', { name: /增加|More/ })
      .first()
      .click();
    numbers.push(await saveFairOrder(page));
  }
  expect(new Set(numbers).size).toBe(5);

  // The day's work survives a reload with no network.
  await page.reload();
  await page.goto('/fair');
  for (const number of numbers) await expect(page.getByTestId(`fair-order-row-${number}`)).toBeVisible();
  await expect(page.getByTestId('fair-buyer-row')).toHaveCount(3);
  await page.getByTestId('fair-summary').click();
  await expect(page.getByTestId('day-summary-orders')).toContainText('5');
  await expect(page.getByTestId('day-summary-buyers')).toContainText('3');
  await expect(page.getByTestId('day-summary-total-USD')).toBeVisible();
  await expect(page.getByTestId('day-summary-total-EUR')).toBeVisible();

  // Back online: the desk computer of the same merchant gets every order.
  await phone.context.setOffline(false);
  const desk = await openDevice(browser, platform.url, 'yangjiang-knives');
  await desk.page.getByRole('menuitem', { name: /订单|Orders/ }).click();
  await expect(async () => {
    for (const number of numbers) await expect(desk.page.getByTestId(`order-row-${number}`)).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000 });
  await desk.page.getByTestId(`order-row-${numbers[0]}`).click();
  await expect(desk.page.getByTestId('order-buyer-name')).toHaveText(LONE_STAR.company);
  await expect(desk.page.getByTestId('order-detail-total')).toHaveText('US$2,718.00');
});
