import { describe, expect, it } from 'vitest';
import { filingTransitionRefusal, nextFilingStatuses } from './filing-lifecycle.ts';

const filing = (status: string, payload: object = { orders: 1 }) => ({ id: 'f1', status, kind: 'export-9710', title: '9710 报关', orderIds: [], payload });

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
});
