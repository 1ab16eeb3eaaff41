/**
 * What a pg_notify adds to a write transaction, measured on the database itself: the same
 * transactions (100-row inserts, 10 connections at once) with and without one NOTIFY each.
 */
import pg from 'pg';

const TRANSACTIONS = 1_000;
const AT_ONCE = 10;
const ROWS = 100;

async function timed(pool: pg.Pool, notify: boolean): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: AT_ONCE }, async () => {
      const client = await pool.connect();
      try {
        while (next++ < TRANSACTIONS) {
          await client.query('BEGIN');
          await client.query(`INSERT INTO bench_notify (doc) SELECT jsonb_build_object('n', n) FROM generate_series(1, ${ROWS}) AS n`);
          if (notify) await client.query('SELECT pg_notify(\'bench_notify\', \'{"collection":"products"}\')');
          await client.query('COMMIT');
        }
      } finally {
        client.release();
      }
    }),
  );
  return performance.now() - started;
}

export async function notifyCost(databaseUrl: string) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: AT_ONCE + 1 });
  try {
    await pool.query('CREATE TABLE IF NOT EXISTS bench_notify (doc jsonb)');
    // A listener, as the platform has: NOTIFY without one costs less.
    const listener = await pool.connect();
    await listener.query('LISTEN bench_notify');
    await timed(pool, false); // warm-up
    const withoutMs = await timed(pool, false);
    const withMs = await timed(pool, true);
    listener.release();
    await pool.query('DROP TABLE bench_notify');
    return { transactions: TRANSACTIONS, withoutMs, withMs };
  } finally {
    await pool.end();
  }
}
