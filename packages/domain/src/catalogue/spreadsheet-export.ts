import type { ListingDoc } from '../collections/listings.ts';
import type { ProductDoc, ProductVariant } from '../collections/products.ts';
import { toMajorUnits } from '../money.ts';
import { formatAttributeCell, type Cell } from './spreadsheet-cells.ts';
import { TEMPLATES } from './templates.ts';

/** The attribute keys of every template, so an export has one column per attribute in use. */
export function attributeColumns(products: readonly Pick<ProductDoc, 'attributes'>[]): string[] {
  const used = new Set(products.flatMap((product) => Object.keys(product.attributes ?? {})));
  const ordered = TEMPLATES.flatMap((template) => template.attributes.map((attribute) => attribute.key));
  return [...new Set(ordered)].filter((key) => used.has(key)).map((key) => `attr.${key}`);
}

const major = (money: ProductDoc['price'] | undefined) => (money ? toMajorUnits(money.amount, money.currency) : null);

export function productCells(product: ProductDoc): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    sku: product.sku,
    name: product.name,
    nameEn: product.nameEn ?? '',
    category: product.category ?? '',
    hsCode: product.hsCode,
    origin: product.origin ?? '',
    brand: product.brand ?? '',
    price: major(product.price),
    currency: product.price.currency,
    moq: product.moq ?? null,
    unit: product.unit ?? '',
    cost: product.cost && product.cost.currency === product.price.currency ? major(product.cost) : null,
    netWeightG: product.netWeightG ?? null,
    grossWeightG: product.grossWeightG ?? null,
    lengthMm: product.dimensionsMm?.length ?? null,
    widthMm: product.dimensionsMm?.width ?? null,
    heightMm: product.dimensionsMm?.height ?? null,
    description: product.description ?? '',
  };
  for (const [key, value] of Object.entries(product.attributes ?? {})) cells[`attr.${key}`] = formatAttributeCell(value);
  return cells;
}

export function variantCells(product: ProductDoc, variant: ProductVariant): Record<string, Cell> {
  const cells: Record<string, Cell> = { productSku: product.sku, sku: variant.sku, barcode: variant.barcode ?? '', price: major(variant.price), currency: variant.price?.currency ?? '' };
  for (const [axis, value] of Object.entries(variant.options)) cells[`option.${axis}`] = value;
  return cells;
}

export function listingCells(listing: ListingDoc): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    sku: listing.sku,
    channel: listing.channel,
    market: listing.market,
    language: listing.language,
    title: listing.title,
    description: listing.description,
    price: major(listing.price),
    currency: listing.price.currency,
    status: listing.status,
  };
  listing.bullets.forEach((bullet, i) => (cells[`bullet${i + 1}`] = bullet));
  return cells;
}
