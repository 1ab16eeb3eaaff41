import type { OrderLine } from '../collections/orders.ts';
import { newId } from '../ids.ts';
import { pickLabel, type ProductPick } from './product-lookup.ts';

/**
 * Adds a picked product to the lines. A new line starts at the product's MOQ; picking (or
 * scanning) the same SKU again adds another MOQ to its line instead of a duplicate line.
 */
export function addPickToLines(lines: readonly OrderLine[], pick: ProductPick, unitPrice: number): OrderLine[] {
  const sku = pick.variant?.sku ?? pick.product.sku;
  const step = pick.product.moq ?? 1;
  const existing = lines.find((line) => line.sku === sku);
  if (existing) return lines.map((line) => (line === existing ? { ...line, quantity: line.quantity + step } : line));
  const line: OrderLine = {
    id: newId(),
    productId: pick.product.id,
    sku,
    name: pickLabel(pick, false),
    nameEn: pickLabel(pick, true),
    quantity: step,
    unitPrice,
  };
  return [...lines, line];
}

/** A line's amount in minor units of the order currency: quantity × unit price. */
export function lineAmount(line: Pick<OrderLine, 'quantity' | 'unitPrice'>): number {
  return line.quantity * line.unitPrice;
}

/** How many units short of the product's minimum order quantity a line is (0 when it meets it). */
export function moqShortfall(quantity: number, moq: number | undefined): number {
  return Math.max(0, (moq ?? 1) - quantity);
}
