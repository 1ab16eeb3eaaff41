import { describe, expect, it } from 'vitest';
import { RESTART_MAX_DELAY_MS, RESTART_QUIET_MS, restartBackoff } from './restart-backoff.ts';

describe('restartBackoff', () => {
  it('starts over at once, then waits longer each time the cause recurs, up to the cap', () => {
    let now = 0;
    const next = restartBackoff(2_000, () => now);
    const delays = Array.from({ length: 10 }, () => {
      now += 1_000;
      return next();
    });
    expect(delays.slice(0, 5)).toEqual([0, 4_000, 8_000, 16_000, 32_000]);
    expect(delays.at(-1)).toBe(RESTART_MAX_DELAY_MS);
  });

  it('starts over at once again after a quiet spell', () => {
    let now = 0;
    const next = restartBackoff(2_000, () => now);
    next();
    now += 1_000;
    expect(next()).toBe(4_000);
    now += RESTART_QUIET_MS;
    expect(next()).toBe(0);
  });
});
