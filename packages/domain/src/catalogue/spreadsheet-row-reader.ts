import type { ProductDoc } from '../collections/products.ts';
import { readCurrencyCode } from '../currency-input.ts';
import { CURRENCIES, toMajorUnits, toMinorUnits } from '../money.ts';
import { cellNumber, cellText } from './spreadsheet-cells.ts';
import type { ImportProblem, SheetName, SheetRow } from './spreadsheet-columns.ts';

/** Reads the cells of one row, collecting its problems. */
export class RowReader {
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
