/** Receipt times are China Standard Time (UTC+8) digits: yyyyMMddHHmmssfff (CEB900: 14 digits and up to 3 more). */
const CST_OFFSET_MS = 8 * 3_600_000;
const DIGITS = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{0,3})$/;

export function toReturnTime(instant: string): string | undefined {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + CST_OFFSET_MS).toISOString().replace(/\D/g, '').slice(0, 17);
}

/** The ISO-8601 instant of receipt time digits, or undefined when they are not a real time. */
export function fromReturnTime(digits: string): string | undefined {
  const m = DIGITS.exec(digits);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction] = m;
  const local = `${y}-${mo}-${d}T${h}:${mi}:${s}.${(fraction ?? '').padEnd(3, '0')}`;
  const ms = Date.parse(`${local}+08:00`);
  if (Number.isNaN(ms) || new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 23) !== local) return undefined;
  return new Date(ms).toISOString();
}
