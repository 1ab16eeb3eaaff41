/**
 * In Chromium: 50,000 products into RxDB on Dexie (IndexedDB) as the merchant app stores them,
 * loaded back and indexed with the app's own search (createCatalogueSearch), then each query
 * timed many times. `window.runSearchBench()` is called by bench/catalogue-search.ts.
 */
import { createCatalogueSearch, productsSchema, type ProductDoc } from '@tradewind/domain';
import { addRxPlugin, createRxDatabase, type RxCollection, type RxJsonSchema } from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { syntheticProducts } from './synthetic-products.ts';

addRxPlugin(RxDBAttachmentsPlugin);

export interface QueryTiming {
  label: string;
  query: string;
  hits: number;
  p50: number;
  p95: number;
  max: number;
}

export interface SearchBenchResult {
  products: number;
  insertMs: number;
  loadMs: number;
  indexMs: number;
  queries: QueryTiming[];
}

declare global {
  interface Window {
    runSearchBench(count: number, repeats: number): Promise<SearchBenchResult>;
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const status = document.getElementById('status')!;

window.runSearchBench = async (count, repeats) => {
  status.textContent = 'inserting';
  const db = await createRxDatabase<{ products: RxCollection<ProductDoc> }>({ name: `bench-search-${Date.now()}`, storage: getRxStorageDexie() });
  await db.addCollections({ products: { schema: productsSchema as unknown as RxJsonSchema<ProductDoc> } });
  const products = syntheticProducts(count);
  let started = performance.now();
  for (let i = 0; i < products.length; i += 5000) await db.products.bulkInsert(products.slice(i, i + 5000));
  const insertMs = performance.now() - started;

  status.textContent = 'loading';
  started = performance.now();
  const loaded = (await db.products.find({ selector: { archived: false }, sort: [{ name: 'asc' }] }).exec()).map((doc) => doc.toJSON() as ProductDoc);
  const loadMs = performance.now() - started;
  started = performance.now();
  const index = createCatalogueSearch(loaded);
  const indexMs = performance.now() - started;

  const middle = products[Math.floor(count / 2) + 1]!;
  const cases: [string, string][] = [
    ['name (zh)', '折叠刀 2'],
    ['name (en)', "chef's knife 4"],
    ['name (de translation)', 'kochmesser 12'],
    ['SKU prefix', 'LF-123'],
    ['variant SKU', `${middle.sku}-B`],
    ['barcode (EAN-13)', middle.variants[1]!.barcode!],
    ['HS code', '8211.93'],
    ['no match', 'zz-nothing-here'],
  ];
  status.textContent = 'searching';
  const queries: QueryTiming[] = [];
  for (const [label, query] of cases) {
    const times: number[] = [];
    let hits = 0;
    for (let r = 0; r < repeats; r++) {
      const t0 = performance.now();
      hits = index.search(query).length;
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    queries.push({ label, query, hits, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! });
  }
  await db.remove();
  status.textContent = 'done';
  return { products: loaded.length, insertMs, loadMs, indexMs, queries };
};
status.textContent = 'ready';
