import type { Attributes } from '../catalogue/attributes.ts';
import type { ProductDoc } from '../collections/products.ts';
import { evidenceRecordSchema, type EvidenceRecord } from './evidence-entry.ts';
import { attributesSchema } from '../catalogue/attributes-schema.ts';
import { text } from '../collections/common.ts';

/**
 * The product facts a listing is checked against, carried by the listing itself: a listing is
 * what goes to a channel, so the platform checks exactly what would be published. The device
 * refreshes them whenever the product changes (see `listingFactsOf`).
 */
export interface ListingFacts {
  hsCode: string;
  category: string;
  origin: string;
  brand: string;
  attributes: Attributes;
  evidence: EvidenceRecord;
  imageCount: number;
  hasBarcode: boolean;
  hasWeight: boolean;
  hasDimensions: boolean;
}

export function listingFactsOf(product: ProductDoc): ListingFacts {
  return {
    hsCode: product.hsCode,
    category: product.category ?? '',
    origin: product.origin ?? '',
    brand: product.brand ?? '',
    attributes: product.attributes ?? {},
    evidence: product.evidence ?? {},
    imageCount: product.images?.length ?? 0,
    hasBarcode: product.variants.some((variant) => Boolean(variant.barcode)),
    hasWeight: Boolean(product.grossWeightG ?? product.netWeightG),
    hasDimensions: Boolean(product.dimensionsMm && product.dimensionsMm.length > 0 && product.dimensionsMm.width > 0 && product.dimensionsMm.height > 0),
  };
}

export const listingFactsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['hsCode', 'category', 'origin', 'brand', 'attributes', 'evidence', 'imageCount', 'hasBarcode', 'hasWeight', 'hasDimensions'],
  properties: {
    hsCode: { type: 'string', pattern: '^\\d{10}$' },
    category: text(60),
    origin: { type: 'string', pattern: '^([A-Z]{2})?$' },
    brand: text(100),
    attributes: attributesSchema,
    evidence: evidenceRecordSchema,
    imageCount: { type: 'integer', minimum: 0, maximum: 100 },
    hasBarcode: { type: 'boolean' },
    hasWeight: { type: 'boolean' },
    hasDimensions: { type: 'boolean' },
  },
} as const;
