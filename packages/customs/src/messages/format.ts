import { minorUnitDigits } from '@tradewind/domain';

/** China Standard Time: customs times are Beijing local time. */
const CST_OFFSET_MS = 8 * 60 * 60 * 1000;

const digitsOnly = (iso: string): string => iso.replace(/\D/g, '');

/** An ISO-8601 instant → `YYYYMMDDhhmmss` in Beijing time (appTime, startTime…). */
export function cebTime(isoInstant: string): string {
  const ms = Date.parse(isoInstant);
  if (Number.isNaN(ms)) throw new Error(`Not an ISO-8601 time: ${isoInstant}`);
  return digitsOnly(new Date(ms + CST_OFFSET_MS).toISOString()).slice(0, 14);
}

/** An ISO-8601 date (YYYY-MM-DD) → `YYYYMMDD` (ieDate). */
export function cebDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`Not an ISO-8601 date: ${isoDate}`);
  return digitsOnly(isoDate);
}

const trimFraction = (text: string): string => (text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text);

/** Integer minor units → the decimal the XSD wants (5036 USD → "50.36", 0 → "0"), exact. */
export function cebMoney(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new Error(`Money must be integer minor units: ${minor}`);
  const digits = minorUnitDigits(currency);
  if (digits === 0) return String(minor);
  const sign = minor < 0 ? '-' : '';
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return trimFraction(`${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`);
}

/** A quantity or weight → decimal with at most 5 fraction digits (N19,5). */
export function cebDecimal(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a number: ${value}`);
  return trimFraction(value.toFixed(5));
}

/** Grams → kilograms as N19,5 (grossWeight, netWeight). */
export const cebKilograms = (grams: number): string => cebDecimal(grams / 1000);

/** The spec's guid: 36 characters, upper case. */
export const cebGuid = (uuid: string): string => uuid.toUpperCase();
