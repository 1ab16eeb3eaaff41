import type { BuyerDoc } from '@tradewind/domain';
import { insertDocument, type NewFields, type StoreContext } from './documents.ts';

/** A buyer captured at the fair; text fields are stored trimmed. */
export function createBuyer(ctx: StoreContext, fields: NewFields<'buyers'>): Promise<BuyerDoc> {
  const trimmed = { ...fields, company: fields.company.trim(), contactName: fields.contactName.trim(), email: fields.email.trim(), phone: fields.phone.trim(), metAt: fields.metAt.trim() };
  return insertDocument(ctx, 'buyers', trimmed);
}
