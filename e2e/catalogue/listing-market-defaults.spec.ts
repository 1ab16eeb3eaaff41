import { expect, test } from '@playwright/test';
import { openProduct } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { MARKETS, openEnglishDevice, pickOption } from './support.ts';

const platform = platformForFile();

test('@catalogue a listing starts in its market’s currency and language, and a changed language asks for the translation', async ({ browser }) => {
  const { page } = await openEnglishDevice(browser, platform.url, 'yangjiang-knives');
  await openProduct(page, 'LF-CH8');
  await page.getByTestId('product-tab-listings').click();
  await page.getByTestId('listing-new').click();
  await pickOption(page, 'listing-market', MARKETS.GB.name, MARKETS.GB.code);
  // US$6.50 at the park's 2026-11-20 rate of 0.7615 GBP per USD.
  await expect(page.getByTestId('listing-starting-price')).toHaveText(/£4\.95 .*2026-11-20/);
  await page.getByTestId('listing-create').click();
  await expect(page.getByTestId('listing-heading')).toHaveText(/United Kingdom/);
  await expect(page.getByTestId('listing-currency')).toHaveText('GBP');
  await expect(page.getByTestId('listing-price')).toHaveValue('4.95');
  await expect(page.getByTestId('listing-untranslated')).toHaveCount(0);

  // Switched to German with no German text yet: the English title is named, not kept silently.
  await pickOption(page, 'listing-language', 'German');
  await expect(page.getByTestId('listing-untranslated')).toHaveText(/still in English: write it in German/);
  await page.getByTestId('listing-title').fill('Kochmesser 20 cm aus Edelstahl');
  await expect(page.getByTestId('listing-untranslated')).toHaveCount(0);

  // With a German translation on the product, a German listing starts from it, priced in euros.
  await openProduct(page, 'LF-CH8');
  await page.getByTestId('product-tab-translations').click();
  await page.getByTestId('translation-name-de').fill('Kochmesser 8 Zoll, Edelstahl');
  await page.getByTestId('translation-save-de').click();
  await expect(page.getByTestId('translation-status-de')).toHaveText('Up to date');
  await page.getByTestId('product-tab-listings').click();
  await page.getByTestId('listing-new').click();
  await pickOption(page, 'listing-market', MARKETS.DE.name, MARKETS.DE.code);
  await expect(page.getByTestId('listing-starting-price')).toHaveText(/€5\.61/);
  await page.getByTestId('listing-create').click();
  await expect(page.getByTestId('listing-title')).toHaveValue('Kochmesser 8 Zoll, Edelstahl');
  await expect(page.getByTestId('listing-currency')).toHaveText('EUR');
  await expect(page.getByTestId('listing-untranslated')).toHaveCount(0);

  // Back to English: the product's English title comes back in place of the German one.
  await pickOption(page, 'listing-language', 'English');
  await expect(page.getByTestId('listing-title')).toHaveValue("8-inch stainless steel chef's knife");
});
