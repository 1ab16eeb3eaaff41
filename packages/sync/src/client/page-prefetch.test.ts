import { describe, expect, it } from 'vitest';
import { PREFETCH_FRESH_MS, prefetchingPages } from './page-prefetch.ts';

/** A platform of `total` numbered documents whose cursor is the last number handed out. */
function platform(total: number) {
  const calls: (number | null)[] = [];
  let rows = total;
  const fetchPage = async (checkpoint: number | null, batchSize: number) => {
    calls.push(checkpoint);
    const from = checkpoint ?? 0;
    const documents = Array.from({ length: Math.max(0, Math.min(batchSize, rows - from)) }, (_, i) => from + i + 1);
    return { documents, checkpoint: documents.at(-1) ?? checkpoint };
  };
  return { fetchPage, calls, add: (n: number) => (rows += n) };
}

describe('prefetchingPages', () => {
  it('fetches the page after a full one ahead and hands it to the call that asks for it', async () => {
    const server = platform(25);
    const pull = prefetchingPages(server.fetchPage);
    expect((await pull(null, 10)).documents).toHaveLength(10);
    expect(server.calls).toEqual([null, 10]); // page two already asked for
    expect((await pull(10, 10)).documents).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect((await pull(20, 10)).documents).toEqual([21, 22, 23, 24, 25]);
    // Each page fetched once; after the short last page nothing more.
    expect(server.calls).toEqual([null, 10, 20]);
  });

  it('fetches anew for another checkpoint, and when the prefetched page has grown old', async () => {
    let clock = 0;
    const server = platform(30);
    const pull = prefetchingPages(server.fetchPage, () => clock);
    await pull(null, 10);
    expect((await pull(5, 10)).documents[0]).toBe(6);
    expect(server.calls).toEqual([null, 10, 5, 15]);
    clock += PREFETCH_FRESH_MS;
    server.add(5);
    // The prefetched page for checkpoint 15 was taken before the new rows; a late caller sees them.
    expect((await pull(15, 10)).documents).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(server.calls.slice(4)).toEqual([15, 25]);
  });

  it('fetches again when the prefetch failed', async () => {
    let fail = false;
    const server = platform(20);
    const pull = prefetchingPages(async (checkpoint: number | null, batchSize: number) => {
      if (fail) {
        fail = false;
        throw new TypeError('network');
      }
      return server.fetchPage(checkpoint, batchSize);
    });
    fail = false;
    const first = pull(null, 10);
    fail = true; // the prefetch started after the first page fails
    await first;
    expect((await pull(10, 10)).documents[0]).toBe(11);
    expect(fail).toBe(false); // the prefetch did fail
    expect(server.calls).toEqual([null, 10, 20]); // page two fetched again, page three ahead
  });
});
