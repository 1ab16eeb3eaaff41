import { expect, test, type Page } from '@playwright/test';
import { seedOrders, type SeedOrder } from '../customs/support.ts';
import { openDevice, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';

const platform = platformForFile();

const merchantDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? '').filter((name) => name.includes('yangjiang')));

test('@security the owner revokes another device: it is refused, says why, and its local data is gone', async ({ browser }) => {
  const a = await openDevice(browser, platform.url, 'yangjiang-knives', undefined, '办公室电脑');
  const b = await openDevice(browser, platform.url, 'yangjiang-knives', undefined, '展位平板 B');
  await waitUntilSynced(b.page);
  expect(await merchantDatabases(b.page)).not.toHaveLength(0);

  await a.page.getByRole('menuitem', { name: '设置' }).click();
  const deviceB = a.page.locator('tr[data-testid^="device-"]').filter({ hasText: '展位平板 B' });
  await deviceB.getByTestId('device-revoke').click();
  await a.page.getByTestId('device-revoke-confirm').click();
  await expect(deviceB).toContainText('已停用');

  await expect(b.page.getByTestId('revoked-title')).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => merchantDatabases(b.page)).toHaveLength(0);
  expect(await b.page.evaluate(() => localStorage.getItem('tradewind.vault'))).toBeNull();
  await b.page.reload();
  await expect(b.page.getByTestId('login-username')).toBeVisible();
  await expect(a.page.getByTestId('sync-online')).toHaveText('在线');
});

const FAIR_ORDER: SeedOrder = { number: 'YJ02-000041', channel: 'fair', buyerName: 'Küchenhaus Berlin GmbH', buyerCountry: 'DE', lines: [{ sku: 'LF-KS21-BLK', quantity: 50, unitPrice: 180 }] };

test('@security fair staff cannot submit filings: they prepare a declaration draft, no send action, and a forced push comes back refused with a notice', async ({ browser, request }) => {
  await seedOrders(platform.url, [FAIR_ORDER]);
  const staff = await openDevice(browser, platform.url, 'yangjiang-fair', undefined, '展位手机');
  await waitUntilSynced(staff.page);
  await staff.page.getByRole('menuitem', { name: '海关申报' }).click();
  await staff.page.getByTestId('declare-mode-9710').click();
  await staff.page.getByTestId(`declare-pick-${FAIR_ORDER.number}`).check();
  await staff.page.getByTestId(`declare-waybill-${FAIR_ORDER.number}`).fill('LX000041118CN');
  await expect(staff.page.getByTestId('precheck-summary')).toHaveText(/^预检通过/);
  // The declaration is complete: only the role keeps it from customs, and the desk says so.
  await expect(staff.page.getByTestId('declaration-submit')).toBeDisabled();
  await expect(staff.page.getByText('员工可以准备和保存申报草稿；提交和重新发送需由店主操作。')).toBeVisible();
  await staff.page.getByTestId('declaration-save-draft').click();
  await expect(staff.page.getByTestId('declaration-title')).toContainText('9710');
  await expect(staff.page.getByTestId('declaration-draft')).toHaveText('草稿');
  const title = (await staff.page.getByTestId('declaration-title').textContent())!;
  await expect(staff.page.getByTestId('declaration-submit')).toBeDisabled();
  await waitUntilSynced(staff.page);

  const login = await request.post(`${platform.url}/api/auth/login`, { data: { username: 'yangjiang-fair', password: 'tradewind-demo', deviceName: 'script' } });
  const { accessToken } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  const pulled = await (await request.get(`${platform.url}/api/sync/filings/pull?batchSize=100`, { headers: auth })).json();
  const draft = pulled.documents.find((doc: { title: string }) => doc.title === title);
  expect(draft).toMatchObject({ status: 'draft', orderIds: [expect.any(String)], declaration: { mode: '9710' } });
  const forced = await request.post(`${platform.url}/api/sync/filings/push`, {
    headers: auth,
    data: [{ assumedMasterState: draft, newDocumentState: { ...draft, status: 'submitted' } }],
  });
  expect(forced.status()).toBe(200);
  const [conflict] = await forced.json();
  expect(conflict).toMatchObject({ id: draft.id, status: 'draft' });

  await staff.page.getByRole('menuitem', { name: '通知' }).click();
  await expect(staff.page.getByTestId('notice').filter({ hasText: '员工账号不能提交申报' })).toBeVisible();
  await staff.page.getByRole('menuitem', { name: '海关申报' }).click();
  await expect(staff.page.getByTestId(`declaration-row-${title}`)).toContainText('草稿');

  const owner = await openDevice(browser, platform.url, 'yangjiang-knives');
  // A row clicked while the first sync still re-sorts the list can miss it.
  await waitUntilSynced(owner.page);
  await owner.page.getByRole('menuitem', { name: '海关申报' }).click();
  await owner.page.getByTestId(`declaration-row-${title}`).getByText(title).click();
  await expect(owner.page).toHaveURL(/\/customs\/[^/]+$/);
  // The list's rows carry draft tags too, until the declaration has replaced it on screen.
  await expect(owner.page.getByTestId('declaration-title')).toHaveText(title);
  await expect(owner.page.getByTestId('declaration-draft')).toHaveText('草稿');
  await expect(owner.page.getByTestId('declaration-submit')).toBeEnabled();
});

test('@security a device that logged in before opens offline with the password after a restart, and not with a wrong one', async ({ browser }) => {
  const device = await openDevice(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(device.page);
  await expect(device.page.getByTestId('product-row-LF-CH8')).toBeVisible();
  await device.context.setOffline(true);
  await device.page.close();
  const restarted = await device.context.newPage(); // the app started again: nothing unlocked yet
  await restarted.goto('/');
  await expect(restarted.getByTestId('lock-screen')).toBeVisible();
  await restarted.getByTestId('unlock-secret').fill('wrong-password');
  await restarted.getByTestId('unlock-submit').click();
  await expect(restarted.getByTestId('unlock-error')).toBeVisible();
  await restarted.getByTestId('unlock-secret').fill('tradewind-demo');
  await restarted.getByTestId('unlock-submit').click();
  await expect(restarted.getByTestId('product-row-LF-CH8')).toBeVisible();
  await expect(restarted.getByTestId('sync-online')).toHaveText('离线');
});

test('@security a new merchant registers, cannot log in until the park administrator approves, then can', async ({ browser }) => {
  const applicant = await browser.newContext({ baseURL: platform.url });
  const page = await applicant.newPage();
  await page.goto('/');
  await page.getByTestId('register-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('企业名称').fill('绍兴上虞晴雨伞业有限公司');
  await dialog.getByLabel('统一社会信用代码').fill('91330603MA2JQ7X5KX');
  await dialog.getByLabel('单号前缀').fill('SY');
  await dialog.getByLabel('联系人').fill('王丽');
  await dialog.getByLabel('账号').fill('shangyu-umbrella');
  await dialog.getByLabel('密码').fill('umbrella-2026!');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(dialog.getByText('统一社会信用代码无效（18 位，末位为校验码）')).toBeVisible();
  await dialog.getByLabel('统一社会信用代码').fill('91330603MA2JQ7X5KD');
  await dialog.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByTestId('register-done')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const login = async () => {
    await page.getByTestId('login-username').fill('shangyu-umbrella');
    await page.getByTestId('login-password').fill('umbrella-2026!');
    await page.getByTestId('login-submit').click();
  };
  await login();
  await expect(page.getByTestId('login-error')).toHaveText('注册申请正在等待园区管理员审核');

  const admin = await browser.newContext({ baseURL: platform.url });
  const console = await admin.newPage();
  await console.goto('/');
  await console.getByTestId('login-username').fill('park-admin');
  await console.getByTestId('login-password').fill('tradewind-demo');
  await console.getByTestId('login-submit').click();
  await console.getByTestId('park-nav-registrations').click();
  await console.getByTestId('registration-shangyu-umbrella').getByTestId('registration-approve').click();
  await expect(console.getByTestId('registration-shangyu-umbrella')).toHaveCount(0);

  await login();
  await expect(page.getByTestId('tenant-name')).toContainText('绍兴上虞晴雨伞业有限公司');
  await expect(page.getByTestId('sync-pending')).toHaveText('已全部同步');

  // The registered name and credit code are the park's: changed in the console, they reach the merchant's device by sync.
  await console.getByTestId('park-nav-directory').click();
  await console
    .getByRole('row', { name: /绍兴上虞晴雨伞业有限公司/ })
    .getByTestId('merchant-edit-identity')
    .click();
  const identity = console.getByRole('dialog');
  await identity.getByTestId('identity-uscc').fill('91330603MA2JQ8X5KX');
  await identity.getByTestId('identity-name').fill('绍兴上虞晴雨伞业集团有限公司');
  await identity.locator('.ant-btn-primary').click();
  await expect(identity.getByText('统一社会信用代码无效（18 位，末位为校验码）')).toBeVisible();
  await identity.getByTestId('identity-uscc').fill('91330603MA2JQ8X5KL');
  await identity.locator('.ant-btn-primary').click();
  await expect(console.getByRole('row', { name: /绍兴上虞晴雨伞业集团有限公司/ })).toContainText('91330603MA2JQ8X5KL');
  await page.getByRole('menuitem', { name: /企业资料/ }).click();
  await expect(page.getByTestId('profile-name')).toHaveValue('绍兴上虞晴雨伞业集团有限公司');
  await expect(page.getByTestId('profile-uscc')).toHaveValue('91330603MA2JQ8X5KL');
});
