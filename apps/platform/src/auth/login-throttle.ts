import type { Database } from '../db/database.ts';

export const MAX_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;

/**
 * Temporary lockout after repeated wrong passwords for one username, kept in the database so
 * every platform process sees it.
 */
export function createLoginThrottle(db: Database) {
  return {
    /** Seconds until the next attempt is allowed, or 0. */
    async lockedFor(username: string): Promise<number> {
      const [row] = await db.query<{ failures: number; oldest: number | null }>(
        `SELECT count(*)::int AS failures, extract(epoch FROM min(at) + make_interval(mins => $2) - now())::int AS oldest
         FROM (SELECT at FROM login_failures WHERE username = $1 AND at > now() - make_interval(mins => $2) ORDER BY at DESC LIMIT $3) recent`,
        [username, LOCKOUT_MINUTES, MAX_FAILURES],
      );
      return row && row.failures >= MAX_FAILURES ? Math.max(1, row.oldest ?? 1) : 0;
    },
    async failed(username: string): Promise<void> {
      await db.query('INSERT INTO login_failures (username) VALUES ($1)', [username]);
    },
    async succeeded(username: string): Promise<void> {
      await db.query('DELETE FROM login_failures WHERE username = $1', [username]);
    },
  };
}
