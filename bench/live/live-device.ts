/**
 * A light device for the live bench: the real change-stream client and the pull and push
 * endpoints, with no local database — hundreds of these share one Node process. It pulls when its
 * stream says so and tells `onDocument` when a document arrives.
 */
import { schemaVersion } from '@tradewind/domain';
import type { Checkpoint, PullResponse } from '@tradewind/sync';
import { createTransport, openChangeStream, type ChangeStream } from '@tradewind/sync/client';
import { productFixture } from '../../test-support/product-fixture.ts';
import type { FleetDevice } from './fleet.ts';

const PULL_BATCH = 500;
const VERSION = String(schemaVersion('products'));

export interface LiveDevice {
  /** Resolves once the stream is open and the first catch-up pull is done. */
  ready: Promise<void>;
  /** Pushes one new product per id in one request. */
  push(ids: string[]): Promise<void>;
  pulls(): number;
  close(): void;
}

/** Pushes one new product per id in one request, as `device`. */
export async function pushProducts(baseUrl: string, device: FleetDevice, ids: string[]): Promise<void> {
  const transport = createTransport(baseUrl, { accessToken: () => device.token, refresh: async () => false });
  const docs = ids.map((id) => ({ ...productFixture(id), _deleted: false }));
  await transport.json(`/api/sync/products/push?schemaVersion=${VERSION}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(docs.map((newDocumentState) => ({ newDocumentState }))),
  });
}

export function startLiveDevice(baseUrl: string, device: FleetDevice, onDocument: (id: string) => void): LiveDevice {
  const transport = createTransport(baseUrl, { accessToken: () => device.token, refresh: async () => false });
  let checkpoint: Checkpoint | null = null;
  let pulling: Promise<void> | undefined;
  let again = false;
  let pulls = 0;

  async function pullAll(): Promise<void> {
    for (;;) {
      const query = new URLSearchParams({ checkpoint: JSON.stringify(checkpoint), batchSize: String(PULL_BATCH), schemaVersion: VERSION });
      const page = await transport.json<PullResponse>(`/api/sync/products/pull?${query}`);
      pulls++;
      for (const doc of page.documents) onDocument(doc.id);
      checkpoint = page.checkpoint ?? checkpoint;
      if (page.documents.length < PULL_BATCH) return;
    }
  }
  /** One pull at a time; a change announced meanwhile gets one more pull after it. */
  function pullSoon(): Promise<void> {
    if (pulling) {
      again = true;
      return pulling;
    }
    pulling = (async () => {
      do {
        again = false;
        await pullAll().catch(() => {});
      } while (again);
    })().finally(() => (pulling = undefined));
    return pulling;
  }

  let opened: () => void;
  const ready = new Promise<void>((resolve) => (opened = resolve));
  const stream: ChangeStream = openChangeStream(transport, {
    onOpen: () => void pullSoon().then(() => opened()),
    onChange: () => void pullSoon(),
    onDown: () => {},
  });
  return {
    ready,
    push: (ids) => pushProducts(baseUrl, device, ids),
    pulls: () => pulls,
    close: () => stream.close(),
  };
}
