import type { StockBucket } from '@tradewind/domain';
import type { FaultBoard } from './faults.ts';
import type { VirtualClock } from './clock.ts';
import { seedStock, type AnyAccount, type SeedStockRow, type SimProvider } from './seed.ts';

export interface LedgerRow extends SeedStockRow {
  /** Virtual time of the last change. */
  updatedAt: string;
}

/** What a stock call sees: rows in a stable order and the time they are as of. */
export interface StockView {
  rows: LedgerRow[];
  asOf: string;
}

/** Every account's stock, per provider, moved by inbound orders; frozen copies serve the stale-snapshot fault. */
export class StockLedger {
  readonly #rows = new Map<string, Map<string, LedgerRow>>();
  readonly #frozen = new Map<string, StockView>();

  constructor(
    private readonly clock: VirtualClock,
    private readonly faults: FaultBoard,
  ) {}

  seed(provider: SimProvider, account: AnyAccount, random: number): void {
    const rows = new Map<string, LedgerRow>();
    for (const row of seedStock(account, random)) rows.set(rowKey(row.warehouse, row.sku), { ...row, updatedAt: this.clock.now() });
    this.#rows.set(accountKey(provider, account.id), rows);
  }

  move(provider: SimProvider, accountId: string, warehouse: string, sku: string, changes: Partial<Record<StockBucket, number>>): void {
    const rows = this.#rows.get(accountKey(provider, accountId));
    if (!rows) throw new Error(`no ledger for ${provider}/${accountId}`);
    const key = rowKey(warehouse, sku);
    const row = rows.get(key) ?? { sku, warehouse, sellable: 0, reserved: 0, inbound: 0, pendingPutaway: 0, unsellable: 0, updatedAt: this.clock.now() };
    for (const [bucket, delta] of Object.entries(changes) as [StockBucket, number][]) row[bucket] = Math.max(0, row[bucket] + delta);
    row.updatedAt = this.clock.now();
    rows.set(key, row);
  }

  view(provider: SimProvider, accountId: string): StockView {
    const key = accountKey(provider, accountId);
    const hours = this.faults.get(provider).staleSnapshotHours;
    if (hours === 0) {
      this.#frozen.delete(key);
      return this.#live(key);
    }
    let frozen = this.#frozen.get(key);
    if (!frozen) this.#frozen.set(key, (frozen = backdate(this.#live(key), hours)));
    return frozen;
  }

  #live(key: string): StockView {
    const rows = [...(this.#rows.get(key)?.values() ?? [])].map((row) => ({ ...row }));
    rows.sort((a, b) => a.warehouse.localeCompare(b.warehouse) || a.sku.localeCompare(b.sku));
    return { rows, asOf: this.clock.now() };
  }
}

function backdate(view: StockView, hours: number): StockView {
  const earlier = (time: string) => new Date(Date.parse(time) - hours * 3_600_000).toISOString();
  return { asOf: earlier(view.asOf), rows: view.rows.map((row) => ({ ...row, updatedAt: earlier(row.updatedAt) })) };
}

const accountKey = (provider: SimProvider, accountId: string) => `${provider}/${accountId}`;
const rowKey = (warehouse: string, sku: string) => `${warehouse}\u0000${sku}`;
