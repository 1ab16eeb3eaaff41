/**
 * How many wrong PINs in a row the lock screen takes, and how long it makes the next try wait.
 * This slows guessing through the app; a copied vault can still be attacked offline, which is why
 * the PIN only unlocks local data and refreshing a session also needs the device key.
 */
export const PIN_TRIES = 5;

/** Seconds the next try waits after `failures` wrong PINs in a row: two are free, then 30 s doubling. */
export function pinWaitSeconds(failures: number): number {
  return failures < 2 ? 0 : 30 * 2 ** (failures - 2);
}

/** Wrong PINs in a row, and when the last was entered. */
export interface PinFailures {
  count: number;
  lastAt: string;
}

/** Seconds left before a PIN may be tried at `now`. */
export function pinWaitLeft(failures: PinFailures | undefined, now: Date): number {
  if (!failures) return 0;
  const until = Date.parse(failures.lastAt) + pinWaitSeconds(failures.count) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}
