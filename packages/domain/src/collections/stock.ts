import { baseProperties, text, type BaseDoc } from './common.ts';

/**
 * Overseas-warehouse stock per SKU and warehouse. Owned by the platform: figures come from the
 * warehouse providers and from folding device events; devices never edit them.
 */
export interface StockDoc extends BaseDoc {
  sku: string;
  productId: string;
  warehouse: string;
  onHand: number;
  reserved: number;
  inbound: number;
}

export const stockSchema = {
  title: 'stock',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'sku', 'warehouse', 'onHand', 'reserved', 'inbound'],
  properties: {
    ...baseProperties,
    sku: text(64),
    productId: text(40),
    warehouse: text(60),
    onHand: { type: 'integer' },
    reserved: { type: 'integer' },
    inbound: { type: 'integer' },
  },
} as const;
