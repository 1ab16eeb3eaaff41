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
