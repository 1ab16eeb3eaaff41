/** Money is always integer minor units (fen, cents) with an ISO-4217 currency. */
export interface Money {
  amount: number;
  currency: string;
}

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'AED', 'RUB', 'BRL', 'MXN', 'SAR', 'CAD', 'AUD', 'PLN', 'SGD'] as const;
export type Currency = (typeof CURRENCIES)[number];

const digitsByCurrency = new Map<string, number>();

/** Decimal places of the currency's minor unit, from the ICU currency data (JPY 0, USD 2, KWD 3). */
export function minorUnitDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    if (!/^[A-Z]{3}$/.test(currency)) throw new RangeError(`Not an ISO 4217 currency code: "${currency}"`);
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** The smallest amount the currency can express, in major units (0.01 for USD, 1 for JPY): a money input's step. */
export function minorUnitStep(currency: string): number {
  return 10 ** -minorUnitDigits(currency);
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
