import type { ChangeEvent } from '../protocol.ts';
import { createChangeEventReader } from './change-events.ts';
import type { Transport } from './transport.ts';

export interface ChangeStreamHandlers {
  onOpen(): void;
  onChange(event: ChangeEvent): void;
  onDown(error: unknown): void;
}

export interface ChangeStream {
  /** Reconnect now (e.g. the browser says it is online again) instead of waiting out the backoff. */
  reconnectNow(): void;
  close(): void;
}

const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

/**
 * The platform's Server-Sent-Events stream, read with fetch so it can carry the bearer token
 * (EventSource cannot). Reconnects for ever with exponential backoff and jitter; RxDB does not
 * resubscribe a failed stream$, so this never errors, it only reports.
 */
export function openChangeStream(transport: Transport, handlers: ChangeStreamHandlers): ChangeStream {
  let closed = false;
  let attempt = 0;
  let controller: AbortController | undefined;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function readOnce(): Promise<void> {
    controller = new AbortController();
    const response = await transport.fetch('/api/sync/stream', { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
    attempt = 0;
    handlers.onOpen();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const events = createChangeEventReader(handlers.onChange);
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      events.feed(value);
    }
  }

  void (async () => {
    while (!closed) {
      try {
        await readOnce();
      } catch (error) {
        if (closed) return;
        handlers.onDown(error);
      }
      const delay = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** attempt++);
      await sleep(delay / 2 + Math.random() * (delay / 2));
    }
  })();

  return {
    reconnectNow() {
      attempt = 0;
      controller?.abort();
      wake?.();
    },
    close() {
      closed = true;
      controller?.abort();
      wake?.();
    },
  };
}
