import { PGlite } from '@electric-sql/pglite';
import type { Database } from './database.ts';

/** The embedded default: PostgreSQL compiled to WASM, data in a local folder (or memory when no folder). */
export async function openPglite(dataDir?: string): Promise<Database> {
  const pg = await PGlite.create(dataDir ? { dataDir } : {});
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
    close: () => pg.close(),
  };
}
