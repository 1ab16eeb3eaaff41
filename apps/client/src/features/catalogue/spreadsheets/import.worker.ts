/// <reference lib="webworker" />
import { columnKey, missingColumns, parseDelimited, parseListingRows, parseProductRows, parseVariantRows, type SheetRow } from '@tradewind/domain';
import type { WorkerMessage, WorkerRequest } from './import-worker-protocol.ts';
import { readWorkbook, type ReadSheet } from './workbook.ts';

/** Reads and checks a catalogue spreadsheet off the main thread, reporting progress as it goes. */
const post = (message: WorkerMessage) => self.postMessage(message);

function readCsv(text: string): ReadSheet {
  const records = parseDelimited(text);
  const headers = records.length > 0 ? Object.keys(records[0]!) : (text.split(/\r?\n/)[0] ?? '').split(',');
  const rows: SheetRow[] = records.map((record, i) => ({ row: i + 2, cells: Object.fromEntries(Object.entries(record).map(([header, value]) => [columnKey(header), value])) }));
  return { headers, rows };
}

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  try {
    post({ type: 'progress', phase: 'reading', done: 0, total: data.file.size });
    const isCsv = /\.(csv|txt)$/i.test(data.file.name) || data.file.type === 'text/csv';
    const sheets = isCsv
      ? { products: readCsv(await data.file.text()) }
      : await readWorkbook(await data.file.arrayBuffer(), (_, done, total) => post({ type: 'progress', phase: 'rows', done, total }));
    const products = sheets.products ?? { headers: [], rows: [] };
    const missing = missingColumns('products', products.headers);
    if (missing.length > 0) return post({ type: 'failed', code: 'missing_columns', detail: missing.join(', ') });
    const rowCount = products.rows.length + (sheets.variants?.rows.length ?? 0) + (sheets.listings?.rows.length ?? 0);
    post({ type: 'progress', phase: 'checking', done: 0, total: rowCount });
    const parsedProducts = parseProductRows(products.rows, products.headers);
    const parsedVariants = sheets.variants ? parseVariantRows(sheets.variants.rows, sheets.variants.headers) : null;
    const parsedListings = sheets.listings ? parseListingRows(sheets.listings.rows) : { items: [], problems: [] };
    post({ type: 'progress', phase: 'checking', done: rowCount, total: rowCount });
    post({
      type: 'parsed',
      products: parsedProducts.items,
      variants: parsedVariants?.items ?? null,
      listings: parsedListings.items,
      problems: [...parsedProducts.problems, ...(parsedVariants?.problems ?? []), ...parsedListings.problems],
      rowCount,
    });
  } catch (error) {
    post({ type: 'failed', code: 'unreadable', detail: (error as Error).message });
  }
};
