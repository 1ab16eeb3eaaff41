import type { StockLine } from '@tradewind/domain';

export interface StockFilter {
  text: string;
  market: string | 'all';
  warningsOnly: boolean;
}

export const NO_STOCK_FILTER: StockFilter = { text: '', market: 'all', warningsOnly: false };

/** Rows matching the text (SKU or warehouse), market and warning filters, most urgent cover first. */
export function filterStockLines(lines: readonly StockLine[], { text, market, warningsOnly }: StockFilter): StockLine[] {
  const needle = text.trim().toLowerCase();
  return lines
    .filter((line) => (market === 'all' || line.market === market) && (!warningsOnly || line.warning !== null))
    .filter((line) => !needle || line.sku.toLowerCase().includes(needle) || line.warehouse.toLowerCase().includes(needle))
    .sort((a, b) => (a.coverDays ?? Infinity) - (b.coverDays ?? Infinity) || a.sku.localeCompare(b.sku) || a.warehouse.localeCompare(b.warehouse));
}
