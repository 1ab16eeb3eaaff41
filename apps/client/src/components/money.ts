import { toMajorUnits } from '@tradewind/domain';

/** Integer minor units shown in the user's locale, e.g. 650 USD → "US$6.50". */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajorUnits(amount, currency));
}
