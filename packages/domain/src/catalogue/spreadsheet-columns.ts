import type { Cell } from './spreadsheet-cells.ts';

/**
 * The catalogue as spreadsheets (Excel or CSV): one row per product, per variant, per listing.
 * Headers read "label (key)"; only the key counts on import, so a merchant may translate or
 * reorder the headers. Template attributes are `attr.<key>` columns, variant options `option.<axis>`.
 */
export type SheetName = 'products' | 'variants' | 'listings';

export interface SheetRow {
  /** 1-based row number in the sheet, as the merchant sees it. */
  row: number;
  cells: Record<string, Cell>;
}

export interface ImportProblem {
  sheet: SheetName;
  row: number;
  column?: string;
  severity: 'error' | 'warning';
  /** Translation key suffix (catalogue.import.problem.<code>). */
  code: string;
  params?: Record<string, string | number>;
}

interface Column {
  key: string;
  label: { zh: string; en: string };
  required?: boolean;
}

/** Every sheet may carry a price and its currency; products and listings must, a variant without one sells at its product's. */
const priceColumns = (required: boolean): Column[] => [
  { key: 'price', label: { zh: '价格', en: 'Price' }, required },
  { key: 'currency', label: { zh: '币种', en: 'Currency' }, required },
];

const DESCRIPTION: Column = { key: 'description', label: { zh: '描述', en: 'Description' } };

export const PRODUCT_COLUMNS: readonly Column[] = [
  { key: 'sku', label: { zh: 'SKU', en: 'SKU' }, required: true },
  { key: 'name', label: { zh: '名称', en: 'Name (Chinese)' }, required: true },
  { key: 'nameEn', label: { zh: '英文名称', en: 'Name (English)' } },
  { key: 'category', label: { zh: '类目模板', en: 'Category template' } },
  { key: 'hsCode', label: { zh: 'HS 编码', en: 'HS code' }, required: true },
  { key: 'origin', label: { zh: '原产国', en: 'Origin' } },
  { key: 'brand', label: { zh: '品牌', en: 'Brand' } },
  ...priceColumns(true),
  { key: 'moq', label: { zh: '起订量', en: 'MOQ' } },
  { key: 'unit', label: { zh: '单位', en: 'Unit' } },
  { key: 'cost', label: { zh: '成本价', en: 'Cost' } },
  { key: 'netWeightG', label: { zh: '净重（克）', en: 'Net weight (g)' } },
  { key: 'grossWeightG', label: { zh: '毛重（克）', en: 'Gross weight (g)' } },
  { key: 'lengthMm', label: { zh: '长（毫米）', en: 'Length (mm)' } },
  { key: 'widthMm', label: { zh: '宽（毫米）', en: 'Width (mm)' } },
  { key: 'heightMm', label: { zh: '高（毫米）', en: 'Height (mm)' } },
  DESCRIPTION,
];

export const VARIANT_COLUMNS: readonly Column[] = [
  { key: 'productSku', label: { zh: '商品 SKU', en: 'Product SKU' }, required: true },
  { key: 'sku', label: { zh: '变体 SKU', en: 'Variant SKU' }, required: true },
  { key: 'barcode', label: { zh: '条码', en: 'Barcode' } },
  ...priceColumns(false),
];

export const LISTING_COLUMNS: readonly Column[] = [
  { key: 'sku', label: { zh: '商品 SKU', en: 'Product SKU' }, required: true },
  { key: 'channel', label: { zh: '渠道', en: 'Channel' }, required: true },
  { key: 'market', label: { zh: '市场', en: 'Market' }, required: true },
  { key: 'language', label: { zh: '语言', en: 'Language' } },
  { key: 'title', label: { zh: '标题', en: 'Title' }, required: true },
  ...[1, 2, 3, 4, 5].map((n) => ({ key: `bullet${n}`, label: { zh: `卖点 ${n}`, en: `Bullet ${n}` } })),
  DESCRIPTION,
  ...priceColumns(true),
  { key: 'status', label: { zh: '状态', en: 'Status' } },
];

/** "名称 (name)" → "name"; a header without a key in brackets is the key itself. */
export function columnKey(header: string): string {
  const match = /\(([A-Za-z][\w.]*)\)\s*$/.exec(header.trim());
  return match ? match[1]! : header.trim();
}

export function columnHeader(key: string, label: { zh: string; en: string }): string {
  return `${label.zh} / ${label.en} (${key})`;
}

/** Headers that must be there before any row can be read. */
export function missingColumns(sheet: SheetName, headers: readonly string[]): string[] {
  const columns = sheet === 'products' ? PRODUCT_COLUMNS : sheet === 'variants' ? VARIANT_COLUMNS : LISTING_COLUMNS;
  const keys = new Set(headers.map(columnKey));
  return columns.filter((column) => column.required && !keys.has(column.key)).map((column) => column.key);
}
