import type { FilingDoc } from '../collections/filings.ts';

/** A valid draft filing with nothing declared, sent or received yet, with a fixed id and dates. */
export function aDraftFiling(fields: Partial<FilingDoc> = {}): FilingDoc {
  return {
    id: 'f1',
    updatedAt: '2026-11-20T08:00:00.000Z',
    createdAt: '2026-11-20T08:00:00.000Z',
    kind: 'ceb603-inventory',
    title: '9610',
    status: 'draft',
    orderIds: [],
    payload: {},
    revision: 1,
    customsStatus: 'none',
    receipts: [],
    messages: [],
    ...fields,
  };
}
