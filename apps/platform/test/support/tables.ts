import type { CollectionName } from '@tradewind/domain';
import { expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';

export interface StoredRow {
  tenant_id: string;
  id: string;
  /** jsonb as text: canonical, so equal documents compare equal. */
  doc: string;
  deleted: boolean;
  tx: string;
  written_at: string;
}

/** The columns of a doc_* row as text-comparable values. */
export const STORED_ROW_COLUMNS = 'tenant_id, id, doc::text AS doc, deleted, tx::text AS tx, written_at::text AS written_at';

/** The names of every replicated table (doc_*) in the database; fails the test when there are none. */
export async function docTables(db: Database): Promise<string[]> {
  const tables = await db.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name LIKE 'doc\\_%' ORDER BY table_name");
  expect(tables.length, 'no doc_* tables found').toBeGreaterThan(0);
  return tables.map((table) => table.name);
}

/** Every row of every replicated table, in a stable order, as text-comparable values. */
export async function snapshot(db: Database, options: { exclude?: CollectionName[] } = {}): Promise<Record<string, StoredRow[]>> {
  const out: Record<string, StoredRow[]> = {};
  for (const name of await docTables(db)) {
    const collection = name.slice('doc_'.length);
    if (options.exclude?.includes(collection as CollectionName)) continue;
    out[collection] = await db.query<StoredRow>(`SELECT ${STORED_ROW_COLUMNS} FROM ${name} ORDER BY tenant_id, id`);
  }
  return out;
}

/** The stored row of one document, or undefined. */
export async function storedRow(db: Database, collection: CollectionName, tenantId: string, id: string): Promise<StoredRow | undefined> {
  const [row] = await db.query<StoredRow>(`SELECT ${STORED_ROW_COLUMNS} FROM doc_${collection} WHERE tenant_id = $1 AND id = $2`, [tenantId, id]);
  return row;
}
