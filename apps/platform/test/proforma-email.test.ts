import { newId, type NoticeDoc, type ProformaEmailDoc } from '@tradewind/domain';
import type { ReceivedMessage, RunningSmtpSimulator } from '@tradewind/simulators/smtp';
import type { ReplicatedDoc } from '@tradewind/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytesText } from '../../../test-support/pdf-text.ts';
import { createPlatform, type PlatformOptions } from '../src/server.ts';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { newOrder } from './support/documents.ts';
import { login } from './support/http.ts';
import { ENGINES, startPlatform, TEST_SECRETS_KEY, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';
import { smtpSimulatorFor } from './support/smtp.ts';

const SENDER = 'Yangjiang Cutlery Park <proforma@park.example>';

/** A request as the proforma screen makes it: status `queued`, no delivery fields. */
function newRequest(orderId: string, overrides: Partial<ProformaEmailDoc> = {}): ReplicatedDoc {
  const now = new Date().toISOString();
  return { id: newId(), updatedAt: now, createdAt: now, orderId, recipient: 'anna@nordic-kitchen.se', language: 'en', note: 'As agreed at the fair.', status: 'queued', ...overrides, _deleted: false };
}

interface Park {
  platform: TestPlatform;
  token: string;
  request(id: string): Promise<ProformaEmailDoc | undefined>;
  notices(): Promise<NoticeDoc[]>;
  /** Pushes an order and a request for it; returns the request. */
  emailNewOrder(overrides?: Partial<ProformaEmailDoc>): Promise<{ request: ReplicatedDoc; number: string }>;
}

async function openPark(platform: TestPlatform): Promise<Park> {
  const token = await login(platform.app, YANGJIANG);
  return {
    platform,
    token,
    request: async (id) => (await pullAll(platform.app, token, 'proformaEmails')).documents.find((doc) => doc.id === id) as ProformaEmailDoc | undefined,
    notices: async () => (await pullAll(platform.app, token, 'notices')).documents as unknown as NoticeDoc[],
    async emailNewOrder(overrides = {}) {
      const order = newOrder();
      expect(await push(platform.app, token, 'orders', [{ newDocumentState: order }])).toEqual([]);
      const request = newRequest(order.id, overrides);
      expect(await push(platform.app, token, 'proformaEmails', [{ newDocumentState: request }])).toEqual([]);
      return { request, number: String(order.number) };
    },
  };
}

const mailOptions = (smtp: RunningSmtpSimulator, extra: Omit<PlatformOptions, 'db'> = {}): Omit<PlatformOptions, 'db' | 'seedDemo'> => ({
  mail: { kind: 'smtp', url: smtp.smtpUrl, from: SENDER },
  jobs: { pollMs: 50, backoffBaseMs: 50, backoffMaxMs: 200 },
  ...extra,
});

const to = (messages: ReceivedMessage[], number: string) => messages.filter((message) => message.subject.includes(number));

describe.each(ENGINES)('e-mailing a proforma through the SMTP simulator on %s', (engine) => {
  let smtp: RunningSmtpSimulator;
  let park: Park;
  smtpSimulatorFor({}, (started) => (smtp = started));
  beforeAll(async () => {
    park = await openPark(await startPlatform(engine, { platform: mailOptions(smtp) }));
  });
  afterAll(() => park?.platform.close());

  it('sends the proforma as a PDF in the buyer’s language from the park’s sender, replying to the merchant, once', async () => {
    const { request, number } = await park.emailNewOrder();
    await expect.poll(async () => (await park.request(request.id))?.status, { timeout: 30_000 }).toBe('sent');

    const [message, ...others] = to(await smtp.messages(), number);
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      from: '"Yangjiang Cutlery Park" <proforma@park.example>',
      envelopeFrom: 'proforma@park.example',
      replyTo: 'sales@lifeng-knives.cn',
      to: 'anna@nordic-kitchen.se',
      user: 'tradewind',
      envelopeTo: ['anna@nordic-kitchen.se'],
    });
    expect(message!.text).toContain('As agreed at the fair.');
    expect(message!.text).toContain(`Please find attached our proforma invoice ${number}.`);
    const [pdf] = message!.attachments;
    expect(pdf).toMatchObject({ filename: `Proforma-${number}-en.pdf`, contentType: 'application/pdf' });
    const text = await pdfBytesText(new Uint8Array(Buffer.from(pdf!.content, 'base64')));
    expect(text).toContain('PROFORMA INVOICE');
    expect(text).toContain('Yangjiang Lifeng Knives & Scissors Co., Ltd.');
    expect(text).toContain(number);

    const stored = await park.request(request.id);
    expect(stored).toMatchObject({ status: 'sent', messageId: message!.messageId });
    expect((await park.notices()).find((notice) => notice.messageKey === 'notice.proformaEmail.sent' && notice.params.orderNo === number)?.params).toEqual({
      orderNo: number,
      recipient: 'anna@nordic-kitchen.se',
    });
  });

  it('retries a mail server answering 451 and delivers exactly once, though the platform restarted between attempts', async () => {
    await smtp.fault({ code: 451, count: 2 });
    const before = await smtp.attempts();
    const { request, number } = await park.emailNewOrder();
    await expect.poll(() => smtp.attempts(), { timeout: 30_000, interval: 20 }).toBeGreaterThan(before);

    // A restart: the same database, a new platform (worker, mail connection, renderer).
    const stopped = park.platform;
    const db = stopped.db;
    await stopped.app.close();
    const app = await createPlatform({ ...mailOptions(smtp), db, seedDemo: false, secretsKey: TEST_SECRETS_KEY });
    await app.ready();
    park = await openPark({ ...stopped, app, close: () => app.close().then(() => stopped.close()) });

    await expect.poll(async () => (await park.request(request.id))?.status, { timeout: 30_000 }).toBe('sent');
    expect(to(await smtp.messages(), number)).toHaveLength(1);
    expect(await smtp.attempts()).toBe(before + 3);
  });

  it('does not send again after an attempt whose outcome is unknown (the platform died mid-send)', async () => {
    const order = newOrder();
    await push(park.platform.app, park.token, 'orders', [{ newDocumentState: order }]);
    const request = newRequest(order.id);
    await park.platform.db.query("INSERT INTO proforma_email_sends (tenant_id, request_id, attempt_started_at) VALUES ($1, $2, now() - interval '2 minutes')", [YANGJIANG, request.id]);
    const before = await smtp.attempts();
    await push(park.platform.app, park.token, 'proformaEmails', [{ newDocumentState: request }]);
    await expect.poll(async () => (await park.request(request.id))?.failure, { timeout: 30_000 }).toEqual({ reason: 'outcome_unknown' });
    expect(await smtp.attempts()).toBe(before);
  });

  it('refuses a device writing the delivery status or changing a request it made, with a notice', async () => {
    const order = newOrder();
    await push(park.platform.app, park.token, 'orders', [{ newDocumentState: order }]);
    const claimed = newRequest(order.id, { status: 'sent', sentAt: new Date().toISOString() });
    const [refused] = await push(park.platform.app, park.token, 'proformaEmails', [{ newDocumentState: claimed }]);
    expect(refused).toMatchObject({ id: claimed.id, _deleted: true });
    const request = newRequest(order.id);
    expect(await push(park.platform.app, park.token, 'proformaEmails', [{ newDocumentState: request }])).toEqual([]);
    const redirected = { ...request, recipient: 'someone@else.example', updatedAt: new Date(Date.now() + 1000).toISOString() };
    const [kept] = await push(park.platform.app, park.token, 'proformaEmails', [{ assumedMasterState: request, newDocumentState: redirected }]);
    expect(kept).toMatchObject({ id: request.id, recipient: 'anna@nordic-kitchen.se' });

    const reasons = (await park.notices()).filter((notice) => [claimed.id, request.id].includes(notice.refused?.documentId ?? '')).map((notice) => notice.refused?.reason);
    expect(reasons.sort()).toEqual(['proforma_email_recorded', 'server_owned_field']);
  });

  it('never sends another tenant’s order: the request fails as an unknown order, with a notice', async () => {
    const shaoxing = await login(park.platform.app, SHAOXING);
    const theirs = newOrder();
    await push(park.platform.app, shaoxing, 'orders', [{ newDocumentState: theirs }]);
    const request = newRequest(theirs.id);
    expect(await push(park.platform.app, park.token, 'proformaEmails', [{ newDocumentState: request }])).toEqual([]);
    await expect.poll(async () => (await park.request(request.id))?.failure, { timeout: 30_000 }).toEqual({ reason: 'order_not_found' });
    expect(to(await smtp.messages(), String(theirs.number))).toEqual([]);
    expect((await pullAll(park.platform.app, shaoxing, 'proformaEmails')).documents).toEqual([]);
    expect((await park.notices()).some((notice) => notice.messageKey === 'notice.proformaEmail.failed.order_not_found')).toBe(true);
  });
});

describe('a proforma e-mail that cannot go', () => {
  let smtp: RunningSmtpSimulator;
  smtpSimulatorFor({ sizeLimit: 4_000 }, (started) => (smtp = started));

  it('fails with a notice when the mail server answers 552 (over its size limit), and when there is no Chromium to print with', async () => {
    const platform = await startPlatform('pglite', { platform: mailOptions(smtp) });
    const broken = await startPlatform('pglite', { platform: mailOptions(smtp, { chromiumPath: '/nonexistent/chromium' }) });
    try {
      const park = await openPark(platform);
      const tooLarge = await park.emailNewOrder();
      await expect.poll(async () => (await park.request(tooLarge.request.id))?.failure?.reason, { timeout: 30_000 }).toBe('too_large');

      const noRenderer = await openPark(broken);
      const { request } = await noRenderer.emailNewOrder();
      await expect.poll(async () => (await noRenderer.request(request.id))?.status, { timeout: 30_000 }).toBe('failed');
      expect((await noRenderer.request(request.id))?.failure?.reason).toBe('renderer_unavailable');
      expect((await noRenderer.notices()).some((notice) => notice.messageKey === 'notice.proformaEmail.failed.renderer_unavailable')).toBe(true);
      expect(await smtp.messages()).toEqual([]);
    } finally {
      await platform.close();
      await broken.close();
    }
  });
});
