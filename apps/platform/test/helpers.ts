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
import { COLLECTIONS, derivedId, newId, type CollectionName } from '@tradewind/domain';
import type { Checkpoint, PullResponse, PushRow, ReplicatedDoc, SyncEpoch } from '@tradewind/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { createPostgresDatabase } from '../../../test-support/databases.ts';
import { productFixture } from '../../../test-support/product-fixture.ts';
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

/** The platform id and epoch that the platform on `db` stamps on its checkpoints. */
export async function syncEpochOf(db: Database): Promise<SyncEpoch> {
  const rows = await db.query<{ key: string; value: string }>("SELECT key, value FROM settings WHERE key IN ('sync_platform_id', 'sync_epoch')");
  const value = (key: string) => rows.find((row) => row.key === key)!.value;
  return { platform: value('sync_platform_id'), epoch: value('sync_epoch') };
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
export async function seededPgliteTemplate(): Promise<string> {
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
  return { ...productFixture(newId()), ...overrides, _deleted: false };
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

/** A valid new order (a fair quote) as a device would create it. */
let ordersMade = 0;

/** A valid quote with a number of its own (numbers are unique per tenant). */
export function newOrder(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const now = new Date().toISOString();
  return {
    id: newId(),
    updatedAt: now,
    createdAt: now,
    number: `TV01-${String(++ordersMade).padStart(6, '0')}`,
    buyerName: 'Cuchillería Toledo S.L.',
    buyerCountry: 'ES',
    channel: 'fair',
    status: 'quote',
    currency: 'USD',
    incoterm: 'FOB',
    notes: '',
    depositPercent: 30,
    lines: [{ id: newId(), productId: newId(), sku: 'LF-CH8', name: '厨师刀', quantity: 200, unitPrice: 650 }],
    payments: [],
    ...overrides,
    _deleted: false,
  };
}

/** A buyer met at the fair, with the personal data devices keep encrypted. */
export function newBuyer(overrides: Record<string, unknown> = {}): ReplicatedDoc {
  const now = new Date().toISOString();
  return {
    id: newId(),
    updatedAt: now,
    createdAt: now,
    company: 'Al Noor Trading LLC',
    contactName: 'Omar Haddad',
    email: 'omar@alnoor.example',
    phone: '+971 50 123 4567',
    country: 'AE',
    metAt: 'Canton Fair 2026',
    notes: '',
    language: 'ar',
    priceTier: 'list',
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

// ---------------------------------------------------------------------------------------------
// Attack tables (adversarial-*.test.ts): one `it` per attack, each run between two snapshots of
// every table a request could touch, with the platform's health checked after it.

/** A demo user's tenant (the push refusals name it). */
export const TENANT_OF: Record<string, string> = { [YANGJIANG]: YANGJIANG, 'yangjiang-fair': YANGJIANG, [SHAOXING]: SHAOXING };

export interface Session {
  accessToken: string;
  refreshToken: string;
  deviceId: string;
}

export interface AttackContext {
  platform: TestPlatform;
  app: FastifyInstance;
  db: Database;
  /** A demo login on this platform, one device per (username, deviceName), made on first use. */
  session(username: string, deviceName?: string): Promise<Session>;
  token(username: string): Promise<string>;
  /** A value shared by the attacks on one platform (a revoked device, a pending registration…), made on first use. */
  once<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** While frozen (between the snapshots), a login not made yet is a mistake in the attack table. */
  frozen: boolean;
}

/** A push row the platform must refuse: exactly one push_refused notice and one `refused` audit row each. */
export interface Refusal {
  by: string;
  collection: CollectionName;
  doc: ReplicatedDoc;
  reason: string;
  /** The notice's `params.detail`: exactly, or matching. */
  detail?: string | RegExp;
  /** What the notice keeps, when it is not the document less its encrypted fields, and the fields it says it left out. */
  content?: Record<string, unknown>;
  omitted?: string;
}

export interface AttackExpectation {
  status: number;
  /** `error.code` of the JSON error body. */
  code?: string;
  /** The whole response body (the conflicts of a push). */
  body?: unknown;
  retryAfter?: boolean;
  refused?: Refusal[];
  /** Every other change the attack may cause (see `platformState` for the line format); none by default. */
  changes?: string[];
}

export interface Attack<S = unknown> {
  name: string;
  /** The request, for the report table. */
  request: string;
  /** Also run against PostgreSQL. */
  postgres?: boolean;
  /** Runs on a platform of its own (for the in-memory per-address login limiter). */
  ownPlatform?: boolean;
  /** Demo accounts the attack acts as: logged in (device 'vitest') before the first snapshot. */
  as?: readonly string[];
  setup?(ctx: AttackContext): Promise<S>;
  run(ctx: AttackContext, state: S): Promise<ApiResponse>;
  expect: AttackExpectation | ((state: S, response: ApiResponse) => AttackExpectation);
  /** Further checks after the snapshot comparison. */
  verify?(ctx: AttackContext, state: S, response: ApiResponse): Promise<void>;
}

export function attack<S = undefined>(definition: Attack<S>): Attack<unknown> {
  return definition as Attack<unknown>;
}

/** One request with a raw (string) body, for JSON that object literals cannot express. */
export async function rawApi<T = unknown>(
  app: FastifyInstance,
  method: 'GET' | 'POST',
  url: string,
  payload: string | Buffer,
  options: { token?: string; contentType?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const response = await app.inject({
    method,
    url,
    payload,
    headers: { 'content-type': options.contentType ?? 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers },
  });
  let body: unknown = response.body;
  try {
    body = response.body ? JSON.parse(response.body) : undefined;
  } catch {
    // keep the text
  }
  return { status: response.statusCode, body: body as T, headers: response.headers };
}

export async function loginAs(app: FastifyInstance, username: string, password: string, deviceName = 'vitest'): Promise<ApiResponse<Session & Record<string, unknown>>> {
  return api(app, 'POST', '/api/auth/login', { body: { username, password, deviceName } });
}

export function attackContext(platform: TestPlatform): AttackContext {
  const sessions = new Map<string, Promise<Session>>();
  const shared = new Map<string, Promise<unknown>>();
  const context: AttackContext = {
    platform,
    app: platform.app,
    db: platform.db,
    session,
    token: async (username) => (await session(username)).accessToken,
    once<T>(key: string, make: () => Promise<T>) {
      if (!shared.has(key)) shared.set(key, make());
      return shared.get(key) as Promise<T>;
    },
    frozen: false,
  };
  function session(username: string, deviceName = 'vitest') {
    const key = `${username}\n${deviceName}`;
    if (!sessions.has(key)) {
      if (context.frozen) throw new Error(`${username} logs in during the attack: list it in the attack's \`as\``);
      sessions.set(
        key,
        loginAs(platform.app, username, DEMO_PASSWORD, deviceName).then((response) => {
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          return response.body;
        }),
      );
    }
    return sessions.get(key)!;
  }
  return context;
}

interface StateRow {
  /** Names the row in a change line. */
  label: string;
  /** Everything stored, to detect any change. */
  content: string;
}

export type PlatformState = Record<string, Record<string, StateRow>>;

/**
 * Every row of every doc_* table and of the account, session, audit and throttle tables, keyed
 * and labelled for `stateChanges` (devices' last-seen time left out: any authenticated request
 * bumps it in the background).
 */
export async function platformState(db: Database): Promise<PlatformState> {
  const state: PlatformState = {};
  const put = (table: string, key: string, label: string, content: unknown) => {
    (state[table] ??= {})[key] = { label, content: typeof content === 'string' ? content : JSON.stringify(content) };
  };
  const tables = await db.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'doc\\_%' ORDER BY table_name",
  );
  expect(tables.length, 'no doc_* tables found').toBeGreaterThan(0);
  for (const { name } of tables) {
    state[name] = {};
    const rows = await db.query<StoredRow>(`SELECT tenant_id, id, doc::text AS doc, deleted, tx::text AS tx, written_at::text AS written_at FROM ${name}`);
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as { kind?: string; messageKey?: string; refused?: { collection: string; documentId: string } };
      const label =
        name === 'doc_notices' && doc.kind === 'push_refused' && doc.refused
          ? `${row.tenant_id}/push_refused ${doc.messageKey} for ${doc.refused.collection}/${doc.refused.documentId}`
          : `${row.tenant_id}/${row.id}`;
      put(name, `${row.tenant_id}/${row.id}`, label, row);
    }
  }
  const each = async <R extends Record<string, unknown>>(table: string, sql: string, key: (row: R, i: number) => string, label: (row: R) => string) => {
    state[table] = {};
    (await db.query<R>(sql)).forEach((row, i) => put(table, key(row, i), label(row), row));
  };
  await each<{ id: string; tenant_id: string; username: string | null; action: string; collection: string; document_id: string; reason: string | null }>(
    'audit_log',
    'SELECT a.id::text, a.tenant_id, u.username, a.action, a.collection, a.document_id, a.reason, a.fields::text, a.user_id, a.device_id, a.at::text FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id',
    (row) => row.id,
    (row) => `${row.tenant_id} ${row.username} ${row.action} ${row.collection}/${row.document_id}${row.reason ? ` (${row.reason})` : ''}`,
  );
  await each<{ token_hash: string; username: string; name: string; used: boolean; expired: boolean }>(
    'refresh_tokens',
    `SELECT r.token_hash, u.username, d.name, r.used_at IS NOT NULL AS used, r.expires_at <= now() AS expired, r.family_id, r.used_at::text AS used_at, r.expires_at::text AS expires_at
     FROM refresh_tokens r JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id`,
    (row) => row.token_hash,
    (row) => `${row.username}/${row.name}: ${row.used ? 'used' : 'unused'}, ${row.expired ? 'expired' : 'live'}`,
  );
  await each<{ id: string; username: string; name: string; revoked_at: string | null }>(
    'devices',
    'SELECT d.id, u.username, d.name, d.number_prefix, d.revoked_at::text AS revoked_at FROM devices d JOIN users u ON u.id = d.user_id',
    (row) => row.id,
    (row) => `${row.username}/${row.name}: ${row.revoked_at ? 'revoked' : 'active'}`,
  );
  await each<{ username: string; at: string }>(
    'login_failures',
    'SELECT username, at::text AS at FROM login_failures ORDER BY username, at',
    (row, i) => `${row.username}#${i}`,
    (row) => row.username,
  );
  await each<{ id: string; status: string; devices_registered: number }>(
    'tenants',
    'SELECT id, name, cluster, code, status, uscc, devices_registered, registered_at::text AS registered_at FROM tenants',
    (row) => row.id,
    (row) => `${row.id}: ${row.status}, ${row.devices_registered} devices`,
  );
  await each<{ id: string; username: string; role: string; tenant_id: string | null }>(
    'users',
    'SELECT id, username, role, tenant_id, password_hash, display_name FROM users',
    (row) => row.id,
    (row) => `${row.username} (${row.role}${row.tenant_id ? ` of ${row.tenant_id}` : ''})`,
  );
  await each<{ key: string }>('settings', 'SELECT key, value FROM settings', (row) => row.key, (row) => row.key);
  await each<{ tenant_id: string; digest: string }>(
    'image_blobs',
    "SELECT tenant_id, digest, content_type, length, encode(sha256(data), 'hex') AS data FROM image_blobs",
    (row) => `${row.tenant_id}/${row.digest}`,
    (row) => `${row.tenant_id}/${row.digest}`,
  );
  return state;
}

/** What changed between two states, one sorted line per row: `<table> + <label>`, `<table> - <label>`, `<table> ~ <label>` (doc_*) or `<table> ~ <old label> → <new label>`. */
export function stateChanges(before: PlatformState, after: PlatformState): string[] {
  const lines: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[table] ?? {};
    const now = after[table] ?? {};
    for (const [key, row] of Object.entries(now)) {
      const old = was[key];
      if (!old) lines.push(`${table} + ${row.label}`);
      else if (old.content !== row.content) lines.push(table.startsWith('doc_') ? `${table} ~ ${row.label}` : `${table} ~ ${old.label} → ${row.label}`);
    }
    for (const [key, row] of Object.entries(was)) if (!now[key]) lines.push(`${table} - ${row.label}`);
  }
  return lines.sort();
}

/** The change lines a stored document and its audit row make. */
export function createdLines(by: string, collection: CollectionName, id: string, action: 'create' | 'update' | 'delete' = 'create'): string[] {
  const tenant = TENANT_OF[by]!;
  return [`doc_${collection} ${action === 'create' ? '+' : '~'} ${tenant}/${id}`, `audit_log + ${tenant} ${by} ${action} ${collection}/${id}`];
}

/** The one notice a device gets per refused document (a repeated refusal replaces it). */
async function refusalNoticeId(ctx: AttackContext, { by, collection, doc }: Refusal): Promise<string> {
  return derivedId(`push-refused:${(await ctx.session(by)).deviceId}:${collection}:${doc.id}`);
}

function refusalLines({ by, collection, doc, reason }: Refusal, noticeId: string, before: PlatformState): string[] {
  const tenant = TENANT_OF[by]!;
  const change = before.doc_notices?.[`${tenant}/${noticeId}`] ? '~' : '+';
  return [
    `doc_notices ${change} ${tenant}/push_refused notice.pushRefused.${reason} for ${collection}/${doc.id}`,
    `audit_log + ${tenant} ${by} refused ${collection}/${doc.id} (${reason})`,
  ];
}

/** The refusal notice added for `refusal`: complete, and valid for the devices' notices schema. */
async function expectRefusalNotice(db: Database, refusal: Refusal, noticeId: string): Promise<void> {
  const [row] = await db.query<{ doc: Record<string, unknown>; deleted: boolean }>('SELECT doc, deleted FROM doc_notices WHERE tenant_id = $1 AND id = $2', [TENANT_OF[refusal.by], noticeId]);
  expect(row, `notice for ${refusal.collection}/${refusal.doc.id}`).toBeDefined();
  expect(row!.deleted).toBe(false);
  const notice = row!.doc;
  expect((notice.refused as { reason?: string }).reason).toBe(refusal.reason);
  expect(notice).toMatchObject({
    kind: 'push_refused',
    severity: 'error',
    messageKey: `notice.pushRefused.${refusal.reason}`,
    params: { collection: refusal.collection, detail: refusal.detail === undefined ? expect.any(String) : typeof refusal.detail === 'string' ? refusal.detail : expect.stringMatching(refusal.detail) },
  });
  // What the user typed travels back in the notice — but not an oversized document, and never the
  // fields the device keeps encrypted (notices hold their content in clear on every device).
  const secret = (COLLECTIONS[refusal.collection].schema as { encrypted?: readonly string[] }).encrypted ?? [];
  const kept = Object.fromEntries(Object.entries(refusal.doc).filter(([field]) => !secret.includes(field)));
  expect(notice!.refused).toEqual({
    collection: refusal.collection,
    documentId: refusal.doc.id,
    reason: refusal.reason,
    content: refusal.content ?? (refusal.reason === 'too_large' ? { id: refusal.doc.id } : kept),
  });
  const omitted = refusal.reason === 'too_large' ? ['content'] : secret.filter((field) => field in refusal.doc);
  expect((notice!.params as Record<string, string>).omitted).toBe(refusal.omitted ?? (omitted.length > 0 ? omitted.join(', ') : undefined));
}

export interface AttackReportRow {
  engine: Engine;
  name: string;
  request: string;
  result: string;
  database: string;
}

/** What actually came back (and which refusal notices actually appeared), for the report. */
function resultOf(response: ApiResponse, request: string, changes: string[]): string {
  const error = (response.body as { error?: { code?: string } } | undefined)?.error;
  let result = `${response.status}${error?.code ? ` \`${error.code}\`` : ''}`;
  if (response.headers['retry-after'] !== undefined) result += `, retry-after ${String(response.headers['retry-after'])}`;
  if (Array.isArray(response.body)) {
    const n = response.body.length;
    result += request.includes('/push') ? (n === 0 ? ', no conflict' : `, ${n} conflict${n > 1 ? 's' : ''}`) : `, ${n} entr${n === 1 ? 'y' : 'ies'}`;
  }
  const documents = (response.body as { documents?: unknown[] } | undefined)?.documents;
  if (documents) result += `, ${documents.length} own document${documents.length === 1 ? '' : 's'}`;
  for (const line of changes) {
    const notice = / \+ .*\/push_refused (\S+) for /.exec(line);
    if (line.startsWith('doc_notices') && notice) result += ` + notice \`${notice[1]}\``;
  }
  return result;
}

function databaseOf(lines: string[]): string {
  if (lines.length === 0) return 'unchanged';
  const counts = new Map<string, number>();
  for (const line of lines) {
    const [table, op] = line.split(' ');
    const key = `${table} ${op}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key}${n}`).join(', ');
}

export function attackReport(rows: AttackReportRow[]): string {
  const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    '| # | engine | attack | request | status / code | database |',
    '|---|---|---|---|---|---|',
    ...rows.map((row, i) => `| ${i + 1} | ${row.engine} | ${cell(row.name)} | ${cell(row.request)} | ${cell(row.result)} | ${cell(row.database)} |`),
  ].join('\n');
}

/**
 * Registers one test per attack on `engine`: setup, snapshot, the attack, the expected status,
 * error code and body, the snapshot again (equal, or changed exactly as expected: a refused push
 * adds its notice and audit row and nothing else), the refusal notices' content, the attack's own
 * checks, Object.prototype untouched, and GET /api/health still 200.
 */
export function attackSuite(engine: Engine, attacks: Attack<unknown>[]): void {
  let shared: AttackContext | undefined;
  const report: AttackReportRow[] = [];
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  beforeAll(async () => {
    if (attacks.some((entry) => !entry.ownPlatform)) shared = attackContext(await startPlatform(engine));
  });
  afterAll(async () => {
    await shared?.platform.close();
    // ADVERSARIAL_REPORT=1 npx vitest run apps/platform/test/adversarial: the table for the closing note.
    if (process.env.ADVERSARIAL_REPORT) console.log(`\n${attackReport(report)}\n`);
  });

  it.each(attacks)('$name', async (entry) => {
    const ctx = entry.ownPlatform ? attackContext(await startPlatform(engine)) : shared!;
    try {
      for (const username of entry.as ?? []) await ctx.session(username);
      const state = entry.setup ? await entry.setup(ctx) : undefined;
      const before = await platformState(ctx.db);
      ctx.frozen = true;
      const response = await entry.run(ctx, state).finally(() => (ctx.frozen = false));
      const expected = typeof entry.expect === 'function' ? entry.expect(state, response) : entry.expect;
      const after = await platformState(ctx.db);
      const changes = stateChanges(before, after);
      report.push({ engine, name: entry.name, request: entry.request, result: resultOf(response, entry.request, changes), database: databaseOf(changes) });

      const shown = JSON.stringify(response.body)?.slice(0, 500);
      expect(response.status, shown).toBe(expected.status);
      if (expected.code) expect(response.body, shown).toEqual({ error: { code: expected.code, message: expect.any(String) } });
      if (expected.body !== undefined) expect(response.body).toEqual(expected.body);
      if (expected.retryAfter) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);

      const refusals = await Promise.all((expected.refused ?? []).map(async (refusal) => ({ refusal, noticeId: await refusalNoticeId(ctx, refusal) })));
      const expectedChanges = [...refusals.flatMap(({ refusal, noticeId }) => refusalLines(refusal, noticeId, before)), ...(expected.changes ?? [])].sort();
      expect(changes).toEqual(expectedChanges);
      if (expectedChanges.length === 0) expect(after).toEqual(before);
      for (const { refusal, noticeId } of refusals) await expectRefusalNotice(ctx.db, refusal, noticeId);

      await entry.verify?.(ctx, state, response);
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const health = await api(ctx.app, 'GET', '/api/health');
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', database: engine });
    } finally {
      if (entry.ownPlatform) await ctx.platform.close();
    }
  });
}
