import { resendWaiting } from '@tradewind/customs';
import { filingTransitionRefusal, isRejection, type FilingDeclaration, type FilingDoc, type Role } from '@tradewind/domain';
import { insertDocument, modifyDocument, removeDocument, type NewFields, type StoreContext } from './documents.ts';
import { assertRoleMayWrite } from './role-guard.ts';

export interface DeclarationDraft {
  kind: FilingDoc['kind'];
  title: string;
  orderIds: string[];
  declaration: FilingDeclaration;
}

async function writeDeclaration(ctx: StoreContext, role: Role, draft: DeclarationDraft, status: 'draft' | 'submitted'): Promise<FilingDoc> {
  const fields: NewFields<'filings'> = { ...draft, title: draft.title.trim(), status, payload: {}, revision: 1, customsStatus: 'none', receipts: [], messages: [] };
  assertRoleMayWrite(role, 'filings', undefined, fields);
  return insertDocument(ctx, 'filings', fields);
}

/** A declaration of the chosen orders, submitted at once (offline too): the platform sends it once the device has synced. */
export function submitDeclaration(ctx: StoreContext, role: Role, draft: DeclarationDraft): Promise<FilingDoc> {
  return writeDeclaration(ctx, role, draft, 'submitted');
}

/** A declaration kept as a draft: fair staff prepare it, the owner checks and sends it later. */
export function saveDeclarationDraft(ctx: StoreContext, role: Role, draft: DeclarationDraft): Promise<FilingDoc> {
  return writeDeclaration(ctx, role, draft, 'draft');
}

/** Not a draft any more (sent, or discarded on another device): there is nothing to change or send. */
export class NotDraftError extends Error {
  constructor(readonly status: string) {
    super(`Only a draft declaration can be changed or sent, this one is ${status}`);
  }
}

function modifyDraft(ctx: StoreContext, role: Role, id: string, change: Partial<FilingDoc>): Promise<FilingDoc> {
  return modifyDocument(ctx, 'filings', id, (current) => {
    if (current.status !== 'draft' || !current.declaration) throw new NotDraftError(current.status);
    assertRoleMayWrite(role, 'filings', current, { ...current, ...change });
    return change;
  });
}

/** Keeps the draft's corrected facts and waybills. */
export function saveDraftChanges(ctx: StoreContext, role: Role, id: string, declaration: FilingDeclaration): Promise<FilingDoc> {
  return modifyDraft(ctx, role, id, { declaration });
}

/** Sends a draft as it now stands (the owner only): the platform sends it once the device has synced. */
export function submitDraft(ctx: StoreContext, role: Role, id: string, declaration: FilingDeclaration): Promise<FilingDoc> {
  return modifyDraft(ctx, role, id, { declaration, status: 'submitted' });
}

/** Drops a draft: its orders are offered for a declaration again. */
export async function discardDraft(ctx: StoreContext, id: string): Promise<void> {
  const current = await ctx.db.filings.findOne(id).exec();
  if (current?.status !== 'draft') throw new NotDraftError(current?.status ?? 'missing');
  await removeDocument(ctx, 'filings', id);
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

const asRecord = (filing: FilingDoc) => filing as unknown as Record<string, unknown>;

/**
 * Resends a rejected summary request (appType 2, the platform builds it) without the inventories
 * the merchant dropped for what customs named; at least one stays, and none can be added.
 */
export function resendSummary(ctx: StoreContext, role: Role, id: string, invtNos: readonly string[]): Promise<FilingDoc> {
  return modifyDocument(ctx, 'filings', id, (current) => {
    if (current.kind !== 'ceb701-summary' || current.status !== 'submitted' || !isRejection(current.customsStatus) || resendWaiting(current)) throw new NotRejectedError(current.customsStatus);
    const change = { payload: { ...current.payload, invtNos: [...invtNos] }, revision: current.revision + 1 };
    assertRoleMayWrite(role, 'filings', current, { ...current, ...change });
    const refusal = filingTransitionRefusal(asRecord(current), asRecord({ ...current, ...change }));
    if (refusal) throw new RangeError(`The summary cannot be resent so: ${refusal.reason} (${refusal.detail})`);
    return change;
  });
}
