import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import type { CollectionName } from '@tradewind/domain';
import type { ReplicatedDoc } from '@tradewind/sync/server';
import { aDeclaration, anOrder, aProduct } from './support/park-data.ts';
import { ENGINES, openTestDatabase } from './support/platform.ts';

/** The last migration file before the monthly rollups: what a park that ran the console since 014 has. */
const BEFORE_ROLLUPS = readdirSync(new URL('../migrations/', import.meta.url))
  .filter((name) => name.endsWith('.sql') && name < '027')
  .sort()
  .at(-1)!;

const TENANTS = [
  ['upgrade-knives', 'yangjiang-knives', 'merchant'],
  ['upgrade-sandbox', 'yangjiang-knives', 'training'],
] as const;

/** Rows as the platform of 026 wrote them (before per-field revisions): the triggers see the same inserts. */
const store = (db: Database, tenantId: string, collection: CollectionName, docs: ReplicatedDoc[]) =>
  db.query(`INSERT INTO doc_${collection} (tenant_id, id, doc, deleted) SELECT $1, d->>'id', d - '_deleted', (d->>'_deleted')::boolean FROM jsonb_array_elements($2::jsonb) AS d`, [
    tenantId,
    JSON.stringify(docs),
  ]);

/** Two merchants' products, orders and declarations (one released, one rejected), written as pushes wrote them. */
async function writeParkData(db: Database): Promise<void> {
  for (const [index, [id, cluster, kind]] of TENANTS.entries()) {
    await db.query(`INSERT INTO tenants (id, name, cluster, code, status, kind) VALUES ($1, $1, $2, $3, 'active', $4)`, [id, cluster, `U${index}`, kind]);
    const knife = { ...aProduct('8211910000'), id: `${id}-knife` };
    const tray = { ...aProduct('7323990000'), id: `${id}-tray` };
    const gb = {
      ...anOrder({ currency: 'USD', market: 'GB', channel: 'amazon' }, [
        [knife, 10, 650],
        [tray, 5, 300],
      ]),
      id: `${id}-gb`,
    };
    const de = { ...anOrder({ currency: 'EUR', market: 'DE', channel: 'b2b' }, [[knife, 40, 500]]), id: `${id}-de` };
    await store(db, id, 'products', [knife, tray]);
    await store(db, id, 'orders', [gb, de]);
    await store(db, id, 'filings', [
      { ...aDeclaration([gb], { mode: '9610', exportDate: '2026-10-10', customsStatus: '800', releasedAt: '2026-10-10T05:30:00.000Z' }), id: `${id}-f1` },
      { ...aDeclaration([de], { mode: '9710', exportDate: '2026-11-20', customsStatus: '100' }), id: `${id}-f2` },
    ]);
  }
}

const ROLLUPS = ['park_merchant_month_exports', 'park_month_exports', 'park_merchant_month_declarations', 'park_month_declarations', 'park_month_clearance'];
const rollups = async (db: Database) =>
  Object.fromEntries(
    await Promise.all(ROLLUPS.map(async (table) => [table, await db.query(`SELECT * FROM ${table} x WHERE ${table.includes('exports') ? 'lines' : 'count'} > 0 ORDER BY to_jsonb(x)::text`)])),
  );

describe.each(ENGINES)('a park console from before the monthly rollups, upgraded on %s', (engine) => {
  it('gets the rollups the triggers would have written, and its console calls in the one audit log', async () => {
    const upgraded = await openTestDatabase(engine);
    const fresh = await openTestDatabase(engine);
    try {
      await migrate(upgraded, { until: BEFORE_ROLLUPS });
      await writeParkData(upgraded);
      await upgraded.query(`INSERT INTO park_console_audit (at, user_id, action, target, detail) VALUES ('2026-11-02T08:00:00Z', 'admin-1', 'credit.view', 'upgrade-knives', '{}'),
        ('2026-11-03T08:00:00Z', 'admin-1', 'statistics.view', NULL, '{"from":"2026-10"}')`);
      await migrate(upgraded);
      await migrate(fresh);
      await writeParkData(fresh);

      const expected = await rollups(fresh);
      expect(expected.park_month_exports).not.toEqual([]);
      expect(await rollups(upgraded)).toEqual(expected);
      const audit = await upgraded.query(
        `SELECT tenant_id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS at, user_id, collection, document_id, action, detail FROM audit_log WHERE collection LIKE 'console.%' ORDER BY id`,
      );
      expect(audit).toEqual([
        { tenant_id: 'park', at: '2026-11-02 08:00', user_id: 'admin-1', collection: 'console.credit', document_id: 'upgrade-knives', action: 'view', detail: {} },
        { tenant_id: 'park', at: '2026-11-03 08:00', user_id: 'admin-1', collection: 'console.statistics', document_id: '', action: 'view', detail: { from: '2026-10' } },
      ]);
      expect(await upgraded.query(`SELECT 1 FROM information_schema.tables WHERE table_name IN ('park_console_audit', 'park_export_rollup')`)).toEqual([]);
    } finally {
      await upgraded.close();
      await fresh.close();
    }
  }, 120_000);
});
