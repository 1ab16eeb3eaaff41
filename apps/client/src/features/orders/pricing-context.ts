import { discountPercentFor, listPrice, unitPriceFor, type BuyerDoc, type OrderLine, type ProductDoc, type RateTable } from '@tradewind/domain';

/** What a line's automatic price depends on. */
export interface PricingContext {
  productsById: ReadonlyMap<string, ProductDoc>;
  buyer: BuyerDoc | undefined;
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
