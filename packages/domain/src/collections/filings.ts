import { baseProperties, dateField, dateTimeField, text, type BaseDoc } from './common.ts';

/**
 * All filing kinds share one lifecycle, so they live in one collection with a `kind`. The kinds
 * keep their version-0 meaning; a customs declaration (CEB303 + CEB603) is `ceb603-inventory` for
 * 9610, `export-9710` and `export-9810` for the B2B modes, and carries its `declaration`.
 */
export const FILING_KINDS = ['ceb303-order', 'ceb403-receipt', 'ceb505-waybill', 'ceb603-inventory', 'ceb701-summary', 'export-9710', 'export-9810', 'tax-refund', 'forex-settlement'] as const;

/** What the merchant decides. */
export const FILING_STATUSES = ['draft', 'submitted', 'withdrawn'] as const;

/**
 * Where the declaration is (written only by the platform): `none` before it was sent, `sent` once
 * the single window took the messages, `failed` when the
 * platform could not build or send it (the notice says why), else the latest receipt's status
 * code of the 2022-05 standard (1 暂存 … 800 放行, 899 结关, 100 退单, negative business errors).
 */
export const CUSTOMS_STATUS_PATTERN = '^(none|sent|failed|-?[0-9]{1,6})$';
export type CustomsStatus = 'none' | 'sent' | 'failed' | `${number}`;

export const DECLARATION_MODES = ['9610', '9710', '9810'] as const;
export type DeclarationMode = (typeof DECLARATION_MODES)[number];

/** What the merchant declared: the facts the orders, products and profile do not hold. */
export interface FilingDeclaration {
  mode: DeclarationMode;
  /** A 简化申报 (no refund), B 汇总申报 (VAT refund; monthly CEB701). */
  statisticsFlag: 'A' | 'B';
  /** 4-digit 申报地海关 and 出口口岸 codes. */
  customsCode: string;
  portCode: string;
  exportDate: string;
  /** The marketplace (电商平台); absent: the merchant itself. */
  platform?: { code: string; name: string };
  logistics: {
    carrierCode: string;
    carrierName: string;
    /** One waybill per order, by order id. */
    waybillNos: Record<string, string>;
    trafMode: string;
    wrapType: string;
    packages: number;
  };
}

export interface FilingReceipt {
  /** CEB304, CEB604, …; `legacy` for receipts recorded by schema version 0. */
  type: string;
  code: string;
  meaning?: { 'zh-CN': string; en: string };
  at: string;
  message: string;
  /** The document numbers the receipt names (orderNo, copNo, preNo, invtNo, …). */
  documents: Record<string, string>;
}

export interface FilingMessage {
  type: string;
  guid: string;
  copNo: string;
  orderNo: string;
  /** 1 new, 2 change (resubmission after a rejection), 3 cancel. */
  appType: '1' | '2' | '3';
  revision: number;
  sentAt: string;
}

export interface FilingDoc extends BaseDoc {
  kind: (typeof FILING_KINDS)[number];
  status: (typeof FILING_STATUSES)[number];
  title: string;
  orderIds: string[];
  payload: Record<string, unknown>;
  createdAt: string;
  declaration?: FilingDeclaration;
  /** 1 on the first submission; one more for each resend after customs rejected it (appType 2). */
  revision: number;
  /** The merchant asks to cancel the released inventory (CEB605); set once. */
  cancelRequest?: { reason: string; at: string };
  customsStatus: CustomsStatus;
  customsStatusAt?: string;
  receipts: FilingReceipt[];
  messages: FilingMessage[];
}

const code = (pattern: string, maxLength: number) => ({ type: 'string', maxLength, pattern }) as const;
const party = { type: 'object', additionalProperties: false, required: ['code', 'name'], properties: { code: text(18), name: text(100) } } as const;

export const filingsSchema = {
  title: 'filings',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'kind', 'status', 'title', 'orderIds', 'payload', 'createdAt', 'revision', 'customsStatus', 'receipts', 'messages'],
  properties: {
    ...baseProperties,
    kind: { type: 'string', enum: FILING_KINDS },
    status: { type: 'string', enum: FILING_STATUSES },
    title: text(200),
    orderIds: { type: 'array', maxItems: 100, items: text(40) },
    payload: { type: 'object', maxProperties: 200 },
    createdAt: dateTimeField,
    declaration: {
      type: 'object',
      additionalProperties: false,
      required: ['mode', 'statisticsFlag', 'customsCode', 'portCode', 'exportDate', 'logistics'],
      properties: {
        mode: { type: 'string', enum: DECLARATION_MODES },
        statisticsFlag: { type: 'string', enum: ['A', 'B'] },
        customsCode: code('^[0-9]{4}$', 4),
        portCode: code('^[0-9]{4}$', 4),
        exportDate: dateField,
        platform: party,
        logistics: {
          type: 'object',
          additionalProperties: false,
          required: ['carrierCode', 'carrierName', 'waybillNos', 'trafMode', 'wrapType', 'packages'],
          properties: {
            carrierCode: text(18),
            carrierName: text(100),
            waybillNos: { type: 'object', maxProperties: 100, additionalProperties: text(60) },
            trafMode: text(1),
            wrapType: text(1),
            packages: { type: 'integer', minimum: 1, maximum: 99_999_999 },
          },
        },
      },
    },
    revision: { type: 'integer', minimum: 1, maximum: 1000 },
    cancelRequest: {
      type: 'object',
      additionalProperties: false,
      required: ['reason', 'at'],
      properties: { reason: text(500), at: dateTimeField },
    },
    customsStatus: code(CUSTOMS_STATUS_PATTERN, 7),
    customsStatusAt: dateTimeField,
    receipts: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'at', 'code', 'message', 'documents'],
        properties: {
          type: text(10),
          code: text(20),
          meaning: { type: 'object', additionalProperties: false, required: ['zh-CN', 'en'], properties: { 'zh-CN': text(200), en: text(200) } },
          at: dateTimeField,
          message: text(1000),
          documents: { type: 'object', maxProperties: 20, additionalProperties: text(60) },
        },
      },
    },
    messages: {
      type: 'array',
      maxItems: 400,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'guid', 'copNo', 'orderNo', 'appType', 'revision', 'sentAt'],
        properties: {
          type: text(10),
          guid: text(36),
          copNo: text(30),
          orderNo: text(60),
          appType: { type: 'string', enum: ['1', '2', '3'] },
          revision: { type: 'integer', minimum: 1 },
          sentAt: dateTimeField,
        },
      },
    },
  },
} as const;

/** A filing as version 0 stored it: customs' side in five words, receipts without type or documents. */
export interface FilingDocV0 extends BaseDoc {
  kind: FilingDoc['kind'];
  status: FilingDoc['status'];
  title: string;
  orderIds: string[];
  payload: Record<string, unknown>;
  createdAt: string;
  customsStatus: 'none' | 'sent' | 'accepted' | 'rejected' | 'cleared';
  receipts: { at: string; code: string; message: string }[];
}

/** The five words of version 0 as the spec's status codes: accepted = 120 海关入库, rejected = 100 退单, cleared = 800 放行. */
const V0_STATUS: Record<FilingDocV0['customsStatus'], CustomsStatus> = { none: 'none', sent: 'sent', accepted: '120', rejected: '100', cleared: '800' };

/** Version 0 → 1: the kind keeps its meaning; nothing was sent through the pipeline yet, so no messages. */
export function filingToV1({ customsStatus, receipts, ...doc }: FilingDocV0): FilingDoc {
  return {
    ...doc,
    revision: 1,
    customsStatus: V0_STATUS[customsStatus],
    receipts: receipts.map((receipt) => ({ type: 'legacy', code: receipt.code, at: receipt.at, message: receipt.message, documents: {} })),
    messages: [],
  };
}

export const filingMigrations = { 1: filingToV1 } as const;
