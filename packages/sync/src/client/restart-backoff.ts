/** Restarts within this long of the last one count as the same recurring cause. */
export const RESTART_QUIET_MS = 10 * 60_000;
export const RESTART_MAX_DELAY_MS = 5 * 60_000;

/**
 * How long a collection waits before it starts over after RxDB dropped its work: at once the first
 * time, then twice as long on each recurrence (a cause that keeps coming back must not loop full
 * re-syncs), and at once again after a quiet spell.
 */
export function restartBackoff(retryMs: number, now: () => number = Date.now): () => number {
  let count = 0;
  let last = -Infinity;
  return () => {
    const at = now();
    count = at - last < RESTART_QUIET_MS ? count + 1 : 1;
    last = at;
    return count === 1 ? 0 : Math.min(RESTART_MAX_DELAY_MS, retryMs * 2 ** (count - 1));
  };
}
