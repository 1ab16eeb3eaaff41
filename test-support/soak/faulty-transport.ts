import { toPlatformError, type Transport } from '@tradewind/sync/client';
import type { DeviceFaults } from './protocol.ts';
import type { Random } from './random.ts';

export const NO_FAULTS: DeviceFaults = { lostResponse: 0, duplicate: 0, dropStream: 0 };

/**
 * The network between one device and the platform, with the harness's faults: offline (every
 * call fails as fetch does without a network), push answers lost after the platform committed,
 * pushes sent twice, live streams dropped after a random while. Counts what it injected.
 */
export function faultyTransport(inner: Transport, random: Random) {
  let offline = false;
  let faults = NO_FAULTS;
  const injected: Record<string, number> = {};
  const streams = new Set<ReadableStream<Uint8Array>>();
  const count = (kind: string) => (injected[kind] = (injected[kind] ?? 0) + 1);
  const transport: Transport = {
    baseUrl: inner.baseUrl,
    async fetch(path, init) {
      if (offline) throw new TypeError('offline');
      if (path.includes('/stream')) {
        const response = await inner.fetch(path, init);
        if (response.body) streams.add(response.body);
        if (random.chance(faults.dropStream)) {
          count('dropped stream');
          const body = response.body;
          setTimeout(() => void body?.cancel().catch(() => {}), random.int(50, 1500));
        }
        return response;
      }
      if (!path.includes('/push')) return inner.fetch(path, init);
      let response = await inner.fetch(path, init);
      if (random.chance(faults.duplicate)) {
        count('duplicated push');
        response = await inner.fetch(path, init);
      }
      if (response.ok && random.chance(faults.lostResponse)) {
        count('response lost after commit');
        throw new TypeError('response lost');
      }
      return response;
    },
    async json(path, init) {
      const response = await transport.fetch(path, init);
      if (!response.ok) throw await toPlatformError(response);
      return response.json();
    },
  };
  return {
    transport,
    injected,
    setOffline(value: boolean) {
      offline = value;
      if (!value) return;
      for (const body of streams) void body.cancel().catch(() => {});
      streams.clear();
    },
    setFaults(value: DeviceFaults) {
      faults = value;
    },
  };
}
