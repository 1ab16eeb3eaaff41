/**
 * Reads a currency as people type it: the ISO 4217 code in any case, or a name Chinese sellers use
 * (RMB and 人民币 are the yuan, whose ISO code is CNY). Returns the ISO code, or null when the input
 * is not a currency code at all; whether the app supports that currency is the caller's question.
 */
const NAMES: Record<string, string> = {
  RMB: 'CNY',
  人民币: 'CNY',
  元: 'CNY',
  美元: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
};

export function readCurrencyCode(input: string): string | null {
  const typed = input.normalize('NFKC').trim().toUpperCase();
  const code = NAMES[typed] ?? typed;
  return /^[A-Z]{3}$/.test(code) ? code : null;
}
