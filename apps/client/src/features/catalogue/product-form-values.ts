import { toMajorUnits, toMinorUnits, type AttributeValue, type Attributes, type FibreShare } from '@tradewind/domain';
import type { ProductFields } from '../../stores/product-store.ts';

export type { ProductFields };

export interface VariantValues {
  sku: string;
  options?: Record<string, string | undefined>;
  barcode?: string;
  priceMajor?: number | null;
}

export interface FormValues {
  name: string;
  nameEn?: string;
  description?: string;
  sku: string;
  hsCode: string;
  priceMajor: number;
  currency: string;
  moq?: number;
  unit?: string;
  category?: string;
  brand?: string;
  origin?: string;
  costMajor?: number | null;
  netWeightG?: number | null;
  grossWeightG?: number | null;
  length?: number | null;
  width?: number | null;
  height?: number | null;
  attributes?: Record<string, unknown>;
  variants?: VariantValues[];
  tiers?: { minQuantity: number; priceMajor: number }[];
}

export function toFormValues(product: ProductFields | undefined): Partial<FormValues> {
  if (!product) return { currency: 'USD', moq: 1, unit: 'pc', origin: 'CN', variants: [], tiers: [] };
  const currency = product.price.currency;
  return {
    ...product,
    priceMajor: toMajorUnits(product.price.amount, currency),
    currency,
    costMajor: product.cost ? toMajorUnits(product.cost.amount, product.cost.currency) : null,
    length: product.dimensionsMm?.length ?? null,
    width: product.dimensionsMm?.width ?? null,
    height: product.dimensionsMm?.height ?? null,
    attributes: product.attributes ?? {},
    variants: product.variants.map((variant) => ({
      sku: variant.sku,
      options: variant.options,
      barcode: variant.barcode,
      priceMajor: variant.price ? toMajorUnits(variant.price.amount, variant.price.currency) : null,
    })),
    tiers: (product.priceTiers ?? []).map((tier) => ({ minQuantity: tier.minQuantity, priceMajor: toMajorUnits(tier.price.amount, tier.price.currency) })),
  };
}

function attributeValue(value: unknown): AttributeValue | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.filter((item) => item !== undefined && item !== null && item !== '');
    if (items.length === 0) return undefined;
    if (typeof items[0] === 'object') return (items as FibreShare[]).filter((share) => share.fibre && share.percent).map(({ fibre, percent }) => ({ fibre, percent }));
    return items as string[];
  }
  return value as AttributeValue;
}

const optional = <T>(value: T | null | undefined): T | undefined => (value === null ? undefined : value);

export function fromFormValues(values: FormValues): ProductFields {
  const currency = values.currency;
  const attributes: Attributes = {};
  for (const [key, value] of Object.entries(values.attributes ?? {})) {
    const cleaned = attributeValue(value);
    if (cleaned !== undefined) attributes[key] = cleaned;
  }
  const { length, width, height } = values;
  return {
    name: values.name.trim(),
    nameEn: values.nameEn?.trim() ?? '',
    description: values.description ?? '',
    sku: values.sku.trim(),
    hsCode: values.hsCode.trim(),
    price: { amount: toMinorUnits(values.priceMajor, currency), currency },
    moq: values.moq ?? 1,
    unit: values.unit?.trim() ?? '',
    category: values.category ?? '',
    brand: values.brand?.trim() ?? '',
    origin: values.origin || 'CN',
    attributes: Object.keys(attributes).length > 0 ? attributes : undefined,
    cost: values.costMajor === null || values.costMajor === undefined ? undefined : { amount: toMinorUnits(values.costMajor, currency), currency },
    netWeightG: optional(values.netWeightG),
    grossWeightG: optional(values.grossWeightG),
    dimensionsMm: length && width && height ? { length, width, height } : undefined,
    priceTiers: (values.tiers ?? [])
      .filter((tier) => tier?.minQuantity && tier.priceMajor !== undefined)
      .map((tier) => ({ minQuantity: tier.minQuantity, price: { amount: toMinorUnits(tier.priceMajor, currency), currency } })),
    variants: (values.variants ?? [])
      .filter((variant) => variant?.sku)
      .map((variant) => ({
        sku: variant.sku.trim(),
        options: Object.fromEntries(Object.entries(variant.options ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]))),
        ...(variant.barcode ? { barcode: variant.barcode.trim() } : {}),
        ...(variant.priceMajor !== null && variant.priceMajor !== undefined ? { price: { amount: toMinorUnits(variant.priceMajor, currency), currency } } : {}),
      })),
  };
}
