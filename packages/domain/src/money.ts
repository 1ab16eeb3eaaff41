/** Money is always integer minor units (fen, cents) with an ISO-4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'AED', 'RUB', 'BRL', 'MXN', 'SAR'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** Minor units per major unit (JPY has none). */
export function minorUnitDigits(currency: string): number {
  return currency === 'JPY' ? 0 : 2;
}

export function toMinorUnits(major: number, currency: string): number {
  return Math.round(major * 10 ** minorUnitDigits(currency));
}

export function toMajorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency);
}

export const moneySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'currency'],
  properties: {
    amount: { type: 'integer', minimum: -1e15, maximum: 1e15 },
    currency: { type: 'string', pattern: '^[A-Z]{3}$' },
  },
} as const;
