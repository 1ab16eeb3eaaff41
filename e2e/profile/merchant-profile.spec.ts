import { expect, test, type APIRequestContext } from '@playwright/test';
import { createOrder, createProduct, fillByTestId, openSyncedDevice, waitUntilSynced } from '../support/app.ts';
import { platformForFile } from '../support/platform.ts';
import { hasArabic, pdfText } from '../fair/support.ts';

const platform = platformForFile();

const PHONE = '+86 662 3318 907';

/** A merchant registers and the park administrator approves it (the screens for that are tested in e2e/security). */
async function registerAndApprove(request: APIRequestContext, username: string): Promise<void> {
  const registration = { companyName: '阳江市锋锐刀具有限公司', uscc: '91330603MA2JQ7X5KD', cluster: 'yangjiang-knives', code: 'FR', contactName: '陈锋', username, password: 'tradewind-demo' };
  expect((await request.post(`${platform.url}/api/registrations`, { data: registration })).status()).toBe(202);
  const login = await request.post(`${platform.url}/api/auth/login`, { data: { username: 'park-admin', password: 'tradewind-demo' } });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const pending = (await (await request.get(`${platform.url}/api/admin/registrations`, { headers })).json()) as { id: string; username: string }[];
  const mine = pending.find((row) => row.username === username)!;
  expect((await request.post(`${platform.url}/api/admin/registrations/${mine.id}/approve`, { headers })).ok()).toBe(true);
}

test('@profile a newly approved merchant fills the profile; English and Arabic proformas carry the English letterhead and bank details', async ({ browser, request }) => {
  await registerAndApprove(request, 'fengrui-knives');
  const { page } = await openSyncedDevice(browser, platform.url, 'fengrui-knives');
  await createProduct(page, { name: '8 英寸厨师刀', sku: 'FR-CH8', hsCode: '8211920000', price: '6.50' });
  const number = await createOrder(page, { buyer: 'Al Noor Trading LLC', productSku: 'FR-CH8', quantity: '100' });

  // Before the profile is filled, the proforma warns that a buyer could not pay from it.
  await page.getByTestId(`order-row-${number}`).click();
  await page.getByTestId('order-proforma').click();
  await expect(page.getByTestId('proforma-payment-gaps')).toContainText('企业英文名称');
  await expect(page.getByTestId('proforma-payment-gaps')).toContainText('USD 收款账户');
  await page.getByTestId('proforma-payment-gaps').getByRole('button').click();

  await expect(page.getByTestId('profile-name')).toHaveValue('阳江市锋锐刀具有限公司');
  await expect(page.getByTestId('profile-name')).toBeDisabled();
  await fillByTestId(page, {
    'profile-nameEn': 'Yangjiang Fengrui Knives Co., Ltd.',
    'profile-addressZh': '广东省阳江市江城区刀剪路 8 号',
    'profile-addressEn': 'No. 8 Daojian Road, Jiangcheng District, Yangjiang, Guangdong, China',
    'profile-contactPhone': PHONE,
    'profile-contactEmail': 'sales@fengrui.cn',
    'profile-customsCode': '4417960C3D',
  });
  await page.getByTestId('profile-add-account').click();
  await fillByTestId(page.getByTestId('profile-account-0'), {
    'account-bankName': '中国银行阳江分行',
    'account-bankNameEn': 'Bank of China, Yangjiang Branch',
    'account-bankAddress': 'No. 2 Dongfeng Road, Yangjiang, China',
    'account-accountName': 'Yangjiang Fengrui Knives Co., Ltd.',
    'account-accountNo': '6216 6100 0001 2345',
    'account-swift': 'bkchcnbj45a',
  });
  await page.getByTestId('profile-save').click();
  await expect(page.getByText('企业资料已保存')).toBeVisible();
  await waitUntilSynced(page);

  await page.goto(`/orders`);
  await page.getByTestId(`order-row-${number}`).click();
  await page.getByTestId('order-proforma').click();
  await page.getByTestId('proforma-languages').getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('proforma-payment-gaps')).toHaveCount(0);
  const english = await pdfText(page);
  for (const expected of [
    'Yangjiang Fengrui Knives Co., Ltd.',
    'No. 8 Daojian Road, Jiangcheng District, Yangjiang',
    'Bank of China, Yangjiang Branch',
    '6216 6100 0001 2345',
    'BKCHCNBJ45A',
    'No. 2 Dongfeng Road, Yangjiang',
    PHONE,
  ]) {
    expect(english, expected).toContain(expected);
  }
  // The Chinese bank name and address stay off a foreign-language document.
  expect(english).not.toContain('中国银行阳江分行');
  expect(english).not.toContain('刀剪路');

  await page.getByTestId('proforma-languages').getByText('AR', { exact: true }).click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('lang', 'ar');
  const arabic = await pdfText(page);
  expect(hasArabic(arabic, 'فاتورة مبدئية')).toBe(true);
  for (const expected of ['Yangjiang Fengrui Knives Co., Ltd.', 'Bank of China, Yangjiang Branch', '6216 6100 0001 2345', 'BKCHCNBJ45A']) expect(arabic, expected).toContain(expected);
  // Inside right-to-left text the phone number still reads left to right, country code first.
  expect(arabic).toContain(PHONE);
});
