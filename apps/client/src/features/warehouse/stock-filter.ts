import type { StockLine } from '@tradewind/domain';

export interface StockFilter {
  text: string;
  market: string | 'all';
  warningsOnly: boolean;
}

export const NO_STOCK_FILTER: StockFilter = { text: '', market: 'all', warningsOnly: false };

/** The lines in screen order (most urgent cover first) with what the text filter reads, made once per change of the data. */
export interface StockIndex {
  lines: readonly StockLine[];
  /** Lower-case `sku warehouse` per line. */
  text: readonly string[];
}

/**
 * Sorting and lower-casing once, not at every key stroke, keeps a filter change over 50,000 lines
 * to one pass (bench:stock).
 */
export function indexStockLines(lines: readonly StockLine[]): StockIndex {
  const sorted = [...lines].sort((a, b) => (a.coverDays ?? Infinity) - (b.coverDays ?? Infinity) || a.sku.localeCompare(b.sku) || a.warehouse.localeCompare(b.warehouse));
  return { lines: sorted, text: sorted.map((line) => `${line.sku} ${line.warehouse}`.toLowerCase()) };
}

/** Rows matching the text (SKU or warehouse), market and warning filters, in the index's order. */
export function filterStockLines(index: StockIndex, { text, market, warningsOnly }: StockFilter): StockLine[] {
  const needle = text.trim().toLowerCase();
  const rows: StockLine[] = [];
  index.lines.forEach((line, i) => {
    if ((market === 'all' || line.market === market) && (!warningsOnly || line.warning !== null) && (!needle || index.text[i]!.includes(needle))) rows.push(line);
  });
  return rows;
}
