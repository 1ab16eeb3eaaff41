import type { OrderDoc } from '../collections/orders.ts';

/** One sold line: units of a SKU on a day. */
export interface SaleLine {
  sku: string;
  quantity: number;
  at: string;
}

export interface VelocityWindow {
  days: number;
  weight: number;
}

/** Recent weeks count most, the quarter keeps a promotion spike from dominating (LingXing-style sales_avg_7/30/90). */
export const DEFAULT_VELOCITY_WINDOWS: readonly VelocityWindow[] = [
  { days: 7, weight: 0.5 },
  { days: 30, weight: 0.3 },
  { days: 90, weight: 0.2 },
];

const DAY_MS = 86_400_000;
const NOT_SALES: ReadonlySet<OrderDoc['status']> = new Set(['quote', 'cancelled']);

/** Lines of orders that are sales (not quotes, not cancelled), dated by the order's creation. */
export function saleLinesFromOrders(orders: readonly OrderDoc[]): SaleLine[] {
  return orders.filter((order) => !NOT_SALES.has(order.status)).flatMap((order) => order.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, at: order.createdAt })));
}

/**
 * Units a day: v = Σ wₖ·avgₖ / Σ wₖ, where avgₖ is the units of the last k days before `now` divided by k.
 */
export function weightedVelocity(sales: readonly SaleLine[], sku: string, now: string, windows: readonly VelocityWindow[] = DEFAULT_VELOCITY_WINDOWS): number {
  const nowMs = Date.parse(now);
  const totalWeight = windows.reduce((sum, window) => sum + window.weight, 0);
  if (!(totalWeight > 0)) throw new RangeError('velocity windows need a positive total weight');
  const ages = sales.filter((sale) => sale.sku === sku).map((sale) => ({ age: nowMs - Date.parse(sale.at), quantity: sale.quantity }));
  const weighted = windows.reduce((sum, window) => {
    const units = ages.filter(({ age }) => age >= 0 && age < window.days * DAY_MS).reduce((total, { quantity }) => total + quantity, 0);
    return sum + window.weight * (units / window.days);
  }, 0);
  return weighted / totalWeight;
}
