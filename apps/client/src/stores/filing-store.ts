import { nextFilingStatuses, type FilingDoc } from '@tradewind/domain';
import { insertDocument, modifyDocument, type StoreContext } from './documents.ts';

/** A new filing is a draft the merchant prepares; customs' side starts empty. */
export function createFiling(ctx: StoreContext, kind: FilingDoc['kind'], title: string): Promise<FilingDoc> {
  return insertDocument(ctx, 'filings', { kind, title: title.trim(), status: 'draft', orderIds: [], payload: {}, revision: 1, customsStatus: 'none', receipts: [], messages: [] });
}

/** Moves a filing one step of its lifecycle; a step the platform would refuse throws and writes nothing. */
export function setFilingStatus(ctx: StoreContext, id: string, to: FilingDoc['status']): Promise<FilingDoc> {
  return modifyDocument(ctx, 'filings', id, (current) => {
    if (!nextFilingStatuses(current.status).includes(to)) throw new RangeError(`A filing cannot go from ${current.status} to ${to}`);
    return { status: to };
  });
}
