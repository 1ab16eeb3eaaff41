import { onHandForSale, type StockBuckets } from './buckets.ts';
import { addDays, stockOutDate } from './cover.ts';
import type { ShipmentMode } from './shipment.ts';

/**
 * Indicative door-to-warehouse days per mode (forwarder figures: express 2–4, air 5–10, sea China→US
 * 40–60 door to door, LCL 5–10 more, China–Europe rail 12–20), the slow end so plans are not late.
 */
export const DEFAULT_TRANSIT_DAYS: Readonly<Record<ShipmentMode, number>> = {
  express: 4,
  air: 10,
  rail: 20,
  truck: 22,
  sea_fcl: 50,
  sea_lcl: 58,
};

export interface ReplenishmentInput {
  /** ISO date the plan is made on. */
  today: string;
  /** Units a day (weightedVelocity). */
  velocity: number;
  /** Stock of the SKU in the destination warehouse; inbound counts as coming. */
  stock: StockBuckets;
  /** Door-to-warehouse days per mode the seller considers; defaults to DEFAULT_TRANSIT_DAYS. */
  transitDays?: Partial<Record<ShipmentMode, number>>;
  /** Days from arrival to sellable (receiving and put-away). */
  receivingDays: number;
  /** Days of sales kept in hand against delays (LingXing safe_day). */
  safetyDays: number;
  /** Days until the seller plans the next shipment: this one must last until that one lands. */
  reviewDays: number;
  unitsPerCarton: number;
}

export interface ModeSuggestion {
  mode: ShipmentMode;
  /** Transit + receiving. */
  leadDays: number;
  /** Lead + review + safety: the days this shipment has to cover. */
  coverDays: number;
  /** Units to send, whole cartons; 0 when stock in hand and inbound cover the period. */
  units: number;
  cartons: number;
  /** The last day the cartons may leave the factory to land `safetyDays` before the stock-out; null when nothing sells. */
  latestShipDate: string | null;
  /** The latest ship date has passed: even shipping today, the warehouse runs short (or into the safety stock). */
  late: boolean;
}

/**
 * Per mode: quantity = max(0, v × (lead + review + safety) − position), rounded up to whole cartons,
 * where position = sellable + pending put-away + inbound; latest ship date = stock-out date − lead − safety.
 */
export function suggestReplenishment(input: ReplenishmentInput): ModeSuggestion[] {
  const { today, velocity, stock, receivingDays, safetyDays, reviewDays, unitsPerCarton } = input;
  if (!Number.isInteger(unitsPerCarton) || unitsPerCarton <= 0) throw new RangeError(`units per carton must be a whole number > 0, got ${unitsPerCarton}`);
  for (const [name, days] of Object.entries({ receivingDays, safetyDays, reviewDays })) {
    if (!(days >= 0)) throw new RangeError(`${name} must be ≥ 0, got ${days}`);
  }
  const position = onHandForSale(stock) + stock.inbound;
  const stockOut = stockOutDate(today, position, velocity);
  const transit = input.transitDays ?? DEFAULT_TRANSIT_DAYS;
  return (Object.entries(transit) as [ShipmentMode, number][]).map(([mode, transitDays]) => {
    const leadDays = transitDays + receivingDays;
    const coverDays = leadDays + reviewDays + safetyDays;
    const cartons = Math.ceil(Math.max(0, velocity * coverDays - position) / unitsPerCarton);
    const latestShipDate = stockOut === null ? null : addDays(stockOut, -(leadDays + safetyDays));
    return { mode, leadDays, coverDays, units: cartons * unitsPerCarton, cartons, latestShipDate, late: latestShipDate !== null && latestShipDate < today };
  });
}
