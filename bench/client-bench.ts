/**
 * Storage-agnostic client measurements, shared by the Node run (memory storage) and the browser
 * page (Dexie on IndexedDB): HTTP-only pull, full RxDB replication pull, raw bulkInsert.
 */
import { productsSchema } from '@tradewind/domain';
import { createTransport, startSyncEngine, type Transport } from '@tradewind/sync/client';
import type { Checkpoint, PullResponse, ReplicatedDoc } from '@tradewind/sync';
import { createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';

export interface ClientBenchOptions {
  baseUrl: string;
  token: string;
  batchSize: number;
  /** Live products the platform holds for the tenant. */
  expected: number;
}

export interface Timing {
  docs: number;
  ms: number;
  docsPerSec: number;
}

export interface ClientBenchResult {
  batchSize: number;
  /** Pull pages over HTTP and parse them, nothing stored: the platform + network + JSON share. */
  httpOnly: Timing & { requests: number };
  /** First full replication into an empty collection until in sync with every document present. */
  pull: Timing & { requests: number; handlerMs: number; inSyncMs: number };
  /** The same without fetching the next page ahead (the engine before issue 12's pipelining). */
  pullWithoutPrefetch: Timing & { requests: number; handlerMs: number; inSyncMs: number };
  /** One bulkInsert of the same documents into an empty collection. */
  raw: Timing;
  /** The same, in bulkInserts of `batchSize` documents (what one pull page could cost at best). */
  rawChunked: Timing;
  ratio: number;
}

const timing = (docs: number, ms: number): Timing => ({ docs, ms: Math.round(ms), docsPerSec: Math.round(docs / (ms / 1000)) });
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const transportFor = (options: ClientBenchOptions) => createTransport(options.baseUrl, { accessToken: () => options.token, refresh: async () => false });

async function productsCollection(storage: RxStorage<unknown, unknown>, multiInstance: boolean) {
  const db: RxDatabase = await createRxDatabase({ name: uniqueName('bench'), storage, multiInstance });
  await db.addCollections({ products: { schema: productsSchema as unknown as RxJsonSchema<unknown> } });
  return { db, products: db.collections.products as RxCollection };
}

/** Pages through the pull endpoint like the replication does, keeping the documents. */
export async function pullOverHttp(options: ClientBenchOptions): Promise<{ result: ClientBenchResult['httpOnly']; docs: ReplicatedDoc[] }> {
  const transport = transportFor(options);
  const docs: ReplicatedDoc[] = [];
  let checkpoint: Checkpoint | null = null;
  let requests = 0;
  const started = performance.now();
  for (;;) {
    const query: URLSearchParams = new URLSearchParams({ checkpoint: JSON.stringify(checkpoint), batchSize: String(options.batchSize) });
    const page: PullResponse = await transport.json<PullResponse>(`/api/sync/products/pull?${query}`);
    requests++;
    docs.push(...page.documents);
    checkpoint = page.checkpoint;
    if (page.documents.length < options.batchSize) break;
  }
  return { result: { ...timing(docs.length, performance.now() - started), requests }, docs };
}

/** Counts pull calls and the time spent inside them (fetch, platform, JSON parse). */
function timedTransport(inner: Transport, stats: { requests: number; handlerMs: number }): Transport {
  return {
    baseUrl: inner.baseUrl,
    fetch: (path, init) => inner.fetch(path, init),
    async json<T>(path: string, init?: RequestInit): Promise<T> {
      if (!path.includes('/pull?')) return inner.json<T>(path, init);
      const started = performance.now();
      try {
        return await inner.json<T>(path, init);
      } finally {
        stats.requests++;
        stats.handlerMs += performance.now() - started;
      }
    },
  };
}

async function waitForCount(collection: RxCollection, expected: number, timeoutMs = 120_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const count = await collection.count().exec();
    if (count >= expected) return count;
    if (performance.now() > deadline) throw new Error(`only ${count} of ${expected} documents arrived`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The sync engine's first pull of `products` into an empty collection. */
export async function replicationPull(storage: RxStorage<unknown, unknown>, multiInstance: boolean, options: ClientBenchOptions, prefetchPulls = true): Promise<ClientBenchResult['pull']> {
  const { db, products } = await productsCollection(storage, multiInstance);
  const stats = { requests: 0, handlerMs: 0 };
  const started = performance.now();
  const engine = startSyncEngine({
    transport: timedTransport(transportFor(options), stats),
    identifier: uniqueName('bench-device'),
    collections: { products },
    pullBatchSize: options.batchSize,
    prefetchPulls,
  });
  try {
    await engine.awaitInSync();
    const inSyncMs = performance.now() - started;
    const count = await waitForCount(products, options.expected);
    const ms = performance.now() - started;
    return { ...timing(count, ms), requests: stats.requests, handlerMs: Math.round(stats.handlerMs), inSyncMs: Math.round(inSyncMs) };
  } finally {
    await engine.stop();
    await db.remove();
  }
}

/** bulkInsert of `docs` into an empty collection, in one call or in chunks of `chunk`. */
export async function rawInsert(storage: RxStorage<unknown, unknown>, multiInstance: boolean, docs: object[], chunk = docs.length): Promise<Timing> {
  const { db, products } = await productsCollection(storage, multiInstance);
  try {
    const started = performance.now();
    for (let i = 0; i < docs.length; i += chunk) {
      const { error } = await products.bulkInsert(docs.slice(i, i + chunk));
      if (error.length > 0) throw new Error(`bulkInsert refused ${error.length} documents: ${JSON.stringify(error[0]).slice(0, 300)}`);
    }
    const ms = performance.now() - started;
    const count = await products.count().exec();
    if (count !== docs.length) throw new Error(`bulkInsert stored ${count} of ${docs.length}`);
    return timing(count, ms);
  } finally {
    await db.remove();
  }
}

/** All client measurements for one pull batch size. */
export async function runClientBench(storage: RxStorage<unknown, unknown>, multiInstance: boolean, options: ClientBenchOptions): Promise<ClientBenchResult> {
  // Goes first: it also warms the platform (query plans, JIT) so the replication pull is not the cold one.
  const http = await pullOverHttp(options);
  if (http.docs.length !== options.expected) throw new Error(`HTTP pull returned ${http.docs.length} of ${options.expected} documents`);
  const docs = http.docs.map(({ _deleted, ...doc }) => doc);
  const pullWithoutPrefetch = await replicationPull(storage, multiInstance, options, false);
  const pull = await replicationPull(storage, multiInstance, options);
  const raw = await rawInsert(storage, multiInstance, docs);
  const rawChunked = await rawInsert(storage, multiInstance, docs, options.batchSize);
  return { batchSize: options.batchSize, httpOnly: http.result, pull, pullWithoutPrefetch, raw, rawChunked, ratio: Math.round((pull.docsPerSec / raw.docsPerSec) * 100) / 100 };
}
