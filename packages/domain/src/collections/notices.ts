import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

export const NOTICE_KINDS = ['push_refused', 'announcement'] as const;

/**
 * Messages from the platform to the merchant. The text is a translation key plus parameters so
 * every device shows it in its user's language. A refused push carries the refused content so
 * nothing the user typed is lost.
 */
export interface NoticeDoc extends BaseDoc {
  kind: (typeof NOTICE_KINDS)[number];
  severity: 'info' | 'warning' | 'error';
  messageKey: string;
  params: Record<string, string>;
  refused?: { collection: string; documentId: string; reason: string; content: Record<string, unknown> };
  createdAt: string;
  /** The only field a device may change. */
  readAt?: string;
}

export const noticesSchema = {
  title: 'notices',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'kind', 'severity', 'messageKey', 'params', 'createdAt'],
  indexes: ['createdAt'],
  properties: {
    ...baseProperties,
    kind: { type: 'string', enum: NOTICE_KINDS },
    severity: { type: 'string', enum: ['info', 'warning', 'error'] },
    messageKey: text(100),
    params: { type: 'object', maxProperties: 20, additionalProperties: text(2000) },
    refused: {
      type: 'object',
      additionalProperties: false,
      required: ['collection', 'documentId', 'reason', 'content'],
      properties: {
        collection: text(40),
        documentId: text(40),
        reason: text(100),
        content: { type: 'object' },
      },
    },
    createdAt: dateTimeField,
    readAt: dateTimeField,
  },
} as const;
