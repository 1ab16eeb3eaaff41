import type { ProductDoc } from '../collections/products.ts';
import { sameJson } from '../json.ts';
import { validateAttributes, type Attributes, type AttributeProblem } from './attributes.ts';
import { hsCodeProblem } from './hs-codes.ts';
import { hsCodeDigits, hsCodesUnder } from './hs-subheadings.ts';
import { cellText, parseAttributeCell } from './spreadsheet-cells.ts';
import { columnKey, type ImportProblem, type SheetRow } from './spreadsheet-columns.ts';
import { RowReader } from './spreadsheet-row-reader.ts';
import { hsMatchesTemplate, templateById } from './templates.ts';

/** The product fields a products row can set. */
export type ImportedProductFields = Pick<ProductDoc, 'sku' | 'name' | 'nameEn' | 'category' | 'hsCode' | 'origin' | 'brand' | 'price' | 'moq' | 'unit' | 'description'> &
  Pick<ProductDoc, 'cost' | 'netWeightG' | 'grossWeightG' | 'dimensionsMm'> & { attributes: Attributes };

export interface ParsedProductRow {
  row: number;
  fields: ImportedProductFields;
  /** Columns the sheet had: an absent column leaves the stored value alone. */
  present: Set<string>;
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
