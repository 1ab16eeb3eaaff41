import { createParser } from 'eventsource-parser';
import { SYNC_STREAM_EVENT, type ChangeEvent } from '../protocol.ts';

/**
 * Reads the platform's Server-Sent-Events text as the SSE format defines it (multi-line data,
 * CR/LF/CRLF line ends, comments, chunks cut anywhere) and hands on its change events. An event
 * whose data is not a change is skipped: one bad event must not take the stream down.
 */
export function createChangeEventReader(onChange: (event: ChangeEvent) => void): { feed(text: string): void } {
  const parser = createParser({
    onEvent(message) {
      if (message.event !== SYNC_STREAM_EVENT) return;
      let data: unknown;
      try {
        data = JSON.parse(message.data);
      } catch {
        return;
      }
      const collection = (data as { collection?: unknown } | null)?.collection;
      if (typeof collection === 'string') onChange({ collection });
    },
  });
  return { feed: (text) => parser.feed(text) };
}
