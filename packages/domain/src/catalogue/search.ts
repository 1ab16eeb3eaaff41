import type { ProductDoc } from '../collections/products.ts';

/**
 * Instant on-device search over the catalogue: names in every language, SKUs, barcodes and HS
 * codes. Each product becomes one normalised string once; a query is a substring test per
 * product, so 50,000 products filter in milliseconds (see bench/catalogue-search.ts).
 */
export type SearchableProduct = Pick<ProductDoc, 'id' | 'name' | 'nameEn' | 'sku' | 'hsCode' | 'variants' | 'translations'>;

export interface CatalogueSearch {
  /** Ids of matching products, best first: SKU/barcode/HS prefix hits, then other hits, in index order. */
  search(query: string, limit?: number): string[];
  readonly size: number;
}

/** Full-width to half-width (NFKC), lower case, no spaces or dots (so "8211.93" finds "821193…"). */
export function normaliseSearchText(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.·]+/g, '');
}

const SEPARATOR = '\u0001';

function codesOf(product: SearchableProduct): string[] {
  return [product.sku, product.hsCode, ...product.variants.flatMap((variant) => [variant.sku, variant.barcode ?? ''])].filter(Boolean);
}

function namesOf(product: SearchableProduct): string[] {
  return [product.name, product.nameEn, ...Object.values(product.translations ?? {}).map((translation) => translation?.name ?? '')].filter(Boolean);
}

export function createCatalogueSearch(products: readonly SearchableProduct[]): CatalogueSearch {
  const ids = products.map((product) => product.id);
  const codes = products.map((product) => SEPARATOR + codesOf(product).map(normaliseSearchText).join(SEPARATOR));
  const everything = products.map((product, i) => codes[i] + SEPARATOR + namesOf(product).map(normaliseSearchText).join(SEPARATOR));
  return {
    size: ids.length,
    search(query, limit = Infinity) {
      const needle = normaliseSearchText(query);
      if (!needle) return limit === Infinity ? ids.slice() : ids.slice(0, limit);
      const codePrefix = SEPARATOR + needle;
      const first: string[] = [];
      const rest: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        if (!everything[i]!.includes(needle)) continue;
        if (codes[i]!.includes(codePrefix)) first.push(ids[i]!);
        else rest.push(ids[i]!);
        if (first.length >= limit) break;
      }
      return first.concat(rest).slice(0, limit);
    },
  };
}
