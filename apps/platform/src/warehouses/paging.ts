import { mergeSnapshot, stockKey, type StockSnapshot, type WarehouseProviderId } from '@tradewind/domain';
import { WarehouseError } from './errors.ts';
import type { ConnectionBase, InboundRef, StockQuery } from './provider.ts';

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

/** What an adapter reads from one of its provider's stock rows; the query says which warehouse. */
export type StockCount = Omit<StockSnapshot, 'warehouse' | 'provider'>;

/** Pages fetched while the provider hands back a next-page token; a caller may stop early. */
export async function* tokenPages<Page>(fetchPage: (token: string | undefined) => Promise<{ page: Page; next: string | undefined }>): AsyncGenerator<Page> {
  for (let token: string | undefined, first = true; first || token; first = false) {
    const { page, next } = await fetchPage(token);
    token = next;
    yield page;
  }
}

/** The counts as snapshots of one warehouse, one per SKU (pages may repeat rows), each checked; the newest wins. */
export function distinctSnapshots(counts: readonly StockCount[], provider: WarehouseProviderId, warehouse: string): StockSnapshot[] {
  const held = new Map<string, StockSnapshot>();
  for (const count of counts) {
    const snapshot: StockSnapshot = { ...count, warehouse, provider };
    const key = stockKey(snapshot.sku, snapshot.warehouse);
    try {
      held.set(key, mergeSnapshot(held.get(key), snapshot));
    } catch (error) {
      throw new WarehouseError(provider, 'protocol', (error as Error).message);
    }
  }
  return [...held.values()];
}

/**
 * `listStock` for every provider: the provider's code for the queried warehouse, the query's SKUs
 * in calls of at most `cap` (each call paged as its provider pages), one checked snapshot per SKU.
 */
export async function stockInBatches(
  provider: WarehouseProviderId,
  connection: ConnectionBase,
  query: StockQuery,
  cap: number,
  countBatch: (code: string, skus: readonly string[] | undefined) => Promise<StockCount[]>,
): Promise<StockSnapshot[]> {
  const code = providerCode(provider, connection.warehouses, query.warehouse);
  const counts: StockCount[] = [];
  for (const skus of skuBatches(query, cap)) counts.push(...(await countBatch(code, skus)));
  return distinctSnapshots(counts, provider, query.warehouse);
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
