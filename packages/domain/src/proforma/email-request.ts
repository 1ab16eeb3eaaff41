import { isEmailAddress, MAX_PROFORMA_NOTE } from '../collections/proforma-emails.ts';

/** A form field of an e-mail request the platform would not take. */
export type ProformaEmailField = 'recipient' | 'note';

/**
 * The recipient and note of an e-mail request as the merchant typed them, as the request carries them
 * (trimmed, an empty note left out), or the field that cannot go out: not one address, or a note
 * longer than the platform keeps.
 */
export function proformaEmailFields(typed: { recipient: string; note?: string }): { recipient: string; note?: string } | { invalid: ProformaEmailField } {
  const recipient = typed.recipient.trim();
  const note = typed.note?.trim() || undefined;
  if (!isEmailAddress(recipient)) return { invalid: 'recipient' };
  if (note && note.length > MAX_PROFORMA_NOTE) return { invalid: 'note' };
  return { recipient, note };
}
