import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { openDevice, waitUntilSynced } from '../support/app.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';
import { declareExport, demoDeclaration, openConsole, openSection } from './console.ts';

let platform: RunningPlatform;
test.beforeAll(async () => {
  platform = await startPlatform();
});
test.afterAll(async () => {
  await platform?.stop();
});

test('@park the park publishes an announcement; a merchant device reads it offline after the next sync, and the park sees it read', async ({ browser }) => {
  const merchant = await openDevice(browser, platform.url, 'shaoxing-textile');
  await waitUntilSynced(merchant.page);
  const park = await openConsole(browser, platform.url);
  await openSection(park, 'announcements');
  await park.getByTestId('announcement-new').click();
  await park.getByTestId('announcement-title-zh').fill('十二月出口退税新政');
  await park.getByTestId('announcement-title-en').fill('December export tax refund rules');
  await park.getByTestId('announcement-body-zh').fill('自 12 月起，9710 申报须附合同扫描件。');
  await park.getByTestId('announcement-body-en').fill('From December, 9710 declarations must attach the signed contract.');
  await park.getByTestId('announcement-publish').click();
  const row = park.getByTestId('announcement-row-December export tax refund rules');
  await expect(row).toContainText(/0 \/ [2-9]/);

  await merchant.page.getByRole('menuitem', { name: '通知' }).click();
  const announcement = merchant.page.getByTestId('notice').filter({ has: merchant.page.getByTestId('announcement') });
  await expect(announcement.getByTestId('announcement-title')).toHaveText('十二月出口退税新政', { timeout: 20_000 });
  await waitUntilSynced(merchant.page);

  await merchant.context.setOffline(true);
  await merchant.page.reload();
  await merchant.page.getByRole('menuitem', { name: '通知' }).click();
  await expect(announcement.getByTestId('announcement-body')).toHaveText('自 12 月起，9710 申报须附合同扫描件。');
  await expect(merchant.page.getByTestId('sync-online')).not.toHaveText('在线');
  await announcement.getByRole('button', { name: '标为已读' }).click();
  await expect(announcement.getByRole('button', { name: '标为已读' })).toHaveCount(0);

  await merchant.context.setOffline(false);
  await waitUntilSynced(merchant.page);
  await expect(async () => {
    await openSection(park, 'announcements');
    await expect(row).toContainText(/1 \/ [2-9]/, { timeout: 1_000 });
  }).toPass();
  await row.getByTestId('announcement-read-count').click();
  await expect(park.getByTestId('receipt-shaoxing-textile')).not.toContainText('未读');
  await expect(park.getByTestId('receipt-yangjiang-knives')).toContainText('未读');
});

test('@park the park rejects a registration with a reason; the applicant sees it at login, corrects it and reapplies', async ({ browser, request }) => {
  const username = 'e2e-applicant';
  const password = 'correct horse battery';
  const registered = await request.post(`${platform.url}/api/registrations`, {
    data: { companyName: '阳江示例刀具有限公司', uscc: '91440300MA5FTX8Q2E', cluster: 'yangjiang-knives', code: 'EA', contactName: '李明', username, password },
  });
  expect(registered.status()).toBe(202);

  const park = await openConsole(browser, platform.url);
  await openSection(park, 'registrations');
  const application = park.getByTestId(`registration-${username}`);
  await application.getByTestId('registration-reject').click();
  await park.getByTestId('reject-reason').fill('营业执照上的名称是“阳江示例刀剪有限公司”，请按执照填写');
  await park.getByTestId('reject-confirm').click();
  await expect(application).toHaveCount(0);

  const applicant = await (await browser.newContext({ baseURL: platform.url })).newPage();
  await applicant.goto('/');
  await applicant.getByTestId('login-username').fill(username);
  await applicant.getByTestId('login-password').fill(password);
  await applicant.getByTestId('login-submit').click();
  await expect(applicant.getByTestId('login-error')).toHaveText('园区管理员驳回了这份注册申请');
  await expect(applicant.getByTestId('rejection-reason')).toHaveText('原因：营业执照上的名称是“阳江示例刀剪有限公司”，请按执照填写');
  await applicant.getByTestId('registration-rejected').getByLabel('企业名称').fill('阳江示例刀剪有限公司');
  await applicant.getByTestId('reapply-submit').click();
  await expect(applicant.getByTestId('reapply-done')).toBeVisible();

  await expect(async () => {
    await openSection(park, 'registrations');
    await expect(application).toContainText('阳江示例刀剪有限公司', { timeout: 1_000 });
  }).toPass();
});

test('@park the month’s export chart drills into a cluster, exports Excel with the same figures, and an alert is handled through its workflow', async ({ browser, request }) => {
  // Monitoring watches real merchants only, so a new one registers and the park approves it; a demo merchant adds a small export.
  const exporter = { username: 'e2e-exporter', password: 'correct horse battery', market: 'ES', quantity: 2000, unitPrice: 8500 };
  const registered = await request.post(`${platform.url}/api/registrations`, {
    data: {
      companyName: '阳江远航刀具出口有限公司',
      uscc: '91441700MA4UEX770X',
      cluster: 'yangjiang-knives',
      code: 'EX',
      contactName: '陈远',
      username: exporter.username,
      password: exporter.password,
    },
  });
  expect(registered.status()).toBe(202);
  const park = await openConsole(browser, platform.url);
  await openSection(park, 'registrations');
  await park.getByTestId(`registration-${exporter.username}`).getByTestId('registration-approve').click();
  await expect(park.getByTestId(`registration-${exporter.username}`)).toHaveCount(0);
  const declaration = await demoDeclaration(request, platform.url, 'yangjiang-knives');
  await declareExport(request, platform.url, exporter, declaration);
  await declareExport(request, platform.url, { username: 'shaoxing-textile', password: 'tradewind-demo', market: 'DE', quantity: 100, unitPrice: 1200 }, declaration);
  await openSection(park, 'dashboard');

  // One bar per cluster, drawn in the chart's bar colour.
  await expect(park.getByTestId('export-chart').locator('svg path[fill="#1f6f4a"]')).toHaveCount(2);
  const yangjiang = park.getByTestId('figure-yangjiang-knives');
  await expect(yangjiang).toContainText('阳江刀剪');
  await expect(yangjiang).toContainText('170,000.00');
  await expect(park.getByTestId('figure-shaoxing-textiles')).toContainText('1,200.00');
  await yangjiang.click();
  const drill = park.getByTestId('drill-down');
  await expect(drill.locator('tr[data-testid^="drill-row-"]')).toHaveCount(1);
  await expect(drill.locator('tr[data-testid^="drill-row-"]')).toContainText('阳江远航刀具出口有限公司');
  await expect(drill.locator('tr[data-testid^="drill-row-"]')).toContainText('170,000.00');

  const download = park.waitForEvent('download');
  await park.getByTestId('dashboard-excel').click();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await (await download).path());
  const byCluster = Object.fromEntries(
    book
      .getWorksheet('产业集群')!
      .getSheetValues()
      .slice(2)
      .map((row) => [(row as unknown[])[1], (row as unknown[]).slice(2, 5)]),
  );
  expect(byCluster).toEqual({ 'yangjiang-knives': [1, 1, 170_000], 'shaoxing-textiles': [1, 1, 1_200] });
  const summary = Object.fromEntries(
    book
      .getWorksheet('概览')!
      .getSheetValues()
      .slice(2)
      .map((row) => [(row as unknown[])[1], (row as unknown[])[2]]),
  );
  expect(summary).toMatchObject({ 订单数: 2, '出口额（美元）': 171_200, 申报单: 2 });

  await openSection(park, 'alerts');
  await park.getByTestId('alerts-evaluate').click();
  const alert = park.locator('tr[data-testid^="alert-forex_threshold-"]').filter({ hasText: '阳江远航刀具出口有限公司' });
  await expect(alert).toContainText('85%');
  for (const [state, note] of [
    ['已研判', '核实为真实订单，客户为西班牙批发商'],
    ['已处置', '已提醒商户提前准备结汇材料'],
    ['已复核', '复核无误，关闭'],
  ] as const) {
    await alert.getByTestId('alert-advance').click();
    await park.getByTestId('alert-note').fill(note);
    await park.getByTestId('alert-confirm').click();
    await expect(alert.getByTestId('alert-state')).toHaveText(state);
  }
  await expect(alert.getByTestId('alert-advance')).toHaveCount(0);
  await alert.locator('.ant-table-row-expand-icon').click();
  await expect(park.getByText('复核无误，关闭', { exact: false })).toBeVisible();
});
