import { attributeColumns, LISTING_COLUMNS, listingCells, PRODUCT_COLUMNS, productCells, VARIANT_COLUMNS, variantCells, type ListingDoc, type ProductDoc } from '@tradewind/domain';
import ExcelJS from 'exceljs';
import type { MerchantDatabase } from '../../../db/database.ts';
import { addHelpSheet, addSheet } from './workbook.ts';

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The products sheet as CSV (UTF-8 with BOM so Excel opens Chinese correctly); imports back like the .xlsx. */
export async function exportProductsCsv(db: MerchantDatabase): Promise<void> {
  const products = (await db.products.find({ selector: { archived: false }, sort: [{ sku: 'asc' }] }).exec()).map((doc) => doc.toJSON() as ProductDoc);
  const keys = [...PRODUCT_COLUMNS.map((column) => column.key), ...attributeColumns(products)];
  const lines = [keys.join(','), ...products.map(productCells).map((cells) => keys.map((key) => csvField(cells[key])).join(','))];
  download(new Blob(['\uFEFF' + lines.join('\r\n')], { type: 'text/csv;charset=utf-8' }), `tradewind-products-${new Date().toISOString().slice(0, 10)}.csv`);
}

/** The whole catalogue as one .xlsx (products, variants, listings, help) that imports back unchanged. */
export async function exportCatalogue(db: MerchantDatabase): Promise<void> {
  const products = (await db.products.find({ selector: { archived: false }, sort: [{ sku: 'asc' }] }).exec()).map((doc) => doc.toJSON() as ProductDoc);
  const listings = (await db.listings.find().exec()).map((doc) => doc.toJSON() as ListingDoc);
  const optionAxes = [...new Set(products.flatMap((product) => product.variants.flatMap((variant) => Object.keys(variant.options))))].map((axis) => `option.${axis}`);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tradewind';
  addSheet(workbook, 'products', [...PRODUCT_COLUMNS.map((column) => column.key), ...attributeColumns(products)], products.map(productCells));
  addSheet(
    workbook,
    'variants',
    [...VARIANT_COLUMNS.map((column) => column.key), ...optionAxes],
    products.flatMap((product) => product.variants.map((variant) => variantCells(product, variant))),
  );
  addSheet(
    workbook,
    'listings',
    LISTING_COLUMNS.map((column) => column.key),
    listings.map(listingCells),
  );
  addHelpSheet(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  download(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), `tradewind-catalogue-${new Date().toISOString().slice(0, 10)}.xlsx`);
}
