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
/** The platform sends a heartbeat every 25 s: two missed ones and a margin mean the stream is dead. */
export const STREAM_SILENCE_MS = 60_000;

/**
 * The platform's Server-Sent-Events stream, read with fetch so it can carry the bearer token
 * (EventSource cannot). Reconnects for ever with exponential backoff and jitter; RxDB does not
 * resubscribe a failed stream$, so this never errors, it only reports. A stream that stays open
 * but carries nothing, not even heartbeats, for `silenceMs` is half-open (a dead NAT entry, a
 * sleeping proxy): it is dropped and opened again.
 */
export function openChangeStream(transport: Transport, handlers: ChangeStreamHandlers, silenceMs = STREAM_SILENCE_MS): ChangeStream {
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
    const current = controller;
    let silence = setTimeout(() => current.abort(new Error('stream silent')), silenceMs);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        clearTimeout(silence);
        silence = setTimeout(() => current.abort(new Error('stream silent')), silenceMs);
        events.feed(value);
      }
    } finally {
      clearTimeout(silence);
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
