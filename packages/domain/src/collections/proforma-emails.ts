import { DOCUMENT_LANGUAGES, type DocumentLanguage } from './buyers.ts';
import { baseProperties, dateTimeField, idField, text, type BaseDoc } from './common.ts';

/** One address, as SMTP takes it: a local part, @, a dotted domain; no spaces, no display name. */
export const EMAIL_ADDRESS_PATTERN = '^[^\\s@<>(),;:"\\[\\]]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+$';

/**
 * Where an e-mailed proforma is (platform-written): `queued` as the device made the request,
 * `sending` once the platform began an attempt, `sent` when the mail server took it, `failed` with a reason.
 */
export const PROFORMA_EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export type ProformaEmailStatus = (typeof PROFORMA_EMAIL_STATUSES)[number];

/** Why an e-mail was not sent; each has a zh-CN and an en text on the device. */
export const PROFORMA_EMAIL_FAILURES = ['order_not_found', 'renderer_unavailable', 'mail_not_configured', 'mail_refused', 'mail_unreachable', 'outcome_unknown', 'too_large'] as const;
export type ProformaEmailFailure = (typeof PROFORMA_EMAIL_FAILURES)[number];

/**
 * A request, made on a device (offline too), that the platform e-mail an order's proforma as a PDF
 * to the buyer. The device writes the request once; the delivery fields are the platform's. A resend
 * is a new request, so every request is sent at most once.
 */
export interface ProformaEmailDoc extends BaseDoc {
  orderId: string;
  recipient: string;
  language: DocumentLanguage;
  note?: string;
  createdAt: string;
  status: ProformaEmailStatus;
  /** When the platform last began an attempt. */
  attemptedAt?: string;
  sentAt?: string;
  /** The Message-ID the mail went out with, once the server took it. */
  messageId?: string;
  failure?: { reason: ProformaEmailFailure; detail?: string };
}

/** What only the platform writes, and what a device's new request carries there. */
export const PROFORMA_EMAIL_SERVER_OWNED = { status: 'queued', attemptedAt: undefined, sentAt: undefined, messageId: undefined, failure: undefined } as const;

export const MAX_PROFORMA_NOTE = 1000;

export const proformaEmailsSchema = {
  title: 'proformaEmails',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'orderId', 'recipient', 'language', 'createdAt', 'status'],
  indexes: ['createdAt'],
  properties: {
    ...baseProperties,
    orderId: idField,
    recipient: { type: 'string', maxLength: 254, pattern: EMAIL_ADDRESS_PATTERN },
    language: { type: 'string', enum: DOCUMENT_LANGUAGES },
    note: text(MAX_PROFORMA_NOTE),
    createdAt: dateTimeField,
    status: { type: 'string', enum: PROFORMA_EMAIL_STATUSES },
    attemptedAt: dateTimeField,
    sentAt: dateTimeField,
    messageId: text(300),
    failure: {
      type: 'object',
      additionalProperties: false,
      required: ['reason'],
      properties: { reason: { type: 'string', enum: PROFORMA_EMAIL_FAILURES }, detail: text(500) },
    },
  },
} as const;

/** Whether `value` is one e-mail address the request can carry. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && new RegExp(EMAIL_ADDRESS_PATTERN).test(value);
}
