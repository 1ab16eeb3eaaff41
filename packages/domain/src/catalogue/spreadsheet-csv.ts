import Papa from 'papaparse';
import type { Cell } from './spreadsheet-cells.ts';

/** What a spreadsheet reads as a formula at the start of a cell (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Rows as CSV for Excel and its kin: UTF-8 with a BOM (so Chinese opens correctly), CRLF, and every
 * text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+cmd|…`) prefixed with `'`, so
 * it shows as the text it is.
 */
export function toCsv(keys: readonly string[], rows: readonly Record<string, Cell>[]): string {
  const data = rows.map((cells) => keys.map((key) => cells[key] ?? ''));
  return '\uFEFF' + Papa.unparse({ fields: [...keys], data }, { newline: '\r\n', escapeFormulae: FORMULA_START });
}

/** A cell of one of our own CSV exports as it was typed: the `'` that `toCsv` put before a formula-like text comes off. */
export function fromCsvCell(value: string): string {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
