const KEY = 'tradewind.fair.event';

/** The fair this device is at ("Canton Fair 2026 · 12.1C23"): the default "where met" of every buyer captured. */
export function loadFairEvent(): string {
  return localStorage.getItem(KEY) ?? '';
}

export function saveFairEvent(name: string): void {
  localStorage.setItem(KEY, name.trim());
}

/** Local midnight to midnight of a YYYY-MM-DD day, as ISO instants. */
export function localDayBounds(day: string): { from: string; to: string } {
  const start = new Date(`${day}T00:00:00`);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  return { from: start.toISOString(), to: end.toISOString() };
}

export function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
