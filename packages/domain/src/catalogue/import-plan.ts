import type { ListingDoc } from '../collections/listings.ts';
import type { ProductDoc, ProductVariant } from '../collections/products.ts';
import { checkListing, publishBlockers } from '../compliance/evaluate.ts';
import { listingFactsOf } from '../compliance/facts.ts';
import { sameJson } from '../json.ts';
import type { ImportProblem } from './spreadsheet-columns.ts';
import type { ParsedListingRow } from './spreadsheet-listings.ts';
import { applyProductRow, sameProductContent, type ParsedProductRow } from './spreadsheet-products.ts';
import type { ParsedVariantRow } from './spreadsheet-variants.ts';

export interface ParsedCatalogue {
  products: ParsedProductRow[];
  variants: ParsedVariantRow[] | null;
  listings: ParsedListingRow[];
  problems: ImportProblem[];
}

export interface ImportPlan {
  creates: ProductDoc[];
  updates: ProductDoc[];
  listingCreates: ListingDoc[];
  listingUpdates: ListingDoc[];
  unchanged: number;
  /** Listing rows found unusable only once their products were known. */
  problems: ImportProblem[];
}

export interface PlanOptions {
  /** Rows with warnings only are imported too ("import all") or left out ("valid rows only"). */
  includeWarnings: boolean;
  now: string;
  asOf: string;
  newId(): string;
}

const rowsWith = (problems: readonly ImportProblem[], sheet: ImportProblem['sheet']) => new Set(problems.filter((p) => p.sheet === sheet).map((p) => p.row));

/**
 * What accepting an import writes: products created or changed (matched by SKU), their variants
 * when a variants sheet came along, and listings (matched by SKU, channel and market). Nothing
 * that equals what is stored is written again, so re-importing an export changes nothing.
 */
export function planCatalogueImport(parsed: ParsedCatalogue, stored: { products: readonly ProductDoc[]; listings: readonly ListingDoc[] }, options: PlanOptions): ImportPlan {
  const warned = rowsWith(
    parsed.problems.filter((p) => p.severity === 'warning'),
    'products',
  );
  const bySku = new Map(stored.products.map((product) => [product.sku, product]));
  const variantsBySku = new Map<string, ProductVariant[]>();
  for (const item of parsed.variants ?? []) variantsBySku.set(item.productSku, [...(variantsBySku.get(item.productSku) ?? []), item.variant]);

  const creates: ProductDoc[] = [];
  const updates: ProductDoc[] = [];
  let unchanged = 0;
  const result = new Map(bySku);
  for (const item of parsed.products) {
    if (!options.includeWarnings && warned.has(item.row)) continue;
    const existing = bySku.get(item.fields.sku);
    const base: ProductDoc = existing ?? { id: options.newId(), updatedAt: options.now, archived: false, variants: [], ...item.fields, attributes: undefined };
    let next = applyProductRow(base, item);
    if (parsed.variants) next = { ...next, variants: variantsBySku.get(next.sku) ?? [] };
    if (existing && sameProductContent(existing, next)) {
      unchanged++;
      continue;
    }
    next = { ...next, updatedAt: options.now };
    (existing ? updates : creates).push(next);
    result.set(next.sku, next);
  }

  const problems: ImportProblem[] = [];
  const listingCreates: ListingDoc[] = [];
  const listingUpdates: ListingDoc[] = [];
  const storedListings = new Map(stored.listings.map((listing) => [`${listing.sku}|${listing.channel}|${listing.market}`, listing]));
  for (const item of parsed.listings) {
    const product = result.get(item.sku);
    if (!product) {
      problems.push({ sheet: 'listings', row: item.row, column: 'sku', severity: 'error', code: 'unknown_product', params: { value: item.sku } });
      continue;
    }
    const existing = storedListings.get(`${item.sku}|${item.channel}|${item.market}`);
    const content = {
      productId: product.id,
      sku: item.sku,
      channel: item.channel,
      market: item.market,
      language: item.language,
      title: item.title,
      bullets: item.bullets,
      description: item.description,
      price: item.price,
      status: item.status,
      facts: listingFactsOf(product),
    };
    const next: ListingDoc = existing ? { ...existing, ...content } : { id: options.newId(), updatedAt: options.now, createdAt: options.now, evidence: {}, ...content };
    if (next.status === 'published') {
      const blockers = publishBlockers(checkListing(next, options.asOf));
      if (blockers.length > 0) {
        problems.push({ sheet: 'listings', row: item.row, column: 'status', severity: 'error', code: 'listing_blocked', params: { rules: blockers.join(', ') } });
        continue;
      }
      next.publishedAt = existing?.publishedAt ?? options.now;
    }
    if (existing && sameJson({ ...existing, updatedAt: '' }, { ...next, updatedAt: '' })) continue;
    (existing ? listingUpdates : listingCreates).push({ ...next, updatedAt: options.now });
  }
  return { creates, updates, listingCreates, listingUpdates, unchanged, problems };
}
