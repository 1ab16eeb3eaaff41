import { COLLECTION_NAMES, schemaVersion, upgradeDocument, type CollectionName } from '@tradewind/domain';
import type { Queryable } from './database.ts';

interface DocumentUpgrade {
  collection: CollectionName;
  /** The schema version the stored documents are brought to. */
  version: number;
}

/**
 * Migrations that change a document's shape: after the file's SQL, every stored document of the
 * collection (tombstones too) is rewritten with the domain's step to `version`, in the same
 * transaction and with a new `tx`, so every device pulls the new shape.
 */
export const DOCUMENT_UPGRADES: Readonly<Record<string, DocumentUpgrade>> = {
  '005_stock_v1.sql': { collection: 'stock', version: 1 },
  '008_filings_v1.sql': { collection: 'filings', version: 1 },
  '009_merchant_v1.sql': { collection: 'merchant', version: 1 },
  '025_orders_v1.sql': { collection: 'orders', version: 1 },
};

const PAGE = 500;

/** Rewrites the collection's stored documents from `version - 1` to `version`; returns how many. */
export async function rewriteDocuments(q: Queryable, { collection, version }: DocumentUpgrade): Promise<number> {
  // Collection names come from the domain's list, never from input.
  const table = `doc_${collection}`;
  let after = { tenantId: '', id: '' };
  let rewritten = 0;
  for (;;) {
    const rows = await q.query<{ tenant_id: string; id: string; doc: Record<string, unknown> }>(
      `SELECT tenant_id, id, doc FROM ${table} WHERE (tenant_id, id) > ($1, $2) ORDER BY tenant_id, id LIMIT ${PAGE}`,
      [after.tenantId, after.id],
    );
    if (rows.length === 0) return rewritten;
    const upgraded = rows.map((row) => ({ tenant_id: row.tenant_id, id: row.id, doc: upgradeDocument(collection, row.doc, version - 1, version) }));
    await q.query(
      `UPDATE ${table} AS t SET doc = u.doc, tx = pg_current_xact_id(), written_at = now()
       FROM jsonb_to_recordset($1::jsonb) AS u(tenant_id text, id text, doc jsonb)
       WHERE t.tenant_id = u.tenant_id AND t.id = u.id`,
      [JSON.stringify(upgraded)],
    );
    rewritten += rows.length;
    const last = rows.at(-1)!;
    after = { tenantId: last.tenant_id, id: last.id };
  }
}

/**
 * Versions of the domain's schemas that no migration file brings stored documents to, e.g.
 * `stock v2` after a version bump without its migration; the platform refuses to start on them.
 */
export function missingDocumentUpgrades(migrationFiles: readonly string[]): string[] {
  const present = new Set(migrationFiles);
  const covered = new Set(
    Object.entries(DOCUMENT_UPGRADES)
      .filter(([file]) => present.has(file))
      .map(([, upgrade]) => `${upgrade.collection} v${upgrade.version}`),
  );
  return COLLECTION_NAMES.flatMap((name) => Array.from({ length: schemaVersion(name) }, (_, i) => `${name} v${i + 1}`).filter((label) => !covered.has(label)));
}
