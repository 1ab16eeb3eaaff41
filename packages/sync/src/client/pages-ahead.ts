/**
 * Runs `fetchAfter` back to back (each call gets the previous result; null ends), at most `ahead`
 * results ahead of the reader. `take(n)` hands out every result arrived so far once there are `n`
 * (or no more will come); [] once done. A failure is thrown by the `take` after the results before
 * it, and ends the fetching.
 */
export function fetchedAhead<T>(fetchAfter: (previous: T | null) => Promise<T | null>, ahead: number): { take(atLeast: number): Promise<T[]> } {
  const arrived: T[] = [];
  let done = false;
  let failure: { error: unknown } | undefined;
  let wakeReader = () => {};
  let wakeFetcher = () => {};
  void (async () => {
    try {
      for (let previous: T | null = null; ;) {
        while (arrived.length >= ahead) await new Promise<void>((resolve) => (wakeFetcher = resolve));
        const result: T | null = await fetchAfter(previous);
        if (result === null) break;
        arrived.push(result);
        wakeReader();
        previous = result;
      }
    } catch (error) {
      failure = { error };
    }
    done = true;
    wakeReader();
  })();
  return {
    async take(atLeast) {
      while (arrived.length < atLeast && !done) await new Promise<void>((resolve) => (wakeReader = resolve));
      if (arrived.length === 0 && failure) throw failure.error;
      const taken = arrived.splice(0);
      wakeFetcher();
      return taken;
    },
  };
}
