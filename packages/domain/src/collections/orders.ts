import { baseProperties, dateField, dateTimeField, idField, text, type BaseDoc } from './common.ts';

export const ORDER_STATUSES = ['quote', 'confirmed', 'deposit_received', 'in_production', 'shipped', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_CHANNELS = ['fair', 'b2b', 'amazon', 'aliexpress', 'shopee', 'tiktok', 'temu', 'alibaba', 'own_site'] as const;
export const INCOTERMS = ['EXW', 'FOB', 'CIF', 'DDP'] as const;

export const PAYMENT_KINDS = ['deposit', 'balance'] as const;

export interface OrderLine {
  id: string;
  productId: string;
  sku: string;
  name: string;
  /** The product's English name, for documents in the buyer's language. */
  nameEn?: string;
  quantity: number;
  /** Minor units of the order's currency. */
  unitPrice: number;
}

/** A payment received: an event, never edited once recorded. Amount in the order's currency. */
export interface OrderPayment {
  id: string;
  kind: (typeof PAYMENT_KINDS)[number];
  amount: number;
  at: string;
  reference?: string;
}

export interface OrderDoc extends BaseDoc {
  /** Human-readable number made offline: device prefix + local sequence, e.g. `YJ03-000127`. */
  number: string;
  /** The captured buyer, when there is one; name and country are kept on the order for lists and documents. */
  buyerId?: string;
  buyerName: string;
  buyerCountry: string;
  channel: (typeof ORDER_CHANNELS)[number];
  status: OrderStatus;
  currency: string;
  incoterm: (typeof INCOTERMS)[number];
  /** The Incoterm's named place: the port of loading for FOB, the port of destination for CIF. */
  incotermPlace?: string;
  lines: OrderLine[];
  notes: string;
  deliveryDate?: string;
  /** Percent of the total due as deposit before production (0: no deposit). */
  depositPercent?: number;
  /** Freight and insurance quoted on top of the goods (CIF, DDP), minor units. */
  freight?: number;
  payments?: OrderPayment[];
  /** Marketplace orders: `<channel>:<marketplace order id>`, the idempotency key of imports. */
  externalRef?: string;
  /** The buyer's signature on the quote, drawn on the device at the fair. */
  buyerSignature?: BuyerSignature;
  createdAt: string;
}

export interface BuyerSignature {
  /** The drawn signature as a PNG data URL. */
  image: string;
  signerName: string;
  signedAt: string;
}

export const SIGNATURE_MAX_LENGTH = 120_000;

export const ordersSchema = {
  title: 'orders',
  version: 1,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'number', 'buyerName', 'channel', 'status', 'currency', 'incoterm', 'lines', 'createdAt'],
  indexes: ['createdAt', 'number'],
  properties: {
    ...baseProperties,
    number: { type: 'string', maxLength: 32, pattern: '^[A-Z0-9]{2,8}-\\d{6}$' },
    buyerId: idField,
    buyerName: text(200),
    buyerCountry: { type: 'string', pattern: '^([A-Z]{2})?$' },
    channel: { type: 'string', enum: ORDER_CHANNELS },
    status: { type: 'string', enum: ORDER_STATUSES },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
    incoterm: { type: 'string', enum: INCOTERMS },
    incotermPlace: text(80),
    lines: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'productId', 'sku', 'name', 'quantity', 'unitPrice'],
        properties: {
          id: idField,
          productId: idField,
          sku: text(64),
          name: text(200),
          nameEn: text(200),
          quantity: { type: 'integer', minimum: 1, maximum: 100_000_000 },
          unitPrice: { type: 'integer', minimum: 0, maximum: 1e13 },
        },
      },
    },
    notes: text(5000),
    deliveryDate: dateField,
    depositPercent: { type: 'integer', minimum: 0, maximum: 100 },
    freight: { type: 'integer', minimum: 0, maximum: 1e13 },
    payments: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'amount', 'at'],
        properties: {
          id: idField,
          kind: { type: 'string', enum: PAYMENT_KINDS },
          amount: { type: 'integer', minimum: 1, maximum: 1e13 },
          at: dateTimeField,
          reference: text(100),
        },
      },
    },
    externalRef: text(120),
    buyerSignature: {
      type: 'object',
      additionalProperties: false,
      required: ['image', 'signerName', 'signedAt'],
      properties: {
        image: { type: 'string', maxLength: SIGNATURE_MAX_LENGTH, pattern: '^data:image/png;base64,[A-Za-z0-9+/]+=*$' },
        signerName: text(100),
        signedAt: dateTimeField,
      },
    },
    createdAt: dateTimeField,
  },
} as const;

/** Version 0 → 1 only adds optional fields (the Incoterm's named place, the buyer's signature): documents keep their shape. */
export const orderMigrations = { 1: (doc: OrderDoc): OrderDoc => doc } as const;

/** Order total in minor units of the order's currency. */
export function orderTotal(order: Pick<OrderDoc, 'lines'>): number {
  return order.lines.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0);
}
