import { baseProperties, dateTimeField, text, type BaseDoc } from './common.ts';

/** Languages a proforma invoice can be printed in (document languages, not the app's UI languages). */
export const DOCUMENT_LANGUAGES = ['en', 'es', 'ru', 'ar', 'fr', 'de'] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Price tiers: each buyer is on one; a buyer-specific discount overrides the tier's. */
export const BUYER_TIERS = ['list', 'wholesale', 'distributor'] as const;
export type BuyerTier = (typeof BUYER_TIERS)[number];

/** A business card photo is kept as a small JPEG data URL until attachments replicate. */
export const MAX_CARD_PHOTO_CHARS = 200_000;

/** A buyer met at a fair or elsewhere: captured in seconds, completed later. */
export interface BuyerDoc extends BaseDoc {
  company: string;
  contactName: string;
  email: string;
  phone: string;
  /** ISO 3166-1 alpha-2, or empty when not known yet. */
  country: string;
  address: string;
  /** Where the seller met the buyer, e.g. "Canton Fair 2026 phase 1, booth 12.1C23". */
  metAt: string;
  notes: string;
  language: DocumentLanguage;
  priceTier: BuyerTier;
  /** Percent off list price agreed with this buyer; overrides the tier's discount. */
  discountPercent?: number;
  cardPhoto?: string;
  createdAt: string;
}

export const buyersSchema = {
  title: 'buyers',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'updatedAt', 'company', 'contactName', 'email', 'phone', 'country', 'metAt', 'notes', 'language', 'priceTier', 'createdAt'],
  indexes: ['createdAt'],
  // Personal data of the buyer's staff is stored encrypted on the device, like the merchant's bank details.
  encrypted: ['contactName', 'email', 'phone', 'cardPhoto'],
  properties: {
    ...baseProperties,
    company: { type: 'string', minLength: 1, maxLength: 200 },
    contactName: text(200),
    email: text(200),
    phone: text(60),
    country: { type: 'string', maxLength: 2, pattern: '^([A-Z]{2})?$' },
    address: text(400),
    metAt: text(200),
    notes: text(5000),
    language: { type: 'string', enum: DOCUMENT_LANGUAGES },
    priceTier: { type: 'string', enum: BUYER_TIERS },
    discountPercent: { type: 'number', minimum: 0, maximum: 90 },
    cardPhoto: { type: 'string', maxLength: MAX_CARD_PHOTO_CHARS, pattern: '^data:image/jpeg;base64,' },
    createdAt: dateTimeField,
  },
} as const;
