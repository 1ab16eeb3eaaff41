import type { WarehouseProviderId } from './buckets.ts';

/** First-leg (头程) transport modes: 海派 sea FCL/LCL, 铁运 rail, 空派 air, 快递 express, 卡航 truck. */
export const SHIPMENT_MODES = ['sea_fcl', 'sea_lcl', 'rail', 'air', 'express', 'truck'] as const;
export type ShipmentMode = (typeof SHIPMENT_MODES)[number];

/**
 * Provider-neutral inbound status. Providers' own codes (GoodCang receiving_status, WINIT OD/TS/EWC/SHD,
 * 4PX A/H/G/V/P/C, FBA WORKING…CLOSED) are kept beside it as `providerStatus`.
 */
export const SHIPMENT_STATUSES = ['draft', 'submitted', 'in_transit', 'arrived', 'receiving', 'put_away', 'cancelled', 'exception'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

export interface SkuQuantity {
  sku: string;
  quantity: number;
}

export interface Carton {
  /** The seller's carton number, printed on its label (GoodCang box_no, WINIT sellerCaseNo, 4PX box_no). */
  number: string;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  weightG: number;
  lines: SkuQuantity[];
}

/** One event the provider or carrier reported; customs and port stages arrive only as free text. */
export interface TrackEvent {
  at: string;
  text: string;
  providerStatus?: string;
}

export interface FirstLegShipment {
  id: string;
  /** Our reference, sent to the provider as the seller's reference: the key that makes creation idempotent. */
  reference: string;
  mode: ShipmentMode;
  /** Destination: our warehouse id. */
  warehouse: string;
  provider: WarehouseProviderId;
  cartons: Carton[];
  /** Expected arrival date (ISO date). */
  eta?: string;
  /** The provider's inbound order number once it exists (GoodCang receiving_code, WINIT order no., 4PX ref, FBA plan id). */
  providerRef?: string;
  status: ShipmentStatus;
  providerStatus?: string;
  events: TrackEvent[];
}

/** Declared units per SKU over all cartons, in first-seen order. */
export function declaredQuantities(cartons: readonly Pick<Carton, 'lines'>[]): SkuQuantity[] {
  const totals = new Map<string, number>();
  for (const carton of cartons) for (const line of carton.lines) totals.set(line.sku, (totals.get(line.sku) ?? 0) + line.quantity);
  return [...totals].map(([sku, quantity]) => ({ sku, quantity }));
}

const STATUS_RANK: Readonly<Record<ShipmentStatus, number>> = { draft: 0, submitted: 1, in_transit: 2, arrived: 3, receiving: 4, put_away: 5, cancelled: 5, exception: 5 };

/**
 * The status to keep when a provider reports `incoming` for a shipment that is at `current`:
 * a status never goes back (a stale answer or a duplicate page must not undo a later one), and
 * once put away, cancelled or in exception it stays, except that an exception may clear forward.
 */
export function laterStatus(current: ShipmentStatus, incoming: ShipmentStatus): ShipmentStatus {
  if (current === 'exception') return incoming === 'put_away' || incoming === 'cancelled' ? incoming : current;
  return STATUS_RANK[incoming] > STATUS_RANK[current] ? incoming : current;
}
