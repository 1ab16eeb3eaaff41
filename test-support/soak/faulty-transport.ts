import { toPlatformError, type Transport } from '@tradewind/sync/client';
import type { DeviceFaults } from './protocol.ts';
import type { Random } from './random.ts';
import { brief, type Trace } from './trace.ts';

export const NO_FAULTS: DeviceFaults = { lostResponse: 0, duplicate: 0, dropStream: 0, reorder: 0, halfOpenStream: 0 };

interface FaultableStream {
  body: ReadableStream<Uint8Array>;
  /** From `ms` on, passes nothing more without closing: the connection a dead NAT entry or a sleeping proxy leaves behind, which only a timeout can tell from a quiet one. */
  silenceAfter(ms: number): void;
  /** Ends it with a network error, as a dropped connection does (the device holds a reader on `body`, so cancelling it would do nothing). */
  drop(): void;
}

function faultable(body: ReadableStream<Uint8Array>, signal: AbortSignal | null | undefined, onEnd: () => void): FaultableStream {
  const reader = body.getReader();
  let silentFrom = Infinity;
  let errorStream: (error: Error) => void = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      errorStream = (error) => controller.error(error);
      // Aborting the request still ends it on the device's side, as with a real fetch.
      signal?.addEventListener('abort', () => {
        onEnd();
        controller.error(signal.reason);
        void reader.cancel().catch(() => {});
      });
    },
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) {
        onEnd();
        return controller.close();
      }
      if (Date.now() < silentFrom) controller.enqueue(value);
      else await new Promise<never>(() => {});
    },
    cancel: (reason) => {
      onEnd();
      return reader.cancel(reason);
    },
  });
  return {
    body: stream,
    silenceAfter: (ms) => (silentFrom = Math.min(silentFrom, Date.now() + ms)),
    drop() {
      onEnd();
      errorStream(new TypeError('network connection lost'));
      void reader.cancel().catch(() => {});
    },
  };
}

/**
 * The network between one device and the platform, with the harness's faults: offline (every
 * call fails as fetch does without a network), push answers lost after the platform committed,
 * pushes sent twice, an older push delivered again after a newer one (reordered), live streams
 * dropped or left half-open after a random while (each stream as it opens, and every open one when
 * the faults change). With several platform processes (`inners`,
 * one per process on the same database) each call goes to one of them at random, as through a
 * load balancer without sticky sessions. Counts what it injected.
 */
export function faultyTransport(inners: Transport[], random: Random, trace?: Trace) {
  let offline = false;
  let faults = NO_FAULTS;
  let previousPush: { path: string; init?: RequestInit } | undefined;
  const injected: Record<string, number> = {};
  const streams = new Set<FaultableStream>();
  const count = (kind: string) => (injected[kind] = (injected[kind] ?? 0) + 1);
  const send = async (path: string, init?: RequestInit, label = '') => {
    const index = random.int(0, inners.length - 1);
    if (index > 0) count('call to the second platform process');
    const response = await inners[index]!.fetch(path, init).catch((error: unknown) => {
      trace?.add('*', `${init?.method ?? 'GET'} ${path.split('?')[0]} to process ${index}${label} failed: ${String(error)}`);
      throw error;
    });
    if (trace && /\/(push|pull)\?/.test(path)) await traceExchange(trace, `process ${index}${label}`, path, init, response.clone());
    return response;
  };

  function streamFaults(stream: FaultableStream) {
    if (random.chance(faults.halfOpenStream)) {
      count('half-open stream');
      const after = random.int(50, 1500);
      trace?.add('*', `stream to go silent in ${after} ms`);
      stream.silenceAfter(after);
    } else if (random.chance(faults.dropStream)) {
      count('dropped stream');
      const after = random.int(50, 1500);
      trace?.add('*', `stream to drop in ${after} ms`);
      setTimeout(() => stream.drop(), after);
    }
  }

  async function openStream(path: string, init?: RequestInit): Promise<Response> {
    const response = await send(path, init);
    if (!response.body) return response;
    trace?.add('*', `stream opened: ${response.status}`);
    const stream: FaultableStream = faultable(response.body, init?.signal, () => {
      if (streams.delete(stream)) trace?.add('*', 'stream ended');
    });
    streams.add(stream);
    streamFaults(stream);
    return new Response(stream.body, { status: response.status, headers: response.headers });
  }

  async function sendPush(path: string, init?: RequestInit): Promise<Response> {
    let response = await send(path, init);
    if (random.chance(faults.duplicate)) {
      count('duplicated push');
      response = await send(path, init, ' (duplicate)');
    }
    const older = previousPush;
    previousPush = { path, init };
    if (older && random.chance(faults.reorder)) {
      // The older request arrives after this newer one; its answer goes nowhere.
      count('reordered push (older after newer)');
      await send(older.path, older.init, ' (older, again)').catch(() => {});
    }
    if (response.ok && random.chance(faults.lostResponse)) {
      count('response lost after commit');
      if (trace) for (const row of pushedRows(init)) trace.add(row.newDocumentState.id, 'push answer lost');
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
    for (const stream of streams) stream.drop();
    streams.clear();
  };
  return {
    transport,
    injected,
    setOffline(value: boolean) {
      if (value !== offline) trace?.add('*', value ? 'offline' : 'online');
      offline = value;
      if (value) dropStreams();
    },
    setFaults(value: DeviceFaults) {
      faults = value;
      // The network changes under the open streams: they meet the new faults at once, not only
      // their successors (which a loaded machine may open after the run's faults are over).
      for (const stream of streams) streamFaults(stream);
    },
  };
}

interface TracedRow {
  newDocumentState: { id: string };
  assumedMasterState?: unknown;
}

const pushedRows = (init?: RequestInit): TracedRow[] => (typeof init?.body === 'string' ? (JSON.parse(init.body) as TracedRow[]) : []);

/** A push's rows and answer, or a pull's documents, into each document's trace. */
async function traceExchange(trace: Trace, via: string, path: string, init: RequestInit | undefined, response: Response): Promise<void> {
  const answer: unknown = response.ok ? await response.json().catch(() => null) : null;
  if (path.includes('/push?')) {
    const conflicts = new Map(((answer ?? []) as { id: string }[]).map((doc) => [doc.id, doc]));
    for (const row of pushedRows(init)) {
      const id = row.newDocumentState.id;
      const outcome = !response.ok ? `answered ${response.status}` : conflicts.has(id) ? `conflict, platform has ${brief(conflicts.get(id))}` : 'taken';
      trace.add(id, `push to ${via}: ${brief(row.newDocumentState)} assumed ${row.assumedMasterState ? brief(row.assumedMasterState) : 'none'}: ${outcome}`);
    }
  } else if (answer) {
    const { documents } = answer as { documents: { id: string }[] };
    // A device that stops pulling shows here even when no document tells (seed 399).
    trace.add('*', `pulled ${documents.length} from ${via}`);
    for (const doc of documents) trace.add(doc.id, `pulled from ${via}: ${brief(doc)}`);
  }
}
