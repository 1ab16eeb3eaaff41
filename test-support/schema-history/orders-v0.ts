import type { SchemaFixture } from './index.ts';

const quoteV0 = {
  id: 'order-as-v0-stored-it',
  updatedAt: '2026-11-28T03:20:41.118Z',
  number: 'V0-000042',
  buyerName: 'Hamburg Küchenhaus GmbH',
  buyerCountry: 'DE',
  channel: 'fair',
  status: 'quote',
  currency: 'EUR',
  incoterm: 'FOB',
  lines: [{ id: 'line-as-v0-stored-it', productId: 'product-lf-ch8', sku: 'LF-CH8', name: '8 英寸不锈钢厨师刀', nameEn: "8-inch stainless steel chef's knife", quantity: 600, unitPrice: 561 }],
  notes: '',
  depositPercent: 30,
  createdAt: '2026-11-28T03:20:41.118Z',
};

/**
 * `orders` as version 0 stored it (main before the named place and the buyer's signature of
 * issue 8): version 1 only adds optional fields, so a stored quote upgrades unchanged.
 */
export const ordersV0: SchemaFixture = {
  collection: 'orders',
  version: 0,
  schema: {
    title: 'orders',
    version: 0,
    primaryKey: 'id',
    type: 'object',
    additionalProperties: false,
    required: ['id', 'updatedAt', 'number', 'buyerName', 'channel', 'status', 'currency', 'incoterm', 'lines', 'createdAt'],
    indexes: ['createdAt', 'number'],
    properties: {
      id: {
        type: 'string',
        maxLength: 40,
        pattern: '^[A-Za-z0-9_-]{1,40}$',
      },
      updatedAt: {
        type: 'string',
        maxLength: 32,
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$',
      },
      number: {
        type: 'string',
        maxLength: 32,
        pattern: '^[A-Z0-9]{2,8}-\\d{6}$',
      },
      buyerId: {
        type: 'string',
        maxLength: 40,
        pattern: '^[A-Za-z0-9_-]{1,40}$',
      },
      buyerName: {
        type: 'string',
        maxLength: 200,
      },
      buyerCountry: {
        type: 'string',
        pattern: '^([A-Z]{2})?$',
      },
      channel: {
        type: 'string',
        enum: ['fair', 'b2b', 'amazon', 'aliexpress', 'shopee', 'tiktok', 'temu', 'alibaba', 'own_site'],
      },
      status: {
        type: 'string',
        enum: ['quote', 'confirmed', 'deposit_received', 'in_production', 'shipped', 'completed', 'cancelled'],
      },
      currency: {
        type: 'string',
        pattern: '^[A-Z]{3}$',
      },
      incoterm: {
        type: 'string',
        enum: ['EXW', 'FOB', 'CIF', 'DDP'],
      },
      lines: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'productId', 'sku', 'name', 'quantity', 'unitPrice'],
          properties: {
            id: {
              type: 'string',
              maxLength: 40,
              pattern: '^[A-Za-z0-9_-]{1,40}$',
            },
            productId: {
              type: 'string',
              maxLength: 40,
              pattern: '^[A-Za-z0-9_-]{1,40}$',
            },
            sku: {
              type: 'string',
              maxLength: 64,
            },
            name: {
              type: 'string',
              maxLength: 200,
            },
            nameEn: {
              type: 'string',
              maxLength: 200,
            },
            quantity: {
              type: 'integer',
              minimum: 1,
              maximum: 100000000,
            },
            unitPrice: {
              type: 'integer',
              minimum: 0,
              maximum: 10000000000000,
            },
          },
        },
      },
      notes: {
        type: 'string',
        maxLength: 5000,
      },
      deliveryDate: {
        type: 'string',
        maxLength: 10,
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
      depositPercent: {
        type: 'integer',
        minimum: 0,
        maximum: 100,
      },
      freight: {
        type: 'integer',
        minimum: 0,
        maximum: 10000000000000,
      },
      payments: {
        type: 'array',
        maxItems: 200,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'kind', 'amount', 'at'],
          properties: {
            id: {
              type: 'string',
              maxLength: 40,
              pattern: '^[A-Za-z0-9_-]{1,40}$',
            },
            kind: {
              type: 'string',
              enum: ['deposit', 'balance'],
            },
            amount: {
              type: 'integer',
              minimum: 1,
              maximum: 10000000000000,
            },
            at: {
              type: 'string',
              maxLength: 32,
              pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$',
            },
            reference: {
              type: 'string',
              maxLength: 100,
            },
          },
        },
      },
      externalRef: {
        type: 'string',
        maxLength: 120,
      },
      createdAt: {
        type: 'string',
        maxLength: 32,
        pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$',
      },
    },
  },
  documents: [quoteV0],
  upgraded: [quoteV0],
};
