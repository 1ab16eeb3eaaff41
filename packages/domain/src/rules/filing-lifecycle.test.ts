import { describe, expect, it } from 'vitest';
import { filingTransitionRefusal, nextFilingStatuses } from './filing-lifecycle.ts';

const filing = (status: string, payload: object = { orders: 1 }, more: object = {}) => ({
  id: 'f1',
  status,
  kind: 'export-9710',
  title: '9710 报关',
  orderIds: [],
  payload,
  revision: 1,
  customsStatus: 'none',
  ...more,
});

describe('filing lifecycle', () => {
  it('allows draft → submitted → withdrawn → draft', () => {
    expect(filingTransitionRefusal(filing('draft'), filing('submitted'))).toBeNull();
    expect(filingTransitionRefusal(filing('submitted'), filing('withdrawn'))).toBeNull();
    expect(filingTransitionRefusal(filing('withdrawn'), filing('draft'))).toBeNull();
  });

  it('offers exactly the steps the platform accepts, including a withdrawn filing back to draft', () => {
    for (const from of ['draft', 'submitted', 'withdrawn'] as const) {
      for (const to of nextFilingStatuses(from)) expect(filingTransitionRefusal(filing(from), filing(to))).toBeNull();
    }
    expect(nextFilingStatuses('withdrawn')).toEqual(['draft']);
  });

  it('refuses skipping or reversing steps', () => {
    expect(filingTransitionRefusal(filing('draft'), filing('withdrawn'))).toEqual({ reason: 'illegal_transition', detail: 'draft → withdrawn' });
    expect(filingTransitionRefusal(filing('submitted'), filing('draft'))).toEqual({ reason: 'illegal_transition', detail: 'submitted → draft' });
  });

  it('lets a new filing start as a draft or submitted (prepared and sent while offline), nothing else', () => {
    expect(filingTransitionRefusal(undefined, filing('draft'))).toBeNull();
    expect(filingTransitionRefusal(undefined, filing('submitted'))).toBeNull();
    expect(filingTransitionRefusal(undefined, filing('withdrawn'))).toEqual({ reason: 'illegal_transition', detail: '→ withdrawn' });
  });

  it('freezes the content of a submitted filing', () => {
    expect(filingTransitionRefusal(filing('submitted'), filing('submitted', { orders: 2 }))).toEqual({ reason: 'filing_locked', detail: 'payload' });
    expect(filingTransitionRefusal(filing('draft'), filing('draft', { orders: 2 }))).toBeNull();
  });

  it('lets a rejected declaration be fixed and resent as the next revision, and nothing else change the revision', () => {
    const rejected = filing('submitted', { orders: 1 }, { customsStatus: '100' });
    expect(filingTransitionRefusal(rejected, { ...rejected, payload: { orders: 2 }, revision: 2 })).toBeNull();
    expect(filingTransitionRefusal(filing('submitted', { orders: 1 }, { customsStatus: '-301010' }), filing('submitted', { orders: 1 }, { revision: 2 }))).toBeNull();
    expect(filingTransitionRefusal(rejected, { ...rejected, revision: 3 })).toEqual({ reason: 'filing_locked', detail: 'revision 1 → 3' });
    const released = filing('submitted', { orders: 1 }, { customsStatus: '800' });
    expect(filingTransitionRefusal(released, { ...released, payload: { orders: 2 }, revision: 2 })).toEqual({ reason: 'filing_locked', detail: 'revision 1 → 2' });
    expect(filingTransitionRefusal(rejected, { ...rejected, payload: { orders: 2 } })).toEqual({ reason: 'filing_locked', detail: 'payload' });
    expect(filingTransitionRefusal(undefined, filing('submitted', {}, { revision: 2 }))).toEqual({ reason: 'filing_locked', detail: 'revision 2' });
  });

  it('asks for a CEB605 cancel only of a released inventory, once', () => {
    const cancel = { cancelRequest: { reason: '买家取消 buyer cancelled', at: '2026-12-01T08:00:00Z' } };
    const released = filing('submitted', { orders: 1 }, { customsStatus: '800' });
    expect(filingTransitionRefusal(released, { ...released, ...cancel })).toBeNull();
    const sent = filing('submitted', { orders: 1 }, { customsStatus: '120' });
    expect(filingTransitionRefusal(sent, { ...sent, ...cancel })).toEqual({ reason: 'cancel_not_released', detail: '120' });
    expect(filingTransitionRefusal({ ...released, ...cancel }, { ...released, cancelRequest: { ...cancel.cancelRequest, reason: 'changed' } })).toEqual({
      reason: 'filing_locked',
      detail: 'cancelRequest',
    });
  });
});

describe('resending a rejected summary request', () => {
  const summary = (invtNos: string[], more: object = {}) =>
    filing('submitted', { period: '2026-11', month: '2026-10', copNo: 'SUM202611-1', invtNos, filingIds: ['a'] }, { kind: 'ceb701-summary', customsStatus: '100', ...more });
  const resend = (invtNos: string[], more: object = {}) => summary(invtNos, { revision: 2, ...more });

  it('may drop the inventories customs named, keeping at least one', () => {
    expect(filingTransitionRefusal(summary(['I1', 'I2']), resend(['I2']))).toBeNull();
    expect(filingTransitionRefusal(summary(['I1', 'I2']), resend(['I1', 'I2']))).toBeNull();
  });

  it('may not add an inventory, empty it, or change anything else of it', () => {
    expect(filingTransitionRefusal(summary(['I1']), resend(['I1', 'I9']))).toEqual({ reason: 'filing_locked', detail: 'payload' });
    expect(filingTransitionRefusal(summary(['I1']), resend([]))).toEqual({ reason: 'filing_locked', detail: 'payload' });
    expect(filingTransitionRefusal(summary(['I1', 'I2']), resend(['I1', 'I1']))).toEqual({ reason: 'filing_locked', detail: 'payload' });
    const copNo = { ...resend(['I1']), payload: { period: '2026-11', month: '2026-10', copNo: 'SUM-OTHER', invtNos: ['I1'], filingIds: ['a'] } };
    expect(filingTransitionRefusal(summary(['I1']), copNo)).toEqual({ reason: 'filing_locked', detail: 'payload' });
    expect(filingTransitionRefusal(summary(['I1']), resend(['I1'], { title: 'renamed' }))).toEqual({ reason: 'filing_locked', detail: 'title' });
  });

  it('is a resend only after a rejection, like a declaration', () => {
    expect(filingTransitionRefusal(summary(['I1'], { customsStatus: '399' }), resend(['I1']))).toEqual({ reason: 'filing_locked', detail: 'revision 1 → 2' });
  });
});
