import pg from 'pg';
import type { Database } from './database.ts';

const RECONNECT_DELAY_MS = 1000;
const MAX_RECONNECT_DELAY_MS = 15_000;

/** Production: a PostgreSQL server. Several platform processes may share one database. */
export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  await pool.query('SELECT 1');
  const listeners = new Set<() => Promise<void>>();
  return {
    kind: 'postgres',
    async query(sql, params) {
      return (await pool.query(sql, params)).rows;
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: async (sql, params) => (await client.query(sql, params)).rows });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, listener) {
      const stop = await listenWithReconnect(connectionString, channel, listener);
      listeners.add(stop);
      return async () => {
        listeners.delete(stop);
        await stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((stop) => stop()));
      await pool.end();
    },
  };
}

/**
 * A dedicated connection for LISTEN that comes back by itself: after the server drops it, and
 * after failed reconnects while the server is still restarting (retried with backoff until it works).
 */
async function listenWithReconnect(connectionString: string, channel: string, listener: (payload: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let stopped = false;
  let retryDelay = RECONNECT_DELAY_MS;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === channel) listener(message.payload ?? '');
    });
    let lost = false;
    const reconnect = () => {
      if (lost || stopped) return;
      lost = true;
      next.end().catch(() => {});
      setTimeout(() => void connect().catch(reconnect), retryDelay);
      retryDelay = Math.min(retryDelay * 2, MAX_RECONNECT_DELAY_MS);
    };
    next.on('error', reconnect);
    next.on('end', reconnect);
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      reconnect();
      throw error;
    }
    retryDelay = RECONNECT_DELAY_MS;
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    await client?.end().catch(() => {});
  };
}
