import { PlatformError } from '@tradewind/contract';

/**
 * What one push costs: its bytes, plus a fixed amount per document for the work each takes beyond
 * its bytes (schema and rule checks, a row lock, an audit row, perhaps a notice).
 */
export const COST_PER_DOCUMENT = 2_048;

export interface BudgetOptions {
  /** Cost units (bytes) one device may spend per window. */
  perWindow: number;
  windowMs: number;
  now?: () => number;
}

/** Devices remembered; past that, those whose window ended are forgotten. */
const DEVICES_REMEMBERED = 10_000;

export const pushCost = (bytes: number, documents: number): number => bytes + documents * COST_PER_DOCUMENT;

/**
 * A per-device budget of work per fixed window, beside the count limit: 600 pushes of empty arrays
 * cost nothing, 20 pushes of large refused documents exhaust it. In this process's memory, like the
 * count limits.
 */
export function createDeviceBudget({ perWindow, windowMs, now = Date.now }: BudgetOptions) {
  const windows = new Map<string, { start: number; spent: number }>();
  const forgetEnded = (at: number) => {
    for (const [device, window] of windows) if (at - window.start >= windowMs) windows.delete(device);
  };
  return {
    /** Charges `cost` to the device, or throws 429 `over_budget` (nothing charged) with the seconds until its window ends. */
    charge(deviceId: string, cost: number): void {
      const at = now();
      let window = windows.get(deviceId);
      if (!window || at - window.start >= windowMs) {
        if (windows.size >= DEVICES_REMEMBERED) forgetEnded(at);
        window = { start: at, spent: 0 };
        windows.set(deviceId, window);
      }
      if (window.spent + cost > perWindow) {
        const retryAfter = Math.max(1, Math.ceil((window.start + windowMs - at) / 1000));
        throw new PlatformError(429, 'over_budget', `This device sent more than the platform takes per minute; try again in ${retryAfter} s`, { retryAfter });
      }
      window.spent += cost;
    },
  };
}

export type DeviceBudget = ReturnType<typeof createDeviceBudget>;
