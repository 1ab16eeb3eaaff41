import type { FilingDoc } from '../collections/filings.ts';
import { fixedStamps } from './stamps.ts';

/** A valid draft filing with nothing declared, sent or received yet, with a fixed id and dates. */
export function aDraftFiling(fields: Partial<FilingDoc> = {}): FilingDoc {
  return {
    ...fixedStamps('f1'),
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
