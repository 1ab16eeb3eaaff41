import { minorUnitDigits } from '../money.ts';

/**
 * A dated exchange-rate table from the platform: `rates[c]` is how many units of currency `c`
 * one unit of `base` buys on `date`. Devices keep the last table for offline use.
 */
export interface RateTable {
  date: string;
  base: string;
  source: string;
  rates: Record<string, number>;
}

function unitsPerBase(table: RateTable, currency: string): number | undefined {
  return currency === table.base ? 1 : table.rates[currency];
}

/** Converts minor units between currencies through the table's base; null when a rate is missing. */
export function convertMinorUnits(amount: number, from: string, to: string, table: RateTable | null | undefined): number | null {
  if (from === to) return amount;
  if (!table) return null;
  const fromRate = unitsPerBase(table, from);
  const toRate = unitsPerBase(table, to);
  if (!fromRate || !toRate) return null;
  const major = amount / 10 ** minorUnitDigits(from);
  return Math.round((major / fromRate) * toRate * 10 ** minorUnitDigits(to));
}

/** Whole days between the table's date and `today` (both YYYY-MM-DD). */
export function rateTableAgeDays(table: RateTable, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${table.date}T00:00:00Z`)) / 86_400_000);
}

/** Checks the shape of a table from the network or the device cache. */
export function isRateTable(value: unknown): value is RateTable {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as Partial<RateTable>;
  return (
    typeof table.date === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(table.date) &&
    typeof table.base === 'string' &&
    typeof table.source === 'string' &&
    typeof table.rates === 'object' &&
    table.rates !== null &&
    Object.values(table.rates).every((rate) => typeof rate === 'number' && rate > 0)
  );
}
