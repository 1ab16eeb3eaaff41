/** China Standard Time, in which customs counts months. */
const CST_OFFSET_MS = 8 * 3_600_000;

/**
 * The summary period an inventory released at `releasedAt` belongs to: the month after its release,
 * as customs counts months (Beijing time). In that month the 上月结关 inventories are summarised.
 */
export function summaryPeriodOf(releasedAt: string): string {
  const cst = new Date(Date.parse(releasedAt) + CST_OFFSET_MS);
  const next = new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 7);
}

/** The instant a summary period (YYYY-MM) begins: its first day at midnight in Beijing. */
export function summaryPeriodStart(period: string): Date {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new RangeError(`a summary period is YYYY-MM, got ${period}`);
  return new Date(Date.parse(`${period}-01T00:00:00Z`) - CST_OFFSET_MS);
}
