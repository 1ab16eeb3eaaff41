import { readFileSync } from 'node:fs';
import { COLLECTION_NAMES } from '@tradewind/domain';
import { describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { migrate, splitStatements } from '../src/db/migrate.ts';
import { ENGINES, openTestDatabase } from './support/platform.ts';

const WRITTEN_OUT = readFileSync(new URL('./fixtures/doc-table-written-out.sql', import.meta.url), 'utf8');
const writtenOutFor = (collection: string) => WRITTEN_OUT.replaceAll('doc_merchant', `doc_${collection}`);

/** Everything the catalogue says about the doc_* tables: columns, constraints, indexes. */
async function docTableCatalogue(db: Database) {
  const like = "LIKE 'doc\\_%'";
  return {
    columns: await db.query(
      `SELECT table_name, ordinal_position, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name ${like} ORDER BY table_name, ordinal_position`,
    ),
    constraints: await db.query(
      `SELECT c.relname AS table_name, k.conname, k.contype, pg_get_constraintdef(k.oid) AS definition
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND c.relname ${like} ORDER BY 1, 2`,
    ),
    // The key and the change index come with every table; later migrations may add indexes of their own (doc_orders_number).
    indexes: await db.query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename ${like}
       AND (indexname LIKE '%\\_pkey' OR indexname LIKE '%\\_changes') ORDER BY 1, 2`,
    ),
  };
}

describe.each(ENGINES)('create_doc_table on %s', (engine) => {
  it('makes the doc_* tables the written-out definitions made: columns, types, defaults, key and change index', async () => {
    const [migrated, writtenOut] = await Promise.all([openTestDatabase(engine), openTestDatabase(engine)]);
    try {
      await migrate(migrated);
      for (const collection of COLLECTION_NAMES) for (const statement of splitStatements(writtenOutFor(collection))) await writtenOut.query(statement);
      const expected = await docTableCatalogue(writtenOut);
      expect(new Set(expected.columns.map((column) => column.table_name))).toEqual(new Set(COLLECTION_NAMES.map((name) => `doc_${name}`)));
      expect(expected.indexes).toHaveLength(2 * COLLECTION_NAMES.length);
      expect(await docTableCatalogue(migrated)).toEqual(expected);
    } finally {
      await Promise.all([migrated.close(), writtenOut.close()]);
    }
  });
});
