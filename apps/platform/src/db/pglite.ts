import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.ts';

const ANALYZE_EVERY_MS = 10 * 60_000;

/** The embedded default: PostgreSQL compiled to WASM, data in a local folder (or memory when no folder). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
  // PGlite has no autovacuum: without fresh statistics the planner ignores the change-cursor index.
  const analyze = setInterval(() => void pg.query('ANALYZE').catch(() => {}), ANALYZE_EVERY_MS);
  analyze.unref();
  return {
    kind: 'pglite',
    async query(sql, params) {
      return (await pg.query(sql, params)).rows as never[];
    },
    transaction(work) {
      return pg.transaction((tx) => work({ query: async (sql, params) => (await tx.query(sql, params)).rows as never[] }));
    },
    async listen(channel, listener) {
      const unsubscribe = await pg.listen(channel, listener);
      return unsubscribe;
    },
    close: () => {
      clearInterval(analyze);
      return pg.close();
    },
  };
}
