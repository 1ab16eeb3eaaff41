/**
 * Test helpers for the platform: start it on either engine, log in, pull/push through the HTTP
 * API (Fastify `inject`, or a real port when a test needs streaming), and snapshot the replicated
 * tables to assert that nothing changed.
 */
import { newId, type CollectionName, COLLECTION_NAMES } from '@tradewind/domain';
import type { Checkpoint, PullResponse, PushRow, ReplicatedDoc } from '@tradewind/sync';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { createPostgresDatabase } from '../../../test-support/databases.ts';
import type { Database } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open.ts';
import { createPlatform } from '../src/server.ts';

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

/** A platform on a fresh database, migrated and (by default) seeded with the demo park. */
export async function startPlatform(engine: Engine, options: { seedDemo?: boolean; listen?: boolean } = {}): Promise<TestPlatform> {
  const db = await openTestDatabase(engine);
  const app = await createPlatform({ db, seedDemo: options.seedDemo ?? true });
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

/** Every row of every replicated table (doc_*), in a stable order, as text-comparable values. */
export async function snapshot(db: Database, options: { exclude?: CollectionName[] } = {}): Promise<Record<string, StoredRow[]>> {
  const out: Record<string, StoredRow[]> = {};
  for (const collection of COLLECTION_NAMES) {
    if (options.exclude?.includes(collection)) continue;
    out[collection] = await db.query<StoredRow>(
      `SELECT tenant_id, id, doc::text AS doc, deleted, tx::text AS tx, written_at::text AS written_at FROM doc_${collection} ORDER BY tenant_id, id`,
    );
  }
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
