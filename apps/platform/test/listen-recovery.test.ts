/**
 * Change events travel through PostgreSQL LISTEN/NOTIFY on a dedicated connection. When the
 * database drops that connection (restart, failover, idle-kill), devices must get events again
 * once the database is reachable, without restarting the platform.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// Brings in the typing of `inject('postgresUrl')` (the global setup provides it).
import type {} from '../../../test-support/postgres-global-setup.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newProduct } from './support/documents.ts';
import { openStream } from './support/events.ts';
import { login } from './support/http.ts';
import { startPlatform, type TestPlatform } from './support/platform.ts';
import { push } from './support/replication.ts';
import { sleep } from './support/sleep.ts';

describe('change stream after the database drops the listening connection (PostgreSQL)', () => {
  let platform: TestPlatform;
  let token: string;
  let admin: pg.Client;
  let databaseName: string;

  beforeAll(async () => {
    platform = await startPlatform('postgres', { listen: true });
    token = await login(platform.app, YANGJIANG);
    admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    [{ db: databaseName }] = (await platform.db.query<{ db: string }>('SELECT current_database() AS db')) as [{ db: string }];
  });
  afterAll(async () => {
    await admin?.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`).catch(() => {});
    await admin?.end();
    await platform?.close();
  });

  async function listeningBackends(): Promise<number> {
    const { rows } = await admin.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'`, [databaseName]);
    return rows[0]!.n;
  }

  /** Kills the backends that sit in LISTEN on this database. */
  async function dropListeners(): Promise<number> {
    const { rows } = await admin.query<{ ok: boolean }>(`SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'LISTEN%'`, [databaseName]);
    return rows.length;
  }

  async function expectEventAfterPush(stream: Awaited<ReturnType<typeof openStream>>, timeoutMs: number) {
    const before = stream.events.length;
    expect(await push(platform.app, token, 'products', [{ newDocumentState: newProduct() }])).toEqual([]);
    const arrived = await stream.waitFor((event) => stream.events.indexOf(event) >= before && event.event === 'change', timeoutMs);
    expect(arrived, `no change event within ${timeoutMs} ms`).toBe(true);
  }

  it('resumes after the listening connection is terminated', async () => {
    const stream = await openStream(platform.url!, token);
    try {
      await expectEventAfterPush(stream, 2000);
      expect(await dropListeners()).toBeGreaterThan(0);
      await sleep(1500); // the platform reconnects after about a second
      expect(await listeningBackends(), 'the platform is listening again').toBeGreaterThan(0);
      await expectEventAfterPush(stream, 3000);
    } finally {
      await stream.close();
    }
  });

  // Regression: reconnect attempts that fail while the database restarts must keep retrying.
  it('resumes even when the database refuses connections for a while after dropping it', async () => {
    const stream = await openStream(platform.url!, token);
    try {
      await expectEventAfterPush(stream, 2000);
      await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS false`);
      expect(await dropListeners()).toBeGreaterThan(0);
      await sleep(1800); // the first reconnect attempt (after ~1 s) is refused
      await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`);
      await sleep(1500); // a retry a second later would succeed
      expect(await listeningBackends(), 'the platform is listening again').toBeGreaterThan(0);
      await expectEventAfterPush(stream, 3000);
    } finally {
      await admin.query(`ALTER DATABASE ${databaseName} WITH ALLOW_CONNECTIONS true`);
      await stream.close();
    }
  });
});
