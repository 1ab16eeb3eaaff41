import type { ProductDoc, ProductVariant } from '../collections/products.ts';

export interface ProductPick {
  product: ProductDoc;
  variant?: ProductVariant;
}

/**
 * Finds what a barcode scanner or a typed code names: a variant's barcode (EAN/UPC), a variant SKU
 * or a product SKU, ignoring case and surrounding spaces. Archived products are not sold.
 */
export function findByCode(products: readonly ProductDoc[], code: string): ProductPick | null {
  const wanted = code.trim().toUpperCase();
  if (!wanted) return null;
  for (const product of products) {
    if (product.archived) continue;
    const variant = product.variants.find((v) => v.barcode === wanted || v.sku.toUpperCase() === wanted);
    if (variant) return { product, variant };
    if (product.sku.toUpperCase() === wanted) return { product };
  }
  return null;
}

/** The text that shows what a line sells: the product name plus the variant's options. */
export function pickLabel({ product, variant }: ProductPick, english: boolean): string {
  const name = english ? product.nameEn || product.name : product.name;
  const options = variant ? Object.values(variant.options).join(' / ') : '';
  return options ? `${name} (${options})` : name;
}
