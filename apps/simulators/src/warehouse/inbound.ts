import { DEFAULT_TRANSIT_DAYS, declaredQuantities, type Carton, type ShipmentMode } from '@tradewind/domain';
import type { VirtualClock } from './clock.ts';
import type { FaultBoard } from './faults.ts';
import type { StockLedger } from './ledger.ts';
import type { SimProvider } from './seed.ts';

/** Provider-neutral stages; each provider file names them with its own status codes. */
export const STAGES = ['created', 'shipped', 'arrived', 'received', 'put_away'] as const;
export type Stage = (typeof STAGES)[number];

export type SimCarton = Pick<Carton, 'number' | 'lines'>;

export interface SimInboundOrder {
  code: string;
  provider: SimProvider;
  accountId: string;
  sellerRef: string;
  warehouse: string;
  mode: ShipmentMode;
  cartons: SimCarton[];
  createdAt: string;
  stage: Stage;
  history: { stage: Stage; at: string }[];
  lostCartons: string[];
  /** Units counted per SKU at receipt (null before). */
  received: Map<string, number> | null;
  /** Units on the shelf per SKU (null before put-away). */
  putAway: Map<string, number> | null;
}

export interface NewInbound {
  sellerRef: string;
  warehouse: string;
  mode: ShipmentMode;
  cartons: SimCarton[];
}

const DAY_MS = 86_400_000;

/** Inbound orders (ASNs) of every provider, run through their stages on the virtual clock. */
export class InboundBook {
  readonly #orders: SimInboundOrder[] = [];
  #sequence = 0;

  constructor(
    private readonly clock: VirtualClock,
    private readonly faults: FaultBoard,
    private readonly ledger: StockLedger,
  ) {}

  /**
   * The order with this seller reference, or a new one; `created` tells which. A provider that does
   * not deduplicate (Amazon's inbound plan names) passes `unique: false`.
   */
  create(provider: SimProvider, accountId: string, input: NewInbound, codePrefix: string, unique = true): { order: SimInboundOrder; created: boolean } {
    const existing = unique ? this.find(provider, accountId, (order) => order.sellerRef === input.sellerRef) : undefined;
    if (existing) return { order: existing, created: false };
    const createdAt = this.clock.now();
    const order: SimInboundOrder = {
      ...input,
      code: `${codePrefix}${String(++this.#sequence).padStart(8, '0')}`,
      provider,
      accountId,
      createdAt,
      stage: 'created',
      history: [{ stage: 'created', at: createdAt }],
      lostCartons: [],
      received: null,
      putAway: null,
    };
    this.#orders.push(order);
    for (const line of declaredQuantities(order.cartons)) this.ledger.move(provider, accountId, order.warehouse, line.sku, { inbound: line.quantity });
    return { order, created: true };
  }

  list(provider: SimProvider, accountId: string): SimInboundOrder[] {
    this.settle();
    return this.#orders.filter((order) => order.provider === provider && order.accountId === accountId);
  }

  find(provider: SimProvider, accountId: string, match: (order: SimInboundOrder) => boolean): SimInboundOrder | undefined {
    return this.list(provider, accountId).find(match);
  }

  all(): SimInboundOrder[] {
    this.settle();
    return [...this.#orders];
  }

  /** Moves every order through the stages whose time has come. */
  settle(): void {
    const now = this.clock.nowMs();
    for (const order of this.#orders) {
      for (let next = nextStage(order.stage); next && stageDue(order, next) <= now; next = nextStage(order.stage)) this.#enter(order, next, stageDue(order, next));
    }
  }

  #enter(order: SimInboundOrder, stage: Stage, atMs: number): void {
    order.stage = stage;
    order.history.push({ stage, at: new Date(atMs).toISOString() });
    const move = (sku: string, changes: Parameters<StockLedger['move']>[4]) => this.ledger.move(order.provider, order.accountId, order.warehouse, sku, changes);
    if (stage === 'received') {
      order.received = this.#count(order);
      for (const line of declaredQuantities(order.cartons)) move(line.sku, { inbound: -line.quantity, pendingPutaway: order.received.get(line.sku) ?? 0 });
    }
    if (stage === 'put_away') {
      order.putAway = new Map(order.received);
      for (const [sku, units] of order.putAway) move(sku, { pendingPutaway: -units, sellable: units });
    }
  }

  /** What the warehouse counts: the declared cartons less the faults switched on at this moment. */
  #count(order: SimInboundOrder): Map<string, number> {
    const { lostCartons, shortUnits } = this.faults.get(order.provider);
    const arrived = order.cartons.slice(0, Math.max(0, order.cartons.length - lostCartons));
    order.lostCartons = order.cartons.slice(arrived.length).map((carton) => carton.number);
    // The receipt closes with a count for every declared SKU, zero for one whose cartons never came.
    const counted = new Map(declaredQuantities(order.cartons).map((line) => [line.sku, 0]));
    for (const line of declaredQuantities(arrived)) counted.set(line.sku, line.quantity);
    const [first] = counted.keys();
    if (first !== undefined) counted.set(first, Math.max(0, counted.get(first)! - shortUnits));
    return counted;
  }
}

function nextStage(stage: Stage): Stage | undefined {
  return STAGES[STAGES.indexOf(stage) + 1];
}

/** Handed to the carrier a day after creation, arrival after the mode's transit days, a day to count, a day to shelve. */
function stageDue(order: SimInboundOrder, stage: Stage): number {
  const created = Date.parse(order.createdAt);
  const arrived = created + DEFAULT_TRANSIT_DAYS[order.mode] * DAY_MS;
  switch (stage) {
    case 'created':
      return created;
    case 'shipped':
      return created + DAY_MS;
    case 'arrived':
      return arrived;
    case 'received':
      return arrived + DAY_MS;
    case 'put_away':
      return arrived + 2 * DAY_MS;
  }
}
