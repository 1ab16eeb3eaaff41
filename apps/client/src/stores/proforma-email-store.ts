import { proformaEmailFields, type DocumentLanguage, type ProformaEmailField, type ProformaEmailDoc } from '@tradewind/domain';
import { insertDocument, type StoreContext } from './documents.ts';

/** Why a request was not made; `field` names the form field, `key` its text (orderDesk.email.invalid.*). */
export class InvalidProformaEmail extends Error {
  constructor(
    readonly field: ProformaEmailField,
    readonly key: ProformaEmailField,
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
  const fields = proformaEmailFields(request);
  if ('invalid' in fields) throw new InvalidProformaEmail(fields.invalid, fields.invalid);
  return insertDocument(ctx, 'proformaEmails', { orderId: request.orderId, recipient: fields.recipient, language: request.language, note: fields.note, status: 'queued' });
}
