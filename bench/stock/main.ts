/**
 * The stock screen's work in Chromium: the platform's stock documents (pulled over HTTP) become
 * the screen's lines (`stockOverview` + `indexStockLines`, once per change of the data), then each filter change runs
 * what the screen runs on it (`filterStockLines` + `totalsByMarket`). `window.runStockFilterBench()`
 * returns the timings in milliseconds.
 */
import { stockOverview, totalsByMarket, type StockDoc } from '@tradewind/domain';
import { filterStockLines, indexStockLines, NO_STOCK_FILTER, type StockFilter } from '../../apps/client/src/features/warehouse/stock-filter.ts';
import { pullOverHttp } from '../client-bench.ts';

export interface StockFilterBenchResult {
  docs: number;
  overviewMs: number;
  filters: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

declare global {
  interface Window {
    runStockFilterBench(): Promise<StockFilterBenchResult>;
  }
}

const params = new URLSearchParams(location.search);
const status = document.getElementById('status')!;

/** What a seller does on the screen: types a SKU letter by letter, clears it, picks a market, ticks "warnings only". */
function filterSteps(markets: string[]): StockFilter[] {
  const typed = 'bench-sku-0042'.split('').map((_, i, all) => ({ ...NO_STOCK_FILTER, text: all.slice(0, i + 1).join('') }));
  const byMarket = markets.map((market) => ({ ...NO_STOCK_FILTER, market }));
  return [...typed, NO_STOCK_FILTER, ...byMarket, { ...NO_STOCK_FILTER, warningsOnly: true }, { ...NO_STOCK_FILTER, text: 'east' }, NO_STOCK_FILTER];
}

window.runStockFilterBench = async () => {
  status.textContent = 'running…';
  const { docs } = await pullOverHttp({ baseUrl: params.get('platform')!, token: params.get('token')!, batchSize: 1000, expected: 0, collection: 'stock' });
  const snapshots = docs.filter((doc) => !doc._deleted) as unknown as StockDoc[];
  let started = performance.now();
  const lines = indexStockLines(stockOverview(snapshots, [], [], new Date().toISOString()));
  const overviewMs = performance.now() - started;
  const markets = [...new Set(lines.lines.map((line) => line.market))].sort();
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const filter of filterSteps(markets)) {
      started = performance.now();
      totalsByMarket(filterStockLines(lines, filter));
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  status.textContent = 'done';
  return { docs: snapshots.length, overviewMs, filters: times.length, p50Ms: at(0.5), p95Ms: at(0.95), maxMs: times.at(-1)! };
};
status.textContent = 'ready';
