import { onHandForSale, STOCK_BUCKETS, type StockBuckets, type StockSnapshot, type WarehouseProviderId } from './buckets.ts';
import { daysOfCover, stockOutDate } from './cover.ts';
import { projectStock, type ProjectedStock, type StockEvent } from './projection.ts';
import { weightedVelocity, type SaleLine } from './velocity.ts';

/** Below this many days of cover a row is flagged low (the ~30-day tail after a sea shipment lands). */
export const LOW_COVER_DAYS = 30;

export type StockWarning = 'stock_out' | 'low_cover' | 'oversold';

export interface StockLine extends ProjectedStock {
  market: string;
  provider: WarehouseProviderId;
  /** Units a day over all orders of the SKU: orders do not name a warehouse, so each warehouse is read at the full rate (the cautious reading). */
  velocity: number;
  coverDays: number | null;
  stockOut: string | null;
  warning: StockWarning | null;
}

/** Countries overseas warehouses and marketplaces serve, as warehouse ids name them. */
const MARKETS = new Set(['US', 'CA', 'MX', 'BR', 'UK', 'GB', 'IE', 'DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'PL', 'CZ', 'SE', 'JP', 'AU', 'AE', 'SA', 'SG']);

/**
 * The market a warehouse serves, read from its id: connections name warehouses by provider and
 * country (`gc-us-west`, `winit-uk`, `4px-de`, `fba-us`) and provider codes start with the country
 * (USEA, UKBH, DEFRA). An id naming no known market is its own market.
 */
export function warehouseMarket(warehouse: string): string {
  const upper = warehouse.toUpperCase();
  const segment = upper.split(/[-_\s]/).find((part) => MARKETS.has(part));
  if (segment) return segment;
  return MARKETS.has(upper.slice(0, 2)) ? upper.slice(0, 2) : upper;
}

/** Projected stock per SKU × warehouse with its cover and warnings, as the stock screen shows it. */
export function stockOverview(snapshots: readonly StockSnapshot[], unfoldedEvents: readonly StockEvent[], sales: readonly SaleLine[], now: string, lowCoverDays = LOW_COVER_DAYS): StockLine[] {
  const providers = new Map(snapshots.map((snapshot) => [snapshot.warehouse, snapshot.provider]));
  const velocities = new Map<string, number>();
  const velocityOf = (sku: string) => {
    if (!velocities.has(sku)) velocities.set(sku, weightedVelocity(sales, sku, now));
    return velocities.get(sku)!;
  };
  const today = now.slice(0, 10);
  return projectStock(snapshots, unfoldedEvents).map((row) => {
    const velocity = velocityOf(row.sku);
    const forSale = onHandForSale(row);
    const coverDays = daysOfCover(forSale, velocity);
    const warning: StockWarning | null = row.oversold > 0 ? 'oversold' : forSale === 0 ? 'stock_out' : coverDays !== null && coverDays < lowCoverDays ? 'low_cover' : null;
    return { ...row, market: warehouseMarket(row.warehouse), provider: providers.get(row.warehouse) ?? 'other', velocity, coverDays, stockOut: stockOutDate(today, forSale, velocity), warning };
  });
}

export interface MarketTotals extends StockBuckets {
  market: string;
  skus: number;
}

/** Bucket totals per market, markets in alphabetical order. */
export function totalsByMarket(lines: readonly StockLine[]): MarketTotals[] {
  const totals = new Map<string, MarketTotals>();
  for (const line of lines) {
    let total = totals.get(line.market);
    if (!total) totals.set(line.market, (total = { market: line.market, skus: 0, sellable: 0, reserved: 0, inbound: 0, pendingPutaway: 0, unsellable: 0 }));
    total.skus += 1;
    for (const bucket of STOCK_BUCKETS) total[bucket] += line[bucket];
  }
  return [...totals.values()].sort((a, b) => a.market.localeCompare(b.market));
}

/** Whole hours between the provider's snapshot and now (never negative); null for rows only this device knows. */
export function snapshotAgeHours(asOf: string | null, now: string): number | null {
  if (asOf === null) return null;
  return Math.max(0, Math.floor((Date.parse(now) - Date.parse(asOf)) / 3_600_000));
}

/**
 * Where an order line is served from: the warehouse in the buyer's market with the most sellable
 * units of the SKU, else the one with the most anywhere; null when no overseas warehouse holds it.
 */
export function servingWarehouse(stock: readonly ProjectedStock[], sku: string, market: string | undefined): string | null {
  const holding = stock.filter((row) => row.sku === sku).sort((a, b) => b.sellable - a.sellable);
  return (holding.find((row) => market && warehouseMarket(row.warehouse) === market.toUpperCase()) ?? holding[0])?.warehouse ?? null;
}
