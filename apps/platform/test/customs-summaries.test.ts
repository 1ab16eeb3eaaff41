import type { FilingDoc } from '@tradewind/domain';
import type { PushRow, ReplicatedDoc } from '@tradewind/sync';
import type { RunningCustomsSimulator } from '@tradewind/simulators/customs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knifeOrder, noticesOf, startCustomsPlatform, submittedFiling } from './customs-helpers.ts';
import { sleep } from './support/sleep.ts';
import { ENGINES, type Engine, type TestPlatform } from './support/platform.ts';
import { pullAll, push } from './support/replication.ts';

const SLOW = 180_000;
const isReleased = (status: string) => status === '800' || status === '899';
const poll = { timeout: 60_000, interval: 200 };

/** Customs' clock starts in October, so the inventories are released then and November's summary run is due now. */
const OCTOBER = '2026-10-20T01:00:00Z';

describe.each(ENGINES)('monthly summaries (汇总申报) of released inventories against the single-window simulator on %s', (engine: Engine) => {
  let simulator: RunningCustomsSimulator;
  let platform: TestPlatform;
  let token: string;
  beforeAll(async () => {
    // Receipts fetched every 400 ms: a summary run waits 5 polls after the last release, so on a loaded
    // machine the releases a test makes together still reach one run.
    ({ simulator, platform, token } = await startCustomsPlatform(engine, { clockStart: OCTOBER, receiptPollMs: 400 }));
  });
  afterAll(async () => {
    await platform?.close();
    await simulator?.stop();
  });

  const filings = async () => (await pullAll(platform.app, token, 'filings')).documents as unknown as FilingDoc[];
  const summaries = async () => (await filings()).filter((filing) => filing.kind === 'ceb701-summary');
  const pushNew = (collection: 'orders' | 'filings', docs: ReplicatedDoc[]) =>
    push(
      platform.app,
      token,
      collection,
      docs.map((doc) => ({ newDocumentState: doc })),
    );
  /** Knife orders of these numbers on the platform, and a waybill for each (`LX1188<series><i>00CN`). */
  const pushedOrders = async (numbers: string[], series: number) => {
    const orders = await Promise.all(numbers.map((number) => knifeOrder(platform.app, token, number)));
    await pushNew('orders', orders);
    return { orders, waybills: Object.fromEntries(orders.map((order, i) => [order.id, `LX1188${series}${i}00CN`])) };
  };
  /** A submitted inventory filing of these orders, exported in October under `statisticsFlag`. */
  const octoberFiling = (orderIds: string[], waybills: Record<string, string>, statisticsFlag: 'A' | 'B', title: string) =>
    submittedFiling(orderIds, waybills, { title, declaration: { ...(submittedFiling([], waybills).declaration as object), statisticsFlag, exportDate: '2026-10-20' } });

  it(
    'gathers the B-flag inventories released last month into one CEB701, sent once, whose CEB702 and CEB792 reach the summary and every filing it covers',
    async () => {
      const { orders, waybills } = await pushedOrders(['YJ01-000801', 'YJ01-000802', 'YJ01-000803', 'YJ01-000804'], 0);
      const declaration = (statisticsFlag: 'A' | 'B', ids: string[]) => octoberFiling(ids, waybills, statisticsFlag, `9610 10月 ${statisticsFlag}`);
      const twoOrders = declaration('B', [orders[0]!.id, orders[1]!.id]);
      const oneOrder = declaration('B', [orders[2]!.id]);
      const simplified = declaration('A', [orders[3]!.id]);
      expect(await pushNew('filings', [twoOrders, oneOrder, simplified])).toEqual([]);
      const messageCounts = async () => {
        const stored = await filings();
        return [twoOrders, oneOrder, simplified].map((filing) => stored.find((candidate) => candidate.id === filing.id)?.messages.length);
      };
      await expect.poll(messageCounts, poll).toEqual([4, 2, 2]);

      await simulator.advanceClock(90);
      const covered = [twoOrders.id, oneOrder.id];
      await expect.poll(async () => (await filings()).filter((filing) => covered.includes(filing.id)).every((filing) => isReleased(filing.customsStatus)), poll).toBe(true);
      const releasedInvtNos = (await filings())
        .filter((filing) => covered.includes(filing.id))
        .flatMap((filing) => filing.receipts.filter((receipt) => receipt.type === 'CEB604' && receipt.code === '800').map((receipt) => receipt.documents.invtNo!));
      expect(releasedInvtNos).toHaveLength(3);

      await expect.poll(async () => (await summaries()).map((summary) => summary.messages.length), poll).toEqual([1]);
      const [summary] = await summaries();
      expect(summary).toMatchObject({ status: 'submitted', customsStatus: expect.stringMatching(/^(sent|2)$/), payload: { period: '2026-11', month: '2026-10', copNo: 'SUM202611-1' } });
      expect([...(summary!.payload.invtNos as string[])].sort()).toEqual([...releasedInvtNos].sort());
      expect([...(summary!.payload.filingIds as string[])].sort()).toEqual([...covered].sort());
      const sent = (await simulator.declarations()).filter((declaration) => declaration.type === 'CEB701');
      expect(sent.map((declaration) => [declaration.copNo, declaration.received, [...declaration.invtNos].sort()])).toEqual([['SUM202611-1', 1, [...releasedInvtNos].sort()]]);
      expect((await noticesOf(platform.app, token)).filter((notice) => notice.messageKey === 'notice.customs.summary.created').map((notice) => notice.params)).toEqual([
        expect.objectContaining({ copNo: 'SUM202611-1', month: '2026-10', count: '3' }),
      ]);
      // Sent in the summary's own words: its number, not "order SUM…".
      const sentNotices = (await noticesOf(platform.app, token)).filter((notice) => /^notice\.customs\.(summary\.)?sent$/.test(notice.messageKey));
      expect(sentNotices.filter((notice) => notice.params.title === summary!.title).map((notice) => [notice.messageKey, notice.params.copNo])).toEqual([
        ['notice.customs.summary.sent', 'SUM202611-1'],
      ]);
      expect(sentNotices.filter((notice) => String(notice.params.orderNo ?? '').startsWith('SUM'))).toEqual([]);

      await simulator.advanceClock(60);
      await expect.poll(async () => (await summaries())[0]!.receipts.map((receipt) => `${receipt.type} ${receipt.code}`), poll).toEqual(['CEB702 2', 'CEB702 120', 'CEB702 399', 'CEB792 1']);
      const [done] = await summaries();
      expect(done!.customsStatus).toBe('399');
      const result = done!.receipts.find((receipt) => receipt.type === 'CEB792')!;
      expect(result.documents).toMatchObject({ sumNo: expect.stringMatching(/^.{18}$/), entryId: expect.stringMatching(/^.{18}$/) });

      for (const filing of await filings()) {
        const outcome = filing.receipts.filter((receipt) => receipt.type === 'CEB702' || receipt.type === 'CEB792').map((receipt) => `${receipt.type} ${receipt.code}`);
        if (covered.includes(filing.id)) {
          expect(outcome, filing.title).toEqual(['CEB702 399', 'CEB792 1']);
          expect(isReleased(filing.customsStatus)).toBe(true);
          expect(filing.receipts.find((receipt) => receipt.type === 'CEB792')!.documents.entryId).toBe(result.documents.entryId);
        } else if (filing.id === simplified.id) expect(outcome).toEqual([]);
      }
      const summaryReceipts = (await noticesOf(platform.app, token)).filter((notice) => notice.messageKey === 'notice.customs.summary.receipt');
      expect(summaryReceipts.map((notice) => [notice.params.copNo, notice.params.code])).toEqual([
        ['SUM202611-1', '2'],
        ['SUM202611-1', '120'],
        ['SUM202611-1', '399'],
      ]);
      const results = (await noticesOf(platform.app, token)).filter((notice) => notice.messageKey === 'notice.customs.summary.result');
      expect(results.map((notice) => notice.params)).toEqual([expect.objectContaining({ sumNo: result.documents.sumNo, entryId: result.documents.entryId, count: '3' })]);

      // Later runs and later receipts add nothing: each inventory is summarised once.
      await simulator.advanceClock(120);
      await sleep(1_000);
      expect(await summaries()).toHaveLength(1);
      expect((await simulator.declarations()).filter((declaration) => declaration.type === 'CEB701')).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'shows why customs turned a summary down, and takes it resent without the inventory the merchant dropped as a change (appType 2) through to its CEB792',
    async () => {
      const reason = '清单已在其他汇总申请单中汇总，请核对后重新申报';
      await simulator.rejectNext(1, reason, 'CEB701');
      const { orders, waybills } = await pushedOrders(['YJ01-000811', 'YJ01-000812'], 1);
      const [kept, dropped] = orders.map((order) => octoberFiling([order.id], waybills, 'B', `9610 10月 B ${order.number}`));
      expect(await pushNew('filings', [kept!, dropped!])).toEqual([]);
      const sent = async (filingId: string) => (await filings()).find((filing) => filing.id === filingId)?.messages.length;
      await expect.poll(async () => [await sent(kept!.id), await sent(dropped!.id)], poll).toEqual([2, 2]);
      await simulator.advanceClock(90);
      // Released late in the period that was summarised already: the run again numbers its summary after the first.
      const second = async () => (await summaries()).find((summary) => summary.payload.copNo === 'SUM202611-2');
      await expect.poll(async () => (await second())?.messages.length, poll).toBe(1);
      await simulator.advanceClock(5);
      await expect.poll(async () => (await second())?.customsStatus, poll).toBe('100');
      const rejected = (await second())!;
      expect(rejected.receipts.at(-1)).toMatchObject({ type: 'CEB702', code: '100', message: reason, meaning: { 'zh-CN': '海关退单', en: 'Rejected by customs' } });
      const invtNoOf = async (filingId: string) =>
        (await filings()).find((filing) => filing.id === filingId)!.receipts.find((receipt) => receipt.type === 'CEB604' && receipt.code === '800')!.documents.invtNo!;
      const keptInvtNo = await invtNoOf(kept!.id);
      const droppedInvtNo = await invtNoOf(dropped!.id);
      expect([...(rejected.payload.invtNos as string[])].sort()).toEqual([keptInvtNo, droppedInvtNo].sort());
      expect((await noticesOf(platform.app, token)).filter((notice) => notice.messageKey === 'notice.customs.summary.receipt' && notice.params.code === '100').map((notice) => notice.params)).toEqual([
        expect.objectContaining({ copNo: 'SUM202611-2', message: reason }),
      ]);

      // Fixed by dropping an inventory; adding one it never had is refused and changes nothing.
      const master = rejected as unknown as ReplicatedDoc;
      const resend = (invtNos: string[]): PushRow => ({
        assumedMasterState: master,
        newDocumentState: { ...master, revision: 2, payload: { ...rejected.payload, invtNos }, updatedAt: new Date().toISOString() },
      });
      const [refused] = await push(platform.app, token, 'filings', [resend([keptInvtNo, 'SOMEONE-ELSES-INVT'])]);
      expect(refused).toMatchObject({ id: rejected.id, revision: 1 });
      expect(await push(platform.app, token, 'filings', [resend([keptInvtNo])])).toEqual([]);

      await expect
        .poll(
          async () =>
            (await simulator.declarations()).filter((declaration) => declaration.copNo === 'SUM202611-2').map((declaration) => [declaration.appType, declaration.received, declaration.invtNos]),
          poll,
        )
        .toEqual([
          ['1', 1, expect.arrayContaining([keptInvtNo, droppedInvtNo])],
          ['2', 1, [keptInvtNo]],
        ]);
      await simulator.advanceClock(90);
      await expect
        .poll(async () => (await second())!.receipts.map((receipt) => `${receipt.type} ${receipt.code}`), poll)
        .toEqual(['CEB702 2', 'CEB702 100', 'CEB702 2', 'CEB702 120', 'CEB702 399', 'CEB792 1']);
      const resent = (await second())!;
      expect(resent).toMatchObject({ revision: 2, customsStatus: '399' });
      expect(resent.messages.map((message) => [message.appType, message.revision])).toEqual([
        ['1', 1],
        ['2', 2],
      ]);
      const outcomes = async (filingId: string) =>
        (await filings())
          .find((filing) => filing.id === filingId)!
          .receipts.filter((receipt) => receipt.type === 'CEB702' || receipt.type === 'CEB792')
          .map((receipt) => `${receipt.type} ${receipt.code}`);
      expect(await outcomes(kept!.id)).toEqual(['CEB702 100', 'CEB702 399', 'CEB792 1']);
      expect(await outcomes(dropped!.id)).toEqual(['CEB702 100']);
      // The dropped inventory is not gathered again by a later run.
      await simulator.advanceClock(120);
      await sleep(1_000);
      expect((await summaries()).map((summary) => summary.payload.copNo).sort()).toEqual(['SUM202611-1', 'SUM202611-2']);
    },
    SLOW,
  );
});
