import { minorUnitDigits, minorUnitStep, toMajorUnits } from '@tradewind/domain';

/** Integer minor units shown in the user's locale, e.g. 650 USD → "US$6.50". */
export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajorUnits(amount, currency));
}

/** Props of a money InputNumber in major units: as many decimals as the currency has (JPY none, KWD three). */
export function moneyInputProps(currency: string): { min: number; step: number; precision: number } {
  return { min: 0, step: minorUnitStep(currency), precision: minorUnitDigits(currency) };
}
