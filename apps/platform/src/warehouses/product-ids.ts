import type { Queryable } from '../db/database.ts';

interface ProductSkus {
  id: string;
  sku?: unknown;
  variants?: unknown;
}

/** Product id of every SKU the products carry, their own and their variants'. */
export function productIdsBySku(products: readonly ProductSkus[]): Map<string, string> {
  const bySku = new Map<string, string>();
  for (const product of products) {
    bySku.set(product.sku as string, product.id);
    for (const variant of (product.variants ?? []) as { sku: string }[]) bySku.set(variant.sku, product.id);
  }
  return bySku;
}

export async function tenantProductIds(q: Queryable, tenantId: string): Promise<Map<string, string>> {
  const rows = await q.query<ProductSkus>("SELECT id, doc->'sku' AS sku, doc->'variants' AS variants FROM doc_products WHERE tenant_id = $1 AND NOT deleted", [tenantId]);
  return productIdsBySku(rows);
}
