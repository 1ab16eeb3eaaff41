import { moneySchema, type Money } from '../money.ts';
import { baseProperties, text, type BaseDoc } from './common.ts';

export interface ProductVariant {
  sku: string;
  /** Variant axes such as colour, size, length — free keys, template-defined later. */
  options: Record<string, string>;
  barcode?: string;
  price?: Money;
}

export interface ProductDoc extends BaseDoc {
  /** Source-language (Chinese) name. */
  name: string;
  nameEn: string;
  description: string;
  /** Category template id, e.g. `knives.folding`, `textiles.fabric`. */
  category: string;
  /** 10-digit Chinese HS code (商品编码). */
  hsCode: string;
  origin: string;
  brand: string;
  sku: string;
  price: Money;
  moq: number;
  unit: string;
  variants: ProductVariant[];
  archived: boolean;
}

export const productsSchema = {
  title: 'products',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'name', 'sku', 'hsCode', 'price', 'variants', 'archived'],
  indexes: ['name', 'sku'],
  properties: {
    ...baseProperties,
    name: text(200),
    nameEn: text(200),
    description: text(5000),
    category: text(60),
    hsCode: { type: 'string', maxLength: 10, pattern: '^\\d{10}$' },
    origin: { type: 'string', pattern: '^[A-Z]{2}$' },
    brand: text(100),
    sku: { type: 'string', maxLength: 64, minLength: 1 },
    price: moneySchema,
    moq: { type: 'integer', minimum: 1, maximum: 10_000_000 },
    unit: text(20),
    variants: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['sku', 'options'],
        properties: {
          sku: { type: 'string', maxLength: 64, minLength: 1 },
          options: {
            type: 'object',
            maxProperties: 8,
            propertyNames: { pattern: '^[a-zA-Z][a-zA-Z0-9]{0,30}$' },
            additionalProperties: text(100),
          },
          barcode: { type: 'string', pattern: '^\\d{8,14}$' },
          price: moneySchema,
        },
      },
    },
    archived: { type: 'boolean' },
  },
} as const;
