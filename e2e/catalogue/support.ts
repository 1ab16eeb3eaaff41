import { expect, type Browser, type Page } from '@playwright/test';
import { openDevice, openProduct, type Device } from '../support/app.ts';

/** A device logged in with the interface in English, so tests can name labels in one language. */
export async function openEnglishDevice(browser: Browser, baseURL: string, username: string): Promise<Device> {
  const device = await openDevice(browser, baseURL, username);
  await device.page.getByText('English', { exact: true }).click();
  await expect(device.page.getByRole('menuitem', { name: 'Products' })).toBeVisible();
  return device;
}

/** Picks an option of an Ant Design select by its visible text (typing narrows searchable ones). */
export async function pickOption(page: Page, testId: string, text: string, search?: string): Promise<void> {
  const select = page.getByTestId(testId);
  // Until the select shows the choice: a click landing while the dropdown still opens is lost.
  await expect(async () => {
    await select.click();
    if (search) await page.keyboard.type(search);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click({ timeout: 2_000 });
    await expect(select).toContainText(text, { timeout: 1_000 });
  }).toPass();
}

/** Creates a listing for the open product and lands on its page. */
export async function createListing(page: Page, sku: string, channel: string, market: { code: string; name: string }): Promise<void> {
  await openProduct(page, sku);
  await page.getByTestId('product-tab-listings').click();
  await page.getByTestId('listing-new').click();
  await pickOption(page, 'listing-channel', channel);
  await pickOption(page, 'listing-market', market.name, market.code);
  await page.getByTestId('listing-create').click();
  await expect(page.getByTestId('listing-heading')).toHaveText(new RegExp(market.name));
}

export async function expectFinding(page: Page, ruleId: string, outcome: 'block' | 'warn' | 'met' | 'upcoming', text?: RegExp): Promise<void> {
  const finding = page.getByTestId(`finding-${ruleId}`);
  await expect(finding).toHaveAttribute('data-outcome', outcome);
  if (text) await expect(finding.getByTestId(`finding-reason-${ruleId}`)).toHaveText(text);
}

export async function addEvidence(page: Page, key: string, value: string): Promise<void> {
  await page.getByTestId(`evidence-input-${key}`).first().fill(value);
  await page.getByTestId(`evidence-add-${key}`).first().click();
}

/** Opens the product's listings tab and returns the row of one listing. */
export async function listingRow(page: Page, sku: string, channel: string, market: string) {
  await openProduct(page, sku);
  await page.getByTestId('product-tab-listings').click();
  return page.getByTestId(`listing-row-${channel}-${market}`);
}

export const MARKETS = {
  GB: { code: 'GB', name: 'United Kingdom' },
  DE: { code: 'DE', name: 'Germany' },
  US: { code: 'US', name: 'United States' },
} as const;

/** A photo as a camera would give it: drawn in the browser, 1600×1200 PNG. */
export async function photo(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(async () => {
    const canvas = new OffscreenCanvas(1600, 1200);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, 1600, 1200);
    gradient.addColorStop(0, '#0b6e4f');
    gradient.addColorStop(1, '#f5c518');
    context.fillStyle = gradient;
    context.fillRect(0, 0, 1600, 1200);
    context.fillStyle = '#fff';
    context.font = 'bold 160px sans-serif';
    context.fillText('LF-CH8', 420, 640);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as string);
      reader.readAsDataURL(blob);
    });
  });
  return Buffer.from(dataUrl.split(',')[1]!, 'base64');
}
