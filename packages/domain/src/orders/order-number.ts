const DIGITS = 6;

/** "YJ03" + 127 → "YJ03-000127": the device's prefix from the platform and a local sequence. */
export function formatOrderNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(DIGITS, '0')}`;
}

/** The sequence of a number made with `prefix`, or null for another device's number. */
export function orderSequence(number: string, prefix: string): number | null {
  const match = new RegExp(`^${prefix.replace(/[^A-Z0-9]/g, '')}-(\\d{${DIGITS}})$`).exec(number);
  return match ? Number(match[1]) : null;
}
