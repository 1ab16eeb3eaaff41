import { expect, test, type Page } from '@playwright/test';
import { openProduct, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { createListing, expectFinding, MARKETS, openEnglishDevice, photo } from './support.ts';

const platform = platformForFile();

const blockingEvidenceInputs = (page: Page) => page.locator('[data-outcome="block"] [data-testid^="evidence-input-"]');

/** Records, one at a time, every piece of evidence a blocking rule still asks for; returns the keys supplied. */
async function supplyBlockingEvidence(page: Page): Promise<string[]> {
  const supplied: string[] = [];
  while ((await blockingEvidenceInputs(page).count()) > 0) {
    const key = (await blockingEvidenceInputs(page).first().getAttribute('data-testid'))!.replace('evidence-input-', '');
    await page.getByTestId(`evidence-input-${key}`).first().fill(`Reference for ${key}`);
    await page.getByTestId(`evidence-add-${key}`).first().click();
    await expect(page.locator(`[data-outcome="block"] [data-testid="evidence-input-${key}"]`)).toHaveCount(0);
    supplied.push(key);
  }
  return supplied.sort();
}

test('@catalogue the LF-CH8 chef knife goes out on Amazon US, UK and DE with only the evidence each market requires; a locking folder still needs UK age verification', async ({ browser }) => {
  const { page } = await openEnglishDevice(browser, platform.url, 'yangjiang-knives');
  await openProduct(page, 'LF-CH8');
  await page.getByTestId('image-upload').setInputFiles({ name: 'chef-knife.png', mimeType: 'image/png', buffer: await photo(page) });
  await expect(page.getByTestId('product-image-thumb-0')).toBeVisible();

  const required = {
    US: [],
    GB: ['amazon_uk_18_knife_tag', 'uk_age_verification', 'uk_age_verified_delivery', 'uk_parcel_marking'],
    DE: ['batch_traceability', 'eu_contact_address', 'eu_responsible_person', 'fcm_declaration', 'lucid_registration', 'manufacturer_contact', 'safety_warnings_local_language'],
  };
  for (const market of [MARKETS.US, MARKETS.GB, MARKETS.DE]) {
    await createListing(page, 'LF-CH8', 'Amazon', market);
    // A fixed blade has no opening mechanism: no rule asks for one, and no weapon rule applies.
    await expect(page.locator('[data-testid^="finding-needs-"]')).toHaveCount(0);
    await expect(page.locator('[data-testid="finding-UK-KN-01"], [data-testid="finding-DE-KN-01"], [data-testid="finding-US-KN-01"]')).toHaveCount(0);

    await page.getByTestId('listing-bullet-add').click();
    await page.getByTestId('listing-bullet-0').fill('5Cr15MoV stainless steel, 200 mm blade, G10 handle');
    await page.getByTestId('listing-save').click();
    await expect(page.getByTestId('channel-problem-missing_bullets')).toHaveCount(0);

    expect(await supplyBlockingEvidence(page), market.code).toEqual(required[market.code]);
    await expect(page.getByTestId('listing-publish')).toBeEnabled();
    await page.getByTestId('listing-publish').click();
    await expect(page.getByTestId('listing-status')).toHaveText('Published');
  }
  await waitUntilSynced(page);
  await expect(page.locator('[data-testid="sync-conflicts"]')).toHaveCount(0);

  await createListing(page, 'LF-FK35', 'Amazon', MARKETS.GB);
  await expectFinding(page, 'UK-KN-04', 'block');
  await expect(page.getByTestId('finding-UK-KN-04').getByTestId('evidence-input-uk_age_verification')).toBeVisible();
  await expect(page.getByTestId('listing-publish')).toBeDisabled();
});
