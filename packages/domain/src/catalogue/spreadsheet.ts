import type { ProductDoc, ProductVariant } from '../collections/products.ts';
import type { ListingDoc } from '../collections/listings.ts';
import { sameJson } from '../json.ts';
import { readCurrencyCode } from '../currency-input.ts';
import { CURRENCIES, toMajorUnits, toMinorUnits } from '../money.ts';
import { validateAttributes, type Attributes, type AttributeProblem } from './attributes.ts';
import { barcodeProblem } from './barcodes.ts';
import { hsCodeProblem } from './hs-codes.ts';
import { hsCodeDigits, hsCodesUnder } from './hs-subheadings.ts';
import { LISTING_CHANNELS, type ListingChannel } from './channels.ts';
import { MARKETS, type Market } from './markets.ts';
import { CONTENT_LANGUAGES, type ContentLanguage } from './translations.ts';
import { cellNumber, cellText, formatAttributeCell, parseAttributeCell, type Cell } from './spreadsheet-cells.ts';
import { hsMatchesTemplate, templateById, TEMPLATES } from './templates.ts';
import { LISTING_STATUSES, type ListingStatus } from '../collections/listings.ts';

export * from './spreadsheet-cells.ts';

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

export const PRODUCT_COLUMNS: readonly Column[] = [
  { key: 'sku', label: { zh: 'SKU', en: 'SKU' }, required: true },
  { key: 'name', label: { zh: '名称', en: 'Name (Chinese)' }, required: true },
  { key: 'nameEn', label: { zh: '英文名称', en: 'Name (English)' } },
  { key: 'category', label: { zh: '类目模板', en: 'Category template' } },
  { key: 'hsCode', label: { zh: 'HS 编码', en: 'HS code' }, required: true },
  { key: 'origin', label: { zh: '原产国', en: 'Origin' } },
  { key: 'brand', label: { zh: '品牌', en: 'Brand' } },
  { key: 'price', label: { zh: '价格', en: 'Price' }, required: true },
  { key: 'currency', label: { zh: '币种', en: 'Currency' }, required: true },
  { key: 'moq', label: { zh: '起订量', en: 'MOQ' } },
  { key: 'unit', label: { zh: '单位', en: 'Unit' } },
  { key: 'cost', label: { zh: '成本价', en: 'Cost' } },
  { key: 'netWeightG', label: { zh: '净重（克）', en: 'Net weight (g)' } },
  { key: 'grossWeightG', label: { zh: '毛重（克）', en: 'Gross weight (g)' } },
  { key: 'lengthMm', label: { zh: '长（毫米）', en: 'Length (mm)' } },
  { key: 'widthMm', label: { zh: '宽（毫米）', en: 'Width (mm)' } },
  { key: 'heightMm', label: { zh: '高（毫米）', en: 'Height (mm)' } },
  { key: 'description', label: { zh: '描述', en: 'Description' } },
];

export const VARIANT_COLUMNS: readonly Column[] = [
  { key: 'productSku', label: { zh: '商品 SKU', en: 'Product SKU' }, required: true },
  { key: 'sku', label: { zh: '变体 SKU', en: 'Variant SKU' }, required: true },
  { key: 'barcode', label: { zh: '条码', en: 'Barcode' } },
  { key: 'price', label: { zh: '价格', en: 'Price' } },
  { key: 'currency', label: { zh: '币种', en: 'Currency' } },
];

export const LISTING_COLUMNS: readonly Column[] = [
  { key: 'sku', label: { zh: '商品 SKU', en: 'Product SKU' }, required: true },
  { key: 'channel', label: { zh: '渠道', en: 'Channel' }, required: true },
  { key: 'market', label: { zh: '市场', en: 'Market' }, required: true },
  { key: 'language', label: { zh: '语言', en: 'Language' } },
  { key: 'title', label: { zh: '标题', en: 'Title' }, required: true },
  ...[1, 2, 3, 4, 5].map((n) => ({ key: `bullet${n}`, label: { zh: `卖点 ${n}`, en: `Bullet ${n}` } })),
  { key: 'description', label: { zh: '描述', en: 'Description' } },
  { key: 'price', label: { zh: '价格', en: 'Price' }, required: true },
  { key: 'currency', label: { zh: '币种', en: 'Currency' }, required: true },
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

/** The product fields a products row can set. */
export type ImportedProductFields = Pick<ProductDoc, 'sku' | 'name' | 'nameEn' | 'category' | 'hsCode' | 'origin' | 'brand' | 'price' | 'moq' | 'unit' | 'description'> &
  Pick<ProductDoc, 'cost' | 'netWeightG' | 'grossWeightG' | 'dimensionsMm'> & { attributes: Attributes };

export interface ParsedProductRow {
  row: number;
  fields: ImportedProductFields;
  /** Columns the sheet had: an absent column leaves the stored value alone. */
  present: Set<string>;
}

class RowReader {
  readonly problems: ImportProblem[] = [];
  constructor(
    private readonly sheet: SheetName,
    private readonly row: SheetRow,
  ) {}

  problem(code: string, column?: string, params?: Record<string, string | number>, severity: ImportProblem['severity'] = 'error'): void {
    this.problems.push({ sheet: this.sheet, row: this.row.row, severity, code, ...(column ? { column } : {}), ...(params ? { params } : {}) });
  }

  text(key: string, maxLength: number, required = false): string {
    const value = cellText(this.row.cells[key]);
    if (required && value === '') this.problem('required', key);
    if (value.length > maxLength) this.problem('too_long', key, { max: maxLength });
    return value;
  }

  number(key: string, { integer = false, min = 0, required = false } = {}): number | undefined {
    const value = cellNumber(this.row.cells[key]);
    if (value === null) {
      if (required) this.problem('required', key);
      return undefined;
    }
    if (value === 'invalid' || value < min) this.problem('number', key, { min });
    else if (integer && !Number.isInteger(value)) this.problem('integer', key);
    else return value;
    return undefined;
  }

  money(priceKey: string, currencyKey: string, required: boolean): ProductDoc['price'] | undefined {
    const typed = this.text(currencyKey, 10);
    const currency = readCurrencyCode(typed) ?? '';
    const major = this.number(priceKey, { required });
    if (major === undefined) return undefined;
    if (!(CURRENCIES as readonly string[]).includes(currency)) {
      this.problem('currency', currencyKey, { value: typed });
      return undefined;
    }
    const amount = toMinorUnits(major, currency);
    if (Math.abs(toMajorUnits(amount, currency) - major) > 1e-9) this.problem('price_precision', priceKey);
    return { amount, currency };
  }
}

function attributeProblemCode(problem: AttributeProblem): string {
  return `attribute_${problem.code}`;
}

export function parseProductRows(rows: readonly SheetRow[], headers: readonly string[]): { items: ParsedProductRow[]; problems: ImportProblem[] } {
  const present = new Set(headers.map(columnKey));
  const items: ParsedProductRow[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const read = new RowReader('products', row);
    const sku = read.text('sku', 64, true);
    if (sku && seen.has(sku)) read.problem('duplicate_sku', 'sku', { row: seen.get(sku)! });
    const hsCode = hsCodeDigits(read.text('hsCode', 16, true));
    const hsProblem = hsCode ? hsCodeProblem(hsCode) : null;
    const codesUnder = hsCodesUnder(hsCode).map((entry) => entry.code);
    if (hsProblem && codesUnder.length > 0) read.problem('hs_heading', 'hsCode', { value: hsCode, codes: codesUnder.join(', ') });
    else if (hsProblem) read.problem(`hs_${hsProblem}`, 'hsCode', { value: hsCode });
    const category = read.text('category', 60);
    const template = templateById(category);
    if (category && !template) read.problem('unknown_category', 'category', { value: category });
    const origin = read.text('origin', 2).toUpperCase() || 'CN';
    if (!/^[A-Z]{2}$/.test(origin)) read.problem('origin', 'origin', { value: origin });
    const price = read.money('price', 'currency', true);
    const costMajor = present.has('cost') ? read.money('cost', 'currency', false) : undefined;
    const attributes: Attributes = {};
    for (const key of present) {
      if (!key.startsWith('attr.')) continue;
      const attribute = key.slice(5);
      const definition = template?.attributes.find((candidate) => candidate.key === attribute);
      const cell = row.cells[key];
      if (!definition) {
        if (cellText(cell) !== '') read.problem('attribute_unknown', key, { template: category || '-' });
        continue;
      }
      const value = parseAttributeCell(definition, cell);
      if (value === 'invalid') read.problem('attribute_value', key, { value: cellText(cell) });
      else if (value !== undefined) attributes[attribute] = value;
    }
    if (template) {
      for (const problem of validateAttributes(template, attributes, { complete: true })) {
        const severity = problem.code === 'required' ? 'warning' : 'error';
        read.problem(attributeProblemCode(problem), `attr.${problem.key}`, problem.params, severity);
      }
      if (hsCode && !hsProblem && !hsMatchesTemplate(template, hsCode)) read.problem('hs_template', 'hsCode', { value: hsCode, template: template.id }, 'warning');
    }
    const length = read.number('lengthMm', { integer: true });
    const width = read.number('widthMm', { integer: true });
    const height = read.number('heightMm', { integer: true });
    const fields: ImportedProductFields = {
      sku,
      name: read.text('name', 200, true),
      nameEn: read.text('nameEn', 200),
      category,
      hsCode,
      origin,
      brand: read.text('brand', 100),
      price: price ?? { amount: 0, currency: 'USD' },
      moq: read.number('moq', { integer: true, min: 1 }) ?? 1,
      unit: read.text('unit', 20),
      description: read.text('description', 5000),
      cost: costMajor,
      netWeightG: read.number('netWeightG', { integer: true }),
      grossWeightG: read.number('grossWeightG', { integer: true }),
      dimensionsMm: length !== undefined && width !== undefined && height !== undefined ? { length, width, height } : undefined,
      attributes,
    };
    if (sku && !seen.has(sku)) seen.set(sku, row.row);
    problems.push(...read.problems);
    if (!read.problems.some((problem) => problem.severity === 'error')) items.push({ row: row.row, fields, present });
  }
  return { items, problems };
}

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

export interface ParsedListingRow {
  row: number;
  sku: string;
  channel: ListingChannel;
  market: Market;
  language: ContentLanguage;
  title: string;
  bullets: string[];
  description: string;
  price: ProductDoc['price'];
  status: ListingStatus;
}

export function parseListingRows(rows: readonly SheetRow[]): { items: ParsedListingRow[]; problems: ImportProblem[] } {
  const items: ParsedListingRow[] = [];
  const problems: ImportProblem[] = [];
  for (const row of rows) {
    const read = new RowReader('listings', row);
    const sku = read.text('sku', 64, true);
    const channel = read.text('channel', 20, true).toLowerCase() as ListingChannel;
    if (channel && !LISTING_CHANNELS.includes(channel)) read.problem('channel', 'channel', { value: channel });
    const market = read.text('market', 2, true).toUpperCase() as Market;
    if (market && !Object.hasOwn(MARKETS, market)) read.problem('market', 'market', { value: market });
    const language = (read.text('language', 5).toLowerCase() || MARKETS[market] || 'en') as ContentLanguage;
    if (!CONTENT_LANGUAGES.includes(language)) read.problem('language', 'language', { value: language });
    const status = (read.text('status', 20).toLowerCase() || 'draft') as ListingStatus;
    if (!LISTING_STATUSES.includes(status)) read.problem('status', 'status', { value: status });
    const item: ParsedListingRow = {
      row: row.row,
      sku,
      channel,
      market,
      language,
      title: read.text('title', 500, true),
      bullets: [1, 2, 3, 4, 5].map((n) => read.text(`bullet${n}`, 1000)).filter(Boolean),
      description: read.text('description', 10000),
      price: read.money('price', 'currency', true) ?? { amount: 0, currency: 'USD' },
      status,
    };
    problems.push(...read.problems);
    if (read.problems.length === 0) items.push(item);
  }
  return { items, problems };
}

/** The attribute keys of every template, so an export has one column per attribute in use. */
export function attributeColumns(products: readonly Pick<ProductDoc, 'attributes'>[]): string[] {
  const used = new Set(products.flatMap((product) => Object.keys(product.attributes ?? {})));
  const ordered = TEMPLATES.flatMap((template) => template.attributes.map((attribute) => attribute.key));
  return [...new Set(ordered)].filter((key) => used.has(key)).map((key) => `attr.${key}`);
}

const major = (money: ProductDoc['price'] | undefined) => (money ? toMajorUnits(money.amount, money.currency) : null);

export function productCells(product: ProductDoc): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    sku: product.sku,
    name: product.name,
    nameEn: product.nameEn ?? '',
    category: product.category ?? '',
    hsCode: product.hsCode,
    origin: product.origin ?? '',
    brand: product.brand ?? '',
    price: major(product.price),
    currency: product.price.currency,
    moq: product.moq ?? null,
    unit: product.unit ?? '',
    cost: product.cost && product.cost.currency === product.price.currency ? major(product.cost) : null,
    netWeightG: product.netWeightG ?? null,
    grossWeightG: product.grossWeightG ?? null,
    lengthMm: product.dimensionsMm?.length ?? null,
    widthMm: product.dimensionsMm?.width ?? null,
    heightMm: product.dimensionsMm?.height ?? null,
    description: product.description ?? '',
  };
  for (const [key, value] of Object.entries(product.attributes ?? {})) cells[`attr.${key}`] = formatAttributeCell(value);
  return cells;
}

export function variantCells(product: ProductDoc, variant: ProductVariant): Record<string, Cell> {
  const cells: Record<string, Cell> = { productSku: product.sku, sku: variant.sku, barcode: variant.barcode ?? '', price: major(variant.price), currency: variant.price?.currency ?? '' };
  for (const [axis, value] of Object.entries(variant.options)) cells[`option.${axis}`] = value;
  return cells;
}

export function listingCells(listing: ListingDoc): Record<string, Cell> {
  const cells: Record<string, Cell> = {
    sku: listing.sku,
    channel: listing.channel,
    market: listing.market,
    language: listing.language,
    title: listing.title,
    description: listing.description,
    price: major(listing.price),
    currency: listing.price.currency,
    status: listing.status,
  };
  listing.bullets.forEach((bullet, i) => (cells[`bullet${i + 1}`] = bullet));
  return cells;
}

/** A products row applied to a stored product (or a new one): only the columns the sheet had. */
export function applyProductRow(base: ProductDoc, item: ParsedProductRow): ProductDoc {
  const next: ProductDoc = { ...base };
  const { fields, present } = item;
  const simple = ['sku', 'name', 'nameEn', 'category', 'hsCode', 'origin', 'brand', 'moq', 'unit', 'description', 'netWeightG', 'grossWeightG'] as const;
  for (const key of simple) if (present.has(key)) (next as unknown as Record<string, unknown>)[key] = fields[key];
  if (present.has('price')) next.price = fields.price;
  if (present.has('cost')) next.cost = fields.cost;
  if (present.has('lengthMm') || present.has('widthMm') || present.has('heightMm')) next.dimensionsMm = fields.dimensionsMm;
  const attributes = { ...base.attributes };
  for (const key of present) {
    if (!key.startsWith('attr.')) continue;
    const attribute = key.slice(5);
    if (fields.attributes[attribute] === undefined) delete attributes[attribute];
    else attributes[attribute] = fields.attributes[attribute]!;
  }
  next.attributes = Object.keys(attributes).length > 0 ? attributes : undefined;
  for (const key of Object.keys(next) as (keyof ProductDoc)[]) if (next[key] === undefined) delete next[key];
  return next;
}

/** Equal apart from when it was written: an import that changes nothing writes nothing. */
export function sameProductContent(a: ProductDoc, b: ProductDoc): boolean {
  return sameJson({ ...a, updatedAt: '' }, { ...b, updatedAt: '' });
}
