import type { MinorByCurrency } from '@tradewind/contract';
import { convertMinorUnits, type RateTable } from '@tradewind/domain';

/** Adds `amount` minor units of `currency` into `into`. */
export function addMoney(into: MinorByCurrency, currency: string, amount: number): MinorByCurrency {
  into[currency] = (into[currency] ?? 0) + amount;
  return into;
}

/** The sum of every currency in `target`, or null when the table lacks one of their rates. */
export function convertAll(value: MinorByCurrency, target: string, table: RateTable | null): number | null {
  let total = 0;
  for (const [currency, amount] of Object.entries(value)) {
    const converted = convertMinorUnits(amount, currency, target, table);
    if (converted === null) return null;
    total += converted;
  }
  return total;
}

export const inCnyAndUsd = (value: MinorByCurrency, table: RateTable | null) => ({ valueCny: convertAll(value, 'CNY', table), valueUsd: convertAll(value, 'USD', table) });
