import { expect } from 'vitest';

/** Reads a server-sent event stream; collects raw events (`event:`/`data:` blocks). */
export function readEvents(body: ReadableStream<Uint8Array>): {
  events: { event?: string; data?: string }[];
  waitFor(predicate: (e: { event?: string; data?: string }) => boolean, timeoutMs: number): Promise<boolean>;
  cancel(): Promise<void>;
} {
  const events: { event?: string; data?: string }[] = [];
  const waiters = new Set<() => void>();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: { event?: string; data?: string } = {};
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) event.event = line.slice(7);
          else if (line.startsWith('data: ')) event.data = line.slice(6);
        }
        if (event.event !== undefined || event.data !== undefined) events.push(event);
      }
      for (const wake of waiters) wake();
    }
  })();
  return {
    events,
    waitFor(predicate, timeoutMs) {
      return new Promise((resolve) => {
        const check = () => {
          if (events.some(predicate)) {
            done(true);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        const done = (result: boolean) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(result);
        };
        if (!check()) waiters.add(check);
      });
    },
    async cancel() {
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

/** Opens the change stream with a bearer token on a listening platform. */
export async function openStream(baseUrl: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/sync/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const stream = readEvents(response.body!);
  return {
    ...stream,
    async close() {
      controller.abort();
      await stream.cancel();
    },
  };
}
