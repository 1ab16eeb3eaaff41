/** GTIN lengths: EAN-8, UPC-A (12), EAN-13, GTIN-14 (ITF-14 on cartons). */
const GTIN_LENGTHS = new Set([8, 12, 13, 14]);

/** The GS1 check digit for the digits before it (weights 3,1,3,… from the right). */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type BarcodeProblem = 'format' | 'length' | 'check_digit';

/** Checks an EAN-8 / UPC-A / EAN-13 / GTIN-14 barcode; null when valid. */
export function barcodeProblem(code: string): BarcodeProblem | null {
  if (!/^\d+$/.test(code)) return 'format';
  if (!GTIN_LENGTHS.has(code.length)) return 'length';
  return gtinCheckDigit(code.slice(0, -1)) === Number(code.at(-1)) ? null : 'check_digit';
}

export function isValidBarcode(code: string): boolean {
  return barcodeProblem(code) === null;
}
