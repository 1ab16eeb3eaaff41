import type { PlatformError } from '@tradewind/contract';
import { describe, expect, it } from 'vitest';
import { COST_PER_DOCUMENT, createDeviceBudget, pushCost } from './device-budget.ts';

function refusal(run: () => void): PlatformError | null {
  try {
    run();
    return null;
  } catch (error) {
    return error as PlatformError;
  }
}

describe('the per-device push budget', () => {
  it('charges bytes and documents, refuses the push that would pass the budget with the seconds left in the window, and opens again after it', () => {
    let clock = 0;
    const budget = createDeviceBudget({ perWindow: 1_000_000, windowMs: 60_000, now: () => clock });
    expect(pushCost(300_000, 50)).toBe(300_000 + 50 * COST_PER_DOCUMENT);
    budget.charge('tablet', pushCost(300_000, 50));
    budget.charge('tablet', pushCost(300_000, 50));
    clock = 45_500;
    const refused = refusal(() => budget.charge('tablet', pushCost(200_000, 1)));
    expect(refused).toMatchObject({ status: 429, code: 'over_budget', details: { retryAfter: 15 } });
    // A refused push is not charged: a small one still fits.
    budget.charge('tablet', pushCost(1_000, 1));
    // Another device has its own budget.
    budget.charge('desk', pushCost(900_000, 0));
    clock = 60_000;
    budget.charge('tablet', pushCost(900_000, 0));
  });
});
