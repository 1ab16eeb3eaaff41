import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SyncEpoch } from '@tradewind/sync';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, inject } from 'vitest';
import { createPostgresDatabase } from '../../../../test-support/databases.ts';
// Brings in the typing of `inject('postgresUrl')` used by createPostgresDatabase.
import type {} from '../../../../test-support/postgres-global-setup.ts';
import type { Database } from '../../src/db/database.ts';
import { openDatabase } from '../../src/db/open.ts';
import { createPlatform, type PlatformOptions } from '../../src/server.ts';
import { login } from './http.ts';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The platform key of every test platform, so the seeded template's sealed credentials open in each copy. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 7);

export type Engine = 'pglite' | 'postgres';
export const ENGINES: Engine[] = ['pglite', 'postgres'];

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
  const app = await createPlatform({ db, seedDemo: true, secretsKey: TEST_SECRETS_KEY });
  await app.close();
  await db.close();
  try {
    renameSync(building, template);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another test file finished it first
  }
  return template;
}

interface StartOptions {
  seedDemo?: boolean;
  listen?: boolean;
  platform?: Omit<PlatformOptions, 'db' | 'seedDemo'>;
  /** A PGlite data folder the test owns, opened as it stands instead of a fresh database. */
  dataDir?: string;
}

/** A platform on a fresh database (or `dataDir`), migrated and (by default) seeded with the demo park. */
export async function startPlatform(engine: Engine, options: StartOptions = {}): Promise<TestPlatform> {
  const seedDemo = options.seedDemo ?? true;
  let copy: string | undefined;
  let db: Database;
  if (options.dataDir) {
    db = await openDatabase({ dataDir: options.dataDir });
  } else if (engine === 'pglite' && seedDemo) {
    const template = await seededPgliteTemplate();
    copy = mkdtempSync(join(tmpdir(), 'tradewind-test-pglite-copy-'));
    cpSync(join(template, 'data'), join(copy, 'data'), { recursive: true });
    db = await openDatabase({ dataDir: join(copy, 'data') });
  } else {
    db = await openTestDatabase(engine);
  }
  const app = await createPlatform({ secretsKey: TEST_SECRETS_KEY, ...options.platform, db, seedDemo });
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

/** Before the tests of the enclosing block: a platform on `engine` with `username` logged in (`use` takes both), from `device` if named; closed after them. */
export function platformWithLogin(engine: Engine, username: string, use: (session: { platform: TestPlatform; token: string }) => void, options: StartOptions & { device?: string } = {}): void {
  let platform: TestPlatform | undefined;
  beforeAll(async () => {
    platform = await startPlatform(engine, options);
    use({ platform, token: await login(platform.app, username, options.device) });
  });
  afterAll(() => platform?.close());
}
