/**
 * Orders in RxDB on Dexie (IndexedDB) the way the merchant app keeps them: bulk insert, the orders
 * list query, the list's filters (the same function the screen runs) and the indexed queries the
 * fair screens use. `window.runFairBench(count)` returns the timings in milliseconds.
 */
import { COLLECTIONS, type OrderDoc } from '@tradewind/domain';
import { createRxDatabase, type RxCollection, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { filterOrders, NO_FILTER } from '../../apps/client/src/features/orders/order-filter.ts';
import { makeOrders } from './orders.ts';

export interface FairBenchResult {
  count: number;
  insertMs: number;
  listQueryMs: number;
  toPlainMs: number;
  filters: { name: string; matches: number; ms: number }[];
  dayQuery: { matches: number; ms: number };
  highestNumberMs: number;
}

declare global {
  interface Window {
    runFairBench(count: number): Promise<FairBenchResult>;
  }
}

const status = document.getElementById('status')!;
const time = async <T>(work: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};
/** Median of a few repetitions: one cold run says little. */
const median = async (runs: number, work: () => unknown): Promise<number> => {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await time(work))[1]);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
};

window.runFairBench = async (count) => {
  status.textContent = 'running…';
  const db = await createRxDatabase<{ orders: RxCollection<OrderDoc> }>({ name: `fair-bench-${Date.now()}`, storage: getRxStorageDexie(), multiInstance: false });
  await db.addCollections({ orders: { schema: COLLECTIONS.orders.schema as unknown as RxJsonSchema<OrderDoc> } });
  const orders = makeOrders(count);
  const [, insertMs] = await time(() => db.orders.bulkInsert(orders));

  const listQuery = () => db.orders.find({ sort: [{ createdAt: 'desc' }] }).exec();
  const [docs, listQueryMs] = await time(listQuery);
  const [plain, toPlainMs] = await time(() => docs.map((doc) => doc.toJSON() as OrderDoc));
  const filters: FairBenchResult['filters'] = [];
  for (const [name, filter] of [
    ['buyer text "toledo"', { ...NO_FILTER, text: 'toledo' }],
    ['sku text "lf-pr35d"', { ...NO_FILTER, text: 'lf-pr35d' }],
    ['number "YJ09-01"', { ...NO_FILTER, text: 'YJ09-01' }],
    ['status confirmed + channel fair', { ...NO_FILTER, status: 'confirmed', channel: 'fair' }],
  ] as const) {
    const matches = filterOrders(plain, filter).length;
    filters.push({ name, matches, ms: await median(5, () => filterOrders(plain, filter)) });
  }
  const since = new Date(Date.parse('2026-11-22T00:00:00Z')).toISOString();
  const [dayOrders, dayMs] = await time(() => db.orders.find({ selector: { createdAt: { $gte: since } } }).exec());
  const highestNumberMs = await median(5, () => db.orders.findOne({ selector: { number: { $gte: 'YJ09-', $lt: 'YJ09.' } }, sort: [{ number: 'desc' }] }).exec());
  await db.remove();
  status.textContent = 'done';
  return { count, insertMs, listQueryMs, toPlainMs, filters, dayQuery: { matches: dayOrders.length, ms: dayMs }, highestNumberMs };
};
status.textContent = 'ready';
