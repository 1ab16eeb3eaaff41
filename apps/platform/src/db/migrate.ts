import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Database } from './database.ts';
import { DOCUMENT_UPGRADES, missingDocumentUpgrades, rewriteDocuments } from './document-upgrades.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
/** Any constant: several platform processes starting together take turns. */
const MIGRATION_LOCK = 7_426_001;

/**
 * Applies the SQL files in `migrations/` that have not run yet, in name order, in one
 * transaction, each followed by its document upgrade if it has one. `until` stops after that
 * file (tests build a database as an older platform left it).
 */
export async function migrate(db: Database, options: { until?: string } = {}): Promise<string[]> {
  const files = (await readdir(MIGRATIONS_DIR)).filter((name) => name.endsWith('.sql')).sort();
  const missing = missingDocumentUpgrades(files);
  if (missing.length > 0) throw new Error(`No migration brings stored documents to ${missing.join(', ')} (apps/platform/src/db/document-upgrades.ts)`);
  const wanted = files.filter((name) => options.until === undefined || name <= options.until);
  return db.transaction(async (q) => {
    await q.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await q.query('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await q.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
    const applied: string[] = [];
    for (const file of wanted.filter((name) => !done.has(name))) {
      for (const statement of splitStatements(await readFile(MIGRATIONS_DIR + file, 'utf8'))) await q.query(statement);
      const upgrade = DOCUMENT_UPGRADES[file];
      if (upgrade) await rewriteDocuments(q, upgrade);
      await q.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}

/**
 * One statement per `;` at the end of a line, except inside a `$$`-quoted function body; whole
 * comment lines are dropped.
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line)) continue;
    current.push(line);
    if ((line.match(/\$\$/g)?.length ?? 0) % 2 === 1) inBody = !inBody;
    if (!inBody && /;\s*$/.test(line)) {
      statements.push(current.join('\n').replace(/;\s*$/, '').trim());
      current = [];
    }
  }
  statements.push(current.join('\n').trim());
  return statements.filter(Boolean);
}
