import { randomUUID } from 'node:crypto';
import type { SyncEpoch } from '@tradewind/sync/server';
import type { Database } from '../db/database.ts';

export interface OpenSyncEpoch extends SyncEpoch {
  /** Records that this epoch ended cleanly; the next start on these data may keep it. */
  markCleanStop(): Promise<void>;
}

const PLATFORM_KEY = 'sync_platform_id';
const EPOCH_KEY = 'sync_epoch';
const CLEAN_STOP_KEY = 'sync_clean_stop';

/**
 * Which database, and which run of its transaction ids, a change cursor belongs to
 * (docs/architecture.md, "Crash-safe cursors"). The platform id is made with the database. The
 * epoch is new when there is none yet, when the operator says the data were restored
 * (`newEpoch`), and — on PGlite, which runs without fsync and may lose its last commits and hand
 * their transaction ids out again — after every start that does not follow a clean stop of this
 * same epoch. PostgreSQL keeps its commits through a platform crash, so there only a new database
 * or a restore changes it (several processes share one epoch).
 */
export async function openSyncEpoch(db: Database, options: { newEpoch?: boolean } = {}): Promise<OpenSyncEpoch> {
  const embedded = db.kind === 'pglite';
  const { platform, epoch } = await db.transaction(async (q) => {
    const fresh = randomUUID();
    // ON CONFLICT: processes starting together on one database agree on what the first one wrote.
    await q.query('INSERT INTO settings (key, value) VALUES ($1, $2), ($3, $2) ON CONFLICT (key) DO NOTHING', [PLATFORM_KEY, fresh, EPOCH_KEY]);
    const rows = await q.query<{ key: string; value: string }>('SELECT key, value FROM settings WHERE key = ANY($1)', [[PLATFORM_KEY, EPOCH_KEY, CLEAN_STOP_KEY]]);
    const value = (key: string) => rows.find((row) => row.key === key)?.value;
    let current = value(EPOCH_KEY)!;
    const cleanlyStopped = value(CLEAN_STOP_KEY) === current;
    if (options.newEpoch || (embedded && !cleanlyStopped && current !== fresh)) {
      current = randomUUID();
      await q.query('UPDATE settings SET value = $2 WHERE key = $1', [EPOCH_KEY, current]);
    }
    // From now on a kill must not look like a clean stop.
    await q.query('DELETE FROM settings WHERE key = $1', [CLEAN_STOP_KEY]);
    return { platform: value(PLATFORM_KEY)!, epoch: current };
  });
  // Written out before any cursor of this epoch is handed out: losing it would bring the mark back.
  if (embedded) await db.query('CHECKPOINT');
  return {
    platform,
    epoch,
    async markCleanStop() {
      await db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [CLEAN_STOP_KEY, epoch]);
      if (embedded) await db.query('CHECKPOINT');
    },
  };
}
