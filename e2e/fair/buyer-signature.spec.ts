import { expect, test, type Locator } from '@playwright/test';
import { openDevice, waitUntilSynced } from '../support/app.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';
import { captureBuyer, openFairMode, openPhone, pdfText, saveFairOrder, scan } from './support.ts';

let platform: RunningPlatform;
test.beforeAll(async () => {
  platform = await startPlatform();
});
test.afterAll(async () => {
  await platform?.stop();
});

const HAMBURG = { company: 'Hamburg Küchen GmbH', contact: 'Jana Fischer', country: 'Germany', email: 'einkauf@hk.de', phone: '+49 40 1234 5678' };

async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [first, second] = [await a.boundingBox(), await b.boundingBox()];
  if (!first || !second) return false;
  return first.x < second.x + second.width && second.x < first.x + first.width && first.y < second.y + second.height && second.y < first.y + first.height;
}

test('@fair offline on a phone, a quote names its port, the buyer signs it, and the proforma shows deposit, balance and the signature', async ({ browser }) => {
  const phone = await openPhone(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(phone.page);
  await openFairMode(phone.page);
  await phone.context.setOffline(true);
  const { page } = phone;

  await captureBuyer(page, HAMBURG, 'order');
  await scan(page, 'LF-CH8-G10');
  await expect(page.getByTestId('order-line-0')).toContainText('LF-CH8-G10');
  // FOB starts at the merchant's first port of loading; CIF asks for the buyer's port instead.
  await expect(page.getByTestId('order-incoterm-place').locator('input')).toHaveValue('Shenzhen (Yantian)');
  await page.getByTestId('order-incoterm').getByText('CIF', { exact: true }).click();
  await expect(page.getByTestId('order-incoterm-place').locator('input')).toHaveValue('');
  await page.getByTestId('order-incoterm-place').locator('input').fill('Hamburg');
  const number = await saveFairOrder(page);

  // The saved toast never sits over the document language or the proforma button.
  const toast = page.locator('.ant-message-notice').filter({ hasText: /已保存在本机|saved on this device/ });
  await expect(toast).toBeVisible();
  expect(await overlaps(toast, page.getByTestId('proforma-language'))).toBe(false);
  expect(await overlaps(toast, page.getByTestId('order-proforma'))).toBe(false);

  await page.getByTestId('order-sign').click();
  const canvas = page.getByTestId('signature-canvas');
  // A tap first: Playwright waits for the dialog to finish opening before it, so the box below is where the canvas stays.
  await canvas.click({ position: { x: 12, y: 12 } });
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 100);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) await page.mouse.move(box.x + 20 + step * 18, box.y + 100 - (step % 2) * 50);
  await page.mouse.up();
  await expect(page.getByTestId('signature-signer')).toHaveValue('Jana Fischer');
  await page.getByTestId('signature-save').click();
  await expect(page.getByTestId('order-signature')).toHaveAttribute('src', /^data:image\/png;base64,/);
  await expect(page.getByTestId('order-signed-by')).toContainText('Jana Fischer');

  await page.getByTestId('proforma-language').click();
  await page
    .locator('.ant-select-item-option')
    .filter({ hasText: /英语|English/ })
    .click();
  await page.getByTestId('order-proforma').click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('proforma-no-named-place')).toHaveCount(0);
  await expect(page.getByTestId('proforma-buyer-signature').locator('img')).toBeVisible();
  const text = await pdfText(page);
  for (const expected of ['CIF Hamburg', 'Deposit (30%, on con', 'USD 390.00', 'Balance (70%, before shipment) USD 910.00', 'Accepted by the buyer: Jana Fischer'])
    expect(text, expected).toContain(expected);
  expect(text).not.toContain('Amount outstanding');

  // Back online, the desk computer gets the signed quote.
  await phone.context.setOffline(false);
  const desk = await openDevice(browser, platform.url, 'yangjiang-knives');
  await desk.page.getByRole('menuitem', { name: /订单|Orders/ }).click();
  await desk.page.getByTestId(`order-row-${number}`).click({ timeout: 30_000 });
  await expect(desk.page.getByTestId('order-signed-by')).toContainText('Jana Fischer');
  await expect(desk.page.getByTestId('order-signature')).toHaveAttribute('src', /^data:image\/png;base64,/);
});
