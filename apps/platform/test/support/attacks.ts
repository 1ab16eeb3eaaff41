/**
 * Attack tables (adversarial-*.test.ts): one `it` per attack, each run between two snapshots of
 * every table a request could touch, with the platform's health checked after it.
 */
import { COLLECTIONS, derivedId, type CollectionName } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { attackReport, resultOf, databaseOf, type AttackReportRow } from './attack-report.ts';
import { DEMO_PASSWORD, TENANT_OF } from './demo-accounts.ts';
import { newDeviceKey, type DeviceKey } from './device-key.ts';
import { api, loginAs, type ApiResponse, type Session } from './http.ts';
import { platformState, stateChanges, type PlatformState } from './platform-state.ts';
import type { PlatformOptions } from '../../src/server.ts';
import { startPlatform, type Engine, type TestPlatform } from './platform.ts';

export interface AttackContext {
  platform: TestPlatform;
  app: FastifyInstance;
  db: Database;
  /** A demo login on this platform, one device (with its device key) per (username, deviceName), made on first use. */
  session(username: string, deviceName?: string): Promise<KeyedSession>;
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
  /** Runs on a platform of its own (for the in-memory per-address login limiter), made with these options. */
  ownPlatform?: boolean | Omit<PlatformOptions, 'db' | 'seedDemo'>;
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

export interface KeyedSession extends Session {
  deviceKey: DeviceKey;
}

async function keyedLogin(app: FastifyInstance, username: string, deviceName: string): Promise<KeyedSession> {
  const deviceKey = await newDeviceKey();
  const response = await loginAs(app, username, DEMO_PASSWORD, deviceName, deviceKey.publicKey);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { ...response.body, deviceKey };
}

export function attackContext(platform: TestPlatform): AttackContext {
  const sessions = new Map<string, Promise<KeyedSession>>();
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
      sessions.set(key, keyedLogin(platform.app, username, deviceName));
    }
    return sessions.get(key)!;
  }
  return context;
}

/** The change lines a stored document and its audit row make. */
export function createdLines(by: string, collection: CollectionName, id: string, action: 'create' | 'update' | 'delete' = 'create'): string[] {
  const tenant = TENANT_OF[by]!;
  // Table names are unquoted in SQL, so PostgreSQL folds doc_stockEvents to lower case.
  return [`doc_${collection.toLowerCase()} ${action === 'create' ? '+' : '~'} ${tenant}/${id}`, `audit_log + ${tenant} ${by} ${action} ${collection}/${id}`];
}

/** The one notice a device gets per refused document (a repeated refusal replaces it). */
async function refusalNoticeId(ctx: AttackContext, { by, collection, doc }: Refusal): Promise<string> {
  return derivedId(`push-refused:${(await ctx.session(by)).deviceId}:${collection}:${doc.id}`);
}

function refusalLines({ by, collection, doc, reason }: Refusal, noticeId: string, before: PlatformState): string[] {
  const tenant = TENANT_OF[by]!;
  const change = before.doc_notices?.[`${tenant}/${noticeId}`] ? '~' : '+';
  return [`doc_notices ${change} ${tenant}/push_refused notice.pushRefused.${reason} for ${collection}/${doc.id}`, `audit_log + ${tenant} ${by} refused ${collection}/${doc.id} (${reason})`];
}

/** The refusal notice for `refusal`: complete, and valid for the devices' notices schema. */
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
  expect(notice.refused).toEqual({
    collection: refusal.collection,
    documentId: refusal.doc.id,
    reason: refusal.reason,
    content: refusal.content ?? (refusal.reason === 'too_large' ? { id: refusal.doc.id } : kept),
  });
  const omitted = refusal.reason === 'too_large' ? ['content'] : secret.filter((field) => field in refusal.doc);
  expect((notice.params as Record<string, string>).omitted).toBe(refusal.omitted ?? (omitted.length > 0 ? omitted.join(', ') : undefined));
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
    const ctx = entry.ownPlatform ? attackContext(await startPlatform(engine, { platform: entry.ownPlatform === true ? undefined : entry.ownPlatform })) : shared!;
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
