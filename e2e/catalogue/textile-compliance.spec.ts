import { expect, test } from '@playwright/test';
import { platformForFile } from '../support/platform.ts';
import { addEvidence, createListing, expectFinding, MARKETS, openEnglishDevice } from './support.ts';

const platform = platformForFile();

test('@catalogue a Shaoxing cotton shirt shows fibre, origin and care labelling for the US, and the textile label and GPSR responsible person for Germany', async ({ browser }) => {
  const { page } = await openEnglishDevice(browser, platform.url, 'shaoxing-textile');

  await createListing(page, 'JX-SH01', 'Amazon', MARKETS.US);
  await expect(page.getByTestId('listing-verdict')).toHaveAttribute('data-verdict', 'block');
  await expectFinding(page, 'US-TX-01', 'block', /generic fibre names .* country of origin/);
  await expect(page.getByTestId('finding-US-TX-01').getByTestId('evidence-input-us_rn_number')).toBeVisible();
  await expect(page.getByTestId('finding-US-TX-01').getByTestId('evidence-input-origin_on_label')).toBeVisible();
  await expectFinding(page, 'US-TX-02', 'block', /'imported'/);
  await expectFinding(page, 'US-TX-09', 'block', /Made in China/);
  // The care label is an attribute of the shirt, already filled in: the rule shows as met.
  await expectFinding(page, 'US-TX-04', 'met', /care label/);

  // Saying "Imported" in the listing satisfies the online origin statement.
  await page.getByTestId('listing-description').fill('Imported. 100% cotton Oxford shirt.');
  await page.getByTestId('listing-save').click();
  await expectFinding(page, 'US-TX-02', 'met');
  // Product-level evidence counts for the product's every listing.
  await addEvidence(page, 'origin_on_label', 'Woven neck label "Made in China"');
  await expectFinding(page, 'US-TX-09', 'met');

  await createListing(page, 'JX-SH01', 'Own site', MARKETS.DE);
  await expectFinding(page, 'EU-TX-01', 'block', /fibre composition by weight/);
  await expect(page.getByTestId('finding-EU-TX-01').getByTestId('evidence-input-composition_in_listing')).toBeVisible();
  await expectFinding(page, 'EU-TX-02/DE', 'block', /German in Germany/);
  await expectFinding(page, 'H-EU-01', 'block', /EU responsible person/);
  await expect(page.getByTestId('finding-H-EU-01').getByTestId('evidence-input-eu_responsible_person')).toBeVisible();
  await expectFinding(page, 'H-EU-04', 'block', /LUCID/);
  await addEvidence(page, 'eu_responsible_person', 'Jinxiu EU Rep GmbH, Hauptstr. 1, 60311 Frankfurt, rp@jinxiu.example');
  await expect(page.getByTestId('finding-H-EU-01').getByTestId('evidence-input-eu_responsible_person')).toHaveCount(0);
  await expectFinding(page, 'EU-TX-11', 'upcoming');
});
