import type { CollectionName } from '@tradewind/domain';
import type { ChangeNotification, Cursor, CursorPage, ReplicatedDoc, RevisedDoc, SyncStore, SyncTransaction } from '@tradewind/sync/server';
import type { Database, Queryable } from '../db/database.ts';
import { createVisibleChanges } from './visible-changes.ts';

const CHANNEL = 'tradewind_changes';

interface DocRow {
  id: string;
  doc: Record<string, unknown>;
  deleted: boolean;
  cursor_tx: string;
}

/** Collection names are checked against the domain's list before they reach SQL. */
const table = (collection: CollectionName) => `doc_${collection}`;

const toReplicated = (row: DocRow): ReplicatedDoc => ({ ...row.doc, id: row.id, _deleted: row.deleted });

/** Per collection written in a transaction: the pushing device, or null once anyone else wrote to it too. */
type Written = Map<CollectionName, string | null>;

/**
 * Work that must happen in the same transaction as a write (enqueueing the job a submitted filing
 * asks for): it commits with the write or not at all.
 */
export type WriteHook = (q: Queryable, tenantId: string, collection: CollectionName, docs: ReplicatedDoc[]) => Promise<void>;

function transactionScope(q: Queryable, tenantId: string, written: Written, afterWrite?: WriteHook): SyncTransaction {
  async function readRevisedForUpdate(collection: CollectionName, ids: string[]): Promise<Map<string, RevisedDoc>> {
    const rows = await q.query<DocRow & { tx: string; field_tx: Record<string, string>; device_tx: Record<string, string> }>(
      `SELECT id, doc, deleted, tx::text AS tx, field_tx, device_tx FROM ${table(collection)}
       WHERE tenant_id = $1 AND id IN (SELECT jsonb_array_elements_text($2::jsonb)) FOR UPDATE`,
      [tenantId, JSON.stringify(ids)],
    );
    return new Map(rows.map((row) => [row.id, { doc: toReplicated(row), revision: { tx: row.tx, fields: row.field_tx, devices: row.device_tx } }]));
  }
  return {
    async readForUpdate(collection, ids) {
      const revised = await readRevisedForUpdate(collection, ids);
      return new Map([...revised].map(([id, { doc }]) => [id, doc]));
    },
    readRevisedForUpdate,
    async takenValues(collection, field, values) {
      if (values.length === 0) return new Map();
      await q.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`unique:${tenantId}:${collection}:${field}`]);
      const rows = await q.query<{ id: string; value: string }>(
        `SELECT id, doc->>$2 AS value FROM ${table(collection)}
         WHERE tenant_id = $1 AND doc->>$2 IN (SELECT jsonb_array_elements_text($3::jsonb))`,
        [tenantId, field, JSON.stringify(values)],
      );
      return new Map(rows.map((row) => [row.value, row.id]));
    },
    async write(collection, docs, origin) {
      if (docs.length === 0) return;
      await q.query(
        `INSERT INTO ${table(collection)} AS stored (tenant_id, id, doc, deleted, device_tx)
         SELECT $1, d->>'id', d - '_deleted', (d->>'_deleted')::boolean,
                CASE WHEN $3::text IS NULL THEN '{}'::jsonb ELSE jsonb_build_object($3::text, pg_current_xact_id()::text) END
         FROM jsonb_array_elements($2::jsonb) AS d
         ON CONFLICT (tenant_id, id) DO UPDATE
         SET doc = excluded.doc, deleted = excluded.deleted, tx = pg_current_xact_id(), written_at = now(),
             field_tx = stored.field_tx || changed_field_tx(stored.doc, stored.deleted, excluded.doc, excluded.deleted),
             device_tx = stored.device_tx || excluded.device_tx`,
        [tenantId, JSON.stringify(docs), origin ?? null],
      );
      await afterWrite?.(q, tenantId, collection, docs);
      const before = written.get(collection);
      written.set(collection, origin !== undefined && (before === undefined || before === origin) ? origin : null);
    },
    async audit(entries) {
      await q.query(
        `INSERT INTO audit_log (tenant_id, user_id, device_id, collection, document_id, action, fields, reason)
         SELECT $1, e->>'userId', e->>'deviceId', e->>'collection', e->>'documentId', e->>'action', e->'fields', e->>'reason'
         FROM jsonb_array_elements($2::jsonb) AS e`,
        [tenantId, JSON.stringify(entries)],
      );
    },
  };
}

/**
 * Replicated writes inside a transaction the caller already holds, together with its other
 * writes (a registration's approval): announced to devices when (and only if) it commits.
 */
export async function writeDocumentsIn<T>(q: Queryable, tenantId: string, work: (tx: SyncTransaction) => Promise<T>, afterWrite?: WriteHook): Promise<T> {
  const written: Written = new Map();
  const result = await work(transactionScope(q, tenantId, written, afterWrite));
  if (written.size === 0) return result;
  const [{ tx }] = (await q.query<{ tx: string }>('SELECT pg_current_xact_id()::text AS tx')) as [{ tx: string }];
  for (const [collection, origin] of written) {
    const change: ChangeNotification = { tenantId, collection, tx, ...(origin ? { origin } : {}) };
    await q.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(change)]);
  }
  return result;
}

/** The replication store on PostgreSQL or PGlite: the same SQL runs on both. `afterWrite` runs in every write transaction of its pushes. */
export function createSqlSyncStore(db: Database, afterWrite?: WriteHook): SyncStore & { start(): Promise<void>; stop(): Promise<void> } {
  const listeners = new Set<(change: ChangeNotification) => void>();
  const visible = createVisibleChanges(db, (change) => {
    for (const listener of listeners) listener(change);
  });
  let unlisten: (() => Promise<void>) | undefined;
  return {
    async start() {
      unlisten = await db.listen(CHANNEL, (payload) => visible.add(JSON.parse(payload) as ChangeNotification));
    },
    async stop() {
      visible.stop();
      await unlisten?.();
    },
    async pull(tenantId, collection, cursor: Cursor | null, limit): Promise<CursorPage> {
      const rows = await db.query<DocRow>(
        // The text form gets its own name: ORDER BY must sort the xid8 column (numeric order, on
        // the index), not its text, where '1000' < '999' would skip documents.
        `SELECT id, doc, deleted, tx::text AS cursor_tx FROM ${table(collection)}
         WHERE tenant_id = $1 AND (tx, id) > ($2::xid8, $3)
           AND tx < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY tx, id LIMIT $4`,
        [tenantId, cursor?.tx ?? '0', cursor?.id ?? '', limit],
      );
      const last = rows.at(-1);
      return { documents: rows.map(toReplicated), txs: rows.map((row) => row.cursor_tx), cursor: last ? { tx: last.cursor_tx, id: last.id } : cursor };
    },
    transaction(tenantId, work) {
      return db.transaction((q) => writeDocumentsIn(q, tenantId, work, afterWrite));
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
