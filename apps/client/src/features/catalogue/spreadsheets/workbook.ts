import { columnHeader, columnKey, FIBRES, LISTING_COLUMNS, PRODUCT_COLUMNS, TEMPLATES, VARIANT_COLUMNS, type Cell, type LocalText, type SheetName, type SheetRow } from '@tradewind/domain';
import ExcelJS from 'exceljs';

export interface ReadSheet {
  headers: string[];
  rows: SheetRow[];
}

export const SHEET_TITLES: Record<SheetName, string> = { products: '商品 products', variants: '变体 variants', listings: '刊登 listings' };

/** An ExcelJS cell value flattened to what the domain reads (rich text, formulas, links, dates). */
export function flattenCell(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return flattenCell(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

/** Which sheet of a workbook is which: by the key in its title, else products first. */
function sheetFor(workbook: ExcelJS.Workbook, name: SheetName): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name.toLowerCase().includes(name)) ?? (name === 'products' ? workbook.worksheets[0] : undefined);
}

export function readWorksheet(sheet: ExcelJS.Worksheet, onRow?: (done: number, total: number) => void): ReadSheet {
  const headerRow = sheet.getRow(1);
  const headers: string[] = [];
  headerRow.eachCell({ includeEmpty: true }, (cell, column) => (headers[column - 1] = String(flattenCell(cell.value) ?? '').trim()));
  const keys = headers.map(columnKey);
  const rows: SheetRow[] = [];
  const total = sheet.rowCount;
  for (let number = 2; number <= total; number++) {
    const row = sheet.getRow(number);
    const cells: Record<string, Cell> = {};
    let empty = true;
    keys.forEach((key, i) => {
      if (!key) return;
      const value = flattenCell(row.getCell(i + 1).value);
      if (value !== null && value !== '') empty = false;
      cells[key] = value;
    });
    if (!empty) rows.push({ row: number, cells });
    if (onRow && number % 250 === 0) onRow(number, total);
  }
  return { headers: headers.filter(Boolean), rows };
}

export async function readWorkbook(data: ArrayBuffer, onRow?: (sheet: SheetName, done: number, total: number) => void): Promise<Partial<Record<SheetName, ReadSheet>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data);
  const out: Partial<Record<SheetName, ReadSheet>> = {};
  for (const name of ['products', 'variants', 'listings'] as const) {
    const sheet = sheetFor(workbook, name);
    if (sheet && (name === 'products' || sheet !== workbook.worksheets[0])) out[name] = readWorksheet(sheet, (done, total) => onRow?.(name, done, total));
  }
  return out;
}

const attributeLabels = new Map<string, LocalText>(TEMPLATES.flatMap((template) => template.attributes.map((attribute) => [`attr.${attribute.key}`, attribute.label] as const)));
const knownLabels = new Map([...PRODUCT_COLUMNS, ...VARIANT_COLUMNS, ...LISTING_COLUMNS].map((column) => [column.key, column.label]));

function headerFor(sheet: SheetName, key: string): string {
  const label =
    (sheet === 'products' ? PRODUCT_COLUMNS : sheet === 'variants' ? VARIANT_COLUMNS : LISTING_COLUMNS).find((column) => column.key === key)?.label ?? attributeLabels.get(key) ?? knownLabels.get(key);
  return label ? columnHeader(key, label) : key;
}

export function addSheet(workbook: ExcelJS.Workbook, sheet: SheetName, keys: string[], rows: Record<string, Cell>[]): void {
  const worksheet = workbook.addWorksheet(SHEET_TITLES[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.addRow(keys.map((key) => headerFor(sheet, key))).font = { bold: true };
  for (const row of rows) worksheet.addRow(keys.map((key) => row[key] ?? null));
  worksheet.columns.forEach((column) => (column.width = 18));
}

/** A help sheet: the fibre names and template attributes an import understands. */
export function addHelpSheet(workbook: ExcelJS.Workbook): void {
  const help = workbook.addWorksheet('说明 help');
  help.addRow(['模板 Template', '列 Column', '名称 Name', '取值 Values']).font = { bold: true };
  for (const template of TEMPLATES) {
    for (const attribute of template.attributes) {
      help.addRow([
        template.id,
        `attr.${attribute.key}`,
        `${attribute.label.zh} / ${attribute.label.en}`,
        attribute.type === 'composition' ? FIBRES.map((fibre) => fibre.value).join(', ') : (attribute.options?.map((option) => option.value).join(', ') ?? attribute.type),
      ]);
    }
  }
  help.columns.forEach((column) => (column.width = 28));
}
