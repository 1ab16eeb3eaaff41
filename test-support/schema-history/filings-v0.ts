import type { SchemaFixture } from './index.ts';

const dateTime = { type: 'string', maxLength: 32, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$' };
const draft = {
  id: '019ac3f0-6c1d-7a52-8e0b-4f6a7b8c9d01',
  updatedAt: '2026-11-20T03:00:00.000Z',
  createdAt: '2026-11-20T03:00:00.000Z',
  kind: 'export-9710',
  status: 'draft',
  title: '9710 报关 十一月',
  orderIds: [],
  payload: {},
  customsStatus: 'none',
  receipts: [],
};
const cleared = {
  id: '019ac3f0-6c1d-7a52-8e0b-4f6a7b8c9d02',
  updatedAt: '2026-11-21T05:30:00.000Z',
  createdAt: '2026-11-21T05:00:00.000Z',
  kind: 'ceb603-inventory',
  status: 'submitted',
  title: '清单 YJ03-000127',
  orderIds: ['019ac3f0-0000-7000-8000-000000000127'],
  payload: { note: '亚马逊' },
  customsStatus: 'cleared',
  receipts: [{ at: '2026-11-21T06:00:00.000Z', code: '800', message: '放行 Released' }],
};
const withdrawn = {
  id: '019ac3f0-6c1d-7a52-8e0b-4f6a7b8c9d03',
  updatedAt: '2026-11-22T01:00:00.000Z',
  createdAt: '2026-11-22T01:00:00.000Z',
  kind: 'tax-refund',
  status: 'withdrawn',
  title: '退税 10 月',
  orderIds: [],
  payload: {},
  customsStatus: 'rejected',
  receipts: [],
};
const KINDS = ['ceb303-order', 'ceb403-receipt', 'ceb505-waybill', 'ceb603-inventory', 'ceb701-summary', 'export-9710', 'export-9810', 'tax-refund', 'forex-settlement'];

/**
 * `filings` as version 0 stored it (main before issue 10: customs' side in five words, a free
 * `payload`), with documents the filings screen of that version made and receipts as that
 * version recorded them.
 */
export const filingsV0: SchemaFixture = {
  collection: 'filings',
  version: 0,
  schema: {
    title: 'filings',
    version: 0,
    primaryKey: 'id',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'updatedAt', 'kind', 'status', 'title', 'orderIds', 'payload', 'createdAt', 'customsStatus', 'receipts'],
    properties: {
      id: { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9_-]{1,40}$' },
      updatedAt: dateTime,
      kind: { type: 'string', enum: KINDS },
      status: { type: 'string', enum: ['draft', 'submitted', 'withdrawn'] },
      title: { type: 'string', maxLength: 200 },
      orderIds: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 40 } },
      payload: { type: 'object', maxProperties: 200 },
      createdAt: dateTime,
      customsStatus: { type: 'string', enum: ['none', 'sent', 'accepted', 'rejected', 'cleared'] },
      receipts: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['at', 'code', 'message'],
          properties: { at: dateTime, code: { type: 'string', maxLength: 20 }, message: { type: 'string', maxLength: 1000 } },
        },
      },
    },
  },
  documents: [draft, cleared, withdrawn],
  // Version 1 adds a revision and an empty message list, says customs' side in customs' own status codes (cleared 800, rejected 100) and marks old receipts legacy.
  upgraded: [
    { ...draft, revision: 1, messages: [] },
    { ...cleared, revision: 1, customsStatus: '800', receipts: [{ type: 'legacy', ...cleared.receipts[0], documents: {} }], messages: [] },
    { ...withdrawn, revision: 1, customsStatus: '100', messages: [] },
  ],
};
