import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

export const STOCK_PROVIDERS = ['goodcang', 'winit', '4px', 'fba', 'other'] as const;
export type StockProvider = (typeof STOCK_PROVIDERS)[number];

/**
 * Overseas-warehouse stock per SKU and warehouse, in the provider's buckets. Owned by the
 * platform: figures come from the warehouse providers and from folding device events; devices
 * never edit them. Version 1 (issue 11); version 0 had one `onHand` figure.
 */
export interface StockDoc extends BaseDoc {
  sku: string;
  productId?: string;
  /** The warehouse's id, or for rows upgraded from version 0 the label they had. */
  warehouse: string;
  provider: StockProvider;
  sellable: number;
  reserved: number;
  inbound: number;
  pendingPutaway: number;
  unsellable: number;
  /** When the provider took the snapshot these figures come from. */
  asOf: string;
}

const units = { type: 'integer', minimum: 0 } as const;

export const stockSchema = {
  title: 'stock',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'sku', 'warehouse', 'provider', 'sellable', 'reserved', 'inbound', 'pendingPutaway', 'unsellable', 'asOf'],
  properties: {
    ...baseProperties,
    sku: text(64),
    productId: text(40),
    warehouse: text(60),
    provider: { type: 'string', enum: STOCK_PROVIDERS },
    sellable: units,
    reserved: units,
    inbound: units,
    pendingPutaway: units,
    unsellable: units,
    asOf: dateTimeField,
  },
} as const;

/** A stock document as version 0 stored it. */
export interface StockDocV0 extends BaseDoc {
  sku: string;
  productId?: string;
  warehouse: string;
  onHand: number;
  reserved: number;
  inbound: number;
}

/**
 * Version 0 → 1: what was on hand and not reserved is sellable; nothing was known about
 * put-away or damaged units, nor the provider, and the row's own time is the best snapshot time.
 */
export function stockToV1({ onHand, ...doc }: StockDocV0): StockDoc {
  return { ...doc, provider: 'other', sellable: Math.max(0, onHand - doc.reserved), pendingPutaway: 0, unsellable: 0, asOf: doc.updatedAt };
}

export const stockMigrations = { 1: stockToV1 } as const;
