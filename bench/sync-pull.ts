/**
 * `npm run bench:sync`: how fast a fresh device pulls a large catalogue. Starts the platform in
 * process (PGlite; also PostgreSQL when BENCH_DATABASE_URL is set), seeds BENCH_DOCS products for
 * yangjiang-knives, then times the first full pull in Node (RxDB memory storage) and in Chromium
 * (RxDB Dexie storage) against a raw bulkInsert of the same documents, with the bytes each
 * document costs on the wire; then (`fair`) the demo merchant's first sync with pictures in Chromium
 * over an emulated fair connection. Prints figures and writes bench/results/sync-pull.json.
 * Knobs: BENCH_DOCS (50000), BENCH_BATCH_SIZES (500,1000), BENCH_CLIENTS (node,browser,fair).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cursor } from '@tradewind/sync';
import { openDatabase } from '../apps/platform/src/db/open.ts';
import { createPlatform } from '../apps/platform/src/server.ts';
import { createSqlSyncStore } from '../apps/platform/src/sync/sql-sync-store.ts';
import type { Database } from '../apps/platform/src/db/database.ts';
import { startBrowserBench, type BrowserBench } from './browser/run.ts';
import { addDemoImages } from './fair-connection/demo-images.ts';
import { FAIR_CONNECTION, runFairSync } from './fair-connection/run.ts';
import type { ClientBenchResult } from './client-bench.ts';
import { loadAverage } from './load-average.ts';
import { runNodeClient } from './node-client.ts';
import { benchList, benchSettings, log } from './settings.ts';
import { countProducts, makeProducts, seedProducts } from './seed.ts';
import { measureWireBytes, type WireBytes } from './wire-bytes.ts';

const TENANT = 'yangjiang-knives';
const { docs: DOCS } = benchSettings({ docs: 50_000 });
const BATCH_SIZES = benchList('batchSizes', ['500', '1000']).map(Number);
const CLIENTS = benchList('clients', ['node', 'browser', 'fair']);
const WITH_BROWSER = CLIENTS.includes('browser');
const RESULTS = new URL('results/sync-pull.json', import.meta.url);

const n = (value: number) => Math.round(value).toLocaleString('en-US');
const s = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
/** Other work on the machine skews every figure; printed so a reader can tell a quiet run from a busy one. */

interface ServerResult {
  batchSize: number;
  /** store.pull over every page, in process: SQL + row decoding, no HTTP. */
  storePull: { docs: number; ms: number; docsPerSec: number; pages: number };
  /** JSON.stringify + JSON.parse of the same pages (what Fastify and the client add on top). */
  jsonMs: number;
  /** Bytes a document costs on the wire in a full page, as the platform sends it (plain, brotli, gzip). */
  wire: WireBytes;
}

interface ClientRun extends ClientBenchResult {
  database: string;
  client: 'node memory' | 'chromium dexie';
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: TENANT, password: 'tradewind-demo', deviceName: 'bench' }),
  });
  if (!response.ok) throw new Error(`login answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function measureStorePull(db: Database, batchSize: number, wire: WireBytes): Promise<ServerResult> {
  const store = createSqlSyncStore(db);
  let cursor: Cursor | null = null;
  let docs = 0;
  let pages = 0;
  let jsonMs = 0;
  const started = performance.now();
  for (;;) {
    const page = await store.pull(TENANT, 'products', cursor, batchSize);
    pages++;
    docs += page.documents.length;
    cursor = page.cursor;
    const jsonStarted = performance.now();
    JSON.parse(JSON.stringify(page));
    jsonMs += performance.now() - jsonStarted;
    if (page.documents.length < batchSize) break;
  }
  const ms = performance.now() - started - jsonMs;
  return { batchSize, storePull: { docs, ms: Math.round(ms), docsPerSec: Math.round(docs / (ms / 1000)), pages }, jsonMs: Math.round(jsonMs), wire };
}

function clientLine(run: ClientRun): string {
  const { pull, raw } = run;
  return (
    `${run.database} · ${run.client.padEnd(14)} · batch ${String(run.batchSize).padStart(4)}: ` +
    `pull ${n(pull.docs)} docs in ${s(pull.ms)} = ${n(pull.docsPerSec)} docs/s; ` +
    `raw bulkInsert ${s(raw.ms)} = ${n(raw.docsPerSec)} docs/s; ratio ${run.ratio.toFixed(2)}`
  );
}

function clientDetail(run: ClientRun): string {
  return (
    `    HTTP-only pull ${s(run.httpOnly.ms)} = ${n(run.httpOnly.docsPerSec)} docs/s (${run.httpOnly.requests} requests); ` +
    `in pull requests ${s(run.pull.handlerMs)} of ${s(run.pull.ms)} (${run.pull.requests} requests, in sync after ${s(run.pull.inSyncMs)}); ` +
    `RxDB's own replication ${s(run.rxdbPull.ms)} = ${n(run.rxdbPull.docsPerSec)} docs/s, ratio ${(run.rxdbPull.docsPerSec / run.raw.docsPerSec).toFixed(2)}; ` +
    `raw bulkInsert in ${run.batchSize}-doc chunks ${s(run.rawChunked.ms)} = ${n(run.rawChunked.docsPerSec)} docs/s`
  );
}

function serverLine(database: string, server: ServerResult): string {
  const { storePull } = server;
  return (
    `${database} · server store.pull · batch ${String(server.batchSize).padStart(4)}: ${n(storePull.docs)} docs in ${storePull.pages} pages, ` +
    `${s(storePull.ms)} = ${n(storePull.docsPerSec)} docs/s; JSON stringify+parse of the pages ${s(server.jsonMs)}; ` +
    `bytes on the wire per document ${n(server.wire.json)} B JSON, ${n(server.wire.brotli)} B brotli (page in ${server.wire.brotliMs.toFixed(0)} ms), ${n(server.wire.gzip)} B gzip`
  );
}

async function benchDatabase(name: string, databaseUrl: string | undefined, products: ReturnType<typeof makeProducts>, browser: BrowserBench | undefined) {
  const dataDir = databaseUrl ? undefined : mkdtempSync(join(tmpdir(), 'tradewind-bench-'));
  const db = await openDatabase({ databaseUrl, dataDir });
  // The browser benchmark page is served from a loopback port of its own and calls the platform from there.
  const app = await createPlatform({ db, allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/] });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    log(`\n[${name}] platform on ${baseUrl}; seeding ${n(products.length)} products…`);
    const seedMs = await seedProducts(db, TENANT, products);
    const expected = await countProducts(db, TENANT);
    const seed = { docs: products.length, ms: Math.round(seedMs), docsPerSec: Math.round(products.length / (seedMs / 1000)) };
    log(`[${name}] seeded ${n(seed.docs)} products in ${s(seed.ms)} = ${n(seed.docsPerSec)} docs/s; the tenant now has ${n(expected)}`);

    const server: ServerResult[] = [];
    for (const batchSize of BATCH_SIZES) {
      const wire = await measureWireBytes(baseUrl, await login(baseUrl), 'products', batchSize);
      server.push(await measureStorePull(db, batchSize, wire));
      log(serverLine(name, server.at(-1)!));
    }
    const clients: ClientRun[] = [];
    for (const batchSize of CLIENTS.includes('node') ? BATCH_SIZES : []) {
      const result = await runNodeClient({ baseUrl, token: await login(baseUrl), batchSize, expected });
      clients.push({ database: name, client: 'node memory', ...result });
      log(clientLine(clients.at(-1)!));
      log(clientDetail(clients.at(-1)!));
    }
    for (const batchSize of browser ? BATCH_SIZES : []) {
      const result = await browser!.run({ baseUrl, token: await login(baseUrl), batchSize, expected });
      clients.push({ database: name, client: 'chromium dexie', ...result });
      log(clientLine(clients.at(-1)!));
      log(clientDetail(clients.at(-1)!));
    }
    return { database: name, seed, expected, server, clients };
  } finally {
    await app.close();
    await db.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const products = makeProducts(DOCS);
const avgDocBytes = Math.round(products.reduce((sum, doc) => sum + Buffer.byteLength(JSON.stringify(doc)), 0) / products.length);
log(`Tradewind sync pull bench: ${n(DOCS)} products of ~${n(avgDocBytes)} bytes JSON, batch sizes ${BATCH_SIZES.join(', ')}, ${cpus().length} CPUs (load ${loadAverage()}), Node ${process.version}`);
const loadAtStart = loadavg();

let browser: BrowserBench | undefined;
if (WITH_BROWSER) {
  const started = performance.now();
  browser = await startBrowserBench();
  log(`bench page built with Vite and Chromium started in ${s(performance.now() - started)}`);
}

const databases = [];
try {
  databases.push(await benchDatabase('pglite', undefined, products, browser));
  if (process.env.BENCH_DATABASE_URL) databases.push(await benchDatabase('postgres', process.env.BENCH_DATABASE_URL, products, browser));
} finally {
  await browser?.close();
}

/** The demo merchant's first sync, pictures included, on a fresh platform over an emulated fair connection. */
async function fairConnectionSync() {
  const db = await openDatabase({});
  const app = await createPlatform({ db, allowedOrigins: [/^http:\/\/127\.0\.0\.1:\d+$/] });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const images = await addDemoImages(baseUrl, await login(baseUrl));
    const sync = await runFairSync(baseUrl, await login(baseUrl));
    return { connection: FAIR_CONNECTION, images, sync };
  } finally {
    await app.close();
    await db.close();
  }
}

function fairLine({ connection, sync }: Awaited<ReturnType<typeof fairConnectionSync>>): string {
  return (
    `fair connection (Chromium emulating ${connection.downloadMbit} Mbit/s down, ${connection.uploadMbit} Mbit/s up, ${connection.rttMs} ms RTT) · demo merchant's first sync: ` +
    `${n(sync.docs)} documents and ${sync.attachments} pictures (${(sync.attachmentBytes / 1024 ** 2).toFixed(1)} MiB) in ${s(sync.ms)}`
  );
}

const fair = CLIENTS.includes('fair') ? await fairConnectionSync() : undefined;
if (fair) log(`\n${fairLine(fair)}`);

log(`\n=== Summary === (load average ${loadAverage()}; figures are wall-clock and sensitive to other work on the machine)`);
for (const result of databases) {
  log(`${result.database} · seed: ${n(result.seed.docs)} products in ${s(result.seed.ms)} = ${n(result.seed.docsPerSec)} docs/s`);
  for (const server of result.server) log(serverLine(result.database, server));
  for (const run of result.clients) {
    log(clientLine(run));
    log(clientDetail(run));
  }
}
if (fair) log(fairLine(fair));

mkdirSync(new URL('.', RESULTS), { recursive: true });
writeFileSync(
  RESULTS,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAtStart, loadAtEnd: loadavg(), docs: DOCS, avgDocBytes, batchSizes: BATCH_SIZES, databases }, null, 2)}\n`,
);
log(`\nwritten to ${RESULTS.pathname}`);
