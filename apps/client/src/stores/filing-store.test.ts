import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CustomsStatus, FilingDeclaration } from '@tradewind/domain';
import demoPark from '../../../../resources/demo-park/yangjiang-knives.json' with { type: 'json' };
import { discardDraft, NotDraftError, NotRejectedError, resendDeclaration, resendSummary, saveDeclarationDraft, saveDraftChanges, submitDeclaration, submitDraft } from './filing-store.ts';
import { RoleRefusedError } from './role-guard.ts';
import { openTestStore, type TestStore } from './test-database.ts';

let store: TestStore;
beforeEach(async () => (store = await openTestStore()));
afterEach(() => store.close());

const declaration = (waybill: string): FilingDeclaration => {
  const facts = demoPark.filing.declaration as FilingDeclaration;
  return { ...facts, logistics: { ...facts.logistics, waybillNos: { 'order-1': waybill } } };
};
const draft = () => ({ kind: 'ceb603-inventory' as const, title: '9610 亚马逊 12 月第一批', orderIds: ['order-1'], declaration: declaration('LX118204395CN') });

/** What a pull brings once customs answered: the platform's fields, written as the replication writes them. */
async function customsAnswered(id: string, customsStatus: CustomsStatus) {
  const doc = (await store.db.filings.findOne(id).exec())!;
  await doc.incrementalPatch({
    customsStatus,
    receipts: [{ type: 'CEB604', code: customsStatus, at: '2026-11-23T09:00:00.000Z', message: '申报要素与商品编码不符', documents: { copNo: 'YJ01-000101' } }],
  });
}

describe('declaring orders', () => {
  it('submits the chosen orders with their declaration at once, offline, for the platform to send after sync', async () => {
    const filing = await submitDeclaration(store, 'merchant_owner', draft());
    expect(filing).toMatchObject({ status: 'submitted', revision: 1, orderIds: ['order-1'], customsStatus: 'none', receipts: [], messages: [], declaration: { mode: '9610' } });
  });

  it('refuses fair staff submitting to customs before anything is saved', async () => {
    await expect(submitDeclaration(store, 'merchant_staff', draft())).rejects.toThrow(RoleRefusedError);
    expect(await store.db.filings.count().exec()).toBe(0);
  });

  it('resends a rejected declaration as the next revision with the corrected facts', async () => {
    const { id } = await submitDeclaration(store, 'merchant_owner', draft());
    await customsAnswered(id, '100');
    const resent = await resendDeclaration(store, 'merchant_owner', id, declaration('LX118204396CN'));
    expect(resent).toMatchObject({ status: 'submitted', revision: 2, declaration: { logistics: { waybillNos: { 'order-1': 'LX118204396CN' } } } });
    // Still 100 on the device until the platform sends revision 2: a second resend would skip a revision.
    await expect(resendDeclaration(store, 'merchant_owner', id, declaration('LX118204397CN'))).rejects.toThrow(NotRejectedError);
  });

  it('does not resend a declaration customs is still handling or has released', async () => {
    const { id } = await submitDeclaration(store, 'merchant_owner', draft());
    await expect(resendDeclaration(store, 'merchant_owner', id, declaration('X'))).rejects.toThrow(NotRejectedError);
    await customsAnswered(id, '800');
    await expect(resendDeclaration(store, 'merchant_owner', id, declaration('X'))).rejects.toThrow(NotRejectedError);
    expect((await store.db.filings.findOne(id).exec())!.revision).toBe(1);
  });
});

describe('declaration drafts', () => {
  it('lets fair staff prepare a draft and keep its corrected waybill, but not send it', async () => {
    const { id } = await saveDeclarationDraft(store, 'merchant_staff', draft());
    await saveDraftChanges(store, 'merchant_staff', id, declaration('LX118204396CN'));
    await expect(submitDraft(store, 'merchant_staff', id, declaration('LX118204396CN'))).rejects.toThrow(RoleRefusedError);
    expect((await store.db.filings.findOne(id).exec())!.toJSON()).toMatchObject({ status: 'draft', revision: 1, declaration: { logistics: { waybillNos: { 'order-1': 'LX118204396CN' } } } });
  });

  it('sends a draft as the owner left it, once', async () => {
    const { id } = await saveDeclarationDraft(store, 'merchant_staff', draft());
    const sent = await submitDraft(store, 'merchant_owner', id, declaration('LX118204397CN'));
    expect(sent).toMatchObject({ status: 'submitted', revision: 1, customsStatus: 'none', declaration: { logistics: { waybillNos: { 'order-1': 'LX118204397CN' } } } });
    await expect(submitDraft(store, 'merchant_owner', id, declaration('X'))).rejects.toThrow(NotDraftError);
    await expect(discardDraft(store, id)).rejects.toThrow(NotDraftError);
    expect((await store.db.filings.findOne(id).exec())!.declaration!.logistics.waybillNos['order-1']).toBe('LX118204397CN');
  });

  it('discards a draft', async () => {
    const { id } = await saveDeclarationDraft(store, 'merchant_owner', draft());
    await discardDraft(store, id);
    expect(await store.db.filings.count().exec()).toBe(0);
  });
});

describe('resending a rejected summary request', () => {
  /** A summary as the platform makes and customs answers it, pulled onto the device. */
  async function pulledSummary(customsStatus: CustomsStatus) {
    const summary = {
      id: 'summary-1',
      updatedAt: '2026-11-23T08:00:00.000Z',
      createdAt: '2026-11-23T08:00:00.000Z',
      kind: 'ceb701-summary' as const,
      status: 'submitted' as const,
      title: '汇总申报 Summary 2026-10 SUM202611-1',
      orderIds: [],
      payload: { period: '2026-11', month: '2026-10', copNo: 'SUM202611-1', invtNos: ['I1', 'I2'], filingIds: ['f1', 'f2'] },
      revision: 1,
      customsStatus,
      receipts: [{ type: 'CEB702', code: customsStatus, at: '2026-11-23T09:00:00.000Z', message: '清单I2为简化申报（A），不能汇总', documents: { copNo: 'SUM202611-1' } }],
      messages: [{ type: 'CEB701', guid: 'G1', copNo: 'SUM202611-1', orderNo: '', appType: '1' as const, revision: 1, sentAt: '2026-11-23T08:30:00.000Z' }],
    };
    await store.db.filings.insert(summary);
    return summary.id;
  }

  it('keeps the inventories the merchant chose as the next revision, for the platform to send as a change', async () => {
    const id = await pulledSummary('100');
    const resent = await resendSummary(store, 'merchant_owner', id, ['I1']);
    expect(resent).toMatchObject({ revision: 2, payload: { copNo: 'SUM202611-1', invtNos: ['I1'] } });
    await expect(resendSummary(store, 'merchant_owner', id, ['I1'])).rejects.toThrow(NotRejectedError);
  });

  it('refuses adding an inventory or dropping them all, and a summary customs accepted', async () => {
    const id = await pulledSummary('100');
    await expect(resendSummary(store, 'merchant_owner', id, ['I1', 'I9'])).rejects.toThrow(RangeError);
    await expect(resendSummary(store, 'merchant_owner', id, [])).rejects.toThrow(RangeError);
    expect((await store.db.filings.findOne(id).exec())!.revision).toBe(1);
    await store.db.filings
      .findOne(id)
      .exec()
      .then((doc) => doc!.remove());
    const accepted = await pulledSummary('399');
    await expect(resendSummary(store, 'merchant_owner', accepted, ['I1'])).rejects.toThrow(NotRejectedError);
  });
});
