import type { Attributes } from '../catalogue/attributes.ts';
import { attributesSchema } from '../catalogue/attributes-schema.ts';
import { productImagesSchema, type ProductImage } from '../catalogue/images.ts';
import { CONTENT_LANGUAGES, type ContentLanguage, type Translation } from '../catalogue/translations.ts';
import { evidenceRecordSchema, type EvidenceRecord } from '../compliance/evidence-entry.ts';
import { moneySchema, type Money } from '../money.ts';
import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

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
  /** Values of the category template's attributes (fibre composition, blade length…). */
  attributes?: Attributes;
  /** Name and description in market languages; Chinese `name`/`description` are the source. */
  translations?: Partial<Record<ContentLanguage, Translation>>;
  netWeightG?: number;
  grossWeightG?: number;
  /** Packed unit, millimetres. */
  dimensionsMm?: { length: number; width: number; height: number };
  /** Unit cost, for margins; never shown to buyers. */
  cost?: Money;
  /** Quantity breaks: from `minQuantity` units the unit price is `price`. */
  priceTiers?: PriceTier[];
  /** 申报要素 values by element key (see declarationElementsFor). */
  declaration?: Record<string, string>;
  images?: ProductImage[];
  /** Compliance evidence that belongs to the product (test reports, label facts…). */
  evidence?: EvidenceRecord;
}

export interface PriceTier {
  minQuantity: number;
  price: Money;
}

export const productsSchema = {
  title: 'products',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'name', 'sku', 'hsCode', 'price', 'variants', 'archived'],
  indexes: ['name', 'sku'],
  // Images: thumbnail and original bytes per entry of `images` (see catalogue/images.ts).
  attachments: {},
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
    attributes: attributesSchema,
    translations: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(
        CONTENT_LANGUAGES.map((language) => [
          language,
          {
            type: 'object',
            additionalProperties: false,
            required: ['name', 'description', 'source', 'translatedAt'],
            properties: { name: text(200), description: text(5000), source: text(16), translatedAt: dateTimeField },
          },
        ]),
      ),
    },
    netWeightG: { type: 'integer', minimum: 0, maximum: 10_000_000 },
    grossWeightG: { type: 'integer', minimum: 0, maximum: 10_000_000 },
    dimensionsMm: {
      type: 'object',
      additionalProperties: false,
      required: ['length', 'width', 'height'],
      properties: {
        length: { type: 'integer', minimum: 0, maximum: 100_000 },
        width: { type: 'integer', minimum: 0, maximum: 100_000 },
        height: { type: 'integer', minimum: 0, maximum: 100_000 },
      },
    },
    cost: moneySchema,
    priceTiers: {
      type: 'array',
      maxItems: 10,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['minQuantity', 'price'],
        properties: { minQuantity: { type: 'integer', minimum: 1, maximum: 100_000_000 }, price: moneySchema },
      },
    },
    declaration: { type: 'object', maxProperties: 30, propertyNames: { pattern: '^[a-zA-Z]{1,40}$' }, additionalProperties: text(200) },
    images: productImagesSchema,
    evidence: evidenceRecordSchema,
  },
} as const;
