import type { Database } from '../../src/db/database.ts';
import { docTables, STORED_ROW_COLUMNS, type StoredRow } from './tables.ts';

interface StateRow {
  /** Names the row in a change line. */
  label: string;
  /** Everything stored, to detect any change. */
  content: string;
}

export type PlatformState = Record<string, Record<string, StateRow>>;

/**
 * Every row of every doc_* table and of the account, session, audit and throttle tables, keyed
 * and labelled for `stateChanges` (devices' last-seen time left out: any authenticated request
 * bumps it in the background).
 */
export async function platformState(db: Database): Promise<PlatformState> {
  const state: PlatformState = {};
  const put = (table: string, key: string, label: string, content: unknown) => {
    (state[table] ??= {})[key] = { label, content: typeof content === 'string' ? content : JSON.stringify(content) };
  };
  for (const name of await docTables(db)) {
    state[name] = {};
    const rows = await db.query<StoredRow>(`SELECT ${STORED_ROW_COLUMNS} FROM ${name}`);
    for (const row of rows) {
      const doc = JSON.parse(row.doc) as { kind?: string; messageKey?: string; refused?: { collection: string; documentId: string } };
      const label =
        name === 'doc_notices' && doc.kind === 'push_refused' && doc.refused
          ? `${row.tenant_id}/push_refused ${doc.messageKey} for ${doc.refused.collection}/${doc.refused.documentId}`
          : `${row.tenant_id}/${row.id}`;
      put(name, `${row.tenant_id}/${row.id}`, label, row);
    }
  }
  const each = async <R extends Record<string, unknown>>(table: string, sql: string, key: (row: R, i: number) => string, label: (row: R) => string) => {
    state[table] = {};
    (await db.query<R>(sql)).forEach((row, i) => put(table, key(row, i), label(row), row));
  };
  await each<{ id: string; tenant_id: string; username: string | null; action: string; collection: string; document_id: string; reason: string | null }>(
    'audit_log',
    'SELECT a.id::text, a.tenant_id, u.username, a.action, a.collection, a.document_id, a.reason, a.fields::text, a.user_id, a.device_id, a.at::text FROM audit_log a LEFT JOIN users u ON u.id = a.user_id ORDER BY a.id',
    (row) => row.id,
    (row) => `${row.tenant_id} ${row.username} ${row.action} ${row.collection}/${row.document_id}${row.reason ? ` (${row.reason})` : ''}`,
  );
  await each<{ token_hash: string; username: string; name: string; used: boolean; expired: boolean }>(
    'refresh_tokens',
    `SELECT r.token_hash, u.username, d.name, r.used_at IS NOT NULL AS used, r.expires_at <= now() AS expired, r.family_id, r.used_at::text AS used_at, r.expires_at::text AS expires_at
     FROM refresh_tokens r JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id`,
    (row) => row.token_hash,
    (row) => `${row.username}/${row.name}: ${row.used ? 'used' : 'unused'}, ${row.expired ? 'expired' : 'live'}`,
  );
  await each<{ nonce_hash: string; username: string; name: string }>(
    'refresh_challenges',
    `SELECT c.nonce_hash, u.username, d.name, c.token_hash, c.expires_at::text AS expires_at
     FROM refresh_challenges c JOIN refresh_tokens r ON r.token_hash = c.token_hash JOIN users u ON u.id = r.user_id JOIN devices d ON d.id = r.device_id`,
    (row) => row.nonce_hash,
    (row) => `${row.username}/${row.name}`,
  );
  await each<{ id: string; username: string; name: string; revoked_at: string | null }>(
    'devices',
    'SELECT d.id, u.username, d.name, d.number_prefix, d.public_key::text AS public_key, d.revoked_at::text AS revoked_at FROM devices d JOIN users u ON u.id = d.user_id',
    (row) => row.id,
    (row) => `${row.username}/${row.name}: ${row.revoked_at ? 'revoked' : 'active'}`,
  );
  await each<{ username: string; at: string }>(
    'login_failures',
    'SELECT username, at::text AS at FROM login_failures ORDER BY username, at',
    (row, i) => `${row.username}#${i}`,
    (row) => row.username,
  );
  await each<{ id: string; status: string; devices_registered: number }>(
    'tenants',
    'SELECT id, name, cluster, code, status, uscc, devices_registered, registered_at::text AS registered_at FROM tenants',
    (row) => row.id,
    (row) => `${row.id}: ${row.status}, ${row.devices_registered} devices`,
  );
  await each<{ id: string; username: string; role: string; tenant_id: string | null }>(
    'users',
    'SELECT id, username, role, tenant_id, password_hash, display_name FROM users',
    (row) => row.id,
    (row) => `${row.username} (${row.role}${row.tenant_id ? ` of ${row.tenant_id}` : ''})`,
  );
  await each<{ key: string }>(
    'settings',
    'SELECT key, value FROM settings',
    (row) => row.key,
    (row) => row.key,
  );
  await each<{ tenant_id: string; digest: string }>(
    'image_blobs',
    "SELECT tenant_id, digest, content_type, length, encode(sha256(data), 'hex') AS data FROM image_blobs",
    (row) => `${row.tenant_id}/${row.digest}`,
    (row) => `${row.tenant_id}/${row.digest}`,
  );
  return state;
}

/** What changed between two states, one sorted line per row: `<table> + <label>`, `<table> - <label>`, `<table> ~ <label>` (doc_*) or `<table> ~ <old label> → <new label>`. */
export function stateChanges(before: PlatformState, after: PlatformState): string[] {
  const lines: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[table] ?? {};
    const now = after[table] ?? {};
    for (const [key, row] of Object.entries(now)) {
      const old = was[key];
      if (!old) lines.push(`${table} + ${row.label}`);
      else if (old.content !== row.content) lines.push(table.startsWith('doc_') ? `${table} ~ ${row.label}` : `${table} ~ ${old.label} → ${row.label}`);
    }
    for (const [key, row] of Object.entries(was)) if (!now[key]) lines.push(`${table} - ${row.label}`);
  }
  return lines.sort();
}
