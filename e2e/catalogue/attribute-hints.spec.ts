import { expect, test } from '@playwright/test';
import { platformForFile } from '../support/platform.ts';
import { createListing, MARKETS, openEnglishDevice } from './support.ts';

const platform = platformForFile();

test('@catalogue a rule that needs an attribute names it by its label and links to that field; "no treatment" answers it', async ({ browser }) => {
  const { page } = await openEnglishDevice(browser, platform.url, 'shaoxing-textile');
  await createListing(page, 'JX-SH01', 'Amazon', MARKETS.US);

  // California AB 1817 applies to water-repellent finishes: the shirt has not said whether it has one.
  await expect(page.getByTestId('finding-needs-US-TX-07')).toContainText('Fill in first: Finish');
  await page.getByTestId('finding-field-US-TX-07-finish').click();

  await expect(page.getByTestId('product-save')).toBeVisible();
  await expect(page.getByTestId('attr-finish')).toBeInViewport();
  await page.getByTestId('attr-finish').getByText('No treatment', { exact: true }).click();
  await page.getByTestId('product-save').click();
  await expect(page.getByTestId('attr-value-finish')).toHaveText('No treatment');

  await page.getByTestId('product-tab-listings').click();
  await page.getByTestId('listing-row-amazon-US').click();
  await expect(page.getByTestId('finding-US-TX-01')).toBeVisible();
  await expect(page.getByTestId('finding-US-TX-07')).toHaveCount(0);
});
