import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

/** All filing kinds share one lifecycle, so they live in one collection with a `kind`. */
export const FILING_KINDS = ['ceb303-order', 'ceb403-receipt', 'ceb505-waybill', 'ceb603-inventory', 'ceb701-summary', 'export-9710', 'export-9810', 'tax-refund', 'forex-settlement'] as const;

/** What the merchant decides. */
export const FILING_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;
/** What customs answered (written only by the platform). */
export const CUSTOMS_STATUSES = ['none', 'sent', 'accepted', 'rejected', 'cleared'] as const;

export interface FilingReceipt {
  at: string;
  code: string;
  message: string;
}

export interface FilingDoc extends BaseDoc {
  kind: (typeof FILING_KINDS)[number];
  status: (typeof FILING_STATUSES)[number];
  title: string;
  orderIds: string[];
  payload: Record<string, unknown>;
  createdAt: string;
  customsStatus: (typeof CUSTOMS_STATUSES)[number];
  receipts: FilingReceipt[];
}

export const filingsSchema = {
  title: 'filings',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'kind', 'status', 'title', 'orderIds', 'payload', 'createdAt', 'customsStatus', 'receipts'],
  properties: {
    ...baseProperties,
    kind: { type: 'string', enum: FILING_KINDS },
    status: { type: 'string', enum: FILING_STATUSES },
    title: text(200),
    orderIds: { type: 'array', maxItems: 100, items: text(40) },
    payload: { type: 'object', maxProperties: 200 },
    createdAt: dateTimeField,
    customsStatus: { type: 'string', enum: CUSTOMS_STATUSES },
    receipts: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'code', 'message'],
        properties: { at: dateTimeField, code: text(20), message: text(1000) },
      },
    },
  },
} as const;
