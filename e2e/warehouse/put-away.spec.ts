import { expect, test } from '@playwright/test';
import { startWarehouseSimulator, type RunningSimulator } from '@tradewind/simulators/warehouse';
import { createOrder, waitUntilSynced } from '../support/app.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';
import { openKnifeMakerStock, openStock, packThreeCartonSeaShipment } from '../support/warehouse.ts';

// Sea FCL: 50 days' transit plus handing over, counting and shelving.
const DAYS_TO_PUT_AWAY = 60;

let simulator: RunningSimulator;
let platform: RunningPlatform;
test.beforeAll(async () => {
  simulator = await startWarehouseSimulator();
  // The platform syncs every provider account of the demo park with the simulator every 2 s.
  platform = await startPlatform({ TRADEWIND_WAREHOUSE_API: simulator.url, TRADEWIND_WAREHOUSE_SYNC_MS: '2000' });
});
test.afterAll(async () => {
  await platform?.stop();
  await simulator?.stop();
});

test('@warehouse a sea shipment packed offline reaches GoodCang as one inbound order, is put away one carton short, and the offline order’s reservation reconciles', async ({ browser }) => {
  test.setTimeout(180_000);
  const { page, context, chef } = await openKnifeMakerStock(browser, platform.url);
  await expect(chef.getByTestId('bucket-sellable')).toHaveText('1060');
  const coverBefore = await chef.getByTestId('stock-cover').textContent();
  await simulator.setFaults('goodcang', { lostCartons: 1 });

  await context.setOffline(true);
  const reference = await packThreeCartonSeaShipment(page);
  await createOrder(page, { buyer: 'Gulf Coast Kitchens LLC', productSku: 'LF-CH8-G10', quantity: '200' });
  await page.locator('tr[data-testid^="order-row-"]').filter({ hasText: 'Gulf Coast Kitchens LLC' }).click();
  await page.getByTestId('order-status-confirmed').click();
  await openStock(page);
  await expect(chef.getByTestId('bucket-sellable')).toHaveText('860');
  await expect(chef.getByTestId('bucket-reserved')).toHaveText('380');
  await expect(chef.getByTestId('bucket-inbound')).toHaveText('720');
  await expect(chef.getByTestId('stock-pending')).toBeVisible();

  await context.setOffline(false);
  await waitUntilSynced(page);
  await expect.poll(async () => (await simulator.inboundOrders()).filter((order) => order.sellerRef === reference).length, { timeout: 60_000 }).toBe(1);
  // Reconciled: the platform's figure now holds the reservation and the inbound cartons, and the device's events are folded.
  await expect(chef.getByTestId('stock-pending')).toBeHidden({ timeout: 60_000 });
  await expect(chef.getByTestId('bucket-sellable')).toHaveText('860');
  await expect(chef.getByTestId('bucket-reserved')).toHaveText('380');
  await expect(chef.getByTestId('bucket-inbound')).toHaveText('720');

  await simulator.advanceClock(DAYS_TO_PUT_AWAY);
  await expect(chef.getByTestId('bucket-sellable')).toHaveText('940', { timeout: 60_000 });
  await expect(chef.getByTestId('bucket-inbound')).toHaveText('600');
  await expect(chef.getByTestId('stock-cover')).not.toHaveText(coverBefore!);

  await page.getByRole('menuitem', { name: /头程货件|First-leg shipments/ }).click();
  // The list shows every shipment's status: read this one's in its row, then open it.
  await expect(page.getByTestId(`shipment-row-${reference}`).getByTestId('shipment-status')).toHaveText(/已上架|Put away/);
  await page.getByTestId(`shipment-row-${reference}`).click();
  await expect(page.getByTestId('shipment-shortfall')).toHaveText(/短少 40 件|40 units short/);
  await expect(page.getByTestId('receipt-LF-CH8-G10')).toContainText('80');
  await context.close();
});
