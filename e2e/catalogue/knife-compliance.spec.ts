import { expect, test } from '@playwright/test';
import { openProduct } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { addEvidence, createListing, expectFinding, listingRow, MARKETS, openEnglishDevice } from './support.ts';

const platform = platformForFile();

test('@catalogue a Yangjiang lock-back folder for the UK needs age checks and delivery; automatic opening is banned in the UK, Germany and the US; evidence clears its rule', async ({ browser }) => {
  const { page } = await openEnglishDevice(browser, platform.url, 'yangjiang-knives');

  await createListing(page, 'LF-FK35', 'Own site', MARKETS.GB);
  await expect(page.getByTestId('listing-verdict')).toHaveAttribute('data-verdict', 'block');
  await expectFinding(page, 'UK-KN-04', 'block', /under 18/);
  await expectFinding(page, 'UK-KN-05', 'block', /age-verification system.*parcel clearly marked/);
  await expectFinding(page, 'UK-KN-06', 'block', /age at hand-over|locker/);
  await expect(page.getByTestId('finding-UK-KN-01')).toHaveCount(0);
  await expect(page.getByTestId('listing-publish')).toBeDisabled();
  await expect(page.getByTestId('listing-cannot-publish')).toContainText('UK-KN-04');

  // Age verification satisfies UK-KN-04 and leaves UK-KN-05 waiting only for the parcel marking.
  await addEvidence(page, 'uk_age_verification', 'Yoti age estimation at checkout');
  await expectFinding(page, 'UK-KN-04', 'met');
  await expectFinding(page, 'UK-KN-05', 'block');
  await expect(page.getByTestId('finding-UK-KN-05').getByTestId('evidence-input-uk_age_verification')).toHaveCount(0);
  await expect(page.getByTestId('finding-UK-KN-05').getByTestId('evidence-input-uk_parcel_marking')).toBeVisible();

  // The same knife with automatic opening.
  await openProduct(page, 'LF-FK35');
  await page.getByTestId('product-edit').click();
  await page.getByTestId('attr-opening').locator('label').filter({ hasText: 'Automatic (switchblade)' }).click();
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('attr-value-opening')).toHaveText('Automatic (switchblade)');

  await createListing(page, 'LF-FK35', 'Own site', MARKETS.DE);
  await expectFinding(page, 'DE-KN-01', 'block', /switchblades .* banned/);
  await createListing(page, 'LF-FK35', 'Own site', MARKETS.US);
  await expectFinding(page, 'US-KN-01', 'block', /may not be imported into the US/);

  await expect(await listingRow(page, 'LF-FK35', 'own_site', 'GB')).toContainText('UK-KN-01');
  await expect(page.getByTestId('listing-row-own_site-DE')).toContainText('DE-KN-01');
  await expect(page.getByTestId('listing-row-own_site-US')).toContainText('US-KN-01');
  await page.getByTestId('listing-row-own_site-GB').click();
  await expectFinding(page, 'UK-KN-01', 'block', /prohibited weapons in the UK/);
  await expect(page.getByTestId('finding-UK-KN-01')).toContainText('list a manual-opening version instead');
});
