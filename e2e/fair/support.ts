import { expect, type Browser, type Page } from '@playwright/test';
import { pdfBytesText } from '../../test-support/pdf-text.ts';
import { logIn, type Device } from '../support/app.ts';

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** A phone at the fair: the PWA in a touch viewport, logged in while the hall still had a network. */
export async function openPhone(browser: Browser, baseURL: string, username: string): Promise<Device> {
  return logIn(await browser.newContext({ baseURL, ...PHONE }), username);
}

/** Opens fair mode once the catalogue and the exchange rates are on the device. */
export async function openFairMode(page: Page): Promise<void> {
  await page.goto('/products');
  await expect(page.getByTestId('product-row-LF-CH8')).toBeVisible();
  await page.goto('/fair');
  await expect(page.getByTestId('fair-mode')).toBeVisible();
  await expect(page.getByTestId('fair-rates')).toContainText('2026-11-20');
}

export interface BuyerCard {
  company: string;
  contact: string;
  country: string;
  email: string;
  phone: string;
  tier?: '标准价' | '批发价' | '代理价';
}

/** Captures a buyer from fair home; `then: 'order'` goes straight on to an order for them. */
export async function captureBuyer(page: Page, buyer: BuyerCard, then: 'home' | 'order' = 'home'): Promise<void> {
  await page.getByTestId('fair-new-buyer').click();
  await page.getByTestId('buyer-company').fill(buyer.company);
  await page.getByTestId('buyer-contact').fill(buyer.contact);
  await page.getByTestId('buyer-country').click();
  await page.keyboard.type(buyer.country);
  await page.locator('.ant-select-item-option').first().click();
  await page.getByTestId('buyer-email').fill(buyer.email);
  await page.getByTestId('buyer-phone').fill(buyer.phone);
  if (buyer.tier) await page.getByTestId('buyer-tier').getByText(buyer.tier).click();
  await page.getByTestId(then === 'order' ? 'buyer-save-order' : 'buyer-save').click();
  if (then === 'home') await expect(page.getByTestId('fair-new-buyer')).toBeVisible();
  else await expect(page.getByTestId('order-scan')).toBeVisible();
}

/** Picks a captured buyer in the order editor by typing part of the company name. */
export async function pickBuyer(page: Page, company: string): Promise<void> {
  await page.getByTestId('order-buyer').fill(company.slice(0, 6));
  await page.locator('.ant-select-item-option').filter({ hasText: company }).first().click();
  await expect(page.getByTestId('order-buyer')).toHaveValue(company);
}

/** Types a code into the scan box the way a keyboard-wedge scanner does: the characters, then Enter. */
export async function scan(page: Page, code: string): Promise<void> {
  await page.getByTestId('order-scan').pressSequentially(code);
  await page.getByTestId('order-scan').press('Enter');
}

/** Saves the order being edited in fair mode; returns its number from the order page. */
export async function saveFairOrder(page: Page): Promise<string> {
  await page.getByTestId('order-save').click();
  const number = page.getByTestId('order-number');
  await expect(number).toHaveText(/^[A-Z0-9]+-\d{6}$/);
  return (await number.textContent())!;
}

/** Chromium's print-to-PDF of the current page (the engine Electron's printToPDF uses), as text with single spaces. */
export async function pdfText(page: Page): Promise<string> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfBytesText(new Uint8Array(pdf));
}

const arabicLetters = (text: string) => text.normalize('NFKC').replace(/[^\u0621-\u064A]/g, '');

/**
 * Whether PDF text holds every word of an Arabic phrase. Text extraction gives shaped glyphs
 * (presentation forms) in visual order, with some letter pairs kept in logical order: so each
 * word is looked for as a run of the same letters in any order.
 */
export function hasArabic(text: string, phrase: string): boolean {
  const letters = arabicLetters(text);
  const sorted = (value: string) => [...value].sort().join('');
  return phrase.split(' ').every((word) => {
    const wanted = sorted(arabicLetters(word));
    for (let i = 0; i + wanted.length <= letters.length; i++) if (sorted(letters.slice(i, i + wanted.length)) === wanted) return true;
    return false;
  });
}
