import { newId } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import { startCustomsSimulator, type RunningCustomsSimulator } from '@tradewind/simulators/customs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filingOf, knifeOrder, noticesOf, registerMerchant, startCustomsPlatform, submittedFiling, YANGJIANG_DXP_ID } from './customs-helpers.ts';
import { SHAOXING, YANGJIANG } from './support/demo-accounts.ts';
import { edited, newFiling, newOrder } from './support/documents.ts';
import { login } from './support/http.ts';
import { ENGINES, startPlatform, type Engine, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';
import { freePort } from './processes.ts';

const SLOW = 120_000;

describe.each(ENGINES)('the customs pipeline against the single-window simulator on %s', (engine: Engine) => {
  let simulator: RunningCustomsSimulator;
  let platform: TestPlatform;
  let token: string;
  beforeAll(async () => {
    ({ simulator, platform, token } = await startCustomsPlatform(engine));
  });
  afterAll(async () => {
    await platform?.close();
    await simulator?.stop();
  });

  it(
    'a filing submitted by a push reaches the simulator once, walks to 800 放行 and the device pulls its receipt history',
    async () => {
      const order = await knifeOrder(platform.app, token, 'YJ01-000501');
      await push(platform.app, token, 'orders', [{ newDocumentState: order }]);
      const filing = submittedFiling([order.id], { [order.id]: 'LX118204395CN' });
      expect(await push(platform.app, token, 'filings', [{ newDocumentState: filing }])).toEqual([]);
      // A replayed push (the device did not see the answer) asks for nothing more.
      await push(platform.app, token, 'filings', [{ newDocumentState: filing }]);

      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).messages.length, { timeout: 30_000, interval: 200 }).toBe(2);
      const sent = (await simulator.declarations()).filter((declaration) => declaration.orderNo === 'YJ01-000501');
      expect(sent.map((declaration) => [declaration.type, declaration.appType, declaration.received]).sort()).toEqual([
        ['CEB303', '1', 1],
        ['CEB603', '1', 1],
      ]);

      await simulator.advanceClock(90);
      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).customsStatus, { timeout: 30_000, interval: 200 }).toBe('800');
      const stored = await filingOf(platform.app, token, filing.id);
      const history = (type: string) => stored.receipts.filter((receipt) => receipt.type === type).map((receipt) => receipt.code);
      expect(history('CEB304')).toEqual(['2', '120']);
      expect(history('CEB604')).toEqual(['2', '120', '300', '399', '800']);
      expect(stored.receipts.find((receipt) => receipt.code === '800')).toMatchObject({
        meaning: { 'zh-CN': expect.stringContaining('放行') },
        documents: { orderNo: 'YJ01-000501', copNo: 'YJ01-000501', invtNo: expect.any(String) },
      });
      expect(stored.messages.map((message) => [message.type, message.copNo, message.appType]).sort()).toEqual([
        ['CEB303', 'YJ01-000501', '1'],
        ['CEB603', 'YJ01-000501', '1'],
      ]);
      const receiptNotices = (await noticesOf(platform.app, token)).filter((notice) => notice.messageKey === 'notice.customs.receipt' && notice.params.orderNo === 'YJ01-000501');
      expect(receiptNotices.filter((notice) => notice.params.code === '800')).toHaveLength(1);
      expect(receiptNotices).toHaveLength(7);
    },
    SLOW,
  );

  it(
    'a released filing the merchant asks to cancel sends one CEB605 for its inventory and records the CEB606 answers',
    async () => {
      const released = (await pullAll(platform.app, token, 'filings')).documents.find((doc) => doc.customsStatus === '800' && doc.title === '9610 Amazon 测试批次')!;
      const cancel = edited(released, { cancelRequest: { reason: '买家取消订单 Buyer cancelled', at: new Date().toISOString() } });
      expect(await push(platform.app, token, 'filings', [{ assumedMasterState: released, newDocumentState: cancel }])).toEqual([]);
      await expect.poll(async () => (await filingOf(platform.app, token, released.id)).messages.filter((message) => message.type === 'CEB605').length, { timeout: 30_000, interval: 200 }).toBe(1);
      const invtNo = (await filingOf(platform.app, token, released.id)).receipts.find((receipt) => receipt.type === 'CEB604')!.documents.invtNo;
      await simulator.advanceClock(40);
      await expect.poll(async () => (await filingOf(platform.app, token, released.id)).customsStatus, { timeout: 30_000, interval: 200 }).toBe('399');
      const after = await filingOf(platform.app, token, released.id);
      expect(after.receipts.filter((receipt) => receipt.type === 'CEB606').map((receipt) => [receipt.code, receipt.documents.invtNo])).toEqual([
        ['2', invtNo],
        ['120', invtNo],
        ['399', invtNo],
      ]);
      expect((await simulator.declarations()).filter((declaration) => declaration.type === 'CEB605')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'a rejected declaration (100, with the reason) is fixed and resent as appType 2',
    async () => {
      const order = await knifeOrder(platform.app, token, 'YJ01-000502');
      await push(platform.app, token, 'orders', [{ newDocumentState: order }]);
      await simulator.rejectNext(1, '申报要素与商品编码不符');
      const filing = submittedFiling([order.id], { [order.id]: 'LX118204404CN' });
      await push(platform.app, token, 'filings', [{ newDocumentState: filing }]);
      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).messages.length, { timeout: 30_000, interval: 200 }).toBe(2);
      await simulator.advanceClock(5);
      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).customsStatus, { timeout: 30_000, interval: 200 }).toBe('100');
      const rejected = await filingOf(platform.app, token, filing.id);
      expect(rejected.receipts.find((receipt) => receipt.code === '100')?.message).toBe('申报要素与商品编码不符');

      const { _deleted, ...master } = rejected;
      const resent = edited({ ...master, _deleted } as unknown as ReplicatedDoc, { revision: 2, title: '9610 Amazon 测试批次（已修改）' });
      expect(await push(platform.app, token, 'filings', [{ assumedMasterState: rejected as unknown as ReplicatedDoc, newDocumentState: resent }])).toEqual([]);
      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).messages.length, { timeout: 30_000, interval: 200 }).toBe(4);
      expect(
        (await simulator.declarations())
          .filter((declaration) => declaration.orderNo === 'YJ01-000502' && declaration.appType === '2')
          .map((declaration) => declaration.type)
          .sort(),
      ).toEqual(['CEB303', 'CEB603']);
      await simulator.advanceClock(90);
      await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).customsStatus, { timeout: 30_000, interval: 200 }).toBe('800');
    },
    SLOW,
  );

  it('refuses to declare another tenant’s order: nothing is sent, the filing says failed and the merchant is told', async () => {
    const shaoxing = await login(platform.app, SHAOXING);
    const theirs = newOrder({ number: 'SX01-000009' });
    await push(platform.app, shaoxing, 'orders', [{ newDocumentState: theirs }]);
    const before = (await simulator.declarations()).length;
    const filing = submittedFiling([theirs.id], { [theirs.id]: 'LX000000001CN' });
    await push(platform.app, token, 'filings', [{ newDocumentState: filing }]);
    await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).customsStatus, { timeout: 30_000, interval: 200 }).toBe('failed');
    expect((await noticesOf(platform.app, token)).find((notice) => notice.messageKey === 'notice.customs.failed.unknown_orders')?.params).toMatchObject({ detail: theirs.id });
    expect((await simulator.declarations()).length).toBe(before);
  });

  it('refuses a device writing the sent messages, as it does customs status and receipts', async () => {
    const filing = newFiling();
    await push(platform.app, token, 'filings', [{ newDocumentState: filing }]);
    const forged = edited(filing, { messages: [{ type: 'CEB603', guid: newId().toUpperCase(), copNo: 'X', orderNo: 'X', appType: '1', revision: 1, sentAt: new Date().toISOString() }] });
    expect(await push(platform.app, token, 'filings', [{ assumedMasterState: filing, newDocumentState: forged }])).toEqual([filing]);
  });

  it('keeps a malformed receipt aside with an alert, and changes no filing', async () => {
    const filingsBefore = JSON.stringify((await pullAll(platform.app, token, 'filings')).documents);
    await simulator.deliverMalformedReceipt(YANGJIANG_DXP_ID);
    await expect.poll(async () => (await platform.db.query('SELECT reason FROM customs_receipts_rejected WHERE tenant_id = $1', [YANGJIANG])).length, { timeout: 30_000, interval: 200 }).toBe(1);
    expect((await noticesOf(platform.app, token)).filter((notice) => notice.messageKey === 'notice.customs.malformedReceipt')).toHaveLength(1);
    expect(JSON.stringify((await pullAll(platform.app, token, 'filings')).documents)).toBe(filingsBefore);
  });
});

describe('the customs pipeline when the single window is away', () => {
  it(
    'keeps retrying while the simulator is down and after a lost answer, and declares exactly once',
    async () => {
      const port = await freePort();
      const platform = await startPlatform('pglite', {
        platform: { customsGateway: { kind: 'single-window-http', url: `http://127.0.0.1:${port}` }, receiptPollMs: 100, jobs: { pollMs: 100, backoffBaseMs: 200, backoffMaxMs: 1_000 } },
      });
      let simulator: RunningCustomsSimulator | undefined;
      try {
        const token = await login(platform.app, YANGJIANG);
        const order = await knifeOrder(platform.app, token, 'YJ01-000601');
        await push(platform.app, token, 'orders', [{ newDocumentState: order }]);
        const filing = submittedFiling([order.id], { [order.id]: 'LX118204500CN' });
        await push(platform.app, token, 'filings', [{ newDocumentState: filing }]);
        // Retried while the single window is away (each attempt builds and checks the messages first: seconds on a loaded machine).
        const declareJob = async () =>
          (await platform.db.query<{ status: string; attempts: number; last_error: string | null }>("SELECT status, attempts, last_error FROM jobs WHERE kind = 'customs.declare'"))[0];
        await expect.poll(async () => ((await declareJob())?.attempts ?? 0) > 1 && (await declareJob())?.last_error?.includes('unreachable'), { timeout: 60_000, interval: 200 }).toBe(true);
        expect((await declareJob())!.status).toMatch(/^(pending|running)$/);

        simulator = await startCustomsSimulator({ port });
        await registerMerchant(platform.app, token, simulator);
        await simulator.loseAnswers(1);
        await expect.poll(async () => (await filingOf(platform.app, token, filing.id)).messages.length, { timeout: 30_000, interval: 200 }).toBe(2);
        const declarations = await simulator.declarations();
        expect(declarations.map((declaration) => declaration.type).sort()).toEqual(['CEB303', 'CEB603']);
        // The first message's answer was lost: it arrived twice, and was one declaration.
        expect(declarations.map((declaration) => declaration.received).sort()).toEqual([1, 2]);
        expect(declarations.every((declaration) => !declaration.statuses.some((status) => status.startsWith('-')))).toBe(true);
      } finally {
        await platform.close();
        await simulator?.stop();
      }
    },
    2 * SLOW,
  );
});
