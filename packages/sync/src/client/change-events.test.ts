import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../protocol.ts';
import { createChangeEventReader } from './change-events.ts';

function read(...chunks: string[]): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  const reader = createChangeEventReader((event) => events.push(event));
  for (const chunk of chunks) reader.feed(chunk);
  return events;
}

describe('createChangeEventReader', () => {
  it('reads change events with LF, CRLF and CR line ends', () => {
    expect(read('event: change\ndata: {"collection":"products"}\n\n')).toEqual([{ collection: 'products' }]);
    expect(read('event: change\r\ndata: {"collection":"orders"}\r\n\r\n')).toEqual([{ collection: 'orders' }]);
    // A CR at the end of a chunk could be the start of a CRLF: the event completes with the next chunk.
    expect(read('event: change\rdata: {"collection":"buyers"}\r\r', ': heartbeat\r\r')).toEqual([{ collection: 'buyers' }]);
  });

  it('joins multi-line data with newlines, as the format says', () => {
    expect(read('event: change\ndata: {"collection":\ndata: "notices"}\n\n')).toEqual([{ collection: 'notices' }]);
  });

  it('skips comments and heartbeats, and reads events cut anywhere across chunks', () => {
    const text = ': connected\n\n: heartbeat\n\nevent: change\ndata: {"collection":"products"}\n\nevent: change\r\ndata: {"collection":"orders"}\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      expect(read(text.slice(0, cut), text.slice(cut))).toEqual([{ collection: 'products' }, { collection: 'orders' }]);
    }
  });

  it('ignores other events, events without data, and data that is not a change', () => {
    expect(
      read(
        'data: {"collection":"products"}\n\n',
        'event: other\ndata: {"collection":"products"}\n\n',
        'event: change\n\n',
        'event: change\ndata: {not json\n\n',
        'event: change\ndata: {"collection":7}\n\n',
        'event: change\ndata: null\n\n',
      ),
    ).toEqual([]);
    // ...and keeps reading after them.
    expect(read('event: change\ndata: {bad\n\nevent: change\ndata: {"collection":"orders"}\n\n')).toEqual([{ collection: 'orders' }]);
  });
});
