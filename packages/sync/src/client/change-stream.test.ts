import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openChangeStream, type ChangeStream } from './change-stream.ts';
import { createTransport } from './transport.ts';

/** A stream endpoint whose first connection goes silent after its greeting; later ones send a change. */
async function platformWithHalfOpenStream() {
  const held: ServerResponse[] = [];
  let connections = 0;
  const server = createServer((request, response) => {
    connections++;
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    response.write(': connected\n\n');
    if (connections > 1) response.write('event: change\ndata: {"collection":"products"}\n\n');
    held.push(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    close: () => {
      held.forEach((response) => response.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('openChangeStream', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  it('drops a half-open stream that carries nothing and reconnects, so live changes arrive again', async () => {
    const platform = await platformWithHalfOpenStream();
    const changes: string[] = [];
    let stream: ChangeStream | undefined;
    cleanup = async () => {
      stream?.close();
      await platform.close();
    };
    const changed = new Promise<void>((resolve) => {
      stream = openChangeStream(
        createTransport(platform.url),
        {
          onOpen: () => {},
          onChange: (event) => {
            changes.push(event.collection);
            resolve();
          },
          onDown: () => {},
        },
        200,
      );
    });
    await changed;
    expect(platform.connections()).toBe(2);
    expect(changes).toEqual(['products']);
  });
});
