import { toPlatformError, type Transport } from '@tradewind/sync/client';
import type { DeviceFaults } from './protocol.ts';
import type { Random } from './random.ts';

export const NO_FAULTS: DeviceFaults = { lostResponse: 0, duplicate: 0, dropStream: 0, reorder: 0, halfOpenStream: 0 };

/**
 * A stream that passes on the first chunks, then goes silent without closing: the connection a
 * dead NAT entry or a sleeping proxy leaves behind, which only a timeout can tell from a quiet one.
 */
function silencedAfter(body: ReadableStream<Uint8Array>, ms: number, signal: AbortSignal | null | undefined): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const silentFrom = Date.now() + ms;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      // Aborting the request still ends it on the device's side, as with a real fetch.
      signal?.addEventListener('abort', () => {
        controller.error(signal.reason);
        void reader.cancel().catch(() => {});
      });
    },
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) return controller.close();
      if (Date.now() < silentFrom) controller.enqueue(value);
      else await new Promise<never>(() => {});
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

/**
 * The network between one device and the platform, with the harness's faults: offline (every
 * call fails as fetch does without a network), push answers lost after the platform committed,
 * pushes sent twice, an older push delivered again after a newer one (reordered), live streams
 * dropped or left half-open after a random while. With several platform processes (`inners`,
 * one per process on the same database) each call goes to one of them at random, as through a
 * load balancer without sticky sessions. Counts what it injected.
 */
export function faultyTransport(inners: Transport[], random: Random) {
  let offline = false;
  let faults = NO_FAULTS;
  let previousPush: { path: string; init?: RequestInit } | undefined;
  const injected: Record<string, number> = {};
  const streams = new Set<ReadableStream<Uint8Array>>();
  const count = (kind: string) => (injected[kind] = (injected[kind] ?? 0) + 1);
  const send = (path: string, init?: RequestInit) => {
    const index = random.int(0, inners.length - 1);
    if (index > 0) count('call to the second platform process');
    return inners[index]!.fetch(path, init);
  };

  async function openStream(path: string, init?: RequestInit): Promise<Response> {
    const response = await send(path, init);
    if (!response.body) return response;
    let body: ReadableStream<Uint8Array> = response.body;
    if (random.chance(faults.halfOpenStream)) {
      count('half-open stream');
      body = silencedAfter(body, random.int(50, 1500), init?.signal);
    } else if (random.chance(faults.dropStream)) {
      count('dropped stream');
      setTimeout(() => void body.cancel().catch(() => {}), random.int(50, 1500));
    }
    streams.add(body);
    return new Response(body, { status: response.status, headers: response.headers });
  }

  async function sendPush(path: string, init?: RequestInit): Promise<Response> {
    let response = await send(path, init);
    if (random.chance(faults.duplicate)) {
      count('duplicated push');
      response = await send(path, init);
    }
    const older = previousPush;
    previousPush = { path, init };
    if (older && random.chance(faults.reorder)) {
      // The older request arrives after this newer one; its answer goes nowhere.
      count('reordered push (older after newer)');
      await send(older.path, older.init).catch(() => {});
    }
    if (response.ok && random.chance(faults.lostResponse)) {
      count('response lost after commit');
      throw new TypeError('response lost');
    }
    return response;
  }

  const transport: Transport = {
    baseUrl: inners[0]!.baseUrl,
    async fetch(path, init) {
      if (offline) throw new TypeError('offline');
      if (path.includes('/stream')) return openStream(path, init);
      if (path.includes('/push')) return sendPush(path, init);
      return send(path, init);
    },
    async json(path, init) {
      const response = await transport.fetch(path, init);
      if (!response.ok) throw await toPlatformError(response);
      return response.json();
    },
  };
  const dropStreams = () => {
    for (const body of streams) void body.cancel().catch(() => {});
    streams.clear();
  };
  return {
    transport,
    injected,
    setOffline(value: boolean) {
      offline = value;
      if (value) dropStreams();
    },
    setFaults(value: DeviceFaults) {
      faults = value;
      // The network changes under the open stream: its successor meets the new stream faults.
      if (value.dropStream > 0 || value.halfOpenStream > 0) dropStreams();
    },
  };
}
