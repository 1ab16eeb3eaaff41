/**
 * Pipelined pull pages for a large first sync: while RxDB writes page N into local storage, page
 * N+1 is already on its way. Only a full page is followed by a prefetch (RxDB asks for the next
 * one at once), and a prefetched page is handed out only for the same checkpoint and batch size
 * and while it is fresh; anything else is fetched anew, so a late caller never gets an old answer.
 */
export const PREFETCH_FRESH_MS = 2_000;

interface Prefetched<Page> {
  key: string;
  at: number;
  page: Promise<Page>;
}

export function prefetchingPages<Checkpoint, Page extends { documents: unknown[]; checkpoint: Checkpoint | null }>(
  fetchPage: (checkpoint: Checkpoint | null, batchSize: number) => Promise<Page>,
  now: () => number = () => Date.now(),
): (checkpoint: Checkpoint | null, batchSize: number) => Promise<Page> {
  let next: Prefetched<Page> | undefined;
  const keyOf = (checkpoint: Checkpoint | null, batchSize: number) => `${batchSize}:${JSON.stringify(checkpoint)}`;

  return async (checkpoint, batchSize) => {
    const key = keyOf(checkpoint, batchSize);
    const ready = next && next.key === key && now() - next.at < PREFETCH_FRESH_MS ? next.page : undefined;
    next = undefined;
    const page = await (ready?.catch(() => fetchPage(checkpoint, batchSize)) ?? fetchPage(checkpoint, batchSize));
    if (page.documents.length === batchSize && page.checkpoint) {
      const following = fetchPage(page.checkpoint, batchSize);
      following.catch(() => {}); // its error is met (and the page fetched again) by the call that takes it
      next = { key: keyOf(page.checkpoint, batchSize), at: now(), page: following };
    }
    return page;
  };
}
