import { expect, test } from '@playwright/test';
import { startSmtpSimulator, type RunningSmtpSimulator } from '@tradewind/simulators/smtp';
import { pdfBytesText } from '../../test-support/pdf-text.ts';
import { createOrder, openDevice, waitUntilSynced } from '../support/app.ts';
import { startPlatform, type RunningPlatform } from '../support/platform.ts';

let smtp: RunningSmtpSimulator;
let platform: RunningPlatform;
test.beforeAll(async () => {
  smtp = await startSmtpSimulator();
  platform = await startPlatform({ TRADEWIND_MAIL: `smtp ${smtp.smtpUrl}`, TRADEWIND_MAIL_FROM: 'Yangjiang Cutlery Park <proforma@park.example>' });
});
test.afterAll(async () => {
  await platform?.stop();
  await smtp?.stop();
});

test('@fair offline, the owner e-mails an English proforma: queued on the device, sent once online, one PDF arrives', async ({ browser }) => {
  const { context, page } = await openDevice(browser, platform.url, 'yangjiang-knives');
  await waitUntilSynced(page);
  const number = await createOrder(page, { buyer: 'Nordic Kitchen AB', productSku: 'LF-CH8', quantity: '240' });
  await page.getByTestId(`order-row-${number}`).click();
  await page.getByTestId('order-proforma').click();
  await page.getByTestId('proforma-languages').getByText('EN', { exact: true }).click();
  await expect(page.getByTestId('proforma')).toHaveAttribute('lang', 'en');

  await context.setOffline(true);
  await page.getByTestId('proforma-email').click();
  // The proforma page has no sync bar: the form says the device is offline.
  await expect(page.getByTestId('proforma-email-offline')).toBeVisible();
  await expect(page.getByTestId('proforma-email-language')).toHaveText('EN');
  await page.getByTestId('proforma-email-recipient').fill('anna@nordic-kitchen');
  await page.getByTestId('proforma-email-send').click();
  await expect(page.getByText(/请输入一个有效的邮箱地址|Enter one valid e-mail address/)).toBeVisible();
  await page.getByTestId('proforma-email-recipient').fill('anna@nordic-kitchen.se');
  await page.getByTestId('proforma-email-note').fill('As agreed at the Canton Fair.');
  await page.getByTestId('proforma-email-send').click();
  const request = page.getByTestId('proforma-email-request');
  await expect(request).toHaveCount(1);
  await expect(request).toHaveAttribute('data-status', 'queued');
  await expect(request).toContainText(/已排队：联网后发送|Queued: sends when online/);

  await context.setOffline(false);
  await expect(request).toHaveAttribute('data-status', 'sent', { timeout: 60_000 });
  await expect(request).toContainText(/已于 .+ 发送|Sent at .+/);

  const messages = (await smtp.messages()).filter((message) => message.subject.includes(number));
  expect(messages).toHaveLength(1);
  expect(messages[0]).toMatchObject({ to: 'anna@nordic-kitchen.se', replyTo: 'sales@lifeng-knives.cn' });
  expect(messages[0]!.text).toContain('As agreed at the Canton Fair.');
  const [pdf] = messages[0]!.attachments;
  expect(pdf).toMatchObject({ filename: `Proforma-${number}-en.pdf`, contentType: 'application/pdf' });
  const text = await pdfBytesText(new Uint8Array(Buffer.from(pdf!.content, 'base64')));
  for (const expected of ['PROFORMA INVOICE', 'Yangjiang Lifeng Knives & Scissors Co., Ltd.', number, 'Nordic Kitchen AB', 'LF-CH8']) expect(text, expected).toContain(expected);
});
