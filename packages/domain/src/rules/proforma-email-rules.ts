import type { Doc, Refusal } from './refusal.ts';

/**
 * An e-mail request is written once: changing its recipient or language after the platform may
 * have sent it would make the request say something other than what went out. A resend is a new request.
 */
export function proformaEmailRefusal(master: Doc | undefined, next: Doc): Refusal | null {
  return master ? { reason: 'proforma_email_recorded', detail: String(next.id) } : null;
}
