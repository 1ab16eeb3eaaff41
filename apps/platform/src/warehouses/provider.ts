import type { Carton, ReceiptCount, ShipmentMode, ShipmentStatus, StockSnapshot, TrackEvent, WarehouseProviderId } from '@tradewind/domain';

export interface StockQuery {
  /** Our warehouse id; the connection maps it to the provider's warehouse code. */
  warehouse: string;
  /** Only these SKUs (the adapter splits them into calls within the provider's cap); all when absent. */
  skus?: readonly string[];
}

export interface InboundRequest {
  /** Our shipment reference: the provider's seller reference, so creating twice makes one inbound order. */
  reference: string;
  warehouse: string;
  mode: ShipmentMode;
  /** ISO date. */
  eta?: string;
  cartons: Carton[];
}

export interface InboundRef {
  providerRef: string;
  /** False when an inbound order with this reference already existed (a retry). */
  created: boolean;
}

export interface InboundState {
  providerRef: string;
  reference: string;
  status: ShipmentStatus;
  providerStatus: string;
  events: TrackEvent[];
  /** Units counted and shelved per SKU once the warehouse reports them; null before, or where the provider never does (FBA). */
  receipt: ReceiptCount[] | null;
}

/**
 * One overseas-warehouse provider account. Paging, SKU-per-call caps, signatures, tokens and rate
 * limits stay inside; failures are WarehouseError with a kind the sync job can act on.
 */
export interface WarehouseProvider {
  readonly id: WarehouseProviderId;
  listStock(query: StockQuery): Promise<StockSnapshot[]>;
  /** Idempotent by `reference`: finds the provider's order with that reference before creating one. */
  createInbound(request: InboundRequest): Promise<InboundRef>;
  getInbound(providerRef: string): Promise<InboundState>;
}

/** What every connection has besides its credentials. */
export interface ConnectionBase {
  /** The provider's API root (the simulator's in tests and the demo). */
  baseUrl: string;
  /** Our warehouse id → the provider's warehouse code (FBA: marketplace id). */
  warehouses: Record<string, string>;
  /** Per call; default 15 s. */
  timeoutMs?: number;
}

/** A provider that knows the calling app by a key and one secret beside it (GoodCang's token, 4PX's secret). */
export type KeyAndSecretConnection<Provider extends string, Secret extends string> = ConnectionBase & { provider: Provider; appKey: string } & { [Field in Secret]: string };
