import type { ProductVariant } from '../collections/products.ts';
import { barcodeProblem } from './barcodes.ts';
import { cellText } from './spreadsheet-cells.ts';
import { columnKey, type ImportProblem, type SheetRow } from './spreadsheet-columns.ts';
import { RowReader } from './spreadsheet-row-reader.ts';

export interface ParsedVariantRow {
  row: number;
  productSku: string;
  variant: ProductVariant;
}

export function parseVariantRows(rows: readonly SheetRow[], headers: readonly string[]): { items: ParsedVariantRow[]; problems: ImportProblem[] } {
  const optionKeys = headers.map(columnKey).filter((key) => key.startsWith('option.'));
  const items: ParsedVariantRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = new RowReader('variants', row);
    const productSku = read.text('productSku', 64, true);
    const sku = read.text('sku', 64, true);
    const barcode = read.text('barcode', 14);
    const barcodeIssue = barcode ? barcodeProblem(barcode) : null;
    if (barcodeIssue) read.problem(`barcode_${barcodeIssue}`, 'barcode', { value: barcode });
    const price = cellText(row.cells.price) ? read.money('price', 'currency', false) : undefined;
    const options: Record<string, string> = {};
    for (const key of optionKeys) {
      const value = read.text(key, 100);
      if (value) options[key.slice(7)] = value;
    }
    problems.push(...read.problems);
    if (read.problems.length === 0) items.push({ row: row.row, productSku, variant: { sku, options, ...(barcode ? { barcode } : {}), ...(price ? { price } : {}) } });
  }
  return { items, problems };
}
