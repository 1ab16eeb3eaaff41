import { describe, expect, it } from 'vitest';
import type { ProductDoc } from '../collections/products.ts';
import { planCatalogueImport } from './import-plan.ts';
import { parseComposition } from './spreadsheet-cells.ts';
import { columnHeader, columnKey, PRODUCT_COLUMNS, type SheetRow } from './spreadsheet-columns.ts';
import { productCells } from './spreadsheet-export.ts';
import { parseListingRows } from './spreadsheet-listings.ts';
import { parseProductRows } from './spreadsheet-products.ts';

const knife: ProductDoc = {
  id: 'p1',
  updatedAt: '2026-11-01T00:00:00.000Z',
  name: '背锁折叠刀',
  nameEn: 'Lock-back folding knife',
  description: '',
  category: 'knives.folding',
  hsCode: '8211930000',
  origin: 'CN',
  brand: 'LIFENG',
  sku: 'LF-FK35',
  price: { amount: 410, currency: 'USD' },
  moq: 500,
  unit: 'pc',
  variants: [],
  archived: false,
  attributes: { bladeLengthMm: 89, edge: 'plain', locking: 'lock_back', opening: 'manual', oneHandOpening: true },
};
const options = {
  includeWarnings: true,
  now: '2026-11-23T08:00:00.000Z',
  asOf: '2026-11-23',
  newId: (() => {
    let n = 0;
    return () => `new-${++n}`;
  })(),
};

/** A sheet as the reader hands it over: header keys and rows of cells. */
function sheet(rows: Record<string, unknown>[]): { headers: string[]; rows: SheetRow[] } {
  const headers = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return { headers, rows: rows.map((cells, i) => ({ row: i + 2, cells: cells as SheetRow['cells'] })) };
}

describe('catalogue spreadsheets', () => {
  it('reads keys from "label (key)" headers', () => {
    expect(columnKey(columnHeader('hsCode', PRODUCT_COLUMNS[4]!.label))).toBe('hsCode');
    expect(columnKey('attr.bladeLengthMm')).toBe('attr.bladeLengthMm');
    expect(columnKey('刃长 (attr.bladeLengthMm)')).toBe('attr.bladeLengthMm');
  });

  it('reads compositions by fibre value or label', () => {
    expect(parseComposition('cotton 80%; Polyamide (nylon) 17%, 氨纶 3%')).toEqual([
      { fibre: 'cotton', percent: 80 },
      { fibre: 'polyamide', percent: 17 },
      { fibre: 'elastane', percent: 3 },
    ]);
    expect(parseComposition('100% cotton')).toEqual([{ fibre: 'cotton', percent: 100 }]);
    expect(parseComposition('kevlar 100%')).toBe('invalid');
  });

  it('reports each bad row with its row number and column, and keeps the good ones', () => {
    const { headers, rows } = sheet([
      { sku: 'A-1', name: '甲', hsCode: '8211920000', price: 6.5, currency: 'USD' },
      { sku: 'A-2', name: '乙', hsCode: '8211-9', price: 6.5, currency: 'USD' },
      { sku: 'A-1', name: '丙', hsCode: '8211920000', price: 'abc', currency: 'USD' },
      { sku: 'A-4', name: '丁', hsCode: '8211930000', price: 1, currency: 'USD', category: 'knives.folding', 'attr.opening': 'sideways' },
    ]);
    const parsed = parseProductRows(rows, headers);
    expect(parsed.items.map((item) => item.fields.sku)).toEqual(['A-1']);
    const errors = parsed.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'hsCode', 'hs_format'],
      [4, 'sku', 'duplicate_sku'],
      [4, 'price', 'number'],
      [5, 'attr.opening', 'attribute_value'],
    ]);
  });

  it('round-trips an exported product: nothing to write on re-import', () => {
    const cells = productCells(knife);
    const { headers, rows } = sheet([cells]);
    const parsed = parseProductRows(rows, headers);
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const plan = planCatalogueImport({ products: parsed.items, variants: null, listings: [], problems: parsed.problems }, { products: [knife], listings: [] }, options);
    expect(plan).toMatchObject({ creates: [], updates: [], unchanged: 1 });
  });

  it('plans creates and updates by SKU, leaving rows with warnings out when asked', () => {
    const { headers, rows } = sheet([
      { sku: 'LF-FK35', name: '背锁折叠刀', hsCode: '8211930000', price: 4.5, currency: 'USD' },
      { sku: 'NEW-1', name: '新刀', hsCode: '8211920000', price: 3, currency: 'USD', category: 'knives.kitchen' },
    ]);
    const parsed = parseProductRows(rows, headers);
    expect(parsed.problems.map((p) => [p.row, p.severity, p.code])).toEqual([
      [3, 'warning', 'attribute_required'],
      [3, 'warning', 'attribute_required'],
    ]);
    const catalogue = { products: parsed.items, variants: null, listings: [], problems: parsed.problems };
    const all = planCatalogueImport(catalogue, { products: [knife], listings: [] }, options);
    expect(all.updates.map((p) => [p.id, p.price.amount, p.attributes?.locking])).toEqual([['p1', 450, 'lock_back']]);
    expect(all.creates.map((p) => p.sku)).toEqual(['NEW-1']);
    expect(planCatalogueImport(catalogue, { products: [knife], listings: [] }, { ...options, includeWarnings: false }).creates).toEqual([]);
  });

  it('refuses to import a listing as published while the rules block it', () => {
    const { rows } = sheet([{ sku: 'LF-FK35', channel: 'amazon', market: 'GB', title: 'LIFENG lock-back folding knife', price: 19.99, currency: 'GBP', status: 'published' }]);
    const parsed = parseListingRows(rows);
    expect(parsed.problems).toEqual([]);
    const plan = planCatalogueImport({ products: [], variants: null, listings: parsed.items, problems: [] }, { products: [knife], listings: [] }, options);
    expect(plan.listingCreates).toEqual([]);
    expect(plan.problems).toEqual([{ sheet: 'listings', row: 2, column: 'status', severity: 'error', code: 'listing_blocked', params: { rules: expect.stringContaining('UK-KN-04') } }]);
  });
});

describe('typed codes in an import', () => {
  it('reads RMB as CNY, a dotted 10-digit HS code as its digits, and answers a 6-digit code with the codes under it', () => {
    const { headers, rows } = sheet([
      { sku: 'A-1', name: '甲', hsCode: '8211.92.00.00', price: 6.5, currency: 'RMB' },
      { sku: 'A-2', name: '乙', hsCode: '8211.91', price: 6.5, currency: 'CNY' },
    ]);
    const parsed = parseProductRows(rows, headers);
    expect(parsed.items.map((item) => [item.fields.sku, item.fields.hsCode, item.fields.price])).toEqual([['A-1', '8211920000', { amount: 650, currency: 'CNY' }]]);
    expect(parsed.problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([[3, 'hsCode', 'hs_heading', { value: '821191', codes: '8211910000' }]]);
  });
});
