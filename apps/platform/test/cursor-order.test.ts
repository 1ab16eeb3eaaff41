/**
 * Regression: the cursor was once sorted as text, where '1000' < '999', so a device paging across a
 * change of transaction-id digit count skipped documents for good.
 */
import type { Checkpoint } from '@tradewind/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { migrate } from '../src/db/migrate.ts';
import { createSqlSyncStore } from '../src/sync/sql-sync-store.ts';
import { newProduct } from './support/documents.ts';
import { openTestDatabase } from './support/platform.ts';

// PGlite only: a fresh one starts near transaction 750, so 999 → 1000 is a few hundred ids away;
// a long-lived PostgreSQL server may be millions of ids from its next power of ten.
describe.each(['pglite'] as const)('pulling across transaction ids 999 → 1000 on %s', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
  });

  it('hands out every document exactly once, in small pages', async () => {
    const store = createSqlSyncStore(db);
    const currentTx = async () => Number((await db.transaction((q) => q.query<{ tx: string }>('SELECT pg_current_xact_id()::text AS tx')))[0]!.tx);
    let tx = await currentTx();
    // Each transaction that asks for its id consumes one; stop just below the next power of ten.
    const boundary = 10 ** String(tx + 20).length;
    while (tx < boundary - 12) tx = await currentTx();
    const written: string[] = [];
    for (let i = 0; i < 24; i++) {
      const product = newProduct();
      await store.transaction('cursor-tenant', (t) => t.write('products', [product]));
      written.push(product.id);
    }
    const [{ max }] = (await db.query<{ max: string }>("SELECT max(tx)::text AS max FROM doc_products WHERE tenant_id = 'cursor-tenant'")) as [{ max: string }];
    expect(Number(max)).toBeGreaterThanOrEqual(boundary);

    let checkpoint: Checkpoint | null = null;
    const received: string[] = [];
    for (;;) {
      const page = await store.pull('cursor-tenant', 'products', checkpoint, 2);
      received.push(...page.documents.map((doc) => doc.id));
      checkpoint = page.checkpoint;
      if (page.documents.length < 2) break;
    }
    expect(received).toEqual(written);
  });
});
