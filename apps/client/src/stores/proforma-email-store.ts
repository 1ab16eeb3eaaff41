import { isEmailAddress, MAX_PROFORMA_NOTE, type DocumentLanguage, type ProformaEmailDoc } from '@tradewind/domain';
import { insertDocument, type StoreContext } from './documents.ts';

/** Why a request was not made; `field` names the form field, `key` its text (orderDesk.email.invalid.*). */
export class InvalidProformaEmail extends Error {
  constructor(
    readonly field: 'recipient' | 'note',
    readonly key: 'recipient' | 'note',
  ) {
    super(`invalid ${field}`);
  }
}

/**
 * Asks the platform to e-mail the order's proforma, in `language`, to `recipient`. Written on the
 * device, so it works offline: the request replicates when online and the platform sends it once.
 * A resend is another request.
 */
export async function requestProformaEmail(ctx: StoreContext, request: { orderId: string; recipient: string; language: DocumentLanguage; note?: string }): Promise<ProformaEmailDoc> {
  const recipient = request.recipient.trim();
  const note = request.note?.trim() || undefined;
  if (!isEmailAddress(recipient)) throw new InvalidProformaEmail('recipient', 'recipient');
  if (note && note.length > MAX_PROFORMA_NOTE) throw new InvalidProformaEmail('note', 'note');
  return insertDocument(ctx, 'proformaEmails', { orderId: request.orderId, recipient, language: request.language, note, status: 'queued' });
}
