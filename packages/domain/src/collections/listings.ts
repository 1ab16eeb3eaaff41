import { LISTING_CHANNELS, type ListingChannel } from '../catalogue/channels.ts';
import { MARKET_CODES, type Market } from '../catalogue/markets.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../catalogue/translations.ts';
import { evidenceRecordSchema, type EvidenceRecord } from '../compliance/evidence-entry.ts';
import { listingFactsSchema, type ListingFacts } from '../compliance/facts.ts';
import { moneySchema, type Money } from '../money.ts';
import { baseProperties, dateTimeField, idField, text, type BaseDoc } from './common.ts';

export const LISTING_STATUSES = ['draft', 'published', 'paused'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

/**
 * A product offered on one channel in one market: its own title, bullets and price in the
 * market's language, the compliance evidence that belongs to this offer, and the product facts
 * it was checked against. A listing the compliance rules block cannot be `published`.
 */
export interface ListingDoc extends BaseDoc {
  productId: string;
  sku: string;
  channel: ListingChannel;
  market: Market;
  language: ContentLanguage;
  title: string;
  bullets: string[];
  description: string;
  price: Money;
  status: ListingStatus;
  evidence: EvidenceRecord;
  facts: ListingFacts;
  createdAt: string;
  publishedAt?: string;
}

export const listingsSchema = {
  title: 'listings',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'productId', 'sku', 'channel', 'market', 'language', 'title', 'bullets', 'description', 'price', 'status', 'evidence', 'facts', 'createdAt'],
  indexes: ['productId'],
  properties: {
    ...baseProperties,
    productId: idField,
    sku: { type: 'string', maxLength: 64, minLength: 1 },
    channel: { type: 'string', enum: LISTING_CHANNELS },
    market: { type: 'string', enum: MARKET_CODES },
    language: { type: 'string', enum: CONTENT_LANGUAGES },
    title: text(500),
    bullets: { type: 'array', maxItems: 10, items: text(1000) },
    description: text(10000),
    price: moneySchema,
    status: { type: 'string', enum: LISTING_STATUSES },
    evidence: evidenceRecordSchema,
    facts: listingFactsSchema,
    createdAt: dateTimeField,
    publishedAt: dateTimeField,
  },
} as const;
