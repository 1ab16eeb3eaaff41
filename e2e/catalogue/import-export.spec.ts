import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { platformForFile } from '../support/platform.ts';
import { openEnglishDevice } from './support.ts';

const platform = platformForFile();

const ROWS = 1000;
/** Sheet rows (header is row 1) that carry one mistake each. */
const BAD = { 102: { hsCode: '82119' }, 503: { price: 'six dollars' }, 904: { 'attr.edge': 'wavy' } } as Record<number, Record<string, string>>;

/** A 1,000-product workbook as a merchant would fill it in, headers in "label (key)" form. */
async function catalogueWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('商品 products');
  const keys = ['sku', 'name', 'nameEn', 'category', 'hsCode', 'origin', 'brand', 'price', 'currency', 'moq', 'unit', 'attr.bladeLengthMm', 'attr.edge', 'attr.steel', 'attr.foodContact'];
  sheet.addRow(keys.map((key) => `${key} (${key})`));
  for (let i = 0; i < ROWS; i++) {
    const row: Record<string, string | number | boolean> = {
      sku: `IMP-${String(i).padStart(4, '0')}`,
      name: `导入厨刀 ${i}`,
      nameEn: `Imported kitchen knife ${i}`,
      category: 'knives.kitchen',
      hsCode: '8211920000',
      origin: 'CN',
      brand: 'LIFENG',
      price: 3 + (i % 50) / 10,
      currency: 'USD',
      moq: 100,
      unit: 'pc',
      'attr.bladeLengthMm': 120 + (i % 100),
      'attr.edge': 'Plain',
      'attr.steel': '5Cr15MoV',
      'attr.foodContact': true,
      ...BAD[i + 2],
    };
    sheet.addRow(keys.map((key) => row[key] ?? null));
  }
  await workbook.xlsx.writeFile(path);
}

async function upload(page: Page, file: string): Promise<void> {
  await page.getByRole('menuitem', { name: 'Products' }).click();
  await page.getByTestId('catalogue-import').click();
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByTestId('import-preview')).toBeVisible({ timeout: 30_000 });
}

test('@catalogue a 1,000-row workbook with 3 bad rows: exactly those rows reported, nothing written until accepted; export and re-import round-trips', async ({ browser }) => {
  test.setTimeout(180_000);
  const dir = mkdtempSync(join(tmpdir(), 'tradewind-import-'));
  const fixture = join(dir, 'catalogue.xlsx');
  await catalogueWorkbook(fixture);
  const { page } = await openEnglishDevice(browser, platform.url, 'yangjiang-knives');
  await page.getByRole('menuitem', { name: 'Products' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('Showing 6 of 6 products');

  await upload(page, fixture);
  await expect(page.getByTestId('import-error-count')).toContainText('3');
  const problemRows = page.locator('[data-testid^="import-problem-row-"]');
  await expect(problemRows).toHaveCount(3);
  for (const row of Object.keys(BAD)) await expect(page.getByTestId(`import-problem-row-products-${row}`)).toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('import-problem-row-products-102')).toContainText(/HS code 82119 is not complete; it needs 10 digits, e.g. 8211910000, 8211920000/);
  await expect(page.getByTestId('import-problem-row-products-503')).toContainText('Must be a number');
  await expect(page.getByTestId('import-problem-row-products-904')).toContainText('Value not understood: wavy');
  await expect(page.getByTestId('import-new-count')).toContainText('997');

  // Leaving the preview writes nothing.
  await page.getByTestId('import-cancel').click();
  await page.getByRole('menuitem', { name: 'Products' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('Showing 6 of 6 products');

  await upload(page, fixture);
  await page.getByTestId('import-accept-valid').click();
  await expect(page.getByTestId('import-done')).toContainText('997', { timeout: 60_000 });
  await page.getByRole('menuitem', { name: 'Products' }).click();
  await expect(page.getByTestId('product-count')).toHaveText('Showing 1003 of 1003 products');
  await page.getByTestId('product-search').locator('input').fill('IMP-0999');
  await expect(page.getByTestId('product-row-IMP-0999')).toBeVisible();
  await expect(page.getByTestId('product-row-IMP-0100')).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('catalogue-export').click()]);
  const exported = join(dir, download.suggestedFilename());
  await download.saveAs(exported);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(exported);
  const products = workbook.worksheets.find((sheet) => sheet.name.includes('products'))!;
  expect(products.actualRowCount).toBe(1 + 1003);

  await upload(page, exported);
  await expect(page.getByTestId('import-error-count')).toContainText('0');
  await expect(page.getByTestId('import-new-count')).toContainText('0');
  await expect(page.getByTestId('import-changed-count')).toContainText('0');
  await expect(page.getByTestId('import-unchanged-count')).toContainText('1,003');
});
