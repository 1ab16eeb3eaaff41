import type { BuyerDoc, BuyerTier } from '../collections/buyers.ts';
import type { OrderLine } from '../collections/orders.ts';
import type { ProductDoc, ProductVariant } from '../collections/products.ts';
import type { Money } from '../money.ts';
import { convertMinorUnits, type RateTable } from '../rates/exchange-rates.ts';

/** Percent off list price per tier; a buyer's own agreed discount replaces it. */
export const TIER_DISCOUNT_PERCENT: Readonly<Record<BuyerTier, number>> = { list: 0, wholesale: 5, distributor: 12 };

export function discountPercentFor(buyer: Pick<BuyerDoc, 'priceTier' | 'discountPercent'> | undefined): number {
  if (!buyer) return 0;
  return buyer.discountPercent ?? TIER_DISCOUNT_PERCENT[buyer.priceTier];
}

/**
 * The list price of a product or one of its variants for a quantity: a variant's own price, else
 * the product's best quantity break reached (catalogue `priceTiers`), else its base price.
 */
export function listPrice(product: Pick<ProductDoc, 'price' | 'variants' | 'priceTiers'>, variantSku: string | undefined, quantity: number): Money {
  const variant: ProductVariant | undefined = variantSku ? product.variants.find((v) => v.sku === variantSku) : undefined;
  if (variant?.price) return variant.price;
  const reached = (product.priceTiers ?? []).filter((tier) => tier.minQuantity <= quantity && tier.price.currency === product.price.currency);
  return reached.sort((a, b) => b.minQuantity - a.minQuantity)[0]?.price ?? product.price;
}

/**
 * The unit price for a buyer in the order's currency, in minor units: the list price converted
 * with the rate table, less the buyer's discount. Null when the table has no rate for it.
 */
export function unitPriceFor(price: Money, currency: string, discountPercent: number, rates: RateTable | null | undefined): number | null {
  const converted = convertMinorUnits(price.amount, price.currency, currency, rates);
  if (converted === null) return null;
  return Math.round((converted * (100 - discountPercent)) / 100);
}

/** What a line's automatic price depends on. */
export interface PricingContext {
  productsById: ReadonlyMap<string, ProductDoc>;
  buyer: Pick<BuyerDoc, 'priceTier' | 'discountPercent'> | undefined;
  currency: string;
  rates: RateTable | null;
}

/** The price list's unit price for a line in the order currency, or null (unknown product, no rate). */
export function autoUnitPrice(context: PricingContext, line: Pick<OrderLine, 'productId' | 'sku' | 'quantity'>): number | null {
  const product = context.productsById.get(line.productId);
  if (!product) return null;
  const variantSku = line.sku === product.sku ? undefined : line.sku;
  return unitPriceFor(listPrice(product, variantSku, line.quantity), context.currency, discountPercentFor(context.buyer), context.rates);
}

/**
 * A line after a change (of its quantity, or of the order's buyer or currency): a line that was at
 * its automatic price follows the price list; a price the seller typed stays.
 */
export function followPriceList(before: OrderLine, after: OrderLine, was: PricingContext, now: PricingContext): OrderLine {
  if (autoUnitPrice(was, before) !== before.unitPrice) return after;
  const price = autoUnitPrice(now, after);
  return price === null ? after : { ...after, unitPrice: price };
}
