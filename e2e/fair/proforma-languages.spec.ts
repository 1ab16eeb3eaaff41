import { expect, test } from '@playwright/test';
import { createOrder, openDevice, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { hasArabic, pdfText } from './support.ts';

const platform = platformForFile();

test('@fair the Arabic proforma is right to left; Spanish and Russian print their own characters', async ({ browser }) => {
  const { page } = await openDevice(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(page);
  const number = await createOrder(page, { buyer: 'Al Noor Trading LLC', productSku: 'LF-CH8', quantity: '240' });
  await page.getByTestId(`order-row-${number}`).click();
  await page.getByTestId('order-proforma').click();

  await page.getByTestId('proforma-languages').getByText('AR', { exact: true }).click();
  const arabic = page.getByTestId('proforma');
  await expect(arabic).toHaveAttribute('dir', 'rtl');
  await expect(arabic).toHaveAttribute('lang', 'ar');
  // Chromium lays the document out right to left: the title block sits at the left edge, the seller at the right.
  const seller = await arabic.locator('header > div').first().boundingBox();
  const title = await arabic.locator('header > div').last().boundingBox();
  expect(seller!.x).toBeGreaterThan(title!.x);
  const arabicText = await pdfText(page);
  for (const expected of ['فاتورة مبدئية', 'المشتري', 'الإجمالي', 'الرصيد', 'قبل الشحن']) expect(hasArabic(arabicText, expected), expected).toBe(true);
  for (const expected of ['Al Noor Trading LLC', number, 'LF-CH8', 'USD 1,560.00', 'USD 468.00']) expect(arabicText, expected).toContain(expected);

  await page.getByTestId('proforma-languages').getByText('ES', { exact: true }).click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('lang', 'es');
  await expect(page.getByTestId('proforma')).toHaveAttribute('dir', 'ltr');
  const spanish = await pdfText(page);
  for (const expected of ['FACTURA PROFORMA', 'Descripción', 'CONDICIONES DE PAGO', 'Anticipo del 30 % por transferencia', 'USD 1560,00']) expect(spanish, expected).toContain(expected);

  // Print only once the page shows the chosen language: the PDF is whatever is on screen at that moment.
  await page.getByTestId('proforma-languages').getByText('RU', { exact: true }).click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('lang', 'ru');
  const russian = await pdfText(page);
  for (const expected of ['СЧЁТ-ПРОФОРМА', 'Наименование', 'УСЛОВИЯ ОПЛАТЫ', 'Остаток (70%, до отгрузки)', 'USD 1 560,00']) expect(russian, expected).toContain(expected);
});
