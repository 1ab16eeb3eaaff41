/**
 * Test helpers for the platform: start it on either engine, log in, pull/push through the HTTP
 * API (Fastify `inject`, or a real port when a test needs streaming), and snapshot the replicated
 * tables to assert that nothing changed.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newId, type CollectionName } from '@tradewind/domain';
import type { Checkpoint, PullResponse, PushRow, ReplicatedDoc } from '@tradewind/sync';
import type { FastifyInstance } from 'fastify';
import { expect, inject } from 'vitest';
import { createPostgresDatabase } from '../../../test-support/databases.ts';
// Brings in the typing of `inject('postgresUrl')` used by createPostgresDatabase.
import type {} from '../../../test-support/postgres-global-setup.ts';
import type { Database } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open.ts';
import { createPlatform } from '../src/server.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];

export const DEMO_PASSWORD = 'tradewind-demo';
export const YANGJIANG = 'yangjiang-knives';
export const SHAOXING = 'shaoxing-textile';

export interface TestPlatform {
  engine: Engine;
  app: FastifyInstance;
  db: Database;
  /** Base URL when started with `listen: true`. */
  url?: string;
  close(): Promise<void>;
}

/** A fresh empty database on the given engine (PGlite in memory, or a new PostgreSQL database). */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  return engine === 'pglite' ? openDatabase({}) : openDatabase({ databaseUrl: await createPostgresDatabase() });
}

const TEMPLATE_INPUTS = ['apps/platform/migrations', 'apps/platform/src/seed', 'apps/platform/src/db', 'resources/demo-park', 'node_modules/@electric-sql/pglite/package.json'];

/**
 * A migrated and demo-seeded PGlite data folder, made once per test run and copied for each
 * platform: creating PGlite and hashing the demo password takes seconds, copying a folder does not.
 * Keyed by the run (the test PostgreSQL URL) and by everything that shapes its content.
 */
async function seededPgliteTemplate(): Promise<string> {
  const hash = createHash('sha256').update(inject('postgresUrl'));
  const addInput = (path: string) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) addInput(join(path, name));
    else hash.update(path).update(readFileSync(path));
  };
  for (const input of TEMPLATE_INPUTS) addInput(join(REPO_ROOT, input));
  const root = join(tmpdir(), 'tradewind-test-pglite');
  const template = join(root, hash.digest('hex').slice(0, 16));
  if (existsSync(template)) return template;
  mkdirSync(root, { recursive: true });
  // Templates of earlier runs.
  for (const name of readdirSync(root)) {
    const path = join(root, name);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
  const building = mkdtempSync(`${template}.building-`);
  const db = await openDatabase({ dataDir: join(building, 'data') });
  const app = await createPlatform({ db, seedDemo: true });
  await app.close();
  await db.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test file finished it first
  }
  return template;
}

/** A platform on a fresh database, migrated and (by default) seeded with the demo park. */
export async function startPlatform(engine: Engine, options: { seedDemo?: boolean; listen?: boolean } = {}): Promise<TestPlatform> {
  const seedDemo = options.seedDemo ?? true;
  let copy: string | undefined;
  let db: Database;
  if (engine === 'pglite' && seedDemo) {
    const template = await seededPgliteTemplate();
    copy = mkdtempSync(join(tmpdir(), 'tradewind-test-pglite-copy-'));
    cpSync(join(template, 'data'), join(copy, 'data'), { recursive: true });
    db = await openDatabase({ dataDir: join(copy, 'data') });
  } else {
    db = await openTestDatabase(engine);
  }
  const app = await createPlatform({ db, seedDemo });
  let url: string | undefined;
  if (options.listen) url = await app.listen({ port: 0, host: '127.0.0.1' });
  else await app.ready();
  return {
    engine,
    app,
    db,
    url,
    async close() {
      await app.close();
      await db.close();
      if (copy) rmSync(copy, { recursive: true, force: true });
    },
  };
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

/** One JSON request through `app.inject`. */
export async function api<T = unknown>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await app.inject({
    method,
    url,
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });
  const text = response.body;
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text so the assertion shows it
  }
  return { status: response.statusCode, body: body as T, headers: response.headers };
}

export async function login(app: FastifyInstance, username: string, deviceName = 'vitest'): Promise<string> {
  const response = await api<{ accessToken: string }>(app, 'POST', '/api/auth/login', { body: { username, password: DEMO_PASSWORD, deviceName } });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.accessToken;
}

export function pullUrl(collection: string, checkpoint: Checkpoint | null | string = null, batchSize?: number | string): string {
  const query = new URLSearchParams();
  if (checkpoint !== null) query.set('checkpoint', typeof checkpoint === 'string' ? checkpoint : JSON.stringify(checkpoint));
  if (batchSize !== undefined) query.set('batchSize', String(batchSize));
  const qs = query.toString();
  return `/api/sync/${collection}/pull${qs ? `?${qs}` : ''}`;
}

/** One pull page; fails the test unless it is a 200. */
export async function pull(app: FastifyInstance, token: string, collection: string, checkpoint: Checkpoint | null = null, batchSize?: number): Promise<PullResponse> {
  const response = await api<PullResponse>(app, 'GET', pullUrl(collection, checkpoint, batchSize), { token });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** Pulls pages from `checkpoint` until the platform has nothing more; returns everything and the last checkpoint. */
export async function pullAll(app: FastifyInstance, token: string, collection: string, checkpoint: Checkpoint | null = null, batchSize = 1000): Promise<PullResponse> {
  const documents: ReplicatedDoc[] = [];
  let position = checkpoint;
  for (;;) {
    const page = await pull(app, token, collection, position, batchSize);
    documents.push(...page.documents);
    position = page.checkpoint;
    if (page.documents.length < batchSize) return { documents, checkpoint: position };
  }
}

/**
 * Pulls everything from `checkpoint`, retrying until `until` holds (or 5 s pass). On PostgreSQL a
 * committed change is handed out only once every older transaction of the cluster has finished,
 * so a test running in parallel that holds a transaction open may delay it; it may never be lost.
 */
export async function pullAllUntil(
  app: FastifyInstance,
  token: string,
  collection: string,
  checkpoint: Checkpoint | null,
  until: (documents: ReplicatedDoc[]) => boolean,
  timeoutMs = 5000,
): Promise<PullResponse> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await pullAll(app, token, collection, checkpoint);
    if (until(result.documents) || Date.now() > deadline) return result;
    await sleep(50);
  }
}

/** Pushes rows; fails the test unless it is a 200; returns the conflicts. */
export async function push(app: FastifyInstance, token: string, collection: string, rows: PushRow[]): Promise<ReplicatedDoc[]> {
  const response = await api<ReplicatedDoc[]>(app, 'POST', `/api/sync/${collection}/push`, { token, body: rows });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

export interface StoredRow {
  tenant_id: string;
  id: string;
  /** jsonb as text: canonical, so equal documents compare equal. */
  doc: string;
  deleted: boolean;
  tx: string;
  written_at: string;
}

/** Every row of every replicated table (each doc_* table in the database), in a stable order, as text-comparable values. */
export async function snapshot(db: Database, options: { exclude?: CollectionName[] } = {}): Promise<Record<string, StoredRow[]>> {
  const tables = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'doc\\_%' ORDER BY table_name",
  );
  const out: Record<string, StoredRow[]> = {};
  for (const { name } of tables) {
    const collection = name.slice('doc_'.length);
    if (options.exclude?.includes(collection as CollectionName)) continue;
    out[collection] = await db.query<StoredRow>(
      `SELECT tenant_id, id, doc::text AS doc, deleted, tx::text AS tx, written_at::text AS written_at FROM ${name} ORDER BY tenant_id, id`,
    );
  }
  expect(Object.keys(out).length, 'no doc_* tables found').toBeGreaterThan(0);
  return out;
}

/** The stored row of one document, or undefined. */
export async function storedRow(db: Database, collection: CollectionName, tenantId: string, id: string): Promise<StoredRow | undefined> {
  const [row] = await db.query<StoredRow>(
    `SELECT tenant_id, id, doc::text AS doc, deleted, tx::text AS tx, written_at::text AS written_at FROM doc_${collection} WHERE tenant_id = $1 AND id = $2`,
    [tenantId, id],
  );
  return row;
}

/** A valid new product document as a device would create it. */
export function newProduct(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const id = newId();
  return {
    id,
    updatedAt: new Date().toISOString(),
    name: `测试产品 ${id.slice(-6)}`,
    nameEn: 'Test product',
    description: '',
    category: 'knives.kitchen',
    hsCode: '8211920000',
    origin: 'CN',
    brand: 'TEST',
    sku: `T-${id.slice(-8)}`,
    price: { amount: 1234, currency: 'USD' },
    moq: 10,
    unit: 'pc',
    variants: [],
    archived: false,
    ...overrides,
    _deleted: false,
  };
}

/** A valid new filing document as a device would create it. */
export function newFiling(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const now = new Date().toISOString();
  return {
    id: newId(),
    updatedAt: now,
    kind: 'export-9710',
    status: 'draft',
    title: 'Test filing',
    orderIds: [],
    payload: {},
    createdAt: now,
    customsStatus: 'none',
    receipts: [],
    ...overrides,
    _deleted: false,
  };
}

/** A later edit of a document (new updatedAt plus the given fields). */
export function edited(doc: ReplicatedDoc, fields: Record<string, unknown>): ReplicatedDoc {
  return { ...doc, updatedAt: new Date(Date.now() + 1000).toISOString(), ...fields };
}

export const ids = (docs: { id: string }[]): string[] => docs.map((doc) => doc.id).sort();

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads a server-sent event stream; collects raw events (`event:`/`data:` blocks). */
export function readEvents(body: ReadableStream<Uint8Array>): { events: { event?: string; data?: string }[]; waitFor(predicate: (e: { event?: string; data?: string }) => boolean, timeoutMs: number): Promise<boolean>; cancel(): Promise<void> } {
  const events: { event?: string; data?: string }[] = [];
  const waiters = new Set<() => void>();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: { event?: string; data?: string } = {};
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) event.event = line.slice(7);
          else if (line.startsWith('data: ')) event.data = line.slice(6);
        }
        if (event.event !== undefined || event.data !== undefined) events.push(event);
      }
      for (const wake of waiters) wake();
    }
  })();
  return {
    events,
    waitFor(predicate, timeoutMs) {
      return new Promise((resolve) => {
        const check = () => {
          if (events.some(predicate)) {
            done(true);
            return true;
          }
          return false;
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        const done = (result: boolean) => {
          clearTimeout(timer);
          waiters.delete(check);
          resolve(result);
        };
        if (!check()) waiters.add(check);
      });
    },
    async cancel() {
      await reader.cancel().catch(() => {});
      await pump;
    },
  };
}

/** Opens the change stream with a bearer token on a listening platform. */
export async function openStream(baseUrl: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/sync/stream`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const stream = readEvents(response.body!);
  return {
    ...stream,
    async close() {
      controller.abort();
      await stream.cancel();
    },
  };
}
