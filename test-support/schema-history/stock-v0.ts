import type { SchemaFixture } from './index.ts';

const SEEDED_AT = '2026-11-28T02:14:09.512Z';
const chefKnife = { id: '019ac3f0-5b2e-7c41-9d1a-3e5f6a7b8c01', updatedAt: SEEDED_AT, productId: '', sku: 'LF-CH8-G10', warehouse: 'US-LAX 谷仓洛杉矶 1 号仓' };
const redKnifeSet = { id: '019ac3f0-5b2e-7c41-9d1a-3e5f6a7b8c02', updatedAt: SEEDED_AT, productId: '', sku: 'LF-KS21-RED', warehouse: 'DE-FRA 法兰克福海外仓' };

/**
 * `stock` as version 0 stored it (main before issue 9: one `onHand` figure), with the two demo
 * rows exactly as that version's seed wrote them (`productId: ''`, labels as warehouses).
 */
export const stockV0: SchemaFixture = {
  collection: 'stock',
  version: 0,
  schema: {
    title: 'stock',
    version: 0,
    primaryKey: 'id',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'updatedAt', 'sku', 'warehouse', 'onHand', 'reserved', 'inbound'],
    properties: {
      id: { type: 'string', maxLength: 40, pattern: '^[A-Za-z0-9_-]{1,40}$' },
      updatedAt: { type: 'string', maxLength: 32, pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$' },
      sku: { type: 'string', maxLength: 64 },
      productId: { type: 'string', maxLength: 40 },
      warehouse: { type: 'string', maxLength: 60 },
      onHand: { type: 'integer' },
      reserved: { type: 'integer' },
      inbound: { type: 'integer' },
    },
  },
  documents: [
    { ...chefKnife, onHand: 1240, reserved: 180, inbound: 600 },
    { ...redKnifeSet, onHand: 860, reserved: 40, inbound: 0 },
  ],
  // Sellable is on hand less reserved; the rest are the version-1 buckets a v0 row cannot know of.
  upgraded: [
    { ...chefKnife, provider: 'other', sellable: 1060, reserved: 180, inbound: 600, pendingPutaway: 0, unsellable: 0, asOf: SEEDED_AT },
    { ...redKnifeSet, provider: 'other', sellable: 820, reserved: 40, inbound: 0, pendingPutaway: 0, unsellable: 0, asOf: SEEDED_AT },
  ],
};
