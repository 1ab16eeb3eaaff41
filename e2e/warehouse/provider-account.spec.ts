import { expect, test } from '@playwright/test';
import { startWarehouseSimulator, type RunningSimulator } from '@tradewind/simulators/warehouse';
import { openSyncedDevice } from '../support/app.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';

let simulator: RunningSimulator;
let platform: RunningPlatform;
test.beforeAll(async () => {
  simulator = await startWarehouseSimulator();
  platform = await startPlatform({ TRADEWIND_WAREHOUSE_API: simulator.url });
});
test.afterAll(async () => {
  await platform?.stop();
  await simulator?.stop();
});

test('@warehouse the owner replaces the GoodCang credentials, is told what the platform refused, and never sees them again', async ({ browser }) => {
  const { page } = await openSyncedDevice(browser, platform.url, 'yangjiang-knives');
  await page.getByRole('menuitem', { name: /海外仓账户|Warehouse accounts/ }).click();
  const goodCang = page.getByTestId('account-goodcang');
  await expect(goodCang.getByTestId('account-goodcang-state')).toHaveText(/已连接|Connected/);
  await expect(page.getByTestId('account-4px-state')).toHaveText(/未连接|Not connected/);

  await goodCang.getByTestId('account-goodcang-appKey').fill('gc-yangjiang-app-key');
  await goodCang.getByTestId('account-goodcang-appToken').fill('gc-yangjiang-app-token');
  await goodCang.getByTestId('account-goodcang-warehouses').fill('');
  await goodCang.getByTestId('account-goodcang-save').click();
  await expect(goodCang.getByTestId('account-goodcang-error')).toHaveText(/平台拒绝了该账户|The platform refused the account/);

  await goodCang.getByTestId('account-goodcang-warehouses').fill('gc-us-west = USWE');
  await goodCang.getByTestId('account-goodcang-save').click();
  await expect(page.getByText(/谷仓 账户已保存|GoodCang account saved/)).toBeVisible();
  await expect(goodCang.getByTestId('account-goodcang-error')).toBeHidden();
  await expect(goodCang.getByTestId('account-goodcang-state')).toHaveText(/已连接|Connected/);
  await expect(goodCang.getByTestId('account-goodcang-appKey')).toHaveValue('');
  await expect(goodCang.getByTestId('account-goodcang-appKey')).toHaveAttribute('type', 'password');
});
