const DAY_MS = 86_400_000;

/** Days the units last at `velocity` units a day; null when nothing sells (cover without end). */
export function daysOfCover(units: number, velocity: number): number | null {
  if (!(velocity > 0)) return null;
  return Math.max(0, units) / velocity;
}

/** `date` (ISO date) plus whole days, as an ISO date. */
export function addDays(date: string, days: number): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${date}`);
  return new Date(ms + Math.floor(days) * DAY_MS).toISOString().slice(0, 10);
}

/** The first day with nothing left to sell (ISO date), or null when nothing sells. */
export function stockOutDate(today: string, units: number, velocity: number): string | null {
  const cover = daysOfCover(units, velocity);
  return cover === null ? null : addDays(today, cover);
}
