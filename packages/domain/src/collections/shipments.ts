import type { ReceiptCount } from '../stock/reconciliation.ts';
import { SHIPMENT_MODES, SHIPMENT_STATUSES, type FirstLegShipment } from '../stock/shipment.ts';
import { baseProperties, dateField, dateTimeField, text, type BaseDoc } from './common.ts';
import { STOCK_PROVIDERS } from './stock.ts';

/**
 * A first-leg (头程) shipment to an overseas warehouse. The device makes it, cartons and all; the
 * platform sends it to the provider as an inbound order and owns what comes back: `status`,
 * `providerStatus`, `providerRef`, `events` and the warehouse's `receipt` counts.
 */
export interface ShipmentDoc extends BaseDoc, FirstLegShipment {
  receipt?: ReceiptCount[];
  createdAt: string;
}

/** What a shipment made on a device carries in the platform-owned fields. */
export const SHIPMENT_SERVER_OWNED = { status: 'submitted', providerStatus: undefined, providerRef: undefined, events: [], receipt: undefined } as const;

const units = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;
/** SKU × units lines (carton contents, a shipment's units). */
export const skuLinesSchema = {
  type: 'array',
  maxItems: 100,
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['sku', 'quantity'],
    properties: { sku: { type: 'string', minLength: 1, maxLength: 64 }, quantity: { type: 'integer', minimum: 1, maximum: 1_000_000 } },
  },
} as const;

export const shipmentsSchema = {
  title: 'shipments',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'reference', 'mode', 'warehouse', 'provider', 'cartons', 'status', 'events', 'createdAt'],
  indexes: ['createdAt'],
  properties: {
    ...baseProperties,
    reference: { type: 'string', minLength: 1, maxLength: 40 },
    mode: { type: 'string', enum: SHIPMENT_MODES },
    warehouse: { type: 'string', minLength: 1, maxLength: 60 },
    provider: { type: 'string', enum: STOCK_PROVIDERS },
    cartons: {
      type: 'array',
      minItems: 1,
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['number', 'lengthMm', 'widthMm', 'heightMm', 'weightG', 'lines'],
        properties: {
          number: { type: 'string', minLength: 1, maxLength: 40 },
          lengthMm: { type: 'integer', minimum: 1, maximum: 3000 },
          widthMm: { type: 'integer', minimum: 1, maximum: 3000 },
          heightMm: { type: 'integer', minimum: 1, maximum: 3000 },
          weightG: { type: 'integer', minimum: 1, maximum: 1_000_000 },
          lines: { ...skuLinesSchema, minItems: 1 },
        },
      },
    },
    eta: dateField,
    providerRef: text(80),
    status: { type: 'string', enum: SHIPMENT_STATUSES },
    providerStatus: text(40),
    events: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['at', 'text'],
        properties: { at: dateTimeField, text: text(500), providerStatus: text(40) },
      },
    },
    receipt: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sku', 'received', 'putAway'],
        properties: { sku: text(64), received: units, putAway: units },
      },
    },
    createdAt: dateTimeField,
  },
} as const;
