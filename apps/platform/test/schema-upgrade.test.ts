import { readdirSync } from 'node:fs';
import { schemaVersion, validateDocument, type CollectionName, type ProductDoc } from '@tradewind/domain';
import type { ErrorBody } from '@tradewind/contract';
import type { PullResponse, ReplicatedDoc } from '@tradewind/sync';
import { describe, expect, it } from 'vitest';
import { SCHEMA_HISTORY, type SchemaFixture } from '../../../test-support/schema-history/index.ts';
import { DOCUMENT_UPGRADES } from '../src/db/document-upgrades.ts';
import { migrate } from '../src/db/migrate.ts';
import { createPlatform } from '../src/server.ts';
import { YANGJIANG } from './support/demo-accounts.ts';
import { api, login } from './support/http.ts';
import { ENGINES, openTestDatabase, startPlatform, syncEpochOf } from './support/platform.ts';
import { pullAll } from './support/replication.ts';
import { snapshot } from './support/tables.ts';

const MIGRATION_FILES = readdirSync(new URL('../migrations/', import.meta.url))
  .filter((name) => name.endsWith('.sql'))
  .sort();

/** The last migration file an older platform had: the one before the upgrade of the fixture's version. */
function lastFileBefore(fixture: SchemaFixture): string {
  const upgrade = Object.entries(DOCUMENT_UPGRADES).find(([, { collection, version }]) => collection === fixture.collection && version === fixture.version + 1);
  expect(upgrade, `a document upgrade of ${fixture.collection} to v${fixture.version + 1}`).toBeDefined();
  const index = MIGRATION_FILES.indexOf(upgrade![0]);
  expect(index).toBeGreaterThan(0);
  return MIGRATION_FILES[index - 1]!;
}

const withoutDeleted = ({ _deleted, ...doc }: ReplicatedDoc) => {
  expect(_deleted).toBe(false);
  return doc;
};

describe.each(ENGINES)('stored documents of an older schema version on %s', (engine) => {
  it.each(SCHEMA_HISTORY.map((fixture) => [`${fixture.collection} v${fixture.version}`, fixture] as const))(
    '%s rows are rewritten to the current shape with a new tx, so a device that had them pulls them again',
    async (_label, fixture) => {
      const db = await openTestDatabase(engine);
      try {
        await migrate(db, { until: lastFileBefore(fixture) });
        const table = `doc_${fixture.collection}`;
        // Written as the older platform wrote them, in one transaction.
        await db.query(`INSERT INTO ${table} (tenant_id, id, doc, deleted) SELECT $1, d->>'id', d, false FROM jsonb_array_elements($2::jsonb) AS d`, [YANGJIANG, JSON.stringify(fixture.documents)]);
        const [before] = await db.query<{ tx: string; id: string }>(`SELECT tx::text AS tx, max(id) AS id FROM ${table} GROUP BY tx`);

        // A deployment from before create_doc_table existed gets it too, then the upgrade.
        await db.query('DROP FUNCTION create_doc_table(text)');
        await db.query("DELETE FROM schema_migrations WHERE name = '000_create_doc_table.sql'");
        const applied = await migrate(db);
        expect(applied).toEqual(['000_create_doc_table.sql', ...MIGRATION_FILES.filter((file) => file > lastFileBefore(fixture))]);

        const app = await createPlatform({ db, seedDemo: true });
        try {
          const token = await login(app, YANGJIANG);
          // A device that pulled the old rows holds this checkpoint.
          const deviceCheckpoint = { tx: before!.tx, id: before!.id, ...(await syncEpochOf(db)) };
          const collection: CollectionName = fixture.collection;
          const fixtureIds = new Set(fixture.documents.map((doc) => doc.id));
          const pulled = (await pullAll(app, token, collection, deviceCheckpoint)).documents.filter((doc) => fixtureIds.has(doc.id));
          const byId = (docs: Record<string, unknown>[]) => [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)));
          expect(byId(pulled.map(withoutDeleted))).toEqual(byId(fixture.upgraded));

          // Every document of the collection, upgraded or seeded by this version, has the current shape.
          const everything = (await pullAll(app, token, collection)).documents;
          expect(everything.length).toBeGreaterThanOrEqual(fixture.documents.length);
          for (const doc of everything) expect(validateDocument(collection, withoutDeleted(doc)), `${collection}/${doc.id}`).toBeNull();
          expect(schemaVersion(collection)).toBe(fixture.version + 1);
        } finally {
          await app.close();
        }
      } finally {
        await db.close();
      }
    },
  );
});

describe.each(ENGINES)('a device on another schema version on %s', (engine) => {
  it('is refused documents of another shape, pulls and pushes alike, and nothing changes; the current version syncs', async () => {
    const platform = await startPlatform(engine);
    try {
      const token = await login(platform.app, YANGJIANG);
      const pullAt = (version: string) => api<PullResponse & ErrorBody>(platform.app, 'GET', `/api/sync/stock/pull?schemaVersion=${version}`, { token });
      const before = await snapshot(platform.db);
      expect(await pullAt('0')).toMatchObject({ status: 409, body: { error: { code: 'schema_outdated' } } });
      expect(await pullAt('2')).toMatchObject({ status: 409, body: { error: { code: 'schema_ahead' } } });
      expect(await pullAt('one')).toMatchObject({ status: 400, body: { error: { code: 'bad_schema_version' } } });
      const oldShape = { ...SCHEMA_HISTORY[0]!.documents[0]!, _deleted: false };
      const pushed = await api<ErrorBody>(platform.app, 'POST', '/api/sync/stock/push?schemaVersion=0', { token, body: [{ newDocumentState: oldShape }] });
      expect(pushed).toMatchObject({ status: 409, body: { error: { code: 'schema_outdated' } } });
      expect(await snapshot(platform.db)).toEqual(before);

      const current = await pullAt(String(schemaVersion('stock')));
      expect(current.status).toBe(200);
      expect(current.body.documents.map((doc) => doc.sku).sort()).toEqual(['LF-CH8-G10', 'LF-CH8-G10', 'LF-CH8-PAK', 'LF-FK35-BLK', 'LF-KS21-RED', 'LF-KS21-RED']);
      // The seed links each stock row to the product whose variant has its SKU.
      const products = (await pullAll(platform.app, token, 'products')).documents as unknown as ProductDoc[];
      for (const row of current.body.documents) {
        expect(products.find((product) => product.variants.some((variant) => variant.sku === row.sku))?.id, String(row.sku)).toBe(row.productId);
      }
    } finally {
      await platform.close();
    }
  });
});
