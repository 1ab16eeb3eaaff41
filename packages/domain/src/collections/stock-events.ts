import { STOCK_BUCKETS, type StockBucket } from '../stock/buckets.ts';
import type { StockEvent } from '../stock/projection.ts';
import type { SkuQuantity } from '../stock/shipment.ts';
import { skuLinesSchema } from './shipments.ts';
import { baseProperties, dateTimeField, idField, text, type BaseDoc } from './common.ts';

export const STOCK_EVENT_KINDS = ['reservation', 'adjustment_request', 'shipment_created'] as const;

/**
 * One stock event a device recorded (DESIGN §5: counters are never edited on devices). Append-only:
 * once stored it is never changed by a device. The platform folds it into `stock` and then sets
 * `foldedAt`; until then the device shows it on top of the last snapshot (`projectStock`).
 */
export interface StockEventDoc extends BaseDoc {
  kind: StockEvent['kind'];
  at: string;
  warehouse: string;
  sku?: string;
  quantity?: number;
  orderId?: string;
  bucket?: StockBucket;
  delta?: number;
  reason?: string;
  shipmentId?: string;
  lines?: SkuQuantity[];
  foldedAt?: string;
  createdAt: string;
}

const sku = { type: 'string', minLength: 1, maxLength: 64 } as const;

export const stockEventsSchema = {
  title: 'stockEvents',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'kind', 'at', 'warehouse', 'createdAt'],
  indexes: ['createdAt'],
  properties: {
    ...baseProperties,
    kind: { type: 'string', enum: STOCK_EVENT_KINDS },
    at: dateTimeField,
    warehouse: { type: 'string', minLength: 1, maxLength: 60 },
    sku,
    quantity: { type: 'integer', minimum: 1, maximum: 1_000_000 },
    orderId: idField,
    bucket: { type: 'string', enum: STOCK_BUCKETS },
    delta: { type: 'integer', minimum: -1_000_000, maximum: 1_000_000 },
    reason: text(300),
    shipmentId: idField,
    lines: { ...skuLinesSchema, minItems: 1, maxItems: 500 },
    foldedAt: dateTimeField,
    createdAt: dateTimeField,
  },
  // Each kind needs its own fields; the schema says which (Ajv on the platform, the store on the device).
  allOf: [
    { if: { properties: { kind: { const: 'reservation' } } }, then: { required: ['sku', 'quantity', 'orderId'] } },
    { if: { properties: { kind: { const: 'adjustment_request' } } }, then: { required: ['sku', 'bucket', 'delta', 'reason'] } },
    { if: { properties: { kind: { const: 'shipment_created' } } }, then: { required: ['shipmentId', 'lines'] } },
  ],
} as const;

/** The domain's event from its stored document (fields another kind uses are ignored). */
export function stockEventOf(doc: StockEventDoc): StockEvent {
  const { id, at, warehouse } = doc;
  switch (doc.kind) {
    case 'reservation':
      return { kind: 'reservation', id, at, warehouse, sku: doc.sku!, orderId: doc.orderId!, quantity: doc.quantity! };
    case 'adjustment_request':
      return { kind: 'adjustment_request', id, at, warehouse, sku: doc.sku!, bucket: doc.bucket!, delta: doc.delta!, reason: doc.reason! };
    case 'shipment_created':
      return { kind: 'shipment_created', id, at, warehouse, shipmentId: doc.shipmentId!, lines: doc.lines! };
  }
}
