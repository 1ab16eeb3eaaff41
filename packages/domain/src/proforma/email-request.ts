import { isEmailAddress, MAX_PROFORMA_NOTE } from '../collections/proforma-emails.ts';

/** The fields of an e-mail request a merchant types, each checked before the request is made. */
export type ProformaEmailField = 'recipient' | 'note';

const VALID: Record<ProformaEmailField, (typed: string) => boolean> = {
  recipient: (typed) => isEmailAddress(typed.trim()),
  note: (typed) => typed.trim().length <= MAX_PROFORMA_NOTE,
};

/** Whether the platform would take this field as typed: one address; a note no longer than it keeps (spaces around it do not count). */
export const isValidProformaEmailField = (field: ProformaEmailField, typed = ''): boolean => VALID[field](typed);

/**
 * The recipient and note of an e-mail request as the merchant typed them, as the request carries them
 * (trimmed, an empty note left out), or the field that cannot go out.
 */
export function proformaEmailFields(typed: { recipient: string; note?: string }): { recipient: string; note?: string } | { invalid: ProformaEmailField } {
  if (!isValidProformaEmailField('recipient', typed.recipient)) return { invalid: 'recipient' };
  if (!isValidProformaEmailField('note', typed.note)) return { invalid: 'note' };
  return { recipient: typed.recipient.trim(), note: typed.note?.trim() || undefined };
}
