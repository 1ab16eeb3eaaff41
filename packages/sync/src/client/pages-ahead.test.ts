import { describe, expect, it } from 'vitest';
import { fetchedAhead } from './pages-ahead.ts';

const counting = (last: number, calls: number[], failAt?: number) => async (previous: number | null) => {
  const next = (previous ?? 0) + 1;
  calls.push(next);
  if (next === failAt) throw new Error(`page ${next} failed`);
  return next > last ? null : next;
};

describe('fetchedAhead', () => {
  it('hands out every result once, in order, and [] when done', async () => {
    const calls: number[] = [];
    const pages = fetchedAhead(counting(5, calls), 2);
    const taken: number[] = [];
    for (let batch = await pages.take(2); batch.length > 0; batch = await pages.take(2)) taken.push(...batch);
    expect(taken).toEqual([1, 2, 3, 4, 5]);
    expect(await pages.take(1)).toEqual([]);
  });

  it('fetches no more than `ahead` results before the reader takes them', async () => {
    const calls: number[] = [];
    const pages = fetchedAhead(counting(100, calls), 3);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toEqual([1, 2, 3]);
    expect(await pages.take(1)).toEqual([1, 2, 3]);
  });

  it('throws a failure after the results that came before it', async () => {
    const pages = fetchedAhead(counting(100, [], 3), 10);
    expect(await pages.take(5)).toEqual([1, 2]);
    await expect(pages.take(1)).rejects.toThrow('page 3 failed');
  });
});
