/**
 * Storage-agnostic client measurements, shared by the Node run (memory storage) and the browser
 * page (Dexie on IndexedDB): HTTP-only pull, full RxDB replication pull, raw bulkInsert.
 */
import { COLLECTIONS, migrationStrategies } from '@tradewind/domain';
import { createTransport, startSyncEngine, type Transport } from '@tradewind/sync/client';
import type { Checkpoint, PullResponse, ReplicatedDoc } from '@tradewind/sync';
import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase, type RxJsonSchema, type RxStorage } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';

export interface ClientBenchOptions {
  baseUrl: string;
  token: string;
  batchSize: number;
  /** Live documents the platform holds for the tenant in the collection. */
  expected: number;
  /** The collection pulled (default products). */
  collection?: 'products' | 'stock';
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
  /** The same by RxDB's own replication: no page fetched ahead, no first pull of the engine's own (the engine before issue 12). */
  rxdbPull: Timing & { requests: number; handlerMs: number; inSyncMs: number };
  /** One bulkInsert of the same documents into an empty collection. */
  raw: Timing;
  /** The same, in bulkInserts of `batchSize` documents (what one pull page could cost at best). */
  rawChunked: Timing;
  ratio: number;
}

// Collections past schema version 0 (stock) need it even when there is nothing to migrate.
addRxPlugin(RxDBMigrationSchemaPlugin);

const timing = (docs: number, ms: number): Timing => ({ docs, ms: Math.round(ms), docsPerSec: Math.round(docs / (ms / 1000)) });
const uniqueName = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
const transportFor = (options: ClientBenchOptions) => createTransport(options.baseUrl, { accessToken: () => options.token, refresh: async () => false });

async function benchCollection(storage: RxStorage<unknown, unknown>, multiInstance: boolean, name: ClientBenchOptions['collection'] = 'products') {
  const db: RxDatabase = await createRxDatabase({ name: uniqueName('bench'), storage, multiInstance });
  await db.addCollections({ [name]: { schema: COLLECTIONS[name].schema as unknown as RxJsonSchema<unknown>, migrationStrategies: migrationStrategies(name) } });
  return { db, name, collection: db.collections[name] as RxCollection };
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
    const page: PullResponse = await transport.json<PullResponse>(`/api/sync/${options.collection ?? 'products'}/pull?${query}`);
    requests++;
    docs.push(...page.documents);
    checkpoint = page.checkpoint;
    if (page.documents.length < options.batchSize) break;
  }
  return { result: { ...timing(docs.length, performance.now() - started), requests }, docs };
}

/** Counts pull calls and the time spent inside them (fetch, platform, JSON parse; calls overlap when pages are fetched ahead). */
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

/** The sync engine's first pull of the collection into an empty one. */
export async function replicationPull(storage: RxStorage<unknown, unknown>, multiInstance: boolean, options: ClientBenchOptions, prefetchPulls = true): Promise<ClientBenchResult['pull']> {
  const { db, name, collection } = await benchCollection(storage, multiInstance, options.collection);
  const stats = { requests: 0, handlerMs: 0 };
  const started = performance.now();
  const engine = startSyncEngine({
    transport: timedTransport(transportFor(options), stats),
    identifier: uniqueName('bench-device'),
    collections: { [name]: collection },
    pullBatchSize: options.batchSize,
    prefetchPulls,
  });
  try {
    await engine.awaitInSync();
    const inSyncMs = performance.now() - started;
    const count = await waitForCount(collection, options.expected);
    const ms = performance.now() - started;
    return { ...timing(count, ms), requests: stats.requests, handlerMs: Math.round(stats.handlerMs), inSyncMs: Math.round(inSyncMs) };
  } finally {
    await engine.stop();
    await db.remove();
  }
}

/** bulkInsert of `docs` into an empty collection, in one call or in chunks of `chunk`. */
export async function rawInsert(storage: RxStorage<unknown, unknown>, multiInstance: boolean, docs: object[], chunk = docs.length, collection?: ClientBenchOptions['collection']): Promise<Timing> {
  const { db, collection: target } = await benchCollection(storage, multiInstance, collection);
  try {
    const started = performance.now();
    for (let i = 0; i < docs.length; i += chunk) {
      const { error } = await target.bulkInsert(docs.slice(i, i + chunk));
      if (error.length > 0) throw new Error(`bulkInsert refused ${error.length} documents: ${JSON.stringify(error[0]).slice(0, 300)}`);
    }
    const ms = performance.now() - started;
    const count = await target.count().exec();
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
  const rxdbPull = await replicationPull(storage, multiInstance, options, false);
  const pull = await replicationPull(storage, multiInstance, options);
  const raw = await rawInsert(storage, multiInstance, docs, docs.length, options.collection);
  const rawChunked = await rawInsert(storage, multiInstance, docs, options.batchSize, options.collection);
  return { batchSize: options.batchSize, httpOnly: http.result, pull, rxdbPull, raw, rawChunked, ratio: Math.round((pull.docsPerSec / raw.docsPerSec) * 100) / 100 };
}
