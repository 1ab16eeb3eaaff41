import { mergeSnapshot, stockKey, type StockSnapshot, type WarehouseProviderId } from '@tradewind/domain';
import { WarehouseError } from './errors.ts';
import type { InboundRef, StockQuery } from './provider.ts';

/** The SKUs of a query in calls of at most `cap` (one call for everything when the query names none). */
export function skuBatches(query: StockQuery, cap: number): (readonly string[] | undefined)[] {
  if (!query.skus) return [undefined];
  const batches: string[][] = [];
  for (let start = 0; start < query.skus.length; start += cap) batches.push(query.skus.slice(start, start + cap));
  return batches;
}

/** Pages 1, 2, … until `total` rows have been offered (duplicated rows make pages longer, not more). */
export async function numberedPages<Row>(pageSize: number, fetchPage: (pageNo: number) => Promise<{ rows: Row[]; total: number }>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let pageNo = 1; ; pageNo++) {
    const page = await fetchPage(pageNo);
    rows.push(...page.rows);
    if (page.rows.length === 0 || pageNo * pageSize >= page.total) return rows;
  }
}

/** One snapshot per SKU × warehouse (pages may repeat rows), each checked; the newest wins. */
export function distinctSnapshots(snapshots: readonly StockSnapshot[], provider: WarehouseProviderId): StockSnapshot[] {
  const held = new Map<string, StockSnapshot>();
  for (const snapshot of snapshots) {
    const key = stockKey(snapshot.sku, snapshot.warehouse);
    try {
      held.set(key, mergeSnapshot(held.get(key), snapshot));
    } catch (error) {
      throw new WarehouseError(provider, 'protocol', (error as Error).message);
    }
  }
  return [...held.values()];
}

export function providerCode(provider: WarehouseProviderId, warehouses: Record<string, string>, warehouse: string): string {
  const code = warehouses[warehouse];
  if (!code) throw new WarehouseError(provider, 'bad_request', `warehouse ${warehouse} is not connected to this ${provider} account`);
  return code;
}

/**
 * Creation that a retry cannot double: look for the reference first; if creating fails because the
 * provider already has it (the first attempt's answer was lost), the second look finds it.
 */
export async function createOnce(find: () => Promise<string | undefined>, create: () => Promise<string>): Promise<InboundRef> {
  const existing = await find();
  if (existing) return { providerRef: existing, created: false };
  try {
    return { providerRef: await create(), created: true };
  } catch (error) {
    if (!(error instanceof WarehouseError && error.kind === 'bad_request')) throw error;
    const created = await find();
    if (created) return { providerRef: created, created: false };
    throw error;
  }
}
