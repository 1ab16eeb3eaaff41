import { readdirSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { resourceUrl } from '@tradewind/resources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase } from '../../../test-support/databases.ts';
import { openDatabase } from '../src/db/open.ts';
import { createPlatform } from '../src/server.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { newProduct } from './support/documents.ts';
import { openStream } from './support/events.ts';
import { httpLogin, spawnPlatform, waitHealthy, type PlatformProcess } from './processes.ts';

/** What the demo seed must create, from resources/demo-park. */
const DEMO = resourceUrl('demo-park/');
const readDemo = (name: string) => JSON.parse(readFileSync(new URL(name, DEMO), 'utf8'));
const park = readDemo('park.json') as { staff: unknown[]; merchants: string[] };
const merchantFiles = park.merchants.map((name) => readDemo(name) as { tenant: { id: string }; staff?: unknown[]; products: unknown[] });
const expectedUsers = park.staff.length + merchantFiles.reduce((sum, file) => sum + 1 + (file.staff?.length ?? 0), 0);
const expectedYangjiangProducts = merchantFiles.find((file) => file.tenant.id === YANGJIANG)!.products.length;

async function count(databaseUrl: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT (${sql})::int AS n`);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe('two platform processes on one PostgreSQL database', () => {
  // Regression: two processes starting together on an empty database both seeded the demo park.
  it('both come up when started at the same time on an empty database, which is migrated and seeded once', async () => {
    const databaseUrl = await createPostgresDatabase();
    const processes = await Promise.all([spawnPlatform(databaseUrl), spawnPlatform(databaseUrl)]);
    try {
      await Promise.all(processes.map((process) => waitHealthy(process)));
      const migrations = readdirSync(new URL('../migrations/', import.meta.url)).filter((name) => name.endsWith('.sql')).length;
      expect(await count(databaseUrl, 'SELECT count(*) FROM schema_migrations')).toBe(migrations);
      expect(await count(databaseUrl, 'SELECT count(*) FROM users')).toBe(expectedUsers);
      expect(await count(databaseUrl, 'SELECT count(*) FROM tenants')).toBe(merchantFiles.length);
      expect(await count(databaseUrl, `SELECT count(*) FROM doc_products WHERE tenant_id = '${YANGJIANG}'`)).toBe(expectedYangjiangProducts);
      expect(await count(databaseUrl, "SELECT count(*) FROM settings WHERE key = 'jwt_signing_key'")).toBe(1);
    } finally {
      await Promise.all(processes.map((process) => process.stop()));
    }
  });

  // Same race as above, made deterministic: two platforms (own pools, as two processes would have)
  // built at the same instant in this process, so neither gets a head start.
  it('lets two platforms be created at the same instant on an empty database', async () => {
    const databaseUrl = await createPostgresDatabase();
    const databases = await Promise.all([openDatabase({ databaseUrl }), openDatabase({ databaseUrl })]);
    const results = await Promise.allSettled(databases.map((db) => createPlatform({ db })));
    try {
      expect(results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok'))).toEqual(['ok', 'ok']);
      expect(await count(databaseUrl, 'SELECT count(*) FROM users')).toBe(expectedUsers);
      expect(await count(databaseUrl, `SELECT count(*) FROM doc_products WHERE tenant_id = '${YANGJIANG}'`)).toBe(expectedYangjiangProducts);
    } finally {
      for (const result of results) if (result.status === 'fulfilled') await result.value.close();
      await Promise.all(databases.map((db) => db.close()));
    }
  });

  describe('started one after the other', () => {
    let first: PlatformProcess | undefined;
    let second: PlatformProcess | undefined;

    beforeAll(async () => {
      const databaseUrl = await createPostgresDatabase();
      first = await spawnPlatform(databaseUrl);
      await waitHealthy(first);
      second = await spawnPlatform(databaseUrl);
      await waitHealthy(second);
    });
    afterAll(async () => {
      await Promise.all([first?.stop(), second?.stop()]);
    });

    it('delivers a change pushed through one process to a device streaming from the other within 2 seconds', async () => {
      const token = await httpLogin(first!.url, YANGJIANG);
      // Both processes share the signing key: a token from one is good on the other. The stream
      // is another device's: a device's own pushes are not announced to it.
      const stream = await openStream(second!.url, await httpLogin(first!.url, YANGJIANG));
      try {
        const product = newProduct();
        const pushed = await fetch(`${first!.url}/api/sync/products/push`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify([{ newDocumentState: product }]),
        });
        expect(pushed.status).toBe(200);
        expect(await pushed.json()).toEqual([]);
        const started = Date.now();
        const arrived = await stream.waitFor((event) => event.event === 'change' && event.data === '{"collection":"products"}', 2000);
        expect(arrived, `no change event within 2 s; events: ${JSON.stringify(stream.events)}`).toBe(true);
        expect(Date.now() - started).toBeLessThan(2000);

        // And the second process hands the document out.
        const pulled = await fetch(`${second!.url}/api/sync/products/pull?batchSize=1000`, { headers: { authorization: `Bearer ${token}` } });
        const body = (await pulled.json()) as { documents: { id: string }[] };
        expect(body.documents.map((doc) => doc.id)).toContain(product.id);
      } finally {
        await stream.close();
      }
    });
  });
});
