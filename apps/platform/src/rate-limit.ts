/**
 * A fixed-window counter per key, in this process's memory. Good enough to stop a runaway or
 * hostile device; several processes each apply it, so the effective limit scales with them.
 */
export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Seconds to wait when `key` is over its limit, else 0 (and the call is counted). */
    hit(key: string): number {
      const time = now();
      let window = windows.get(key);
      if (!window || time - window.start >= windowMs) {
        if (windows.size > 10_000) windows.clear();
        window = { start: time, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      return window.count > limit ? Math.ceil((window.start + windowMs - time) / 1000) : 0;
    },
  };
}
