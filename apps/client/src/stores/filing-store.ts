import { resendWaiting } from '@tradewind/customs';
import { isRejection, nextFilingStatuses, type FilingDeclaration, type FilingDoc, type Role } from '@tradewind/domain';
import { insertDocument, modifyDocument, type NewFields, type StoreContext } from './documents.ts';
import { assertRoleMayWrite } from './role-guard.ts';

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

export interface DeclarationDraft {
  kind: FilingDoc['kind'];
  title: string;
  orderIds: string[];
  declaration: FilingDeclaration;
}

/** A declaration of the chosen orders, submitted at once (offline too): the platform sends it once the device has synced. */
export async function submitDeclaration(ctx: StoreContext, role: Role, draft: DeclarationDraft): Promise<FilingDoc> {
  const fields: NewFields<'filings'> = { ...draft, title: draft.title.trim(), status: 'submitted', payload: {}, revision: 1, customsStatus: 'none', receipts: [], messages: [] };
  assertRoleMayWrite(role, 'filings', undefined, fields);
  return insertDocument(ctx, 'filings', fields);
}

/** Not turned down by customs or the platform, or resent already and not sent yet: there is nothing to fix and resend. */
export class NotRejectedError extends Error {
  constructor(readonly customsStatus: string) {
    super(`Only a rejected declaration can be resent, this one is ${customsStatus}`);
  }
}

/**
 * Resends a rejected declaration (appType 2) after the merchant fixed what customs named: the next
 * revision, with the declaration as corrected; the platform rebuilds the messages from the orders and
 * products as they are now.
 */
export function resendDeclaration(ctx: StoreContext, role: Role, id: string, declaration: FilingDeclaration): Promise<FilingDoc> {
  return modifyDocument(ctx, 'filings', id, (current) => {
    if (current.status !== 'submitted' || !isRejection(current.customsStatus) || resendWaiting(current)) throw new NotRejectedError(current.customsStatus);
    const change = { declaration, revision: current.revision + 1 };
    assertRoleMayWrite(role, 'filings', current, { ...current, ...change });
    return change;
  });
}
