import type { ListingDoc } from '../collections/listings.ts';
import type { ListingFacts } from './facts.ts';

/** Facts of the demo Yangjiang lock-back folder (LF-FK35) and a Shaoxing cotton shirt, for tests. */
export const lockBackFolder: ListingFacts = {
  hsCode: '8211930000',
  category: 'knives.folding',
  origin: 'CN',
  brand: 'LIFENG',
  attributes: { bladeLengthMm: 89, steel: '8Cr13MoV', edge: 'plain', locking: 'lock_back', opening: 'manual', oneHandOpening: true, handleMaterial: 'g10', originMarking: 'etch' },
  evidence: {},
  imageCount: 1,
  hasBarcode: true,
  hasWeight: true,
  hasDimensions: true,
};

export const cottonShirt: ListingFacts = {
  hsCode: '6205200000',
  category: 'textiles.garment',
  origin: 'CN',
  brand: 'JINXIU',
  attributes: { fibreComposition: [{ fibre: 'cotton', percent: 100 }], garmentType: 'shirt', gender: 'men', careInstructions: ['wash_40', 'iron_medium'], gsm: 120, dye: 'yarn_dyed' },
  evidence: {},
  imageCount: 1,
  hasBarcode: true,
  hasWeight: true,
  hasDimensions: true,
};

export function aListing(facts: ListingFacts, fields: Partial<ListingDoc> = {}): ListingDoc {
  return {
    id: 'listing-1',
    updatedAt: '2026-11-23T08:00:00.000Z',
    createdAt: '2026-11-23T08:00:00.000Z',
    productId: 'product-1',
    sku: 'SKU-1',
    channel: 'own_site',
    market: 'GB',
    language: 'en',
    title: 'A product title that is long enough',
    bullets: [],
    description: '',
    price: { amount: 1999, currency: 'GBP' },
    status: 'draft',
    evidence: {},
    facts,
    ...fields,
  };
}

export const evidence = (...keys: string[]) => Object.fromEntries(keys.map((key) => [key, { value: `ref ${key}`, addedAt: '2026-11-23T08:00:00.000Z' }]));
